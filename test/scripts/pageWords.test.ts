import MarkdownIt from "markdown-it";
import {formatList} from "../../components/kit/wording.js";
import {describe, expect, test} from "vitest";
import {expandWords, pageWords, pageWordsPlugin} from "../../scripts/site/pageWords.js";
import {auditPages} from "../../loaders/reports/pages.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {KOMMUNER} from "../../model/catalogue.js";
import {ALDER} from "../../model/pages/alder.js";
import {RESULTAT} from "../../model/pages/resultat.js";

import {theKommuner} from "../../components/audit/sentences.js";

const audits = auditPages(REPORTS_DIR);
const words = pageWords(audits, new Map([["2380", "Östersund"]]));

describe("page words: model facts written into prose at build time", () => {
  test("the catalogue's kommuner, the audited kommuner counted, an audit page's name from its route", () => {
    expect(expandWords("i {{kommuner}}.", words)).toBe(`i ${formatList(KOMMUNER.map((k) => k.name))}.`);
    expect(expandWords("{{granskade-kommuner}}", words)).toBe(theKommuner(new Set(audits.map((a) => a.kommun)).size));
    expect(expandWords("# Granskningen {{granskning}}", words, {params: {report: audits[0].report}})).toBe(`# Granskningen ${audits[0].name}`);
    // the page models' text facts by their path; lists and numbers are not words
    expect(expandWords("({{ALDER.parts.participants}}, {{RESULTAT.participants}})", words)).toBe(`(${ALDER.parts.participants}, ${RESULTAT.participants})`);
    expect(() => expandWords("{{RESULTAT.composition}}", words)).toThrow(/unknown page word/);
    // a kommun page's name from its route
    expect(expandWords("# {{kommun}}", words, {params: {kommun: "2380"}})).toBe("# Östersund");
    // how many kommuner have a page, counted from the kommun list the config passes
    expect(expandWords("alla {{antal-kommuner}} kommuner", words)).toBe("alla 1 kommuner");
  });
  test("an unknown word, or an audit word outside an audit page, stops the build with one line naming the page", () => {
    expect(() => expandWords("{{kommunen}}", words, {path: "/index.md"})).toThrow(
      /^\/index\.md: unknown page word \{\{kommunen\}\} \(see scripts\/site\/pageWords\.ts\)$/
    );
    expect(() => expandWords("{{kommun}}", words, {path: "/x.md"})).toThrow(/^\/x\.md: \{\{kommun\}\} needs a kommun page/);
    expect(() => expandWords("{{kommun}}", words, {path: "/kommun/9999", params: {kommun: "9999"}})).toThrow(
      /kommun "9999" is not in the snapshot's kommuner\.csv/
    );
    expect(() => expandWords("{{granskning}}", words, {path: "/x.md"})).toThrow(/^\/x\.md: \{\{granskning\}\} needs an audit page/);
  });
  test("in Markdown: text and headings, code left alone", () => {
    const md = pageWordsPlugin(words)(new MarkdownIt({html: true}));
    expect(md.render("Sajten följer {{kommuner}}.")).toBe(`<p>Sajten följer ${formatList(KOMMUNER.map((k) => k.name))}.</p>\n`);
    expect(md.render("# Granskningen {{granskning}}", {params: {report: audits[0].report}})).toBe(`<h1>Granskningen ${audits[0].name}</h1>\n`);
    expect(md.render("`{{kommuner}}`")).toBe("<p><code>{{kommuner}}</code></p>\n");
  });
});
