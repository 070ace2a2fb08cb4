import {describe, expect, test} from "vitest";
import {baseYears, combineSeries, costPerParticipant, costPerParticipantSeries, deflate, deflateSeries, prisbasbeloppByYear, seriesBreakSentence, youthOverRepresentation, youthOverRepresentationSeries, type KpiValueRow} from "../../../components/sections/economics.js";

// Real prisbasbelopp amounts (data/facts/prisbasbelopp.csv) for 2019, 2020 and 2023; 2021-2022 left out on purpose.
const pbb = prisbasbeloppByYear([
  {year: 2019, kronor: 46500},
  {year: 2020, kronor: 47300},
  {year: 2023, kronor: 52500}
]);

describe("deflation with prisbasbelopp", () => {
  test("value × pbb(base) / pbb(year); the base year itself is unchanged", () => {
    expect(deflate(1000, 2019, 2023, pbb)).toBeCloseTo((1000 * 52500) / 46500, 9); // 1 129,03
    expect(deflate(1000, 2023, 2019, pbb)).toBeCloseTo((1000 * 46500) / 52500, 9);
    expect(deflate(1000, 2020, 2020, pbb)).toBe(1000);
  });
  test("a missing prisbasbelopp year gives null, not a guess; a missing value gives null, not 0", () => {
    expect(deflate(1000, 2021, 2023, pbb)).toBeNull();
    expect(deflate(1000, 2019, 2022, pbb)).toBeNull();
    expect(deflate(null, 2019, 2023, pbb)).toBeNull();
    expect(deflate(Number.NaN, 2019, 2023, pbb)).toBeNull();
    expect(deflate(0, 2019, 2023, pbb)).toBe(0);
  });
  test("a series keeps its nominal values and changes with the selected base year", () => {
    const s = [{year: 2019, value: 930}, {year: 2021, value: 950}, {year: 2023, value: null}];
    const at2023 = deflateSeries(s, 2023, pbb);
    expect(at2023.map((p) => p.nominal)).toEqual([930, 950, null]);
    expect(at2023[0].value).toBeCloseTo(1050, 9); // 930 × 52500 / 46500
    expect(at2023[1].value).toBeNull();
    expect(deflateSeries(s, 2019, pbb)[0].value).toBe(930);
    expect(baseYears(pbb)).toEqual([2019, 2020, 2023]);
  });
  test("the choice of base year scales a series but keeps its real change between years", () => {
    const s = [{year: 2019, value: 930}, {year: 2020, value: 946}];
    for (const base of [2019, 2020, 2023]) {
      const d = deflateSeries(s, base, pbb);
      expect(d[1].value! / d[0].value!).toBeCloseTo((946 / 47300) / (930 / 46500), 12);
    }
    expect(deflateSeries(s, 2022, pbb).map((p) => p.value)).toEqual([null, null]); // base year without prisbasbelopp
  });
  test("a bad series is an error", () => {
    expect(() => prisbasbeloppByYear([{year: 2019, kronor: 1}, {year: 2019, kronor: 2}])).toThrow(/2019 appears twice/);
    expect(() => prisbasbeloppByYear([{year: 2019, kronor: 0}])).toThrow(/no positive amount/);
  });
});

describe("nettokostnad per deltagare", () => {
  test("N40011 × N01951 / U40800", () => {
    expect(costPerParticipant(1000, 50000, 250)).toBe(200000);
  });
  test("any missing part, or no participants, gives null (never 0)", () => {
    expect(costPerParticipant(null, 50000, 250)).toBeNull();
    expect(costPerParticipant(1000, undefined, 250)).toBeNull();
    expect(costPerParticipant(1000, 50000, null)).toBeNull();
    expect(costPerParticipant(1000, 50000, 0)).toBeNull();
  });
  test("joined per kommun and year from Kolada rows (same year only, gender T)", () => {
    const rows: KpiValueRow[] = [
      {kpi: "N40011", municipality: "0764", period: 2022, value: 800, gender: "T"},
      {kpi: "N01951", municipality: "0764", period: 2022, value: 20000, gender: "T"},
      {kpi: "U40800", municipality: "0764", period: 2022, value: 100, gender: "T"},
      {kpi: "N40011", municipality: "0764", period: 2023, value: 900, gender: "T"},
      {kpi: "N01951", municipality: "0764", period: 2023, value: 20100, gender: "T"},
      {kpi: "U40800", municipality: "0764", period: 2021, value: 90, gender: "T"},
      {kpi: "U40800", municipality: "0764", period: 2023, value: 120, gender: "K"}
    ];
    const s = costPerParticipantSeries(rows);
    expect(s.map((p) => [p.year, p.value])).toEqual([[2021, null], [2022, 160000], [2023, null]]);
    expect(s[2]).toMatchObject({nettokostnadPerInvanare: 900, invanare: 20100, deltagare: null});
  });
});

describe("over-representation of young participants", () => {
  test("U40811 / ((N01954 + N01977) / N01951 × 100), both parts kept", () => {
    // Östersund's audit: 52 % of participants against 22 % (synthetic population counts giving 22 %).
    const r = youthOverRepresentation({u40811: 52, n01954: 2400, n01977: 2000, n01951: 20000});
    expect(r.populationShare).toBeCloseTo(22, 9);
    expect(r.participantsShare).toBe(52);
    expect(r.ratio).toBeCloseTo(52 / 22, 9);
  });
  test("a missing part keeps the other and gives no ratio", () => {
    expect(youthOverRepresentation({u40811: null, n01954: 2400, n01977: 2000, n01951: 20000})).toEqual({participantsShare: null, populationShare: 22, ratio: null});
    expect(youthOverRepresentation({u40811: 52, n01954: 2400, n01977: null, n01951: 20000})).toEqual({participantsShare: 52, populationShare: null, ratio: null});
    expect(youthOverRepresentation({u40811: 52, n01954: 0, n01977: 0, n01951: 20000}).ratio).toBeNull();
  });
  test("per kommun and year from rows", () => {
    const rows: KpiValueRow[] = [
      {kpi: "U40811", municipality: "2380", period: 2019, value: 52},
      {kpi: "N01954", municipality: "2380", period: 2019, value: 3000},
      {kpi: "N01977", municipality: "2380", period: 2019, value: 3000},
      {kpi: "N01951", municipality: "2380", period: 2019, value: 60000},
      {kpi: "U40811", municipality: "2380", period: 2020, value: 50}
    ];
    const s = youthOverRepresentationSeries(rows);
    expect(s).toHaveLength(2);
    expect(s[0]).toMatchObject({year: 2019, populationShare: 10, ratio: 5.2});
    expect(s[1]).toMatchObject({year: 2020, participantsShare: 50, populationShare: null, ratio: null});
  });
});

describe("youth unemployment across the series break", () => {
  const rows: KpiValueRow[] = [
    {kpi: "N03927", municipality: "1487", period: 2022, value: 12.1, gender: "T"},
    {kpi: "N03927", municipality: "1487", period: 2023, value: 13.4, gender: "T"},
    {kpi: "N03927", municipality: "1487", period: 2024, value: 99, gender: "T"}, // outside its segment: ignored
    {kpi: "N03942", municipality: "1487", period: 2024, value: 9.8, gender: "T"},
    {kpi: "N03942", municipality: "1487", period: 2025, value: null, gender: "T"},
    {kpi: "N03942", municipality: "1487", period: 2024, value: 7, gender: "K"},
    {kpi: "N03927", municipality: "0764", period: 2023, value: 15, gender: "T"}
  ];
  test("one series with a break marker on the first year of the new KPI", () => {
    const s = combineSeries(rows).filter((p) => p.municipality === "1487");
    expect(s.map((p) => [p.year, p.kpi, p.value, p.break])).toEqual([
      [2022, "N03927", 12.1, false],
      [2023, "N03927", 13.4, false],
      [2024, "N03942", 9.8, true],
      [2025, "N03942", null, false]
    ]);
    expect(combineSeries(rows).filter((p) => p.municipality === "0764").map((p) => p.break)).toEqual([false]);
  });
  test("the sentence says where the series breaks", () => {
    expect(seriesBreakSentence()).toBe(
      "Serien bryts mellan 2023 och 2024: till och med 2023 visas arbetslöshet 16–24 år av den registerbaserade arbetskraften (N03927), " +
        "från 2024 arbetslösa 18–24 år av arbetskraften enligt BAS (N03942). Värdena före och efter brottet är inte direkt jämförbara."
    );
  });
  test("three segments name both breaks; one segment has no break", () => {
    const three = [
      {kpi: "A", to: 2019, label: "serie A"},
      {kpi: "B", from: 2020, to: 2022, label: "serie B"},
      {kpi: "C", from: 2023, label: "serie C"}
    ];
    expect(seriesBreakSentence(three)).toBe(
      "Serien bryts mellan 2019 och 2020 och mellan 2022 och 2023: till och med 2019 visas serie A, 2020–2022 serie B och från 2023 serie C. Värdena före och efter brottet är inte direkt jämförbara."
    );
    expect(seriesBreakSentence([{kpi: "A", label: "a"}])).toBe("");
  });
  test("a kommun with only the old KPI gets no break; a missing value stays null across the break", () => {
    const s = combineSeries([
      {kpi: "N03927", municipality: "2380", period: 2023, value: null, gender: "T"},
      {kpi: "N03942", municipality: "2380", period: 2024, value: 8.5, gender: "T"}
    ]);
    expect(s.map((p) => [p.year, p.value, p.break])).toEqual([[2023, null, false], [2024, 8.5, true]]);
  });
  test("overlapping segments are an error", () => {
    expect(() => combineSeries(rows, [{kpi: "A", to: 2023, label: "a"}, {kpi: "B", from: 2023, label: "b"}])).toThrow(/must start after A ends/);
  });
});
