// Thin pages (issue 13): every page's Markdown is prose plus wiring, at most 60 non-blank lines of
// JavaScript (the /kit gallery aside), and types no KPI id, kommun id or report id: those come from
// the model and the data. docs/pages.md is generated from the same facts.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {KOMMUNER, KPIS} from "../../model/catalogue.js";
import {PROJECT_ROOT, REPORTS_DIR} from "../../loaders/paths.js";
import {jsLineCount, pageFacts} from "../../scripts/docs/pagesDoc.js";

const MAX_JS_LINES = 60;
const GALLERY = "src/kit.md";

function pages(dir = join(PROJECT_ROOT, "src")): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((d) => !d.isSymbolicLink() && d.name !== "data")
    .flatMap((d) => (d.isDirectory() ? pages(join(dir, d.name)) : d.name.endsWith(".md") ? [join(dir, d.name)] : []));
}

const facts = pages().map(pageFacts);
const reportIds = readdirSync(REPORTS_DIR, {withFileTypes: true})
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("thin pages", () => {
  test("the pages are found (every .md under src/)", () => {
    expect(facts.map((p) => p.file)).toContain("src/index.md");
    expect(facts.map((p) => p.file)).toContain("src/granskningar/[report].md");
  });

  test("jsLineCount counts non-blank lines inside js blocks only", () => {
    expect(jsLineCount("# T\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\nprose\n```sql\nselect 1\n```\n")).toBe(2);
  });

  test.each(facts.filter((p) => p.file !== GALLERY).map((p) => [p.file, p] as const))(`%s has at most ${MAX_JS_LINES} js lines`, (_f, p) => {
    expect(p.jsLines).toBeLessThanOrEqual(MAX_JS_LINES);
  });

  test.each(facts.filter((p) => p.file !== GALLERY).map((p) => [p.file] as const))("%s types no KPI, kommun or report id", (file) => {
    const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
    const typed = [
      ...KPIS.map((k) => k.id).filter((id) => text.includes(id)),
      ...KOMMUNER.map((m) => m.id).filter((id) => new RegExp(`["'\`]${id}["'\`]`).test(text)),
      ...reportIds.filter((id) => text.includes(id))
    ];
    expect(typed).toEqual([]);
  });
});
