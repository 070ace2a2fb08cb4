// The stages and roles import in one direction only: a test of the import graph, read from the
// sources (every `import … from "…"` and `export … from "…"` of a .ts file).
import {readFileSync, readdirSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";

/** Every import edge: [importing file, imported file], both relative to the project root. */
function edges(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const e of readdirSync(join(PROJECT_ROOT, dir), {withFileTypes: true, recursive: true})) {
    if (!e.isFile() || !e.name.endsWith(".ts")) continue;
    const file = join(e.parentPath, e.name);
    for (const m of readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"/gm)) {
      out.push([relative(PROJECT_ROOT, file), relative(PROJECT_ROOT, resolve(dirname(file), m[1]))]);
    }
  }
  return out;
}

const crossing = (from: string, to: RegExp) => edges(from).filter(([, target]) => to.test(target));

describe("the import graph", () => {
  test("nothing in loaders/ imports upward (components, scripts, src, test, bench)", () => {
    expect(crossing("loaders", /^(components|scripts|src|test|bench)\//)).toEqual([]);
  });
  test("the input stages do not import the analysis or serving stages; analysis does not import serving", () => {
    for (const stage of ["loaders/kolada", "loaders/reports", "loaders/facts"]) expect(crossing(stage, /^loaders\/(analysis|serve)\//)).toEqual([]);
    expect(crossing("loaders/analysis", /^loaders\/serve\//)).toEqual([]);
  });
  test("the model imports no stage", () => {
    expect(crossing("model", /^(loaders|components|scripts)\//)).toEqual([]);
  });
  test("the kit and the audit views do not import the sections; the frame imports no page's model", () => {
    expect(crossing("components/kit", /^components\/sections\//)).toEqual([]);
    expect(crossing("components/audit", /^components\/sections\//)).toEqual([]);
    expect(crossing("components/frame", /^model\/pages\//)).toEqual([]);
  });
  test("the graph is read: there are edges where they are allowed", () => {
    expect(crossing("components/sections", /^components\/kit\//).length).toBeGreaterThan(10);
  });
});
