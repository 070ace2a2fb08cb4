// kpi_means on small hand-made tables with known answers (values synthetic).
import {describe, expect, test} from "vitest";
import {kpiMeanRows} from "../../../loaders/analysis/means.js";
import {koladaRow} from "../../support/rows.js";

const row = koladaRow;

describe("kpi_means", () => {
  test("the unweighted mean of the kommuner with a value, missing values skipped, per KPI, year and gender", () => {
    const rows = [
      row("U40455", "0114", 2022, 30),
      row("U40455", "0115", 2022, 40),
      row("U40455", "0117", 2022, null),
      row("U40455", "0114", 2023, 50),
      row("U40455", "0114", 2022, 10, "K"),
      row("N40011", "0114", 2022, 900),
      row("N40011", "0115", 2022, 1000)
    ];
    expect(kpiMeanRows(rows, 1)).toEqual([
      {kpi: "N40011", period: 2022, gender: "T", kommuner: 2, mean: 950},
      {kpi: "U40455", period: 2022, gender: "K", kommuner: 1, mean: 10},
      {kpi: "U40455", period: 2022, gender: "T", kommuner: 2, mean: 35},
      {kpi: "U40455", period: 2023, gender: "T", kommuner: 1, mean: 50}
    ]);
  });

  test("a year with fewer kommuner than the minimum has no mean (null, never a guess), but keeps its count", () => {
    const rows = [row("U40455", "0114", 2022, 30), row("U40455", "0115", 2022, 40), row("U40455", "0114", 2023, 50)];
    expect(kpiMeanRows(rows, 2)).toEqual([
      {kpi: "U40455", period: 2022, gender: "T", kommuner: 2, mean: 35},
      {kpi: "U40455", period: 2023, gender: "T", kommuner: 1, mean: null}
    ]);
  });

  test("no values give an empty table; a bad minimum is refused", () => {
    expect(kpiMeanRows([], 1)).toEqual([]);
    expect(kpiMeanRows([row("U40455", "0114", 2022, null)], 1)).toEqual([]);
    expect(() => kpiMeanRows([], 0)).toThrow(/minKommuner must be a positive integer/);
  });

  test("equals the plain arithmetic mean on many values", () => {
    const values = Array.from({length: 150}, (_, i) => 10 + ((i * 37) % 53) / 3);
    const rows = values.map((v, i) => row("U40455", String(1000 + i), 2020, v));
    const [mean] = kpiMeanRows(rows, 145);
    expect(mean.kommuner).toBe(150);
    expect(mean.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 10);
  });
});
