import {tableFromIPC} from "apache-arrow";
import {describe, expect, test} from "vitest";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {crossCheck, equalAtPrecision, printedDecimals, reportVsKoladaArrow} from "../../../loaders/reports/crossCheck.js";
import {readFigures, type ReportFigure} from "../../../loaders/reports/figures.js";
import {koladaRow, reportFigure} from "../../support/rows.js";

// SYNTHETIC Kolada rows: invented values to exercise the classification, not real Kolada data.
const synthetic = koladaRow;

const figure = (over: Partial<ReportFigure> = {}): ReportFigure =>
  reportFigure({report: "r", id: "F1", table: "T1", indicator: "x", lineFrom: 1, lineTo: 1, ...over});

describe("printed precision", () => {
  test("decimals come from the printed cell", () => {
    expect(printedDecimals("52")).toBe(0);
    expect(printedDecimals("5,7")).toBe(1);
    expect(printedDecimals("4 919")).toBe(0);
  });
  test("equal at the printed precision", () => {
    expect(equalAtPrecision(52.4, 52, 0)).toBe(true);
    expect(equalAtPrecision(5.66, 5.7, 1)).toBe(true);
    expect(equalAtPrecision(52.6, 52, 0)).toBe(false);
    expect(equalAtPrecision(5.64, 5.7, 1)).toBe(false);
  });
});

describe("crossCheck (synthetic Kolada rows)", () => {
  test("the Östersund resultat vid avslut 2019-2021 case against U40455", () => {
    // The real figures as transcribed (table T2, lines 502-505) …
    const figures = readFigures(REPORTS_DIR, "ostersund-2022").filter((f) => f.table === "T2" && f.kpi === "U40455");
    expect(figures.map((f) => `${f.areaId} ${f.year} ${f.printed}`)).toEqual([
      "2380 2019 42",
      "2380 2020 41",
      "2380 2021 39",
      "G2328 2019 39",
      "G2328 2020 37",
      "G2328 2021 40",
      "G30831 2019 38",
      "G30831 2020 38",
      "G30831 2021 44"
    ]);
    // … against SYNTHETIC snapshot rows: one matching after rounding, one revised, one absent.
    const rows = [
      synthetic("U40455", "2380", 2019, 42.4),
      synthetic("U40455", "2380", 2020, 40.5),
      synthetic("U40455", "2380", 2021, 33.3),
      synthetic("U40455", "2380", 2021, 99, "K"),
      synthetic("U40455", "G2328", 2019, null)
    ];
    const result = crossCheck(figures, rows);
    expect(result).toHaveLength(9);
    const at = (area: string, year: number) => result.find((r) => r.areaId === area && r.year === year)!;
    expect(at("2380", 2019)).toMatchObject({status: "matches", reportValue: 42, koladaValue: 42.4, decimals: 0});
    expect(at("2380", 2020)).toMatchObject({status: "matches", koladaValue: 40.5});
    expect(at("2380", 2021)).toMatchObject({status: "revised", reportValue: 39, koladaValue: 33.3});
    expect(at("2380", 2021).difference).toBeCloseTo(-5.7);
    expect(at("G2328", 2019)).toMatchObject({
      status: "not_in_snapshot",
      koladaValue: null,
      note: "Kolada has the row but no value"
    });
    expect(at("G30831", 2021)).toMatchObject({status: "not_in_snapshot", koladaValue: null, note: null});
  });
  test("one decimal printed: 5,7 matches 5.66 but not 5.64", () => {
    const f = [figure({kpi: "N03927", printed: "5,7", value: 5.7})];
    expect(crossCheck(f, [synthetic("N03927", "2380", 2019, 5.66)])[0].status).toBe("matches");
    expect(crossCheck(f, [synthetic("N03927", "2380", 2019, 5.64)])[0].status).toBe("revised");
  });
  test("missing cells, targets, unmapped figures are not compared; an area without id is not_in_snapshot", () => {
    const figures = [
      figure({id: "a", value: null, printed: "-", kind: "missing"}),
      figure({id: "b", kind: "target"}),
      figure({id: "c", kpi: null, kpiMatch: null}),
      figure({id: "d", areaId: null, area: "länets kommuner"})
    ];
    const result = crossCheck(figures, [synthetic("U40455", "2380", 2019, 42)]);
    expect(result.map((r) => [r.figureId, r.status, r.note])).toEqual([["d", "not_in_snapshot", "the area as printed has no Kolada id"]]);
  });
  test("report_vs_kolada Arrow has the documented columns", () => {
    const table = tableFromIPC(reportVsKoladaArrow(REPORTS_DIR, [synthetic("U40455", "2380", 2019, 42.4)]));
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      "report",
      "figure_id",
      "indicator",
      "kpi",
      "kpi_match",
      "area",
      "area_id",
      "year",
      "unit",
      "printed",
      "report_value",
      "decimals",
      "kolada_value",
      "difference",
      "status",
      "note",
      "line_from",
      "line_to"
    ]);
    const rows = table.toArray().map((r) => r.toJSON());
    expect(rows.filter((r) => r.status === "matches")).toHaveLength(1);
    expect(rows.every((r) => r.kpi !== null && r.report_value !== null)).toBe(true);
  });
});
