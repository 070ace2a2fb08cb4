import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {rowsFromArrow} from "../../../components/kit/arrow.js";
import {prisbasbeloppTable} from "../../../loaders/analysis/prices.js";
import {parsePrisbasbelopp, prisbasbeloppArrow, readPrisbasbelopp} from "../../../loaders/facts/prisbasbelopp.js";

describe("data/facts/prisbasbelopp.csv", () => {
  test("the committed table validates: 2010–2026, checked 2016–2023", () => {
    const rows = readPrisbasbelopp();
    expect(rows[0].year).toBe(2010);
    expect(rows[rows.length - 1].year).toBe(2026);
    expect(rows.filter((r) => r.checked).map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(rows.find((r) => r.year === 2023)!.kronor).toBe(52500);
    expect(() => prisbasbeloppTable(rows)).not.toThrow();
  });
  test("Arrow columns year int32, kronor int32, source utf8, checked bool", () => {
    const rows = rowsFromArrow<{year: number; kronor: number; source: string; checked: boolean}>(prisbasbeloppArrow());
    expect(rows).toHaveLength(17);
    expect(rows[6]).toEqual({year: 2016, kronor: 44300, source: "SCB, prisbasbelopp", checked: true});
  });
});

describe("bad input names the file and line", () => {
  const header = "year,prisbasbelopp_kr,checked\n";
  const cases: [string, string, RegExp][] = [
    ["wrong header", "year,kronor,checked\n2019,46500,yes\n", /x\.csv:1: header must be exactly/],
    ["year not a year", `${header}2019,46500,yes\n20x0,47300,yes\n`, /x\.csv:3: column "year": "20x0"/],
    ["duplicate year", `${header}2019,46500,yes\n2019,47300,yes\n`, /x\.csv:3: column "year": 2019 appears twice/],
    ["descending", `${header}2020,46500,yes\n2019,47300,yes\n`, /x\.csv:3: .*must ascend/],
    ["gap", `${header}2019,46500,yes\n2021,47600,yes\n`, /x\.csv:3: .*gap between 2019 and 2021/],
    ["grouped amount", `${header}2019,"46 500",yes\n`, /x\.csv:2: column "prisbasbelopp_kr": "46 500"/],
    ["decimal amount", `${header}2019,46500.5,yes\n`, /x\.csv:2: column "prisbasbelopp_kr"/],
    ["zero amount", `${header}2019,0,yes\n`, /x\.csv:2: .*out of range/],
    ["checked not yes/no", `${header}2019,46500,ja\n`, /x\.csv:2: column "checked": "ja" must be yes or no/],
    ["missing cell", `${header}2019,46500\n`, /x\.csv:2: expected 3 cells, got 2/],
    ["no rows", header, /x\.csv: no data rows/],
    ["empty", "", /x\.csv: empty file/]
  ];
  test.each(cases)("%s", (_name, text, error) => {
    expect(() => parsePrisbasbelopp(text, "x.csv")).toThrow(error);
  });
  test("readPrisbasbelopp reports the real path", () => {
    const dir = mkdtempSync(join(tmpdir(), "pbb-"));
    writeFileSync(join(dir, "prisbasbelopp.csv"), `${header}2019,46500,maybe\n`);
    expect(() => readPrisbasbelopp(dir)).toThrow(new RegExp(`${dir.replace(/[/\\.]/g, "\\$&")}/prisbasbelopp\\.csv:2:`));
  });
  test("a trailing blank line and a BOM are accepted", () => {
    expect(parsePrisbasbelopp(`\uFEFF${header}2019,46500,yes\n\n`, "x.csv")).toHaveLength(1);
  });
});
