// @vitest-environment jsdom
// The comparison page's sections, from the committed report data through the same derivations the
// Arrow loaders run; counts come from the report folders and themes.yaml, not typed.
import {describe, expect, test} from "vitest";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {loadCheckedReports} from "../../../loaders/reports/check.js";
import {readThemes} from "../../../loaders/reports/themes.js";
import {comparison, comparisonSummary, followUpTable, themeGridFigure, themeSections} from "../../../components/audit/comparison.js";
import {FOLLOW_UP_THEMES} from "../../../model/pages/granskningar.js";
import {comparisonTables} from "../../support/auditTables.js";

const reports = loadCheckedReports(REPORTS_DIR);
const mapping = readThemes(REPORTS_DIR);
const audits = reports.filter((r) => r.meta.document === "rapport");
const questions = audits.reduce((n, r) => n + r.assessments.length, 0);
const c = comparison(comparisonTables());

describe("the comparison of the audits (committed data)", () => {
  test("every audit of the report folders is compared", () => {
    expect(c.audits.map((a) => a.report).sort()).toEqual(audits.map((r) => r.report).sort());
  });

  test("the summary: audits, questions and themes counted, and the audits that found follow-up lacking", () => {
    const lacking = audits.filter((r) =>
      r.assessments.some((a) => {
        const t = mapping.assignments.find((m) => m.report === r.report && m.id === a.id)!.theme;
        return (FOLLOW_UP_THEMES as readonly string[]).includes(t) && [a.scale, a.other_reading?.scale].some((s) => s === "delvis" || s === "nej");
      })
    ).length;
    const el = comparisonSummary(c);
    expect(el.querySelector(".comparison-summary")!.textContent).toContain(
      `prövar tillsammans ${questions} frågor. Frågorna är sorterade i ${mapping.themes.length} teman.`
    );
    expect(el.querySelector(".lacking-count")!.textContent).toMatch(new RegExp(`^${lacking} av ${audits.length} granskningar fann brister`));
  });

  test("the chart credits every report, and says when a report names no auditor", () => {
    const fig = themeGridFigure(c, {width: 640});
    expect(fig.querySelectorAll("a.grid-entry").length).toBe(questions);
    for (const a of c.audits) expect(fig.querySelector(".kit-source")!.textContent).toContain(a.name);
    expect(fig.textContent).toContain("Alvesta 2018 (granskaren namnges inte)");
    expect(fig.textContent).not.toContain("[not named");
  });

  test("the follow-up table: a row per audit, the follow-up themes' labels as columns, the lacking questions linked", () => {
    const t = followUpTable(c);
    expect(t.querySelectorAll("tbody tr").length).toBe(audits.length);
    const labels = FOLLOW_UP_THEMES.map((id) => mapping.themes.find((x) => x.id === id)!.label);
    expect(Array.from(t.querySelectorAll("thead th")).map((th) => th.textContent)).toEqual(["Granskning", ...labels, "Frågorna med brist"]);
    expect(labels).toEqual(["Uppföljning och analys av resultat", "Uppföljning av kostnader"]);
    const alingsas = t.querySelector("tr[data-report='alingsas-2024']")!;
    expect(
      Array.from(alingsas.querySelectorAll("td"))
        .slice(0, 2)
        .map((td) => [td.dataset.finding, td.textContent])
    ).toEqual([
      ["brist", "brister funna"],
      ["brist", "brister funna"]
    ]);
    expect(Array.from(alingsas.querySelectorAll("td a")).map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["A8 (delvis)", "./alingsas-2024#bedomning-A8"],
      ["A9 (delvis/nej)", "./alingsas-2024#bedomning-A9"],
      ["A10 (nej)", "./alingsas-2024#bedomning-A10"]
    ]);
    expect(t.querySelector("tr[data-report='vanersborg-2022'] td[data-finding='ej granskat']")!.textContent).toBe("inte granskat");
  });

  test("the questions theme by theme: a section per theme, every question once with its readings", () => {
    const el = themeSections(c);
    expect(el.querySelectorAll(".theme-section").length).toBe(mapping.themes.length);
    expect(el.querySelectorAll("li[data-id]").length).toBe(questions);
    const a9 = el.querySelector("li[data-report='alvesta-2018'][data-id='A9']")!;
    expect(Array.from(a9.querySelectorAll(".scale")).map((s) => s.textContent)).toEqual(["delvis", "nej"]);
    expect(a9.querySelector(".theme-why")!.textContent).toMatch(/^ Varför här: /);
  });
});
