// Served packages keep their package.json's `"sideEffects": false` (scripts/site/sideEffects.ts).
// Synthetic packages only: a built site's `_node/` folder and an installed `node_modules/` beside it.
import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {build} from "esbuild";
import {describe, expect, test} from "vitest";
import {declaresNoSideEffects, servedPackage, servedSideEffects} from "../../scripts/site/sideEffects.js";

function fixture() {
  const dir = mkdtempSync(join(tmpdir(), "uppf-side-effects-"));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), {recursive: true});
    writeFileSync(join(dir, path), text);
  };
  const installed = (name: string, pkg: object) => write(`node_modules/${name}/package.json`, JSON.stringify({name, ...pkg}));
  // Each served package records that it was evaluated, as a module with top-level work would.
  const served = (name: string, version: string, body: string) =>
    write(`site/_node/${name}@${version}/index.0123abcd.js`, `globalThis.evaluated.push(${JSON.stringify(name)});\n${body}\n`);
  installed("used", {version: "1.0.0", sideEffects: false});
  installed("unused", {version: "1.0.0", sideEffects: false});
  installed("undeclared", {version: "1.0.0"});
  installed("effects", {version: "1.0.0", sideEffects: true});
  installed("other-version", {version: "1.0.0", sideEffects: false});
  installed("@scope/unused", {version: "2.1.0", sideEffects: false});
  installed("umbrella", {version: "3.0.0", sideEffects: false});
  served("used", "1.0.0", "export const used = 'använd';");
  for (const [name, version] of [
    ["unused", "1.0.0"],
    ["undeclared", "1.0.0"],
    ["effects", "1.0.0"],
    ["other-version", "1.1.0"],
    ["@scope/unused", "2.1.0"]
  ])
    served(name, version, `export const ${name.replace(/\W/g, "_")} = 1;`);
  served(
    "umbrella",
    "3.0.0",
    ["used@1.0.0", "unused@1.0.0", "undeclared@1.0.0", "effects@1.0.0", "other-version@1.1.0", "@scope/unused@2.1.0"]
      .map((p) => `export * from "../${p}/index.0123abcd.js";`)
      .join("\n")
  );
  return {site: join(dir, "site"), nodeModules: join(dir, "node_modules")};
}

// One name through the umbrella, and each other package imported for its effects alone.
const ENTRY = [
  `import {used} from "./_node/umbrella@3.0.0/index.0123abcd.js";`,
  ...["unused@1.0.0", "undeclared@1.0.0", "effects@1.0.0", "other-version@1.1.0", "@scope/unused@2.1.0"].map((p) => `import "./_node/${p}/index.0123abcd.js";`),
  "globalThis.evaluated.push(used);"
].join("\n");

async function evaluated(site: string, nodeModules: string): Promise<string[]> {
  const result = await build({
    stdin: {contents: ENTRY, resolveDir: site, loader: "js"},
    bundle: true,
    format: "esm",
    write: false,
    logLevel: "silent",
    plugins: [servedSideEffects(nodeModules)]
  });
  const file = join(site, `bundle-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  const g = globalThis as {evaluated?: string[]};
  g.evaluated = [];
  await import(file);
  return g.evaluated.sort();
}

describe("served packages' side effects", () => {
  test("a served package that declares no side effects is left out when nothing of it is used; one that does not declare it, or is another version than the installed one, is kept", async () => {
    const {site, nodeModules} = fixture();
    // The umbrella's re-exports are followed for the names used only, as bundlers read d3's own declaration.
    expect(await evaluated(site, nodeModules)).toEqual(["använd", "effects", "other-version", "undeclared", "used"]);
  });
  test("without the plugin, every served package imported is kept (what the plugin saves)", async () => {
    const {site} = fixture();
    const result = await build({
      stdin: {contents: ENTRY, resolveDir: site, loader: "js"},
      bundle: true,
      format: "esm",
      write: false,
      logLevel: "silent"
    });
    for (const name of ["umbrella", "unused", "@scope/unused", "effects", "undeclared"])
      expect(result.outputFiles[0].text).toContain(`evaluated.push("${name}")`);
  });
  test("a served file's package and version, scoped names included", () => {
    expect(servedPackage("/site/_node/d3-delaunay@6.0.6/index.0123abcd.js")).toEqual({name: "d3-delaunay", version: "6.0.6"});
    expect(servedPackage("_node/@observablehq/plot@0.6.17/index.f66f3cd7.js")).toEqual({name: "@observablehq/plot", version: "0.6.17"});
    expect(servedPackage("/site/_import/components/kit/trendChart.0123abcd.js")).toBeNull();
  });
  test("only the installed version's own `sideEffects: false` counts", () => {
    const {nodeModules} = fixture();
    expect(declaresNoSideEffects(nodeModules, "used", "1.0.0")).toBe(true);
    expect(declaresNoSideEffects(nodeModules, "other-version", "1.1.0")).toBe(false);
    expect(declaresNoSideEffects(nodeModules, "undeclared", "1.0.0")).toBe(false);
    expect(declaresNoSideEffects(nodeModules, "effects", "1.0.0")).toBe(false);
    expect(declaresNoSideEffects(nodeModules, "not-installed", "1.0.0")).toBe(false);
    expect(declaresNoSideEffects(nodeModules, "@scope/unused", "2.1.0")).toBe(true);
  });
});
