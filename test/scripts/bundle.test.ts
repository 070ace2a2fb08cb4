import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {bundleEntry, bundlePage, importedNames, ownImports} from "../../scripts/site/bundle.js";

/** A tiny built site (synthetic): two own modules, one npm package, one page importing both modules. */
function site(extra = ""): {root: string; html: string; htmlPath: string} {
  const root = mkdtempSync(join(tmpdir(), "uppf-bundle-"));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), {recursive: true});
    writeFileSync(join(root, path), text);
  };
  write("_node/d3-format@3.1.3/index.12345678.js", "export const format = (s) => (x) => `${s}:${x}`;\n");
  write("_import/model/words.aaaaaaaa.js", `export const WORD = "Vänersborg";\n${extra}`);
  write(
    "_import/components/kit/format.bbbbbbbb.js",
    'import {format} from "../../../_node/d3-format@3.1.3/index.12345678.js";\nimport {WORD} from "../../model/words.aaaaaaaa.js";\nexport const label = () => format("x")(WORD);\n'
  );
  const html = [
    '<link rel="modulepreload" href="../_observablehq/client.js">',
    '<link rel="modulepreload" href="../_import/components/kit/format.bbbbbbbb.js">',
    '<link rel="modulepreload" href="../_import/model/words.aaaaaaaa.js">',
    '<script type="module">',
    'const [{label}, {WORD}] = await Promise.all([import("../_import/components/kit/format.bbbbbbbb.js"), import("../_import/model/words.aaaaaaaa.js")]);',
    "</script>"
  ].join("\n");
  const htmlPath = join(root, "granskningar", "x.html");
  write("granskningar/x.html", html);
  return {root, html, htmlPath};
}

describe("one module per page for the project's own code", () => {
  test("finds the page's own imports, once each, in order", () => {
    expect(ownImports(site().html)).toEqual(["../_import/components/kit/format.bbbbbbbb.js", "../_import/model/words.aaaaaaaa.js"]);
    expect(ownImports('import("../_node/d3@7.9.2/index.js")')).toEqual([]);
  });
  test("bundles them into one file the page imports; npm packages stay external with paths that work from the bundle", async () => {
    const {root, html, htmlPath} = site();
    const b = (await bundlePage(root, htmlPath, html))!;
    expect(b.modules).toBe(2);
    expect(b.file).toMatch(/^_import\/pages\/[0-9a-f]{8}\.js$/);
    expect(b.html).toContain(`import("../${b.file}").then((b) => b.m0), import("../${b.file}").then((b) => b.m1)`);
    expect(b.html).not.toContain("_import/model/words");
    expect(b.html).toContain(`<link rel="modulepreload" href="../_observablehq/client.js">\n<link rel="modulepreload" href="../${b.file}">`);
    const code = readFileSync(join(root, b.file), "utf8");
    expect(code).toContain('from"../../_node/d3-format@3.1.3/index.12345678.js"');
    expect(code).toContain("Vänersborg");
    // the bundle runs: its namespaces give the modules' exports (the npm import resolved from its folder)
    const mod = await import(join(root, b.file));
    expect(mod.m0.label()).toBe("x:Vänersborg");
    expect(mod.m1.WORD).toBe("Vänersborg");
  });
  test("a page whose modules read import.meta keeps its modules; a page without own imports is left alone", async () => {
    const meta = site("export const here = import.meta.url;\n");
    expect(await bundlePage(meta.root, meta.htmlPath, meta.html)).toBeNull();
    const none = site();
    expect(await bundlePage(none.root, none.htmlPath, "<p>text</p>")).toBeNull();
  });
  test("reads the names a page takes from each module; other forms of import take the module whole", () => {
    const html = [
      'const [{a, b}, {c: d}] = await Promise.all([import("./_import/x.js"), import("./_import/y.js")]);',
      'const [{e}] = await Promise.all([import("./_import/x.js")]);',
      'const z = await import("./_import/z.js");'
    ].join("\n");
    const names = importedNames(html);
    expect([...names.get("./_import/x.js")!]).toEqual(["a", "b", "e"]);
    expect([...names.get("./_import/y.js")!]).toEqual(["c"]);
    expect(names.has("./_import/z.js")).toBe(false);
    expect(bundleEntry(["/x.js", "/z.js"], [new Set(["a", "b"]), undefined])).toBe(
      'import {a as m0_a, b as m0_b} from "/x.js";\nexport const m0 = {a: m0_a, b: m0_b};\nexport * as m1 from "/z.js";'
    );
  });
  test("leaves out the functions of a module that the page does not take", async () => {
    const {root, htmlPath} = site('export function unused() { return "oanvänd funktion"; }\nexport function used() { return "använd funktion"; }\n');
    const html = [
      '<script type="module">',
      'const [{label}, {used}] = await Promise.all([import("../_import/components/kit/format.bbbbbbbb.js"), import("../_import/model/words.aaaaaaaa.js")]);',
      "</script>"
    ].join("\n");
    const b = (await bundlePage(root, htmlPath, html))!;
    const code = readFileSync(join(root, b.file), "utf8");
    expect(code).toContain("använd funktion");
    expect(code).not.toContain("oanvänd funktion");
    const mod = await import(join(root, b.file));
    expect(mod.m1.used()).toBe("använd funktion");
    expect(mod.m0.label()).toBe("x:Vänersborg");
  });
});
