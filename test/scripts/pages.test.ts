// Thin pages (issue 13): every page's Markdown is prose plus wiring, at most 60 non-blank lines of
// JavaScript (the /kit gallery aside), and types no KPI id, kommun id or report id: those come from
// the model and the data. docs/pages.md is generated from the same facts.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {KOMMUNER, KPIS} from "../../model/catalogue.js";
import {PROJECT_ROOT, REPORTS_DIR} from "../../loaders/paths.js";
import {jsLineCount, pageFacts} from "../../scripts/docs/pagesDoc.js";
import * as PAGE_DECLARATIONS from "../../model/pageData.js";
import {PAGE_DATA} from "../../model/pageData.js";
import {slicePath, type PageData} from "../../model/slices.js";

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

describe("a page's data: the files it names literally are the ones model/pageData.ts declares", () => {
  const uses = facts.flatMap((p) => {
    const text = readFileSync(join(PROJECT_ROOT, p.file), "utf8");
    const call = /loadPage\((\w+), \{([\s\S]*?)\n\}\)/.exec(text);
    return call ? [{file: p.file, name: call[1], body: call[2]}] : [];
  });

  test("every declared page is loaded by exactly one page, with its own declaration", () => {
    const declared = Object.entries(PAGE_DECLARATIONS).filter(([, v]) => PAGE_DATA.includes(v as PageData));
    expect(uses.map((u) => u.name).sort()).toEqual(declared.map(([name]) => name).sort());
  });

  test.each(uses.map((u) => [u.file, u] as const))("%s names the snapshot and each of its slices at its served path, nothing else", (_f, u) => {
    const data = PAGE_DECLARATIONS[u.name as keyof typeof PAGE_DECLARATIONS] as PageData;
    const named = Object.fromEntries([...u.body.matchAll(/^\s*(\w+): FileAttachment\("\.\/([^"]+)"\)\.href,?$/gm)].map((m) => [m[1], m[2]]));
    expect(u.body.trim().split("\n")).toHaveLength(Object.keys(named).length); // one file per line, nothing else
    expect(named).toEqual({
      snapshot: "data/snapshot.json",
      ...Object.fromEntries(Object.keys(data.slices).map((k) => [k, slicePath(data.page, k)]))
    });
  });
});

describe("a page's code comes from its bundle, whose entry exports every name the page takes", () => {
  const imports = facts.flatMap((p) => {
    const text = readFileSync(join(PROJECT_ROOT, p.file), "utf8");
    return [...text.matchAll(/^import \{([^}]*)\} from "\.\.?\/bundles\/([a-z]+)\.js";$/gm)].map((m) => ({
      file: p.file,
      bundle: m[2],
      names: m[1].split(",").map((n) => n.trim())
    }));
  });
  test("every page with code imports it from one bundle, and from nothing else of the project's", () => {
    for (const p of facts) {
      const text = readFileSync(join(PROJECT_ROOT, p.file), "utf8");
      expect(text, p.file).not.toMatch(/from "\.\.?\/(components|model)\//);
    }
    expect(imports.length).toBeGreaterThanOrEqual(8);
  });
  test.each(imports.map((i) => [i.file, i] as const))("%s", async (_f, i) => {
    const entry = (await import(join(PROJECT_ROOT, "components", "pages", `${i.bundle}.ts`))) as Record<string, unknown>;
    for (const name of i.names) expect(entry[name], `${i.bundle}: ${name}`).toBeDefined();
  });
});
