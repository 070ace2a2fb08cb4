import {describe, expect, test} from "vitest";
import {formatYears, yearRuns} from "../../../components/kit/wording.js";
import {findMissing, missingLine, missingPlaces, publishedYears} from "../../../components/sections/missing.js";
import {changeSentence, formatDifference, latestPoint, latestSentence, seriesOf, valueIn} from "../../../components/sections/sentences.js";

const NB = "\u00a0";
const MINUS = "\u2212";
const areas = [
  {id: "1487", name: "Vänersborg"},
  {id: "2380", name: "Östersund"},
  {id: "0764", name: "Alvesta"}
];
// Synthetic rows (values made up for the test).
const rows = [
  ...[2018, 2019, 2020, 2021, 2022, 2023].map((y) => ({
    kpi: "U40455",
    municipality: "1487",
    period: y,
    gender: "T",
    value: 40 + y - 2018
  })),
  ...[2018, 2019, 2020, 2021, 2022].map((y) => ({
    kpi: "U40455",
    municipality: "2380",
    period: y,
    gender: "T",
    value: 30
  })),
  {kpi: "U40455", municipality: "2380", period: 2023, gender: "T", value: null},
  {kpi: "U40455", municipality: "0764", period: 2018, gender: "T", value: 58},
  {kpi: "U40455", municipality: "0764", period: 2022, gender: "T", value: 55},
  {kpi: "U40455", municipality: "0764", period: 2023, gender: "T", value: 50},
  {kpi: "U40455", municipality: "0764", period: 2019, gender: "K", value: 20}, // other gender: does not fill 2019
  {kpi: "N40011", municipality: "0764", period: 2020, gender: "T", value: 900} // other KPI: does not fill 2020
];
const years = [2018, 2019, 2020, 2021, 2022, 2023];

describe("missing data", () => {
  test("finds missing years per kommun (absent rows and null values), ignoring other KPIs and genders", () => {
    const m = findMissing(rows, {areas, years, kpi: "U40455"});
    expect(m).toEqual([
      {id: "2380", name: "Östersund", years: [2023]},
      {id: "0764", name: "Alvesta", years: [2019, 2020, 2021]}
    ]);
  });
  test("the places group years into runs and name kommuner in page order", () => {
    const m = findMissing(rows, {areas, years, kpi: "U40455"});
    expect(missingPlaces(m)).toBe("Östersund 2023 och Alvesta 2019–2021");
    expect(missingPlaces([{id: "0764", name: "Alvesta", years: [2016, 2019, 2020, 2021]}])).toBe("Alvesta 2016 och 2019–2021");
    expect(
      missingPlaces([
        {id: "0764", name: "Alvesta", years: [2016, 2019, 2020]},
        {id: "2380", name: "Östersund", years: [2023]}
      ])
    ).toBe("Alvesta 2016, 2019–2020 och Östersund 2023");
    // kommuner missing the same years are named together; an entry without years lacks every year
    const same = ["Vänersborg", "Alingsås", "Alvesta"].map((name, i) => ({id: String(i), name, years: [2023]}));
    expect(missingPlaces(same)).toBe("Vänersborg, Alingsås och Alvesta 2023");
    expect(missingPlaces([{id: "0764", name: "Alvesta", years: []}])).toBe("Alvesta");
  });
  test("one line per section: KPIs with the same gaps together, groups by semicolons, kön, not yet published, nothing at all", () => {
    const alvesta = [{id: "0764", name: "Alvesta", years: [2019]}];
    expect(missingLine([])).toBeNull();
    expect(missingLine([{kpis: ["N40011"], gender: "T", entries: []}])).toBeNull();
    expect(
      missingLine([
        {kpis: ["N40011"], gender: "T", entries: alvesta},
        {kpis: ["N40008"], gender: "T", entries: alvesta},
        {kpis: ["U40800"], gender: "K", entries: [], nonePublished: true},
        {kpis: ["U40455"], gender: "T", entries: [], notPublished: [2024, 2025]}
      ])
    ).toBe("Saknas i ögonblicksbilden: N40011 och N40008 för Alvesta 2019; U40800 (kvinnor) har inga värden alls; U40455 har ännu inga värden för 2024–2025.");
    expect(missingLine([{kpis: ["U40406", "U40409"], gender: "T", entries: alvesta, label: "fördelningen A–E"}])).toBe(
      "Saknas i ögonblicksbilden: fördelningen A–E för Alvesta 2019."
    );
  });
  test("a kommun with no rows at all is missing every year; publishedYears ignores all-null years", () => {
    expect(findMissing([], {areas: [areas[2]], years: [2016, 2017]})).toEqual([{id: "0764", name: "Alvesta", years: [2016, 2017]}]);
    expect(publishedYears(rows, {kpi: "U40455"})).toEqual(years);
    expect(publishedYears([{municipality: "0764", period: 2024, value: null}])).toEqual([]);
  });
  test("year runs", () => {
    expect(yearRuns([2021, 2016, 2019, 2020, 2020])).toEqual([
      [2016, 2016],
      [2019, 2021]
    ]);
    expect(formatYears([2016, 2018, 2019, 2023])).toBe("2016, 2018–2019 och 2023");
  });
});

const series = (id: string) =>
  rows.filter((r) => r.kpi === "U40455" && r.gender === "T" && r.municipality === id).map((r) => ({year: r.period, value: r.value}));
const mean = [2018, 2019, 2020, 2021, 2022, 2023].map((y) => ({year: y, value: y === 2023 ? null : 48.25}));

describe("sentence builders", () => {
  test("latest value against the comparison group, with the difference", () => {
    expect(
      latestSentence({
        name: "Alvesta",
        unit: "procent",
        points: series("0764").filter((p) => p.year <= 2022),
        comparison: {name: "Alla kommuner (ovägt medel)", points: mean}
      })
    ).toBe(`Alvesta: 55${NB}% år 2022, jämfört med 48,3${NB}% för alla kommuner (ovägt medel) samma år (+6,8${NB}procentenheter).`);
  });
  test("missing comparison value in the latest year is said, not hidden", () => {
    expect(
      latestSentence({
        name: "Alvesta",
        unit: "procent",
        points: series("0764"),
        comparison: {name: "Riket", points: mean}
      })
    ).toBe(`Alvesta: 50${NB}% år 2023; värde för riket saknas för 2023.`);
  });
  test("the latest value skips a null latest year; no value at all says what is missing", () => {
    expect(latestSentence({name: "Östersund", unit: "procent", points: series("2380")})).toBe(`Östersund: 30${NB}% år 2022.`);
    expect(latestSentence({name: "Alingsås", unit: "kr/inv", points: [{year: 2023, value: null}], years: [2019, 2020, 2021]})).toBe(
      "Uppgift saknas i ögonblicksbilden för Alingsås 2019–2021."
    );
    expect(latestPoint([{year: 2020, value: null}])).toBeNull();
    expect(valueIn(series("0764"), 2019)).toBeNull();
  });
  test("change since the previous year, in percentage points and, for kronor, also in percent", () => {
    expect(changeSentence({name: "Vänersborg", unit: "procent", points: series("1487")})).toBe(
      `Från 2022 till 2023 ökade värdet för Vänersborg från 44${NB}% till 45${NB}% (+1${NB}procentenhet).`
    );
    expect(
      changeSentence({
        name: "Alvesta",
        unit: "kr/inv",
        points: [
          {year: 2021, value: 1000},
          {year: 2022, value: 900}
        ]
      })
    ).toBe(`Från 2021 till 2022 minskade värdet för Alvesta från 1${NB}000${NB}kr/inv till 900${NB}kr/inv (${MINUS}100${NB}kr/inv, ${MINUS}10${NB}%).`);
    expect(
      changeSentence({
        name: "X",
        unit: "procent",
        points: [
          {year: 2021, value: 30},
          {year: 2022, value: 30.01}
        ]
      })
    ).toBe(`Från 2021 till 2022 var värdet för X oförändrat, 30${NB}%.`);
  });
  test("change with missing data: previous year missing, chosen year missing, no data", () => {
    expect(changeSentence({name: "Alvesta", unit: "procent", points: series("0764"), year: 2022})).toBe(
      "Förändringen sedan föregående år kan inte beräknas för Alvesta: uppgift saknas för 2021."
    );
    expect(changeSentence({name: "Östersund", unit: "procent", points: series("2380"), year: 2023})).toBe(
      "Förändringen 2022–2023 kan inte beräknas för Östersund: uppgift saknas för 2023."
    );
    expect(changeSentence({name: "Alingsås", unit: "procent", points: []})).toBeNull();
  });
  test("seriesOf fills every year of the range, with null for absent or other-gender rows", () => {
    expect(seriesOf(rows, {kpi: "U40455", municipality: "0764", from: 2018, to: 2020})).toEqual([
      {year: 2018, value: 58},
      {year: 2019, value: null},
      {year: 2020, value: null}
    ]);
    expect(seriesOf(rows, {kpi: "U40455", municipality: "0764", gender: "K", from: 2019, to: 2019})).toEqual([{year: 2019, value: 20}]);
  });
  test("differences per unit", () => {
    expect(formatDifference(-3.25, "procent")).toBe(`${MINUS}3,3${NB}procentenheter`);
    expect(formatDifference(1234.4, "kr/inv")).toBe(`+1${NB}234${NB}kr/inv`);
    expect(formatDifference(0.123, "kvot")).toBe("+0,12");
    expect(formatDifference(null, "kr")).toBe("–");
  });
});
