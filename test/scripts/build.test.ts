// `npm run build` is atomic: a failed build (a data loader failing on a broken copy of data/, or
// the config failing on a bad report file) leaves the previous output directory byte-identical,
// absolute or relative UPPF_OUTPUT_DIR alike, and ends with the loader's one-line message.
// The "previous site" here is a small stand-in tree (SYNTHETIC files); what is tested is that the
// build does not touch it. One real (failing) Framework build runs here; the others stop earlier.
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {afterEach, describe, expect, test} from "vitest";
import {replaceDirectory, siblingPath} from "../../loaders/atomicDir.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {STACK_TRACE, runEntry, tempDir, treeHash} from "../support/entry.js";

const cleanup: (() => void)[] = [];
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});
function temp(prefix: string): string {
  const t = tempDir(prefix);
  cleanup.push(t.remove);
  return t.dir;
}

/** A stand-in for a previous build: a few files in the shape Framework writes. */
function previousSite(dir: string): void {
  mkdirSync(join(dir, "_observablehq"), {recursive: true});
  mkdirSync(join(dir, "_file", "data"), {recursive: true});
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Förra bygget</title>\n");
  writeFileSync(join(dir, "_observablehq", "client.0123abcd.js"), "export const previous = true;\n");
  writeFileSync(join(dir, "_file", "data", "kolada.0123abcd.arrow"), Buffer.from([0x41, 0x52, 0x52, 0x4f, 0x57, 0x31, 0, 0, 0xff]));
}

/** A copy of data/ with one thing broken. */
function brokenData(edit: (dataDir: string) => void): string {
  const data = join(temp("uppf-build-data-"), "data");
  cpSync(join(PROJECT_ROOT, "data"), data, {recursive: true});
  edit(data);
  return data;
}

const build = (env: NodeJS.ProcessEnv) => runEntry("scripts/build.ts", [], env);

describe("a failed build leaves the previous output as it was", () => {
  test("an input fails (a duplicated prisbasbelopp year): absolute UPPF_OUTPUT_DIR byte-identical, the file and line named at the end", async () => {
    const site = join(temp("uppf-build-out-"), "site");
    previousSite(site);
    const before = treeHash(site);
    const siblings = readdirSync(dirname(site));
    const data = brokenData((d) => {
      const file = join(d, "facts", "prisbasbelopp.csv");
      writeFileSync(file, readFileSync(file, "utf8").replace("2012,44000,no\n", "2011,44000,no\n"));
    });
    const r = await build({UPPF_DATA_DIR: data, UPPF_OUTPUT_DIR: site});
    expect(r.code).toBe(1);
    expect(treeHash(site)).toEqual(before);
    expect(readdirSync(dirname(site))).toEqual(siblings); // no staging directory or error log left behind
    // Every table is made before Framework runs (the page Öppna data states each file's size), so the
    // build's first step reads the file and stops there, naming it; the data loader never runs.
    expect(r.stderr.trimEnd().split("\n").slice(-2)).toEqual([
      `build: failed: ${join(data, "facts", "prisbasbelopp.csv")}:4: column "year": 2011 appears twice`,
      `build: ${site}/ was left as it was.`
    ]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  }, 240_000);

  test("the config fails (a meta.yaml saved as Latin-1): relative UPPF_OUTPUT_DIR byte-identical, the file and line named", async () => {
    const parent = join(PROJECT_ROOT, "test", "tmp", `build-relative-${process.pid}`);
    mkdirSync(parent, {recursive: true});
    cleanup.push(() => rmSync(parent, {recursive: true, force: true}));
    const site = join(parent, "site");
    const shown = relative(PROJECT_ROOT, site);
    previousSite(site);
    const before = treeHash(site);
    const data = brokenData((d) => {
      const file = join(d, "reports", "vanersborg-2022", "meta.yaml");
      writeFileSync(file, Buffer.from(readFileSync(file, "utf8"), "latin1"));
    });
    const r = await build({UPPF_DATA_DIR: data, UPPF_OUTPUT_DIR: shown});
    expect(r.code).toBe(1);
    expect(treeHash(site)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["site"]);
    expect(r.stderr).toContain(`${join(data, "reports", "vanersborg-2022", "meta.yaml")}:3: not UTF-8: byte 0xE4 at column 15`);
    // the report is read before Framework runs (the parts drawn at build time): its line, then what became of the output
    expect(r.stderr.trimEnd().split("\n").slice(-2)).toEqual([
      `build: failed: ${join(data, "reports", "vanersborg-2022", "meta.yaml")}:3: not UTF-8: byte 0xE4 at column 15 (Latin-1 or Windows-1252?); save the file as UTF-8`,
      `build: ${shown}/ was left as it was.`
    ]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  }, 120_000);
});

describe("output directories the build refuses to replace", () => {
  test("an existing directory that is not a built site is left alone", async () => {
    const dir = temp("uppf-build-notasite-");
    writeFileSync(join(dir, "notes.txt"), "mina anteckningar\n");
    const before = treeHash(dir);
    const r = await build({UPPF_OUTPUT_DIR: dir});
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `build: failed: ${dir}: exists and is not a built site (no _observablehq/ in it); the build replaces its output directory as a whole, so it refuses this one (set UPPF_OUTPUT_DIR to another directory)`
    );
    expect(treeHash(dir)).toEqual(before);
  }, 60_000);

  test.each([".", "data", "src/granskningar"])(
    "UPPF_OUTPUT_DIR=%s (the project, its data or sources)",
    async (value) => {
      const r = await build({UPPF_OUTPUT_DIR: value});
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^build: failed: .*: is or overlaps the project, its sources or its data; the build replaces its output directory as a whole/);
      expect(existsSync(join(PROJECT_ROOT, "data", "kolada", "values.csv"))).toBe(true);
    },
    60_000
  );
});

describe("replaceDirectory", () => {
  test("swaps a prepared directory in, with or without a previous one, and leaves nothing else", () => {
    const parent = temp("uppf-replace-");
    const target = join(parent, "out");
    for (const content of ["first", "second"]) {
      const fresh = siblingPath(target, "build");
      mkdirSync(fresh);
      writeFileSync(join(fresh, "index.html"), content);
      replaceDirectory(fresh, target);
      expect(readFileSync(join(target, "index.html"), "utf8")).toBe(content);
      expect(readdirSync(parent)).toEqual(["out"]);
    }
  });
  test("a failed swap (the prepared directory is missing) keeps the previous one", () => {
    const parent = temp("uppf-replace-");
    const target = join(parent, "out");
    mkdirSync(target);
    writeFileSync(join(target, "index.html"), "kept");
    expect(() => replaceDirectory(join(parent, "missing"), target)).toThrow(/ENOENT/);
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("kept");
    expect(readdirSync(parent)).toEqual(["out"]);
  });
});
