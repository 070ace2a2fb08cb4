// The serving stage's one list (loaders/serve/tables.ts): every table of the data model is served
// under its own name, made only from this list, in the one data archive (loaders/serve/archive.ts,
// src/data.tar.ts, which only wires it).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../../loaders/paths.js";
import {SERVED, checkServedList, servedArrow} from "../../../loaders/serve/tables.js";
import {servedFiles} from "../../../loaders/serve/archive.js";
import {DATA_MODEL} from "../../../model/dataModel.js";
import {readTable} from "../../../components/kit/arrow.js";

describe("the served tables", () => {
  test("are exactly the data model's tables, each under its own name", () => {
    expect(() => checkServedList()).not.toThrow();
    expect(Object.keys(SERVED)).toEqual(DATA_MODEL.map((t) => t.name));
  });
  test("the archive serves each whole under its own name; the one loader entry only wires the archive", () => {
    const names = servedFiles().map((f) => f.name);
    for (const name of Object.keys(SERVED)) expect(names, name).toContain(`${name}.arrow`);
    expect(new Set(names).size).toBe(names.length);
    // smallest first: Framework reads the archive from its start for each member it serves
    const sizes = servedFiles().map((f) => f.bytes.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    const code = readFileSync(join(PROJECT_ROOT, "src", "data.tar.ts"), "utf8").replace(/^\/\/.*\n/gm, "");
    expect(code.trim()).toBe(
      `import {runLoader} from "../loaders/run.js";\nimport {servedArchive} from "../loaders/serve/archive.js";\n\nawait runLoader(() => servedArchive());`
    );
  });
  test("every served file reads back against its table's declaration with the rows it was made of", () => {
    for (const [name, s] of Object.entries(SERVED)) expect(readTable(s.table, servedArrow(name as keyof typeof SERVED)), name).toEqual(s.rows());
  });
});
