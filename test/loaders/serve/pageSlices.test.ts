// The pages' slices as served (loaders/serve/pageSlices.ts, in the data archive): each slice is
// exactly the served table's rows its declaration keeps, with its columns, and the archive holds
// every declared slice of every page.
import {describe, expect, test} from "vitest";
import {readTable} from "../../../components/kit/arrow.js";
import {pageSliceArrow, sliceRows} from "../../../loaders/serve/pageSlices.js";
import {servedArchive} from "../../../loaders/serve/archive.js";
import {SERVED} from "../../../loaders/serve/tables.js";
import {KOSTNAD_DATA, PAGE_DATA, RESULTAT_DATA} from "../../../model/pageData.js";
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
        .filter((r) => kpis.includes(r.kpi))
        .map(({kpi, municipality, period, gender, value}) => ({kpi, municipality, period, gender, value}))
    );
    const current = sliceRows(KOSTNAD_DATA.slices.cost);
    const fixed = sliceRows(KOSTNAD_DATA.slices.fixedCost);
    expect(current.every((r) => r.price_year === null)).toBe(true);
    expect(fixed.every((r) => r.price_year !== null)).toBe(true);
    expect(current.length + fixed.length).toBe(SERVED.cost_prices.rows().length);
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
