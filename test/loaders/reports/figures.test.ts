import {describe, expect, test} from "vitest";
import {FIGURE_COLUMNS, parseFigures, parseLineRange, readFigures} from "../../../loaders/reports/figures.js";
import {REPORTS_DIR} from "../../../loaders/paths.js";

const header = FIGURE_COLUMNS.join(",");
const row = (over: Partial<Record<(typeof FIGURE_COLUMNS)[number], string>> = {}) => {
  const base: Record<string, string> = {
    id: "F1",
    table: "T1",
    indicator: "Nettokostnad",
    kpi: "N40011",
    kpi_match: "title",
    unit: "kr/inv",
    area: "Östersunds kommun",
    area_id: "2380",
    year: "2019",
    value: "846",
    printed: "846",
    kind: "observed",
    lines: "193",
    note: "",
    contradictory: "",
    repeats: "",
    beside: "",
    beside_label: "",
    beside_source: "",
    beside_caveat: ""
  };
  return FIGURE_COLUMNS.map((c) => over[c] ?? base[c]).join(",");
};
const parse = (...rows: string[]) => parseFigures([header, ...rows].join("\n"), "figures.csv", "r");

describe("figures.csv parsing", () => {
  test("parses a valid row", () => {
    const [f] = parse(row());
    expect(f).toMatchObject({
      id: "F1",
      kpi: "N40011",
      areaId: "2380",
      year: 2019,
      value: 846,
      lineFrom: 193,
      lineTo: 193
    });
  });
  test("a missing cell is null, never zero", () => {
    const [f] = parse(row({value: "", printed: "-", kind: "missing"}));
    expect(f.value).toBeNull();
  });
  test.each([
    [{year: "20193"}, /figures.csv:2: column "year": "20193" is not a year/],
    [{value: "8 46"}, /figures.csv:2: column "value": "8 46" does not parse/],
    [{value: ""}, /figures.csv:2: column "value" is empty but kind is "observed"/],
    [{kpi: "X123"}, /figures.csv:2: column "kpi": "X123" is not a Kolada KPI id/],
    [{kpi: "N99999"}, /figures.csv:2: column "kpi": "N99999" is not a known KPI/],
    [{area_id: "764"}, /figures.csv:2: column "area_id": "764" is not a 4-character kommun id/],
    [{unit: "sek"}, /figures.csv:2: column "unit": "sek"/],
    [{lines: "214-189"}, /figures.csv:2: column "lines": "214-189" is not a line range/]
  ])("bad cell %o is rejected with file and line", (over, message) => {
    expect(() => parse(row(over))).toThrow(message);
  });
  test("beside: a figure not mapped to Kolada, shown beside a KPI with the site's wording; repeats names another figure", () => {
    const beside = {
      kpi: "",
      kpi_match: "",
      beside: "U40455",
      beside_label: "arbete",
      beside_source: "nämndens årsbokslut"
    };
    expect(parse(row(beside))[0].beside).toEqual({
      kpi: "U40455",
      label: "arbete",
      source: "nämndens årsbokslut",
      caveat: null
    });
    expect(parse(row({...beside, beside_caveat: "oklart om x ingår"}))[0].beside?.caveat).toBe("oklart om x ingår");
    expect(parse(row())[0]).toMatchObject({beside: null, repeats: null});
    expect(parse(row({id: "F2", repeats: "F1"}))[0].repeats).toBe("F1");
    expect(() => parse(row({beside: "U40455", beside_label: "arbete", beside_source: "x"}))).toThrow(
      /figures.csv:2: column "beside": the figure is mapped to Kolada N40011/
    );
    expect(() => parse(row({...beside, beside: "X1"}))).toThrow(/column "beside": "X1" is not a Kolada KPI id/);
    expect(() => parse(row({...beside, beside_source: ""}))).toThrow(/"beside_label" and "beside_source" must be set too/);
    expect(() => parse(row({...beside, kind: "target"}))).toThrow(/only observed figures and counts/);
    expect(() => parse(row({beside_label: "arbete"}))).toThrow(/need "beside"/);
    expect(() => parse(row({repeats: "F1"}))).toThrow(/column "repeats": "F1" must be the id of another figure/);
  });
  test("duplicate ids are rejected, naming both lines", () => {
    expect(() => parse(row(), row())).toThrow(/figures.csv:3: duplicate id "F1" \(first on line 2\)/);
  });
  test("a wrong header is rejected", () => {
    expect(() => parseFigures("id,value\n", "figures.csv", "r")).toThrow(/figures.csv:1: header must be exactly/);
  });
  test("line ranges", () => {
    expect(parseLineRange("189-214")).toEqual([189, 214]);
    expect(parseLineRange("0")).toBeNull();
  });
  test("the Östersund key-figure table is complete: 3 indicators × 3 areas × 4 years", () => {
    const figures = readFigures(REPORTS_DIR, "ostersund-2022").filter((f) => f.table === "T1");
    expect(figures).toHaveLength(36);
    expect(figures.find((f) => f.kpi === "N40011" && f.areaId === "2380" && f.year === 2019)?.value).toBe(846);
    expect(figures.find((f) => f.kpi === "U40811" && f.areaId === "G2328" && f.year === 2019)?.value).toBe(22);
  });
});
