// The pages' bundles (scripts/site/bundle.ts), built here from the real sources and node_modules as
// the build makes them, and Plot's patch (patches/plot-lazy-format-default.patch,
// scripts/site/applyPatch.ts).
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, onTestFinished, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {COMPILE_HINT, PLOT_PATCH, bundlePages, pageEntries} from "../../scripts/site/bundle.js";
import {applyPatch, parsePatch} from "../../scripts/site/applyPatch.js";

const PLOT_FORMAT = join(PROJECT_ROOT, "node_modules", "@observablehq", "plot", "src", "format.js");

describe("the pages' bundles", () => {
  let out: string;
  let files: string[];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "uppf-bundles-"));
    files = (await bundlePages({outdir: out})).map((f) => f.slice(out.length + 1)).sort();
  }, 120_000);

  test("one minified bundle per page entry, beside the chunks they share", () => {
    const names = Object.keys(pageEntries());
    for (const name of names) expect(files, name).toContain(`${name}.js`);
    expect(files.filter((f) => f.startsWith("chunk-")).length).toBeGreaterThan(0);
    expect(files.every((f) => names.includes(f.replace(/\.js$/, "")) || /^chunk-[A-Z0-9]+\.js$/.test(f))).toBe(true);
    // minified: no comment and no indented statement survives (line breaks remain only inside template strings, such as Utforska's SQL)
    for (const name of names) {
      const text = readFileSync(join(out, `${name}.js`), "utf8");
      expect(text, name).not.toMatch(/^\s*\/\/ /m);
      expect(text, name).not.toMatch(/^\s+(const|let|function|return|import|export)\b/m);
    }
  });

  test("the chunk holding Plot begins with the compile hint; a file without npm code does not", () => {
    const texts = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(out, f), "utf8"));
    const plot = texts.filter((t) => t.includes("plot-d6a7b5")); // Plot's default class name
    expect(plot.length).toBe(1);
    expect(plot[0].startsWith(COMPILE_HINT)).toBe(true);
    expect(texts.some((t) => !t.startsWith(COMPILE_HINT))).toBe(true);
  });

  test("no page bundle holds DuckDB (Utforska imports it on first use, served by Framework)", () => {
    for (const f of files) expect(readFileSync(join(out, f), "utf8"), f).not.toContain("duckdb-browser-eh.worker");
  });

  test("a second run writes the same bytes and removes what is no longer made", async () => {
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(out, f), "utf8")]));
    writeFileSync(join(out, "chunk-STALE.js"), "export {};\n");
    await bundlePages({outdir: out});
    expect(readdirSync(out).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(out, f), "utf8"), f).toBe(before[f]);
  }, 120_000);
});

describe("Plot's default formatter, made on first use", () => {
  test("the patch applies to the installed Plot, and the patched formatter behaves as Plot's own without making an Intl.NumberFormat on load", async () => {
    const patched = applyPatch(readFileSync(PLOT_FORMAT, "utf8"), readFileSync(PLOT_PATCH, "utf8"), "plot patch");
    // inside the project, so the entry resolves Plot from its node_modules
    mkdirSync(join(PROJECT_ROOT, "test", "tmp"), {recursive: true});
    const dir = mkdtempSync(join(PROJECT_ROOT, "test", "tmp", "plot-"));
    onTestFinished(() => rmSync(dir, {recursive: true, force: true}));
    const entry = join(dir, "entry.js");
    writeFileSync(entry, `export {formatDefault} from ${JSON.stringify(PLOT_FORMAT)};\nexport {plot, text} from "@observablehq/plot";\n`);
    const [file] = (await bundlePages({entries: {plot: entry}, outdir: dir})).filter((f) => f.endsWith("plot.js"));
    expect(readFileSync(file, "utf8")).not.toContain("=formatAuto()");
    expect(patched).toContain("export function formatDefault(value)");
    const Original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        made++;
        return new target(...args);
      }
    });
    try {
      const Plot = await import(file);
      expect(typeof Plot.plot).toBe("function");
      expect(made).toBe(0);
      expect(Plot.formatDefault("Vänersborg")).toBe("Vänersborg");
      expect(Plot.formatDefault(new Date(Date.UTC(2022, 0, 31)))).toBe("2022-01-31");
      expect(made).toBe(0);
      expect(Plot.formatDefault(1234.5)).toBe(new Original("en-US").format(1234.5));
      expect(Plot.formatDefault(99)).toBe("99");
      expect(made).toBe(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  }, 60_000);
});

describe("applying a patch", () => {
  const text = ["a", "b", "c", "d", "e"].join("\n");
  const patch = "note\n--- a/x\n+++ b/x\n@@ -2,3 +2,3 @@\n b\n-c\n+C\n d\n";
  test("replaces exactly the hunk's lines; text before the first hunk is a note", () => {
    expect(applyPatch(text, patch, "p")).toBe(["a", "b", "C", "d", "e"].join("\n"));
    expect(parsePatch(patch)).toHaveLength(1);
  });
  test("a hunk that does not match (the source changed) is refused naming the patch and the hunk; nothing is applied", () => {
    expect(() => applyPatch(text.replace("c", "changed"), patch, "patches/x.patch")).toThrow(
      /^patches\/x\.patch: the hunk @@ -2,3 \+2,3 @@ does not match the source/
    );
    expect(() => applyPatch(text, "no hunks here", "p")).toThrow(/p: no hunk/);
  });
});
