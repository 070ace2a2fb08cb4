// The loaders' tar writer (loaders/tarWriter.ts), read back with tar-stream as Framework does.
// Contents synthetic.
import {describe, expect, test} from "vitest";
import {tarArchive} from "../../loaders/tarWriter.js";
import {tarFiles} from "../tarFiles.js";

describe("tar archives of a loader's files", () => {
  test("every file comes back whole, in order, whatever its length; the same files give the same bytes", async () => {
    const files = [
      {name: "report_meta.arrow", bytes: new Uint8Array(0)},
      {name: "a.arrow", bytes: Uint8Array.from({length: 512}, (_, i) => i % 251)},
      {name: "Östersund.txt", bytes: new TextEncoder().encode("ÅÄÖ\n")},
      {name: "b.arrow", bytes: Uint8Array.from({length: 1300}, (_, i) => (i * 7) % 256)}
    ];
    const tar = tarArchive(files);
    expect(tar.length % 512).toBe(0);
    const read = await tarFiles(tar);
    expect([...read.keys()]).toEqual(files.map((f) => f.name));
    for (const f of files) expect(Buffer.compare(read.get(f.name)!, Buffer.from(f.bytes)), f.name).toBe(0);
    expect(Buffer.compare(Buffer.from(tarArchive(files)), Buffer.from(tar))).toBe(0);
  });
  test("an empty archive is two empty blocks; a name over 100 bytes is refused", async () => {
    expect(tarArchive([])).toEqual(new Uint8Array(1024));
    expect((await tarFiles(tarArchive([]))).size).toBe(0);
    expect(() => tarArchive([{name: "x".repeat(101), bytes: new Uint8Array(1)}])).toThrow(/longer than 100 bytes/);
  });
});
