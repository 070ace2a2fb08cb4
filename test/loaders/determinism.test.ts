// Every data loader, run twice from the same committed inputs, writes byte-identical output:
// data changes in dist/ then only ever come from data changes in data/. And every Arrow file a
// loader writes reads the same with the pages' own reader as with apache-arrow.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {describe, expect, test} from "vitest";
import {readArrow} from "../../components/kit/arrowReader.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";

const loaders = readdirSync(join(PROJECT_ROOT, "src", "data"))
  .filter((f) => /\.\w+\.ts$/.test(f))
  .sort();
const tsx = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");

const outputs = new Map<string, Buffer>();

function runLoader(file: string): Buffer {
  const r = spawnSync(tsx, [join("src", "data", file)], {
    cwd: PROJECT_ROOT,
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, UPPF_DATA_DIR: ""}
  });
  if (r.status !== 0) throw new Error(`${file} exited ${r.status}: ${r.stderr.toString()}`);
  outputs.set(file, r.stdout);
  return r.stdout;
}
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("data loaders are deterministic", () => {
  test("there are loaders", () => expect(loaders.length).toBeGreaterThan(0));
  test.each(loaders)(
    "%s gives the same bytes twice",
    (file) => {
      expect(sha(runLoader(file))).toBe(sha(runLoader(file)));
    },
    60_000
  );
});

describe("the pages' Arrow reader reads every served Arrow file like apache-arrow", () => {
  test.each(loaders.filter((f) => f.endsWith(".arrow.ts")))(
    "%s",
    (file) => {
      const bytes = outputs.get(file) ?? runLoader(file);
      const ours = readArrow(bytes);
      const theirs = tableFromIPC(bytes);
      expect(ours.fields.map((f) => [f.name, f.nullable])).toEqual(theirs.schema.fields.map((f) => [f.name, f.nullable]));
      expect(ours.numRows).toBe(theirs.numRows);
      ours.fields.forEach((f, j) => {
        const column = [...theirs.getChild(f.name)!].map((v) => (v === undefined ? null : v));
        expect(ours.columns[j], `${file}: ${f.name}`).toEqual(column);
      });
    },
    60_000
  );
});
