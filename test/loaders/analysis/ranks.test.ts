// kpi_ranks and kpi_latest on small hand-made tables with known answers (values synthetic).
import {describe, expect, test} from "vitest";
import {kpiLatestRows, kpiRankRows} from "../../../loaders/analysis/ranks.js";
import {koladaRow} from "../../support/rows.js";

const row = koladaRow;
/** One year's values of one KPI (U40455 by default: higher is better). */
const year = (values: [string, number | null][], kpi = "U40455", period = 2022) => values.map(([id, v]) => row(kpi, id, period, v));
const of = (rows: ReturnType<typeof kpiRankRows>, id: string) => rows.find((r) => r.municipality === id)!;

describe("kpi_ranks: competition ranking among all kommuner", () => {
  const values: [string, number | null][] = [
    ["0001", 40],
    ["0002", 55],
    ["0003", 40],
    ["0004", null],
    ["0005", 10],
    ["0006", 55]
  ];

  test("ties share a rank, higher is better; missing excluded and counted; percentile counts ties as half", () => {
    const r = kpiRankRows(year(values));
    expect(r.filter((e) => e.rank !== null).map((e) => [e.municipality, e.rank])).toEqual([
      ["0002", 1],
      ["0006", 1],
      ["0001", 3],
      ["0003", 3],
      ["0005", 5]
    ]);
    expect(of(r, "0004")).toMatchObject({
      value: null,
      rank: null,
      tied_with: null,
      percentile: null,
      lower_share: null
    });
    expect(r.every((e) => e.missing === 1 && e.kommuner === 5 && e.direction === "higher")).toBe(true);
    expect(of(r, "0001")).toMatchObject({rank: 3, kommuner: 5, tied_with: 2});
    // percentile: (behind + tied/2) / of
    expect(of(r, "0002").percentile).toBeCloseTo((100 * (3 + 1)) / 5, 9); // 80
    expect(of(r, "0001").percentile).toBeCloseTo((100 * (1 + 1)) / 5, 9); // 40
    expect(of(r, "0005").percentile).toBeCloseTo((100 * 0.5) / 5, 9); // 10
    expect(of(r, "0001").median).toBe(40);
  });
  test("lower is better reverses the order (N03927); neutral ranks from the highest value (N40011)", () => {
    const lower = kpiRankRows(year(values, "N03927"));
    expect(of(lower, "0005").rank).toBe(1);
    expect(of(lower, "0001").rank).toBe(2);
    expect(of(lower, "0002").rank).toBe(4);
    expect(of(lower, "0005").direction).toBe("lower");
    const neutral = kpiRankRows(year(values, "N40011"));
    expect(of(neutral, "0002")).toMatchObject({rank: 1, direction: "neutral"});
  });
  test("KPI directions come from the model; a KPI outside the catalogue ranks as neutral", () => {
    const dir = (kpi: string) => kpiRankRows(year([["0001", 1]], kpi))[0].direction;
    expect(dir("U40455")).toBe("higher");
    expect(dir("N03927")).toBe("lower");
    expect(dir("N40011")).toBe("neutral");
    expect(dir("X99999")).toBe("neutral");
  });
  test("a single value; a year where every kommun lacks a value has no ranking, its kommuner counted missing where another year ranks", () => {
    expect(kpiRankRows(year([["0001", 3]]))[0]).toMatchObject({rank: 1, kommuner: 1, percentile: 50, lower_share: 0});
    const r = kpiRankRows([row("U40455", "0001", 2022, null), row("U40455", "0001", 2021, 5), row("U40455", "0002", 2022, 7)]);
    expect(r.filter((e) => e.period === 2022).map((e) => [e.municipality, e.rank])).toEqual([
      ["0002", 1],
      ["0001", null]
    ]);
    expect(kpiRankRows(year([["0001", null]]))).toEqual([]);
    expect(kpiRankRows([])).toEqual([]);
  });
  test("more than one value for a kommun, KPI, year and gender is an error", () => {
    expect(() =>
      kpiRankRows(
        year([
          ["0001", 1],
          ["0001", 2]
        ])
      )
    ).toThrow(/more than one value for U40455, kommun 0001, 2022, T/);
  });

  test("per year, kommuner only, one gender, one KPI; kommuner with a value some year count as missing in the others", () => {
    const rows = [
      row("U40455", "0764", 2022, 55),
      row("U40455", "1487", 2022, 30),
      row("U40455", "1489", 2022, null),
      row("U40455", "G2328", 2022, 40),
      row("U40455", "0000", 2022, 41),
      row("U40455", "1487", 2022, 90, "K"),
      row("N40011", "1487", 2022, 900),
      row("U40455", "0764", 2021, 12)
    ];
    const r = kpiRankRows(rows).filter((e) => e.kpi === "U40455" && e.gender === "T");
    expect([...new Set(r.map((e) => e.period))]).toEqual([2021, 2022]);
    const r22 = r.filter((e) => e.period === 2022);
    expect(r22.filter((e) => e.rank !== null).map((e) => e.municipality)).toEqual(["0764", "1487"]);
    expect(r22.filter((e) => e.rank === null).map((e) => e.municipality)).toEqual(["1489"]);
    expect(r22[0].missing).toBe(1);
    const r21 = r.filter((e) => e.period === 2021);
    expect(r21.map((e) => [e.municipality, e.rank])).toEqual([
      ["0764", 1],
      ["1487", null]
    ]);
    expect(r21[0].missing).toBe(1);
    expect(kpiRankRows(rows).find((e) => e.gender === "K")).toMatchObject({
      municipality: "1487",
      rank: 1,
      kommuner: 1,
      missing: 1
    }); // 0764 has values (T) in other years
  });

  // What the rank strip shows: 20 kommuner 10, 12, …, 48; 2380 = 48 (highest), 1487 = 20; one null.
  const strip: [string, number | null][] = Array.from({length: 20}, (_, i) => [String(1000 + i), 10 + 2 * i]);
  strip[19][0] = "2380";
  strip[5][0] = "1487";
  strip.push(["0764", null]);
  test("the rank strip's numbers: rank 1 = highest, the share of the other kommuner with a lower value, the median", () => {
    const r = kpiRankRows(year(strip));
    expect(of(r, "2380")).toMatchObject({value: 48, rank: 1, kommuner: 20, lower_share: 100, median: 29});
    expect(of(r, "1487").rank).toBe(15);
    expect(of(r, "1487").lower_share).toBeCloseTo((100 * 5) / 19, 9);
    expect(of(kpiRankRows(year(strip, "N03927")), "1487").rank).toBe(6);
    expect(of(r, "0764").rank).toBeNull();
    const tied = kpiRankRows(
      year([
        ["0001", 1],
        ["0002", 1],
        ["0003", 0]
      ])
    );
    expect(of(tied, "0002")).toMatchObject({rank: 1, tied_with: 2});
    expect(of(tied, "0002").lower_share).toBe(50);
  });
});

describe("kpi_latest: the latest year with a value, the change since the year before, the rank", () => {
  test("the latest year the kommun has a value and is ranked, with the number of kommuner ranked", () => {
    const ranks = kpiRankRows([
      row("U40455", "0764", 2022, 55),
      row("U40455", "1487", 2022, 30),
      row("U40455", "0764", 2023, null),
      row("U40455", "1487", 2023, 31)
    ]);
    const latest = kpiLatestRows(ranks, ["1487", "0764", "2380"]);
    expect(latest.map((r) => [r.municipality, r.period, r.rank, r.kommuner])).toEqual([
      ["1487", 2023, 1, 1],
      ["0764", 2022, 1, 2]
    ]);
  });
  test("the previous year's value and the change; none when the previous year is missing; other kommuner left out", () => {
    const ranks = kpiRankRows([
      row("U40455", "2380", 2020, 40),
      row("U40455", "2380", 2021, 42.5),
      row("U40455", "2380", 2022, 39.25),
      row("U40455", "0001", 2022, 50),
      row("U40455", "0002", 2022, 20),
      row("N40011", "0764", 2020, 1200),
      row("N40011", "0764", 2021, null),
      row("N40011", "0764", 2022, 1500),
      row("N40011", "0764", 2023, null)
    ]);
    const latest = kpiLatestRows(ranks, ["2380", "0764"]);
    expect(latest).toEqual([
      {
        kpi: "N40011",
        municipality: "0764",
        gender: "T",
        period: 2022,
        value: 1500,
        previous: null,
        change: null,
        rank: 1,
        kommuner: 1
      },
      {
        kpi: "U40455",
        municipality: "2380",
        gender: "T",
        period: 2022,
        value: 39.25,
        previous: 42.5,
        change: 39.25 - 42.5,
        rank: 2,
        kommuner: 3
      }
    ]);
    expect(kpiLatestRows([], ["2380"])).toEqual([]);
  });
});
