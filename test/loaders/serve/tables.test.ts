// The serving stage's one list (loaders/serve/tables.ts): every table of the data model is served
// under its own name, made only from this list, and each src/data/<name>.arrow.ts entry only wires it.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../../loaders/paths.js";
import {SERVED, checkServedList, servedArrow} from "../../../loaders/serve/tables.js";
import {DATA_MODEL} from "../../../model/dataModel.js";
import {readTable} from "../../../components/kit/arrow.js";

describe("the served tables", () => {
  test("are exactly the data model's tables, each under its own name", () => {
    expect(() => checkServedList()).not.toThrow();
    expect(Object.keys(SERVED)).toEqual(DATA_MODEL.map((t) => t.name));
  });
  test("each has one thin entry in src/data/ that serves it by name, and there is no other Arrow entry", () => {
    const entries = readdirSync(join(PROJECT_ROOT, "src", "data")).filter((f) => f.endsWith(".arrow.ts"));
    expect(entries.map((f) => f.replace(/\.arrow\.ts$/, "")).sort()).toEqual(Object.keys(SERVED).sort());
    for (const f of entries) {
      const code = readFileSync(join(PROJECT_ROOT, "src", "data", f), "utf8").replace(/^\/\/.*\n/gm, "");
      expect(code.trim(), f).toBe(
        `import {runArrowLoader} from "../../loaders/arrowWriter.js";\nimport {servedArrow} from "../../loaders/serve/tables.js";\n\nawait runArrowLoader(() => servedArrow("${f.replace(/\.arrow\.ts$/, "")}"));`
      );
    }
  });
  test("every served file reads back against its table's declaration with the rows it was made of", () => {
    for (const [name, s] of Object.entries(SERVED)) expect(readTable(s.table, servedArrow(name as keyof typeof SERVED)), name).toEqual(s.rows());
  });
});
