// A page's slices of the served tables (model/slices.ts) and the pages' declarations (model/pageData.ts).
import {describe, expect, test} from "vitest";
import {columnsOf} from "../../model/table.js";
import {PAGE_DATA, RESULTAT_DATA} from "../../model/pageData.js";
import {definePageData, slice, slicePath} from "../../model/slices.js";
import {kolada} from "../../model/tables/kolada.js";
import {kpiRanks} from "../../model/tables/ranks.js";
import {DATA_MODEL} from "../../model/dataModel.js";

describe("slice", () => {
  test("keeps the declared columns in the served table's order, with their types and descriptions; every column without a list", () => {
    const s = slice(kolada, {columns: ["value", "kpi"], where: {kpi: ["U40455"]}});
    expect(columnsOf(s.table).map((c) => c.name)).toEqual(["kpi", "value"]);
    expect(s.table.columns.value).toBe(kolada.columns.value);
    expect(s.table.name).toBe("kolada");
    expect(s).toMatchObject({from: kolada, where: {kpi: ["U40455"]}, except: {}, when: "load"});
    expect(Object.keys(slice(kpiRanks).table.columns)).toEqual(Object.keys(kpiRanks.columns));
    expect(slice(kpiRanks, {when: "demand"}).when).toBe("demand");
  });
  test("a column that the served table does not have is refused, naming the table", () => {
    expect(() => slice(kolada, {columns: ["kpi", "valeu" as never]})).toThrow(/kolada has no column "valeu"/);
    expect(() => slice(kolada, {where: {year: [2020]} as never})).toThrow(/kolada has no column "year"/);
    expect(() => slice(kolada, {except: {sex: ["T"]} as never})).toThrow(/kolada has no column "sex"/);
  });
  test("a page's name and keys must make paths", () => {
    expect(() => definePageData("Resultat!", {})).toThrow(/page name "Resultat!"/);
    expect(() => definePageData("resultat", {"a/b": slice(kolada)})).toThrow(/key "a\/b"/);
    expect(slicePath("resultat", "ranks")).toBe("data/pages/resultat/ranks.arrow");
  });
});

describe("the pages' declarations", () => {
  test("every slice is cut from a served table, and page names are unique", () => {
    const served = new Set(DATA_MODEL);
    for (const p of PAGE_DATA) for (const [key, s] of Object.entries(p.slices)) expect(served.has(s.from), `${p.page}.${key}`).toBe(true);
    expect(new Set(PAGE_DATA.map((p) => p.page)).size).toBe(PAGE_DATA.length);
  });
  test("a slice fetched on demand leaves out the rows its page already has (no row is loaded twice)", () => {
    for (const p of PAGE_DATA)
      for (const [key, s] of Object.entries(p.slices).filter(([, s]) => s.when === "demand")) {
        const twins = Object.entries(p.slices).filter(([k, o]) => k !== key && o.from === s.from);
        for (const [k, o] of twins) {
          // The other slice keeps exactly the rows this one leaves out, by one column.
          const [column, values] = Object.entries(s.except)[0] ?? [];
          expect(column, `${p.page}.${key} must leave out ${p.page}.${k}'s rows`).toBeDefined();
          expect(o.where[column!], `${p.page}.${k}`).toEqual(values);
        }
      }
    expect(RESULTAT_DATA.slices.ranksByGender.except).toEqual({gender: ["T"]});
  });
});
