import {mkdtempSync, mkdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import MarkdownIt from "markdown-it";
import {describe, expect, test} from "vitest";
import {fillDeferredParts, staticPartsPlugin} from "../../scripts/site/staticParts.js";

describe("the kommun pages' parts, written after Framework", () => {
  const dir = mkdtempSync(join(tmpdir(), "uppf-parts-"));
  mkdirSync(join(dir, "kommun", "trend"), {recursive: true});
  writeFileSync(join(dir, "kommun", "trend", "2380.html"), '<div class="kommun-trend"><svg></svg></div>\n');
  mkdirSync(join(dir, "oversikt"), {recursive: true});
  writeFileSync(join(dir, "oversikt", "cards.html"), '<div class="cards"></div>\n');

  test("in the build: a placeholder that the build fills with the part; other parts inline", () => {
    const md = staticPartsPlugin(dir, true)(new MarkdownIt({html: true}));
    const html = md.render("<!-- static kommun/trend -->\n", {path: "/kommun/2380", params: {kommun: "2380"}});
    expect(html).toContain('<div data-static-part="kommun/trend" data-static-param="2380"></div>');
    expect(md.render("<!-- static oversikt/cards -->\n", {path: "/index"})).toContain('<div class="cards"></div>');
    expect(fillDeferredParts(html, dir)).toContain('<div class="kommun-trend"><svg></svg></div>');
    expect(fillDeferredParts(html, dir)).not.toContain("data-static-part");
  });
  test("in the preview: inline; a missing part stops the build naming the page", () => {
    const md = staticPartsPlugin(dir, false)(new MarkdownIt({html: true}));
    expect(md.render("<!-- static kommun/trend -->\n", {path: "/kommun/2380", params: {kommun: "2380"}})).toContain('class="kommun-trend"');
    const deferred = staticPartsPlugin(dir, true)(new MarkdownIt({html: true}));
    expect(() => deferred.render("<!-- static kommun/trend -->\n", {path: "/kommun/0114", params: {kommun: "0114"}})).toThrow(
      /\/kommun\/0114: no static part "kommun\/trend" for 0114/
    );
  });
});
