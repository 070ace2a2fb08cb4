// Kostnad per invånare's derived tables on small hand-made tables with known answers. Values
// synthetic, except the prisbasbelopp amounts for 2019, 2020 and 2023 (data/facts/prisbasbelopp.csv;
// 2021–2022 left out on purpose).
import {describe, expect, test} from "vitest";
import {costPerParticipantRows, costPriceRows, costResultPairs, costVsResultRows, costVsResultSummaryRows} from "../../../loaders/analysis/cost.js";
import {prisbasbeloppTable} from "../../../loaders/analysis/prices.js";
import {CORRELATION_WORDS} from "../../../model/vocabulary.js";
import {koladaRow} from "../../support/rows.js";

const row = koladaRow;
const pbb = [
  {year: 2019, kronor: 46500, checked: true},
  {year: 2020, kronor: 47300, checked: true},
  {year: 2023, kronor: 52500, checked: false}
];

describe("cost_prices: fixed prices with prisbasbelopp", () => {
  const valueOf = (rows: ReturnType<typeof costPriceRows>, period: number, priceYear: number | null) =>
    rows.find((r) => r.period === period && r.price_year === priceYear)?.value;

  test("value × pbb(base) / pbb(year); the base year itself is unchanged", () => {
    const rows = costPriceRows([row("N40011", "2380", 2019, 1000), row("N40011", "2380", 2023, 1000), row("N40011", "2380", 2020, 1000)], pbb);
    expect(valueOf(rows, 2019, 2023)).toBeCloseTo((1000 * 52500) / 46500, 9); // 1 129,03
    expect(valueOf(rows, 2023, 2019)).toBeCloseTo((1000 * 46500) / 52500, 9);
    expect(valueOf(rows, 2020, 2020)).toBe(1000);
  });

  test("a missing prisbasbelopp year gives null, not a guess; a missing value gives null, not 0", () => {
    const rows = costPriceRows([row("N40011", "2380", 2021, 1000), row("N40011", "2380", 2019, 1000), row("N40011", "0764", 2019, 0)], pbb, {
      groups: [{area: "G2328", kpi: "N40011", period: 2019, gender: "T", value: null}]
    });
    expect(valueOf(rows, 2021, 2023)).toBeNull();
    // Only the series' years are base years: no row in 2022 prices exists to guess from.
    expect(rows.some((r) => r.price_year === 2022)).toBe(false);
    expect(rows.filter((r) => r.municipality === "G2328").map((r) => r.value)).toEqual([null, null, null, null]);
    expect(rows.find((r) => r.municipality === "0764" && r.price_year === 2023)?.value).toBe(0);
    expect(costPriceRows([{...row("N40011", "2380", 2019, Number.NaN)}], pbb).every((r) => r.value === null)).toBe(true);
  });

  test("the current prices are kept beside every base year; the base years are the series' years", () => {
    const rows = costPriceRows([row("N40011", "2380", 2019, 930), row("N40011", "2380", 2021, 950), row("N40011", "2380", 2023, null)], pbb);
    expect(rows.filter((r) => r.price_year === null).map((r) => r.value)).toEqual([930, 950, null]);
    expect(valueOf(rows, 2019, 2023)).toBeCloseTo(1050, 9); // 930 × 52500 / 46500
    expect(valueOf(rows, 2021, 2023)).toBeNull();
    expect(valueOf(rows, 2019, 2019)).toBe(930);
    expect([...new Set(rows.map((r) => r.price_year))]).toEqual([null, 2019, 2020, 2023]);
  });

  test("the choice of base year scales a series but keeps its real change between years", () => {
    const rows = costPriceRows([row("N40011", "2380", 2019, 930), row("N40011", "2380", 2020, 946)], pbb);
    for (const base of [2019, 2020, 2023]) {
      expect(valueOf(rows, 2020, base)! / valueOf(rows, 2019, base)!).toBeCloseTo(946 / 47300 / (930 / 46500), 12);
    }
  });

  test("the checked flag: both years' amounts checked; null in current prices and without a value", () => {
    const rows = costPriceRows([row("N40011", "2380", 2019, 930), row("N40011", "2380", 2021, 950)], pbb);
    const flag = (period: number, priceYear: number | null) => rows.find((r) => r.period === period && r.price_year === priceYear)?.pbb_checked;
    expect(flag(2019, 2020)).toBe(true);
    expect(flag(2019, 2023)).toBe(false);
    expect(flag(2019, null)).toBeNull();
    expect(flag(2021, 2020)).toBeNull();
  });

  test("only the page's cost KPIs (gender T) for the catalogue's kommuner and the comparison areas, in the model's order", () => {
    const rows = costPriceRows(
      [
        row("N30101", "2380", 2019, 5000),
        row("N40011", "9999", 2019, 1),
        row("U40455", "2380", 2019, 40),
        row("N40011", "1487", 2019, 700),
        row("N40011", "1487", 2019, 650, "K")
      ],
      pbb,
      {
        groups: [
          {area: "G2328", kpi: "N40011", period: 2019, gender: "T", value: 500},
          {area: "0000", kpi: "N40011", period: 2019, gender: "T", value: 520},
          {area: "G216095", kpi: "N40011", period: 2019, gender: "T", value: 1}, // a liknande-kommuner group: no dashboard compares with it
          {area: "G2328", kpi: "U40455", period: 2019, gender: "T", value: 40}
        ]
      }
    );
    expect([...new Set(rows.map((r) => `${r.kpi} ${r.municipality}`))]).toEqual(["N40011 1487", "N40011 0000", "N40011 G2328", "N30101 2380"]);
  });

  test("a comparison area's value is group_values' (Kolada's own or an own mean), never a Kolada row of the area; in fixed prices by the same rule", () => {
    const rows = costPriceRows([row("N40011", "G2328", 2019, 999), row("N40011", "2380", 2019, 930)], pbb, {
      groups: [{area: "G2328", kpi: "N40011", period: 2019, gender: "T", value: 500}]
    });
    const g2328 = rows.filter((r) => r.municipality === "G2328");
    expect(g2328.find((r) => r.price_year === null)?.value).toBe(500);
    expect(g2328.find((r) => r.price_year === 2023)?.value).toBeCloseTo((500 * 52500) / 46500, 9);
    expect(g2328.find((r) => r.price_year === 2023)?.pbb_checked).toBe(false);
  });

  test("for other kommuner (an added kommun's file): the same derivation with the kommuner as a parameter", () => {
    const values = [row("N40011", "0180", 2019, 1500), row("N40011", "2380", 2019, 930), row("N40011", "0114", 2019, 800)];
    const rows = costPriceRows(values, pbb, {kommuner: ["0180", "0114"]});
    expect([...new Set(rows.map((r) => r.municipality))]).toEqual(["0180", "0114"]);
    expect(rows.filter((r) => r.municipality === "0180")).toEqual(costPriceRows([row("N40011", "0180", 2019, 1500)], pbb, {kommuner: ["0180"]}));
  });

  test("a bad series is an error", () => {
    expect(() =>
      prisbasbeloppTable([
        {year: 2019, kronor: 1, checked: true},
        {year: 2019, kronor: 2, checked: true}
      ])
    ).toThrow(/2019 appears twice/);
    expect(() => prisbasbeloppTable([{year: 2019, kronor: 0, checked: true}])).toThrow(/no positive amount/);
  });
});

describe("cost_per_participant", () => {
  const current = (rows: ReturnType<typeof costPerParticipantRows>) => rows.filter((r) => r.price_year === null);

  test("N40011 × N01951 / U40800", () => {
    const rows = costPerParticipantRows([row("N40011", "0764", 2022, 1000), row("N01951", "0764", 2022, 50000), row("U40800", "0764", 2022, 250)], pbb);
    expect(current(rows)).toEqual([
      {
        municipality: "0764",
        period: 2022,
        price_year: null,
        value: 200000,
        pbb_checked: null,
        net_cost: 1000,
        inhabitants: 50000,
        participants: 250
      }
    ]);
  });

  test("any missing part, or no participants, gives null (never 0)", () => {
    const parts = (n: number | null, inv: number | null, del: number | null) => [
      row("N40011", "0764", 2022, n),
      row("N01951", "0764", 2022, inv),
      row("U40800", "0764", 2022, del)
    ];
    expect(current(costPerParticipantRows(parts(null, 50000, 250), pbb))[0].value).toBeNull();
    expect(current(costPerParticipantRows(parts(1000, null, 250), pbb))[0].value).toBeNull();
    expect(current(costPerParticipantRows(parts(1000, 50000, null), pbb))[0].value).toBeNull();
    expect(current(costPerParticipantRows(parts(1000, 50000, 0), pbb))[0].value).toBeNull();
  });

  test("joined per kommun and year from Kolada rows (same year only, gender T)", () => {
    const rows = [
      row("N40011", "0764", 2022, 800),
      row("N01951", "0764", 2022, 20000),
      row("U40800", "0764", 2022, 100),
      row("N40011", "0764", 2023, 900),
      row("N01951", "0764", 2023, 20100),
      row("U40800", "0764", 2021, 90),
      row("U40800", "0764", 2023, 120, "K")
    ];
    const s = current(costPerParticipantRows(rows, pbb));
    expect(s.map((p) => [p.period, p.value])).toEqual([
      [2021, null],
      [2022, 160000],
      [2023, null]
    ]);
    expect(s[2]).toMatchObject({net_cost: 900, inhabitants: 20100, participants: null});
  });

  test("for the kommuner given (an added kommun's file), else the catalogue's", () => {
    const parts = (id: string) => [row("N40011", id, 2022, 1000), row("N01951", id, 2022, 50000), row("U40800", id, 2022, 250)];
    const values = [...parts("0764"), ...parts("0180")];
    expect([...new Set(costPerParticipantRows(values, pbb).map((r) => r.municipality))]).toEqual(["0764"]);
    const other = current(costPerParticipantRows(values, pbb, ["0180"]));
    expect(other.map((r) => [r.municipality, r.value])).toEqual([["0180", 200000]]);
  });

  test("in fixed prices of each base year, null where the year lacks a prisbasbelopp", () => {
    const rows = costPerParticipantRows([row("N40011", "0764", 2019, 800), row("N01951", "0764", 2019, 20000), row("U40800", "0764", 2019, 100)], pbb);
    expect(rows.find((r) => r.price_year === 2023)!.value).toBeCloseTo((160000 * 52500) / 46500, 6);
    expect(rows.find((r) => r.price_year === 2019)!.value).toBe(160000);
    expect(
      costPerParticipantRows([row("N40011", "0764", 2022, 800), row("N01951", "0764", 2022, 20000), row("U40800", "0764", 2022, 100)], pbb).find(
        (r) => r.price_year === 2019
      )!.value
    ).toBeNull();
  });

  test("only the catalogue's kommuner", () => {
    expect(costPerParticipantRows([row("N40011", "G2328", 2022, 800), row("N40011", "0114", 2022, 800)], pbb)).toEqual([]);
  });
});

describe("cost_vs_result and its summary", () => {
  const pairs = (points: [number | null, number | null][], period = 2022) =>
    points.map(([x, y], i) => ({municipality: String(1000 + i), period, net_cost: x, result: y}));

  test("N40011 and U40455 paired per kommun and year; the served table keeps only the pairs with both, the summary counts the rest", () => {
    const all = costResultPairs([
      row("N40011", "0114", 2022, 900),
      row("U40455", "0114", 2022, 40),
      row("U40455", "0115", 2022, 35),
      row("U40455", "0115", 2022, 30, "K"),
      row("N01951", "0115", 2022, 1),
      row("N40011", "0116", 2021, 700)
    ]);
    expect(all).toEqual([
      {municipality: "0114", period: 2022, net_cost: 900, result: 40},
      {municipality: "0115", period: 2022, net_cost: null, result: 35},
      {municipality: "0116", period: 2021, net_cost: 700, result: null}
    ]);
    expect(costVsResultRows(all)).toEqual([{municipality: "0114", period: 2022, net_cost: 900, result: 40}]);
    expect(costVsResultSummaryRows(all).map((r) => [r.period, r.kommuner, r.with_both, r.with_cost, r.with_result])).toEqual([
      [2021, 1, 0, 1, 0],
      [2022, 2, 1, 1, 2]
    ]);
    expect(costVsResultRows([])).toEqual([]);
  });

  test("Pearson's r: perfect, none, too few points", () => {
    const r = (points: [number, number][]) => costVsResultSummaryRows(pairs(points))[0].pearson_r;
    expect(
      r([
        [1, 2],
        [2, 4],
        [3, 6]
      ])
    ).toBeCloseTo(1);
    expect(
      r([
        [1, 3],
        [2, 2],
        [3, 1]
      ])
    ).toBeCloseTo(-1);
    expect(
      r([
        [1, 1],
        [2, 1],
        [3, 1]
      ])
    ).toBeNull();
    expect(
      r([
        [1, 1],
        [2, 2]
      ])
    ).toBeNull();
  });

  test("equals the two-pass formula on many values, with the medians of the kommuner that have both", () => {
    const points: [number, number][] = Array.from({length: 50}, (_, i) => [300 + ((i * 37) % 53) * 20, 20 + ((i * 11) % 17) * 2]);
    const [summary] = costVsResultSummaryRows(pairs([...points, [9999, null], [null, 99]]));
    const n = points.length;
    const mx = points.reduce((s, p) => s + p[0], 0) / n;
    const my = points.reduce((s, p) => s + p[1], 0) / n;
    const sxy = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
    const sxx = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
    const syy = points.reduce((s, p) => s + (p[1] - my) ** 2, 0);
    expect(summary.pearson_r).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 12);
    const median = (v: number[]) => {
      const s = [...v].sort((a, b) => a - b);
      return (s[n / 2 - 1] + s[n / 2]) / 2;
    };
    expect(summary.median_cost).toBe(median(points.map((p) => p[0])));
    expect(summary.median_result).toBe(median(points.map((p) => p[1])));
    expect(summary).toMatchObject({kommuner: 52, with_both: 50, with_cost: 51, with_result: 51});
  });

  test("the strength in the model's words by |r|, per year", () => {
    const rows = costVsResultSummaryRows([
      ...pairs(
        [
          [1, 2],
          [2, 4],
          [3, 6]
        ],
        2020
      ),
      ...pairs(
        [
          [1, 1],
          [2, 3],
          [3, 1],
          [4, 3]
        ],
        2021
      ),
      ...pairs(
        [
          [1, 1],
          [2, 2]
        ],
        2022
      )
    ]);
    expect(rows.map((r) => r.period)).toEqual([2020, 2021, 2022]);
    expect(rows[0].strength).toBe(CORRELATION_WORDS.at(-1)!.text);
    const r2021 = rows[1].pearson_r!;
    expect(rows[1].strength).toBe(CORRELATION_WORDS.find((w) => Math.abs(r2021) < w.below)!.text);
    expect(rows[2]).toMatchObject({with_both: 2, pearson_r: null, strength: null, median_cost: 1.5});
  });

  test("a year without any kommun with both values: counts kept, no medians, no r", () => {
    expect(
      costVsResultSummaryRows(
        pairs(
          [
            [null, 40],
            [null, 35],
            [800, null]
          ],
          2023
        )
      )
    ).toEqual([
      {
        period: 2023,
        kommuner: 3,
        with_both: 0,
        with_cost: 1,
        with_result: 2,
        median_cost: null,
        median_result: null,
        pearson_r: null,
        strength: null
      }
    ]);
    expect(costVsResultSummaryRows([])).toEqual([]);
  });
});
