import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {COMPILE_HINT, PRELOAD_MIN_BYTES, bundleEntry, bundlePage, bundlePages, importedNames, ownImports} from "../../scripts/site/bundle.js";

/** A tiny built site (synthetic): two own modules, one npm package, Framework's client, one page importing both modules. */
function site(extra = ""): {root: string; html: string; htmlPath: string; write: (path: string, text: string) => void} {
  const root = mkdtempSync(join(tmpdir(), "uppf-bundle-"));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), {recursive: true});
    writeFileSync(join(root, path), text);
  };
  write("_node/d3-format@3.1.3/index.12345678.js", "export const format = (s) => (x) => `${s}:${x}`;\nexport const unusedByPages = () => 'oanvänd d3-del';\n");
  write("_observablehq/stdlib.js", "export const FileAttachment = (name) => `fil:${name}`;\n");
  write("_import/model/words.aaaaaaaa.js", `export const WORD = "Vänersborg";\n${extra}`);
  write(
    "_import/components/kit/format.bbbbbbbb.js",
    'import {format} from "../../../_node/d3-format@3.1.3/index.12345678.js";\nimport {WORD} from "../../model/words.aaaaaaaa.js";\nexport const label = () => format("x")(WORD);\n'
  );
  const html = [
    '<link rel="modulepreload" href="../_observablehq/client.js">',
    '<link rel="modulepreload" href="../_import/components/kit/format.bbbbbbbb.js">',
    '<link rel="modulepreload" href="../_import/model/words.aaaaaaaa.js">',
    '<link rel="modulepreload" href="../_node/d3-format@3.1.3/index.12345678.js">',
    '<script type="module">',
    'const [{label}, {WORD}] = await Promise.all([import("../_import/components/kit/format.bbbbbbbb.js"), import("../_import/model/words.aaaaaaaa.js")]);',
    "</script>"
  ].join("\n");
  const htmlPath = join(root, "granskningar", "x.html");
  write("granskningar/x.html", html);
  return {root, html, htmlPath, write};
}

describe("one module per page for the project's own code", () => {
  test("finds the page's own imports, once each, in order", () => {
    expect(ownImports(site().html)).toEqual(["../_import/components/kit/format.bbbbbbbb.js", "../_import/model/words.aaaaaaaa.js"]);
    expect(ownImports('import("../_node/d3@7.9.2/index.js")')).toEqual([]);
  });
  test("bundles them with the npm packages they use into one file the page imports; Framework's client stays external", async () => {
    const {root, htmlPath, write} = site();
    write(
      "_import/components/kit/file.cccccccc.js",
      'import {FileAttachment} from "../../../_observablehq/stdlib.js";\nexport const file = () => FileAttachment("x.arrow");\n'
    );
    const html = [
      '<link rel="modulepreload" href="../_observablehq/client.js">',
      '<link rel="modulepreload" href="../_import/components/kit/format.bbbbbbbb.js">',
      '<link rel="modulepreload" href="../_node/d3-format@3.1.3/index.12345678.js">',
      '<script type="module">',
      'const [{label}, {WORD}, {file}] = await Promise.all([import("../_import/components/kit/format.bbbbbbbb.js"), import("../_import/model/words.aaaaaaaa.js"), import("../_import/components/kit/file.cccccccc.js")]);',
      "</script>"
    ].join("\n");
    const b = (await bundlePage(root, htmlPath, html))!;
    expect(b.modules).toBe(3);
    expect(b.file).toMatch(/^_import\/pages\/[0-9A-Z]{8}\.js$/);
    expect(b.files).toEqual([b.file]);
    expect(b.html).toContain(`import("../${b.file}").then((b) => b.m0), import("../${b.file}").then((b) => b.m1), import("../${b.file}").then((b) => b.m2)`);
    expect(b.html).not.toContain("_import/model/words");
    // the npm package's preload goes with it: the page no longer asks for it
    expect(b.html).not.toContain("_node/");
    expect(b.html).toContain(`<link rel="modulepreload" href="../_observablehq/client.js">\n<link rel="modulepreload" href="../${b.file}">`);
    const code = readFileSync(join(root, b.file), "utf8");
    expect(code).not.toContain("_node/");
    expect(code).not.toContain("oanvänd d3-del");
    expect(code).toContain('from"../../_observablehq/stdlib.js"');
    expect(code).toContain("Vänersborg");
    // the bundle runs: its namespaces give the modules' exports (Framework's client resolved from its folder)
    const mod = await import(join(root, b.file));
    expect(mod.m0.label()).toBe("x:Vänersborg");
    expect(mod.m1.WORD).toBe("Vänersborg");
    expect(mod.m2.file()).toBe("fil:x.arrow");
  });
  test("pages share what they have in common as chunks; pages with the same imports share one entry; large chunks are preloaded", async () => {
    const {root, html, htmlPath, write} = site();
    // d3-format grows past the preload threshold (a long literal that the format function returns)
    const long = "å".repeat(PRELOAD_MIN_BYTES);
    write("_node/d3-format@3.1.3/index.12345678.js", `export const format = (s) => (x) => x === "lång" ? "${long}" : \`\${s}:\${x}\`;\n`);
    write(
      "_import/model/other.dddddddd.js",
      'import {format} from "../../_node/d3-format@3.1.3/index.12345678.js";\nexport const other = () => format("y")("Alvesta");\n'
    );
    const pageOf = (imports: string) =>
      ['<link rel="modulepreload" href="./_observablehq/client.js">', '<script type="module">', imports, "</script>"].join("\n");
    const pages = [
      {htmlPath, html},
      {htmlPath: join(root, "granskningar", "y.html"), html},
      {htmlPath: join(root, "other.html"), html: pageOf('const [{other}] = await Promise.all([import("./_import/model/other.dddddddd.js")]);')},
      {htmlPath: join(root, "third.html"), html: pageOf('const [{WORD}] = await Promise.all([import("./_import/model/words.aaaaaaaa.js")]);')}
    ];
    const b = await bundlePages(root, pages);
    const [x, y, other, third] = pages.map((p) => b.get(p.htmlPath)!);
    expect(y.files).toEqual(x.files);
    expect(new Set([x.file, other.file, third.file]).size).toBe(3);
    // x shares d3-format with `other` (a large chunk) and words with `third` (a small one)
    const withOther = other.files.filter((f) => x.files.includes(f));
    const withThird = third.files.filter((f) => x.files.includes(f));
    expect(withOther).toHaveLength(1);
    expect(withThird).toHaveLength(1);
    expect(withOther[0]).toMatch(/^_import\/pages\/shared-[0-9A-Z]{8}\.js$/);
    expect(readFileSync(join(root, withOther[0]), "utf8")).toContain(long);
    expect(readFileSync(join(root, withThird[0]), "utf8")).toContain("Vänersborg");
    // V8's compile hint heads the chunk of npm code only (every chart calls into it at its first draw)
    expect(readFileSync(join(root, withOther[0]), "utf8").startsWith(COMPILE_HINT)).toBe(true);
    for (const f of [withThird[0], x.file, other.file, third.file]) expect(readFileSync(join(root, f), "utf8")).not.toContain(COMPILE_HINT.trim());
    expect(x.files).toHaveLength(3);
    expect(x.preloaded).toEqual([x.file, withOther[0]]);
    expect(x.html).toContain(`<link rel="modulepreload" href="../${x.file}">\n<link rel="modulepreload" href="../${withOther[0]}">\n`);
    expect(x.html).not.toContain(withThird[0]);
    expect(third.preloaded).toEqual([third.file]);
    expect(readFileSync(join(root, x.file), "utf8")).not.toContain("Alvesta");
    expect(readFileSync(join(root, other.file), "utf8")).not.toContain("Vänersborg");
    // the small chunk is found from the entry: every page still runs
    expect((await import(join(root, other.file))).m0.other()).toBe("y:Alvesta");
    expect((await import(join(root, x.file))).m0.label()).toBe("x:Vänersborg");
    expect((await import(join(root, third.file))).m0.WORD).toBe("Vänersborg");
  });
  test("a page reaching an npm package that reads import.meta keeps its modules", async () => {
    const {root, html, htmlPath, write} = site();
    write("_node/d3-format@3.1.3/index.12345678.js", "export const format = (s) => (x) => `${s}:${x}:${import.meta.url}`;\n");
    expect(await bundlePage(root, htmlPath, html)).toBeNull();
  });
  test("a page that imports an npm package itself keeps that package's preloads", async () => {
    const {root, htmlPath, html} = site();
    const own = html.replace("</script>", 'import("../_node/d3-format@3.1.3/index.12345678.js");\n</script>');
    const b = (await bundlePage(root, htmlPath, own))!;
    expect(b.html).toContain('<link rel="modulepreload" href="../_node/d3-format@3.1.3/index.12345678.js">');
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
