// The data archive (src/data.tar.ts: every served file), run twice from the same committed inputs,
// is byte-identical: data changes in dist/ then only ever come from data changes in data/. And
// every Arrow file in it reads the same with the pages' own reader as with apache-arrow.
import {createHash} from "node:crypto";
import {tableFromIPC} from "apache-arrow";
import {beforeAll, describe, expect, test} from "vitest";
import {readArrow} from "../../components/kit/arrowReader.js";
import {runArchive} from "../support/archive.js";

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
let first: Awaited<ReturnType<typeof runArchive>>;
let second: Awaited<ReturnType<typeof runArchive>>;
beforeAll(async () => {
  [first, second] = await Promise.all([runArchive(), runArchive()]);
}, 180_000);

describe("the data archive is deterministic", () => {
  test("two runs give the same bytes", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.files.size).toBeGreaterThan(40);
    expect(sha(first.stdout)).toBe(sha(second.stdout));
  });
});

describe("the pages' Arrow reader reads every served Arrow file like apache-arrow", () => {
  test("every .arrow file of the archive", () => {
    const arrows = [...first.files].filter(([name]) => name.endsWith(".arrow"));
    expect(arrows.length).toBeGreaterThan(40);
    for (const [file, bytes] of arrows) {
      const ours = readArrow(bytes);
      const theirs = tableFromIPC(bytes);
      expect(
        ours.fields.map((f) => [f.name, f.nullable]),
        file
      ).toEqual(theirs.schema.fields.map((f) => [f.name, f.nullable]));
      expect(ours.numRows, file).toBe(theirs.numRows);
      ours.fields.forEach((f, j) => {
        const column = [...theirs.getChild(f.name)!].map((v) => (v === undefined ? null : v));
        expect(ours.columns[j], `${file}: ${f.name}`).toEqual(column);
      });
    }
  });
});
