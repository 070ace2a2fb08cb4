// A page's slices of the served tables (model/slices.ts) and the pages' declarations (model/pageData.ts).
import {describe, expect, test} from "vitest";
import {columnsOf} from "../../model/table.js";
import {ADDED_KOMMUN_DATA, DASHBOARD_AREAS, KOSTNAD_DATA, PAGE_DATA, RESULTAT_DATA, addedKommunData, forKommun} from "../../model/pageData.js";
import {KOMMUNER} from "../../model/catalogue.js";
import {DASHBOARD_COMPARISON_AREAS} from "../../model/groups.js";
import {definePageData, slice, slicePath} from "../../model/slices.js";
import {kolada, koladaKpis} from "../../model/tables/kolada.js";
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

describe("a dashboard's slices of the tables that hold every kommun", () => {
  test("each slice an added kommun's file is cut from keeps the catalogue's kommuner and the comparison areas, declared once from the model", () => {
    expect(DASHBOARD_AREAS).toEqual([...KOMMUNER.map((m) => m.id), ...DASHBOARD_COMPARISON_AREAS]);
    for (const added of ADDED_KOMMUN_DATA)
      for (const key of added.keys) expect(added.data.slices[key].where.municipality, `${added.data.page}.${key}`).toBe(DASHBOARD_AREAS);
  });
  test("a page whose added-kommun key has no rule on municipality is refused, naming the page and key", () => {
    const data = definePageData("prov", {all: slice(kolada), mine: slice(kolada, {where: {municipality: DASHBOARD_AREAS}})});
    expect(() => addedKommunData(data, ["all"])).toThrow(/prov\.all keeps every kommun's rows/);
    expect(addedKommunData(data, ["mine"]).keys).toEqual(["mine"]);
    const kpis = definePageData("prov", {kpis: slice(koladaKpis)});
    expect(() => addedKommunData(kpis, ["kpis"])).toThrow(/prov\.kpis has no municipality column/);
  });
  test("forKommun keeps a slice's other rules and its columns and gives municipality the one kommun", () => {
    const s = KOSTNAD_DATA.slices.fixedCost;
    const mine = forKommun(s, "0180");
    expect(mine.where).toEqual({...s.where, municipality: ["0180"]});
    expect(mine.except).toBe(s.except);
    expect(mine.table).toBe(s.table);
    expect(mine.when).toBe("demand");
    expect(s.where.municipality).toBe(DASHBOARD_AREAS); // the page's own slice is unchanged
  });
});
