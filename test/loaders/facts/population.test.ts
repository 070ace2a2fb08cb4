import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {parsePopulation, readPopulation} from "../../../loaders/facts/population.js";
import {parseKommuner} from "../../../loaders/kolada/snapshot.js";
import {PROJECT_ROOT} from "../../../loaders/paths.js";

const kommuner = parseKommuner(readFileSync(join(PROJECT_ROOT, "data", "kolada", "kommuner.csv"), "utf8"));
const known = new Set(kommuner.map((m) => m.id));

describe("data/facts/population.csv", () => {
  test("the committed file: every kommun of the snapshot, each year 2016–2023 once", () => {
    const rows = readPopulation(known);
    expect(new Set(rows.map((r) => r.municipality))).toEqual(known);
    const years = [...new Set(rows.map((r) => r.period))].sort();
    expect(rows).toHaveLength(known.size * years.length);
    // the file's own first data line, read independently of the parser
    const [id, year, total] = readFileSync(join(PROJECT_ROOT, "data", "facts", "population.csv"), "utf8")
      .split("\n")[1]
      .split(",");
    expect(rows.find((r) => r.municipality === id && r.period === Number(year))!.total).toBe(Number(total));
  });
});

describe("bad input names the file and the line", () => {
  const header = "municipality,period,population_total,population_20_64\n";
  const cases: [string, string, RegExp][] = [
    [
      "a kommun the snapshot does not know",
      `${header}0114,2023,100,50\n9999,2023,100,50\n`,
      /p\.csv:3: column "municipality": kommun "9999" is not in the snapshot's kommuner\.csv/
    ],
    ["a count with a decimal", `${header}0114,2023,100.5,50\n`, /p\.csv:2: column "population_total": "100\.5" is not a whole number/],
    ["a kommun and year twice", `${header}0114,2023,100,50\n0114,2023,101,50\n`, /p\.csv:3: kommun 0114 and year 2023 appear twice/],
    ["more aged 20–64 than in all", `${header}0114,2023,100,150\n`, /p\.csv:2: column "population_20_64": 150 is more than the total 100/],
    ["a wrong header", "kommun,period,population_total,population_20_64\n", /p\.csv:1: header must be exactly/]
  ];
  test.each(cases)("%s", (_what, text, message) => {
    expect(() => parsePopulation(text, "p.csv", known)).toThrow(message);
  });
});
