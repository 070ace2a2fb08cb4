// Page logic of "Kostnad per invånare" and "Åldersprofiler" (components/sections/costAndAge.ts). Values synthetic
// except the prisbasbelopp amounts (data/facts/prisbasbelopp.csv).
import {describe, expect, test} from "vitest";
import {AGE_BANDS, ageShares, areaTrend, crossCheckLabel, hasValues, kpiMissingSentence, reportCredit, reportFigureGroups, yearsToCheck, yearsWithAll} from "../../../components/sections/costAndAge.js";
import {prisbasbeloppByYear} from "../../../components/sections/economics.js";
import type {SeriesRow} from "../../../components/sections/sentences.js";

const row = (kpi: string, municipality: string, period: number, value: number | null, gender = "T"): SeriesRow => ({kpi, municipality, period, gender, value});
const pbb = prisbasbeloppByYear([{year: 2019, kronor: 46500}, {year: 2020, kronor: 47300}, {year: 2023, kronor: 52500}]);

describe("areaTrend", () => {
  const rows = [row("N40011", "2380", 2019, 930), row("N40011", "2380", 2020, 946), row("N40011", "G2328", 2019, 500), row("N40011", "2380", 2021, 950)];
  test("one point per area and year; a year without a row is null, never 0", () => {
    const t = areaTrend(rows, {kpi: "N40011", areas: ["2380", "G2328"], from: 2019, to: 2021});
    expect(t).toEqual([
      {area: "2380", year: 2019, value: 930},
      {area: "2380", year: 2020, value: 946},
      {area: "2380", year: 2021, value: 950},
      {area: "G2328", year: 2019, value: 500},
      {area: "G2328", year: 2020, value: null},
      {area: "G2328", year: 2021, value: null}
    ]);
  });
  test("fixed prices of the selected base year; a year without prisbasbelopp becomes null", () => {
    const at2023 = areaTrend(rows, {kpi: "N40011", areas: ["2380"], from: 2019, to: 2021, price: {kind: "fixed", baseYear: 2023, pbb}});
    expect(at2023[0].value).toBeCloseTo(1050, 9); // 930 × 52 500 / 46 500
    expect(at2023[1].value).toBeCloseTo((946 * 52500) / 47300, 9);
    expect(at2023[2].value).toBeNull(); // 2021 is not in this (synthetic) series
    const at2019 = areaTrend(rows, {kpi: "N40011", areas: ["2380"], from: 2019, to: 2019, price: {kind: "fixed", baseYear: 2019, pbb}});
    expect(at2019[0].value).toBe(930); // the base year itself is unchanged
    const missingBase = areaTrend(rows, {kpi: "N40011", areas: ["2380"], from: 2019, to: 2019, price: {kind: "fixed", baseYear: 2022, pbb}});
    expect(missingBase[0].value).toBeNull();
  });
  test("hasValues", () => {
    expect(hasValues([{value: null}, {value: Number.NaN}])).toBe(false);
    expect(hasValues([{value: null}, {value: 0}])).toBe(true);
  });
});

describe("what counts as missing", () => {
  const areas = [{id: "2380", name: "Östersund"}, {id: "0764", name: "Alvesta"}];
  test("years after the latest published year are 'not yet published', not missing", () => {
    const rows = [row("U40811", "2380", 2016, 40), row("U40811", "2380", 2017, 41), row("U40811", "0764", 2016, 30)];
    expect(yearsToCheck(rows, "U40811", [2016, 2017, 2018, 2019])).toEqual({years: [2016, 2017], notYet: [2018, 2019]});
    expect(kpiMissingSentence(rows, {kpi: "U40811", label: "Deltagare 24 år eller yngre", areas, years: [2016, 2017, 2018, 2019]})).toBe(
      "Deltagare 24 år eller yngre (U40811): uppgift saknas i Kolada för Alvesta 2017. Deltagare 24 år eller yngre: den inbäddade ögonblicksbilden har ännu inga värden för 2018–2019."
    );
  });
  test("a KPI without any value: every year of every area is missing", () => {
    expect(yearsToCheck([], "N40011", [2016, 2017])).toEqual({years: [2016, 2017], notYet: []});
    expect(kpiMissingSentence([row("U40455", "2380", 2016, 40)], {kpi: "N40011", label: "Nettokostnad", areas, years: [2016, 2017, 2018]})).toBe(
      "Nettokostnad (N40011): uppgift saknas i Kolada för Östersund och Alvesta 2016–2018."
    );
  });
  test("nothing missing gives null; the gender is respected", () => {
    const rows = [row("N02797", "2380", 2020, 5, "K"), row("N02797", "0764", 2020, 6, "K"), row("N02797", "2380", 2020, 5.5)];
    expect(kpiMissingSentence(rows, {kpi: "N02797", label: "Unga", areas, years: [2020], gender: "K"})).toBeNull();
    expect(kpiMissingSentence(rows, {kpi: "N02797", label: "Unga", areas, years: [2020]})).toBe("Unga (N02797): uppgift saknas i Kolada för Alvesta 2020.");
  });
});

describe("report cross-check wording", () => {
  test("each status in Swedish; an unknown status is an error", () => {
    expect(crossCheckLabel("matches")).toBe("Stämmer med Kolada");
    expect(crossCheckLabel("revised")).toBe("Kolada visar i dag ett annat värde");
    expect(crossCheckLabel("not_in_snapshot")).toBe("Saknas i den inbäddade ögonblicksbilden");
    expect(crossCheckLabel(undefined)).toMatch(/Ingen kontroll/);
    expect(() => crossCheckLabel("maybe")).toThrow(/unknown status "maybe"/);
  });
});

describe("population age bands", () => {
  const rows = [row("N01994", "1487", 2022, 22.1), row("N01961", "1487", 2022, 55.3), row("N01960", "1487", 2022, 22.6), row("N01994", "1487", 2022, 21.5, "K")];
  test("the four bands as ageProfile rows; a missing band is null", () => {
    expect(AGE_BANDS.map((b) => b.kpi)).toEqual(["N01994", "N01961", "N01960", "N01813"]);
    expect(ageShares(rows, {area: "1487", year: 2022, group: "g"})).toEqual([
      {band: "0–19 år", group: "g", value: 22.1},
      {band: "20–64 år", group: "g", value: 55.3},
      {band: "65 år och äldre", group: "g", value: 22.6},
      {band: "80 år och äldre", group: "g", value: null}
    ]);
    expect(ageShares(rows, {area: "1487", year: 2022, group: "g", gender: "K"})[0].value).toBe(21.5);
  });
  test("yearsWithAll: only years where every KPI has a value", () => {
    const r = [row("A", "1", 2020, 1), row("B", "1", 2020, 2), row("A", "1", 2021, 1), row("B", "1", 2021, null), row("A", "2", 2022, 1), row("B", "2", 2022, 1)];
    expect(yearsWithAll(r, ["A", "B"], "1")).toEqual([2020]);
  });
});

describe("report figures as a fallback chart", () => {
  const f = (report: string, kpi: string | null, area_id: string | null, year: number, value: number | null, line: number) => ({report, kpi, area_id, year, value, line_from: line, line_to: line});
  test("grouped per report; dashes stay null; years without any printed value and figures without an area id are dropped", () => {
    const figures = [
      f("ostersund-2022", "N03927", "2380", 2019, 7.8, 474),
      f("ostersund-2022", "N03927", "2380", 2020, null, 474),
      f("ostersund-2022", "N03927", "G2328", 2020, 11.8, 475),
      f("ostersund-2022", "N03927", "2380", 2021, null, 474),
      f("ostersund-2022", "N03927", null, 2019, 44, 829),
      f("ostersund-2022", "N02797", "2380", 2019, 5.3, 482),
      f("other-2020", "N03927", "0764", 2019, 9, 10)
    ];
    const groups = reportFigureGroups(figures, "N03927");
    expect(groups.map((g) => g.report)).toEqual(["ostersund-2022", "other-2020"]);
    expect(groups[0]).toEqual({
      report: "ostersund-2022",
      points: [{area: "2380", year: 2019, value: 7.8}, {area: "2380", year: 2020, value: null}, {area: "G2328", year: 2020, value: 11.8}],
      lines: [474, 475],
      years: [2019, 2020]
    });
    expect(reportFigureGroups(figures, "N18601")).toEqual([]);
    expect(reportFigureGroups([f("r", "X", "2380", 2019, null, 1)], "X")).toEqual([]);
  });
  test("credit line from report_meta", () => {
    expect(reportCredit({report: "ostersund-2022", kommun_name: "Östersund", auditor: "Revisionskontoret", date: "2022"})).toBe("Östersunds kommun, revisionskontoret (2022)");
    expect(reportCredit({report: "x", kommun_name: "Vänersborg", auditor: "KPMG", date: "2022-05-03"})).toBe("Vänersborgs kommun, KPMG (2022)");
    expect(reportCredit({report: "y", kommun_name: "Alingsås", auditor: "PwC", date: "2024"})).toBe("Alingsås kommun, PwC (2024)");
  });
});
