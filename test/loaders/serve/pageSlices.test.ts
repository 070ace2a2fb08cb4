// The pages' slices as served (loaders/serve/pageSlices.ts, in the data archive): each slice is
// exactly the served table's rows its declaration keeps, with its columns, and the archive holds
// every declared slice of every page.
import {describe, expect, test} from "vitest";
import {readTable} from "../../../components/kit/arrow.js";
import {pageSliceArrow, sliceRows} from "../../../loaders/serve/pageSlices.js";
import {servedArchive} from "../../../loaders/serve/archive.js";
import {SERVED} from "../../../loaders/serve/tables.js";
import {ADDED_KOMMUN_DATA, DASHBOARD_AREAS, KOSTNAD_DATA, PAGE_DATA, RESULTAT_DATA} from "../../../model/pageData.js";
import {catalogueKommunIds, isKommunId} from "../../../model/catalogue.js";
import {tarFiles} from "../../tarFiles.js";

describe("the pages' slices", () => {
  test("a slice keeps the rows whose listed columns hold a listed value, and none that except lists", () => {
    const ranks = SERVED.kpi_ranks.rows();
    const t = sliceRows(RESULTAT_DATA.slices.ranks);
    expect(t.length).toBeGreaterThan(0);
    expect(t).toEqual(ranks.filter((r) => r.kpi === "U40455" && r.gender === "T"));
    const kolada = sliceRows(RESULTAT_DATA.slices.kolada);
    const kpis = RESULTAT_DATA.slices.kolada.where.kpi;
    expect(kolada).toEqual(
      SERVED.kolada
        .rows()
        .filter((r) => kpis.includes(r.kpi) && DASHBOARD_AREAS.includes(r.municipality))
        .map(({kpi, municipality, period, gender, value}) => ({kpi, municipality, period, gender, value}))
    );
    const current = sliceRows(KOSTNAD_DATA.slices.cost);
    const fixed = sliceRows(KOSTNAD_DATA.slices.fixedCost);
    expect(current.every((r) => r.price_year === null)).toBe(true);
    expect(fixed.every((r) => r.price_year !== null)).toBe(true);
    expect(current.length + fixed.length).toBe(SERVED.cost_prices.rows().filter((r) => DASHBOARD_AREAS.includes(r.municipality)).length);
  });
  test("the tables an added kommun's rows are cut from hold kommuner outside the catalogue; the pages' slices of them keep the catalogue's kommuner and the comparison areas only", () => {
    const catalogue = catalogueKommunIds();
    const outside = (id: string) => isKommunId(id) && !catalogue.includes(id);
    // every table an added kommun's file is cut from, each with its page's slice of it
    const cut = ADDED_KOMMUN_DATA.flatMap((a) => a.keys.map((key) => ({name: `${a.data.page}.${key}`, slice: a.data.slices[key]})));
    expect(cut.length).toBeGreaterThan(0);
    // the committed snapshot (and the seed) hold U40455 for other kommuner: kolada and result_shares have their rows
    for (const name of ["kolada", "result_shares"] as const)
      expect(
        SERVED[name].rows().some((r) => outside(r.municipality)),
        name
      ).toBe(true);
    for (const {name, slice} of cut) {
      expect(slice.where.municipality, name).toEqual(DASHBOARD_AREAS);
      const rows = sliceRows(slice) as {municipality: string}[];
      expect(
        rows.some((r) => outside(r.municipality)),
        name
      ).toBe(false);
    }
  });
  test("the archive holds every declared slice of every page, each readable against its declaration", async () => {
    const files = await tarFiles(servedArchive());
    const declared = PAGE_DATA.flatMap((p) => Object.keys(p.slices).map((k) => `pages/${p.page}/${k}.arrow`));
    expect([...files.keys()].filter((f) => f.startsWith("pages/")).sort()).toEqual(declared.sort());
    for (const p of PAGE_DATA)
      for (const [key, s] of Object.entries(p.slices)) {
        const bytes = files.get(`pages/${p.page}/${key}.arrow`)!;
        expect(Buffer.compare(bytes, Buffer.from(pageSliceArrow(s))), `${p.page}/${key}`).toBe(0);
        expect(readTable(s.table, bytes), `${p.page}/${key}`).toEqual(sliceRows(s));
      }
  });
});
