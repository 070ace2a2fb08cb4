// Plot from its source with its default number formatter made on first use (scripts/site/plotSource.ts).
// The built site here is synthetic: its served copies of Plot's dependencies re-export the installed packages.
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {isAbsolute, join} from "node:path";
import {build} from "esbuild";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {lazyFormatDefault, plotFromSource, servedCopy} from "../../scripts/site/plotSource.js";

const PLOT = join(PROJECT_ROOT, "node_modules", "@observablehq", "plot");
const VERSION = (JSON.parse(readFileSync(join(PLOT, "package.json"), "utf8")) as {version: string}).version;
const modules = join(PROJECT_ROOT, "node_modules");

function site(): string {
  const root = mkdtempSync(join(tmpdir(), "uppf-plot-"));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), {recursive: true});
    writeFileSync(join(root, path), text);
  };
  write("_node/d3@7.9.2/index.11111111.js", `export * from ${JSON.stringify(join(modules, "d3", "dist", "d3.mjs"))};\n`);
  write("_node/isoformat@0.2.1/index.22222222.js", `export * from ${JSON.stringify(join(modules, "isoformat", "src", "index.js"))};\n`);
  write("_node/interval-tree-1d@1.0.4/index.33333333.js", `export {default} from ${JSON.stringify(join(modules, "interval-tree-1d", "interval-tree.js"))};\n`);
  // Framework's copy of Plot (never read when the version matches: the plugin takes the source)
  write(`_node/@observablehq/plot@${VERSION}/index.44444444.js`, "export const formatDefault = () => 'Frameworks kopia';\n");
  write("_node/@observablehq/plot@0.0.1/index.55555555.js", "export const formatDefault = () => 'annan version';\n");
  return root;
}

async function bundle(root: string, plotPath: string, names: string, name = "bundle.mjs"): Promise<string> {
  const result = await build({
    stdin: {contents: `export {${names}} from ${JSON.stringify(isAbsolute(plotPath) ? plotPath : join(root, plotPath))};`, resolveDir: root, loader: "js"},
    bundle: true,
    format: "esm",
    write: false,
    logLevel: "silent",
    plugins: [plotFromSource(root, PLOT)]
  });
  const file = join(root, name);
  writeFileSync(file, result.outputFiles[0].text);
  return file;
}

describe("Plot from its source", () => {
  test("the default formatter is made on first use: loading Plot makes no Intl.NumberFormat; formatting behaves as Plot's own", async () => {
    const root = site();
    const file = await bundle(root, `_node/@observablehq/plot@${VERSION}/index.44444444.js`, "plot, text, dot");
    // Plot's own default formatter, from the same patched source (Plot does not export it)
    const format = await bundle(root, join(PLOT, "src", "format.js"), "formatDefault", "format.mjs");
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
      const {formatDefault} = await import(format);
      expect(made).toBe(0);
      // strings and dates (the site's charts give their own number formats) make none
      expect(formatDefault("Vänersborg")).toBe("Vänersborg");
      expect(formatDefault(new Date(Date.UTC(2022, 0, 31)))).toBe("2022-01-31");
      expect(made).toBe(0);
      // a number: made once, formatted as Plot's own default (en-US)
      expect(formatDefault(1234.5)).toBe(new Original("en-US").format(1234.5));
      expect(formatDefault(99)).toBe("99");
      expect(formatDefault(NaN)).toBeUndefined();
      expect(made).toBe(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
  test("another version than the installed one keeps Framework's copy", async () => {
    const root = site();
    const plot = await import(await bundle(root, "_node/@observablehq/plot@0.0.1/index.55555555.js", "formatDefault"));
    expect(plot.formatDefault()).toBe("annan version");
  });
  test("the patch refuses a format.js without exactly one line to replace, in one line naming the file", () => {
    const source = readFileSync(join(PLOT, "src", "format.js"), "utf8");
    expect(lazyFormatDefault(source)).not.toContain("export const formatDefault = formatAuto();");
    expect(() => lazyFormatDefault(source.replace("export const formatDefault = formatAuto();", ""), "plot/src/format.js")).toThrow(
      /^plot\/src\/format\.js: expected one "export const formatDefault = formatAuto\(\);" \(Plot changed; review scripts\/site\/plotSource\.ts\)$/
    );
  });
  test("finds the one served copy of a package, or none", () => {
    const root = site();
    expect(servedCopy(root, "d3")).toBe(join(root, "_node", "d3@7.9.2", "index.11111111.js"));
    expect(servedCopy(root, "d3-array")).toBeNull();
    expect(servedCopy(root, "@observablehq/plot")).toBeNull(); // two versions
  });
});
