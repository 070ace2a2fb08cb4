// group_values follows the one comparison rule (model/comparisons.ts). Synthetic rows and groups.
import {describe, expect, it} from "vitest";
import {groupValueRows} from "../../../loaders/analysis/groupValues.js";
import type {AreaMeta, KoladaRow} from "../../../loaders/kolada/types.js";
import {readSnapshot} from "../../../loaders/kolada/snapshot.js";
import {KOLADA_DIR} from "../../../loaders/paths.js";
import {koladaRow} from "../../support/rows.js";

const v = (municipality: string, period: number, value: number | null): KoladaRow => koladaRow("U40455", municipality, period, value);
const group = (id: string, title: string, members: string[]): AreaMeta => ({id, title, type: "G", members});
const SKR = group("G92787", "Storstäder (ovägt medel)", ["0180", "1280", "1480"]);
const LIKNANDE = group("G1", "Liknande kommuner arbetsmarknad, Ale, 2024", ["0001", "0002", "0003", "0004", "0005", "0006", "0007"]);

describe("groupValueRows", () => {
  it("takes Kolada's own group value where the snapshot holds it, else the members' unweighted mean", () => {
    const rows = [v("0180", 2022, 40), v("1280", 2022, 50), v("1480", 2022, 90), v("G92787", 2022, 61.5), v("0180", 2023, 40), v("1280", 2023, 50)];
    const out = groupValueRows(rows, [SKR]);
    expect(out).toEqual([
      {area: "G92787", kpi: "U40455", period: 2022, gender: "T", value: 61.5, source: "kolada", kommuner: null, members: 3},
      {area: "G92787", kpi: "U40455", period: 2023, gender: "T", value: 45, source: "medel", kommuner: 2, members: 3}
    ]);
  });

  it("draws no own mean when fewer than half the members have a value, and says how many had one", () => {
    const rows = ["0001", "0002", "0003"].map((m, i) => v(m, 2023, 10 * (i + 1)));
    expect(groupValueRows(rows, [LIKNANDE])).toEqual([
      {area: "G1", kpi: "U40455", period: 2023, gender: "T", value: null, source: "medel", kommuner: 3, members: 7}
    ]);
    const four = [...rows, v("0004", 2023, 40)];
    expect(groupValueRows(four, [LIKNANDE])[0]).toMatchObject({value: 25, kommuner: 4});
  });

  it("gives the liknande-kommuner groups the listed KPIs only, every other group every KPI", () => {
    const rows = ["0001", "0002", "0003", "0004"].flatMap((m) => [koladaRow("U40455", m, 2023, 10), koladaRow("N40011", m, 2023, 20)]);
    const skr = {...SKR, members: ["0001", "0002", "0003"]};
    const out = groupValueRows(rows, [LIKNANDE, skr], ["U40455"]).map((r) => `${r.area} ${r.kpi}`);
    expect(out).toEqual(["G1 U40455", "G92787 N40011", "G92787 U40455"]);
  });

  it("keeps Riket as Kolada's own value only, and ignores groups the site does not use", () => {
    const other = group("G114418", "Fyrkommunsnätverket (ovägt medel)", ["0180"]);
    const out = groupValueRows([v("0000", 2023, 44.4), v("0180", 2023, 40), v("G114418", 2023, 40)], [other]);
    expect(out).toEqual([{area: "0000", kpi: "U40455", period: 2023, gender: "T", value: 44.4, source: "kolada", kommuner: null, members: null}]);
  });

  it("on the committed snapshot, gives all kommuner's mean for every year kpi_means has one, equal to it", () => {
    const s = readSnapshot(KOLADA_DIR);
    const all = groupValueRows(s.rows, s.metadata.areas).filter((r) => r.area === "G2328" && r.kpi === "U40455");
    const years = [...new Set(s.rows.filter((r) => r.kpi === "U40455" && /^\d{4}$/.test(r.municipality)).map((r) => r.period))].sort();
    expect(all.map((r) => r.period)).toEqual(years);
    for (const r of all) {
      const values = s.rows.filter(
        (x) => x.kpi === "U40455" && x.period === r.period && x.gender === "T" && /^\d{4}$/.test(x.municipality) && x.value !== null
      );
      expect(r.kommuner).toBe(values.length);
      expect(r.value).toBeCloseTo(values.reduce((a, x) => a + x.value!, 0) / values.length, 10);
    }
  });
});
