// Åldersprofiler's derived tables on small hand-made tables with known answers (values synthetic;
// the reference case's shares are those the Östersund audit printed, 52 % against 22 %).
import {describe, expect, test} from "vitest";
import {
  checkSegments,
  populationAgeBandRows,
  referenceKommun,
  youthReferenceRows,
  youthRepresentationRows,
  youthUnemploymentRows
} from "../../../loaders/analysis/age.js";
import {groupValueKoladaRows} from "../../../loaders/analysis/groupValues.js";
import type {KoladaRow} from "../../../loaders/kolada/types.js";
import {ALDER} from "../../../model/pages/alder.js";
import {koladaRow} from "../../support/rows.js";

const row = koladaRow;
const parts = (municipality: string, period: number, u40811: number | null, n01954: number | null, n01977: number | null, n01951: number | null) => [
  row("U40811", municipality, period, u40811),
  row("N01954", municipality, period, n01954),
  row("N01977", municipality, period, n01977),
  row("N01951", municipality, period, n01951)
];

describe("youth_representation: young participants against the young in the population", () => {
  test("U40811 / ((N01954 + N01977) / N01951 × 100), both parts kept", () => {
    // Östersund's audit: 52 % of participants against 22 % (synthetic population counts giving 22 %).
    const [r] = youthRepresentationRows(parts("2380", 2019, 52, 2400, 2000, 20000));
    expect(r.population_share).toBeCloseTo(22, 9);
    expect(r.participants_share).toBe(52);
    expect(r.ratio).toBeCloseTo(52 / 22, 9);
    expect(r.band).toBe("over");
  });

  test("a missing part keeps the other and gives no ratio", () => {
    expect(youthRepresentationRows(parts("2380", 2019, null, 2400, 2000, 20000))[0]).toMatchObject({
      participants_share: null,
      population_share: 22,
      ratio: null,
      band: null
    });
    expect(youthRepresentationRows(parts("2380", 2019, 52, 2400, null, 20000))[0]).toMatchObject({
      participants_share: 52,
      population_share: null,
      ratio: null,
      band: null
    });
    expect(youthRepresentationRows(parts("2380", 2019, 52, 0, 0, 20000))[0].ratio).toBeNull();
    expect(youthRepresentationRows(parts("2380", 2019, 52, 2400, 2000, 0))[0].population_share).toBeNull();
  });

  test("per kommun and year from rows; only years with a row of some part, only catalogue kommuner, gender T", () => {
    const rows = [
      ...parts("2380", 2019, 52, 3000, 3000, 60000),
      row("U40811", "2380", 2020, 50),
      row("U40811", "2380", 2021, 70, "K"),
      ...parts("0114", 2019, 52, 3000, 3000, 60000),
      ...parts("G2328", 2019, 22, 3000, 3000, 60000)
    ];
    const s = youthRepresentationRows(rows);
    expect(s).toHaveLength(2);
    expect(s[0]).toMatchObject({municipality: "2380", period: 2019, population_share: 10, ratio: 5.2});
    expect(s[1]).toMatchObject({period: 2020, participants_share: 50, population_share: null, ratio: null});
  });

  test("the band: over from the high bound, under up to the low bound, same between", () => {
    const band = {low: 0.95, high: 1.05};
    const at = (u40811: number) => youthRepresentationRows(parts("1487", 2020, u40811, 500, 500, 10000), band)[0].band; // population 10 %
    expect([at(10.5), at(10.4), at(10), at(9.6), at(9.5)]).toEqual(["over", "same", "same", "same", "under"]);
  });
});

describe("population_age_bands", () => {
  test("the four bands with their names, kommuner and the reference area, every gender, in the model's order", () => {
    const rows = populationAgeBandRows([
      row("N01960", "1487", 2022, 22.6),
      row("N01994", "1487", 2022, 22.1),
      row("N01994", "1487", 2022, 21.5, "K"),
      row("N01961", "0000", 2022, 57),
      row("N01994", "G2328", 2022, 20),
      row("U40455", "1487", 2022, 40),
      row("N01813", "1487", 2021, null)
    ]);
    expect(ALDER.ageBands.map((b) => b.kpi)).toEqual(["N01994", "N01961", "N01960", "N01813"]);
    expect(rows.map((r) => [r.municipality, r.period, r.gender, r.band, r.value])).toEqual([
      ["1487", 2021, "T", "80 år och äldre", null],
      ["1487", 2022, "T", "0–19 år", 22.1],
      ["1487", 2022, "T", "65 år och äldre", 22.6],
      ["1487", 2022, "K", "0–19 år", 21.5],
      ["0000", 2022, "T", "20–64 år", 57]
    ]);
  });
});

describe("youth_unemployment: one series across the break", () => {
  const rows: KoladaRow[] = [
    row("N03927", "1487", 2022, 12.1),
    row("N03927", "1487", 2023, 13.4),
    row("N03927", "1487", 2024, 99), // outside its segment: ignored
    row("N03942", "1487", 2024, 9.8),
    row("N03942", "1487", 2025, null),
    row("N03942", "1487", 2024, 7, "K"),
    row("N03927", "0764", 2023, 15)
  ];

  test("one series with a break marker on the first year of the new KPI", () => {
    const s = youthUnemploymentRows(rows).filter((p) => p.municipality === "1487" && p.gender === "T");
    expect(s.map((p) => [p.period, p.kpi, p.value, p.series_break])).toEqual([
      [2022, "N03927", 12.1, false],
      [2023, "N03927", 13.4, false],
      [2024, "N03942", 9.8, true],
      [2025, "N03942", null, false]
    ]);
    expect(
      youthUnemploymentRows(rows)
        .filter((p) => p.municipality === "0764")
        .map((p) => p.series_break)
    ).toEqual([false]);
    // Each kön is its own series: women's first year of the new KPI is a break too.
    expect(
      youthUnemploymentRows(rows)
        .filter((p) => p.gender === "K")
        .map((p) => [p.period, p.series_break])
    ).toEqual([[2024, true]]);
  });

  test("a kommun with only the new KPI's first year still gets the break; a missing value stays null across the break", () => {
    const s = youthUnemploymentRows([row("N03927", "2380", 2023, null), row("N03942", "2380", 2024, 8.5)]);
    expect(s.map((p) => [p.period, p.value, p.series_break])).toEqual([
      [2023, null, false],
      [2024, 8.5, true]
    ]);
  });

  test("three segments: each later segment's first year is a break; overlapping segments are an error", () => {
    const three = [
      {kpi: "N03927", to: 2019, label: "a"},
      {kpi: "N03942", from: 2020, to: 2022, label: "b"},
      {kpi: "N02797", from: 2023, label: "c"}
    ];
    const s = youthUnemploymentRows(
      [row("N03927", "1487", 2019, 1), row("N03942", "1487", 2020, 2), row("N03942", "1487", 2021, 3), row("N02797", "1487", 2023, 4)],
      three
    );
    expect(s.map((p) => [p.period, p.series_break])).toEqual([
      [2019, false],
      [2020, true],
      [2021, false],
      [2023, true]
    ]);
    expect(() =>
      checkSegments([
        {kpi: "A", to: 2023, label: "a"},
        {kpi: "B", from: 2023, label: "b"}
      ])
    ).toThrow(/must start after A ends/);
    expect(() =>
      youthUnemploymentRows(rows, [
        {kpi: "A", to: 2023, label: "a"},
        {kpi: "B", from: 2023, label: "b"}
      ])
    ).toThrow(/must start after A ends/);
  });
});

describe("youth_reference_case", () => {
  const f = (areaId: string | null, year: number, value: number | null, kpi = "U40811", report = "ostersund-2022") => ({
    report,
    kpi,
    areaId,
    year,
    value
  });
  const figures = [
    f("2380", 2018, 52),
    f("2380", 2019, 52),
    f("G2328", 2019, 22),
    f("G30831", 2019, 22),
    f("G30831", 2018, null),
    f("2380", 2019, 7.8, "N03927"),
    f("2380", 2019, 99, "U40811", "other-2020")
  ];

  test("the report's own share against its comparison area's and against the population's", () => {
    const representation = youthRepresentationRows(parts("2380", 2019, 40, 2400, 2000, 20000)); // population 22 %
    const rows = youthReferenceRows(figures, "2380", representation);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      report: "ostersund-2022",
      municipality: "2380",
      period: 2018,
      participants_share: 52,
      mean_share: null,
      ratio_to_mean: null,
      population_share: null,
      ratio_to_population: null
    });
    expect(rows[1]).toMatchObject({
      period: 2019,
      participants_share: 52,
      mean_share: 22,
      population_share: expect.closeTo(22, 9)
    });
    expect(rows[1].ratio_to_mean).toBeCloseTo(52 / 22, 12); // "2,4 gånger så hög andel"
    expect(rows[1].ratio_to_population).toBeCloseTo(52 / 22, 9);
  });

  test("the report's kommun comes from the report; a report the model names but data/reports lacks is an error", () => {
    expect(referenceKommun([{report: "ostersund-2022", meta: {kommun: "2380"}}])).toBe("2380");
    expect(() => referenceKommun([{report: "alvesta-2018", meta: {kommun: "0764"}}])).toThrow(
      /names the report "ostersund-2022", which is not in data\/reports/
    );
    expect(() => youthReferenceRows([...figures, f("2380", 2019, 53)], "2380", [])).toThrow(/prints U40811 for 2380 2019 twice/);
  });
});

describe("the age tables for other areas: an added kommun (loaders/serve/kommunFiles.ts) and the comparison areas", () => {
  // Stockholm (0180) is outside the catalogue; G2328's parts come from group_values (SYNTHETIC values).
  const values = [...parts("0180", 2020, 30, 5000, 7000, 100000), ...parts("2380", 2020, 40, 2400, 2000, 20000)];

  test("youth_representation for the kommuner named, by the same formula; the catalogue's unless told", () => {
    expect(youthRepresentationRows(values).map((r) => r.municipality)).toEqual(["2380"]);
    const [r] = youthRepresentationRows(values, undefined, ["0180"]);
    expect(r).toMatchObject({municipality: "0180", period: 2020, participants_share: 30, population_share: 12});
    expect(r.ratio).toBeCloseTo(2.5, 9);
  });

  test("a comparison area's ratio from its group_values parts (own value or own mean, each part as the rule gives it)", () => {
    const groups = [
      {area: "G2328", kpi: "U40811", period: 2020, gender: "T", value: 33},
      {area: "G2328", kpi: "N01954", period: 2020, gender: "T", value: 900},
      {area: "G2328", kpi: "N01977", period: 2020, gender: "T", value: 1300},
      {area: "G2328", kpi: "N01951", period: 2020, gender: "T", value: 20000},
      {area: "G30826", kpi: "U40811", period: 2020, gender: "T", value: 25}
    ];
    const rows = youthRepresentationRows(groupValueKoladaRows(groups), undefined, ["G30826", "G2328"]);
    expect(rows.map((r) => [r.municipality, r.population_share, r.ratio === null ? null : Number(r.ratio.toFixed(3))])).toEqual([
      ["G30826", null, null],
      ["G2328", 11, 3]
    ]);
  });

  test("population_age_bands and youth_unemployment for the areas named", () => {
    const bands = populationAgeBandRows([row("N01994", "0180", 2022, 23.4), row("N01994", "2380", 2022, 20)], undefined, ["0180"]);
    expect(bands.map((b) => [b.municipality, b.band, b.value])).toEqual([["0180", "0–19 år", 23.4]]);
    const unemployment = youthUnemploymentRows([row("N03927", "0180", 2023, 8), row("N03942", "0180", 2024, 7), row("N03927", "2380", 2023, 9)], undefined, [
      "0180"
    ]);
    expect(unemployment.map((u) => [u.municipality, u.period, u.series_break])).toEqual([
      ["0180", 2023, false],
      ["0180", 2024, true]
    ]);
  });
});
