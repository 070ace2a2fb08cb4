// What the sections of "Kostnad per invånare" and "Åldersprofiler" share
// (components/sections/kpiSeries.ts). Values synthetic.
import {describe, expect, test} from "vitest";
import {missingLine} from "../../../components/sections/missing.js";
import {areaPoints, hasValues, kpiMissingFacts, kpisMissing, yearsToCheck} from "../../../components/sections/kpiSeries.js";
import {kpiDefinition} from "../../../components/kit/wording.js";
import type {SeriesRow} from "../../../components/sections/sentences.js";

const row = (kpi: string, municipality: string, period: number, value: number | null, gender = "T"): SeriesRow => ({
  kpi,
  municipality,
  period,
  gender,
  value
});

describe("areaPoints", () => {
  const rows = [row("N40011", "2380", 2019, 930), row("N40011", "2380", 2020, 946), row("N40011", "G2328", 2019, 500), row("N40011", "2380", 2021, 950)];
  test("one point per area and year; a year without a row is null, never 0", () => {
    expect(areaPoints(rows, {kpi: "N40011", areas: ["2380", "G2328"], from: 2019, to: 2021})).toEqual([
      {area: "2380", year: 2019, value: 930},
      {area: "2380", year: 2020, value: 946},
      {area: "2380", year: 2021, value: 950},
      {area: "G2328", year: 2019, value: 500},
      {area: "G2328", year: 2020, value: null},
      {area: "G2328", year: 2021, value: null}
    ]);
  });
  test("the gender is respected", () => {
    expect(
      areaPoints([row("N02797", "2380", 2020, 5, "K"), row("N02797", "2380", 2020, 6)], {
        kpi: "N02797",
        areas: ["2380"],
        from: 2020,
        to: 2020,
        gender: "K"
      })
    ).toEqual([{area: "2380", year: 2020, value: 5}]);
  });
  test("hasValues", () => {
    expect(hasValues([{value: null}, {value: Number.NaN}])).toBe(false);
    expect(hasValues([{value: null}, {value: 0}])).toBe(true);
  });
});

describe("what counts as missing", () => {
  const areas = [
    {id: "2380", name: "Östersund"},
    {id: "0764", name: "Alvesta"}
  ];
  test("years after the latest published year are 'not yet published', not missing", () => {
    const rows = [row("U40811", "2380", 2016, 40), row("U40811", "2380", 2017, 41), row("U40811", "0764", 2016, 30)];
    expect(yearsToCheck(rows, "U40811", [2016, 2017, 2018, 2019])).toEqual({years: [2016, 2017], notYet: [2018, 2019]});
    expect(missingLine([kpiMissingFacts(rows, {kpi: "U40811", label: "Deltagare 24 år eller yngre", areas, years: [2016, 2017, 2018, 2019]})])).toBe(
      "Saknas i ögonblicksbilden: U40811 för Alvesta 2017, ännu inga värden för 2018–2019."
    );
  });
  test("a KPI without any value: every year of every area is missing", () => {
    expect(yearsToCheck([], "N40011", [2016, 2017])).toEqual({years: [2016, 2017], notYet: []});
    expect(missingLine([kpiMissingFacts([row("U40455", "2380", 2016, 40)], {kpi: "N40011", label: "Nettokostnad", areas, years: [2016, 2017, 2018]})])).toBe(
      "Saknas i ögonblicksbilden: N40011 för Östersund och Alvesta 2016–2018."
    );
  });
  test("nothing missing gives null; the gender is respected", () => {
    const rows = [row("N02797", "2380", 2020, 5, "K"), row("N02797", "0764", 2020, 6, "K"), row("N02797", "2380", 2020, 5.5)];
    expect(missingLine([kpiMissingFacts(rows, {kpi: "N02797", label: "Unga", areas, years: [2020], gender: "K"})])).toBeNull();
    expect(missingLine([kpiMissingFacts(rows, {kpi: "N02797", label: "Unga", areas, years: [2020]})])).toBe(
      "Saknas i ögonblicksbilden: N02797 för Alvesta 2020."
    );
  });
  test("the facts behind the sentence: the KPI, kön, areas × years, years not published, nothing published", () => {
    const rows = [row("U40811", "2380", 2016, 40), row("U40811", "0764", 2016, null)];
    expect(kpiMissingFacts(rows, {kpi: "U40811", label: "x", areas, years: [2016, 2017]})).toEqual({
      kpis: ["U40811"],
      gender: "T",
      entries: [{id: "0764", name: "Alvesta", years: [2016]}],
      notPublished: [2017],
      nonePublished: false
    });
    expect(kpiMissingFacts([], {kpi: "N40011", label: "x", areas, years: [2016], gender: "K"})).toMatchObject({
      gender: "K",
      notPublished: [],
      nonePublished: true
    });
    const several = kpisMissing(rows, ["U40811", "N01951"], {areas, years: [2016]});
    expect(several.facts.map((f) => f.kpis[0])).toEqual(["U40811", "N01951"]);
    expect(missingLine(several.facts)).toBe("Saknas i ögonblicksbilden: U40811 för Alvesta 2016; N01951 för Östersund och Alvesta 2016.");
  });
});

describe("a KPI's definition in a source note", () => {
  test("Kolada's description where the snapshot has it, else Kolada's title, with the site's label", () => {
    expect(kpiDefinition([{id: "N40011", title: "Nettokostnad …", description: "Kommunens nettokostnad."}], "N40011")).toEqual({
      id: "N40011",
      title: "Nettokostnad arbetsmarknadsåtgärder",
      text: "Kommunens nettokostnad."
    });
    expect(kpiDefinition([{id: "N40011", title: "Nettokostnad arbetsmarknadsåtgärder, kr/inv", description: null}], "N40011").text).toBe(
      "Koladas titel: Nettokostnad arbetsmarknadsåtgärder, kr/inv."
    );
    expect(kpiDefinition([], "U40811").text).toBe("Koladas titel: Deltagare inom arbetsmarknadsverksamheten som är 24 år eller yngre, andel (%).");
  });
});
