// audit_kpi_figures on small hand-made figures with known answers (values synthetic, shaped like
// the Östersund audit's tables).
import {describe, expect, test} from "vitest";
import {auditKpiFigureRows} from "../../../loaders/analysis/auditKpiFigures.js";
import type {ReportFigure} from "../../../loaders/reports/figures.js";
import {AUDIT_FIGURE_KPIS} from "../../../model/tables/auditKpiFigures.js";
import {koladaRow} from "../../support/rows.js";

let n = 0;
const f = (
  report: string,
  kpi: string | null,
  areaId: string | null,
  year: number,
  value: number | null,
  line: number,
  extra: Partial<ReportFigure> = {}
): ReportFigure => ({
  report,
  id: `F${++n}`,
  table: "T1",
  indicator: "Indikator",
  kpi,
  kpiMatch: kpi === null ? null : "title",
  unit: "procent",
  area: areaId ?? "Ett område utan id",
  areaId,
  year,
  value,
  printed: value === null ? "-" : String(value).replace(".", ","),
  kind: value === null ? "missing" : "observed",
  lineFrom: line,
  lineTo: line,
  note: null,
  contradictory: false,
  repeats: null,
  beside: null,
  fileLine: n + 1,
  ...extra
});
const k = koladaRow;

describe("audit_kpi_figures", () => {
  const figures = [
    f("ostersund-2022", "N03927", "2380", 2019, 7.8, 474),
    f("ostersund-2022", "N03927", "2380", 2020, null, 474),
    f("ostersund-2022", "N03927", "G2328", 2020, 11.8, 475),
    f("ostersund-2022", "N03927", "2380", 2021, null, 474),
    f("ostersund-2022", "N03927", null, 2019, 44, 829),
    f("ostersund-2022", "N02797", "2380", 2019, 5.3, 482),
    f("ostersund-2022", "U40455", "2380", 2019, 40, 500),
    f("ostersund-2022", null, "2380", 2019, 77.1, 492),
    f("other-2020", "N03927", "0764", 2019, 9, 10)
  ];

  test("the pages' KPIs only, in report and file order; dashes stay null, never 0", () => {
    const rows = auditKpiFigureRows(figures, []);
    expect(rows.map((r) => [r.report, r.kpi, r.municipality, r.period, r.value])).toEqual([
      ["ostersund-2022", "N03927", "2380", 2019, 7.8],
      ["ostersund-2022", "N03927", "2380", 2020, null],
      ["ostersund-2022", "N03927", "G2328", 2020, 11.8],
      ["ostersund-2022", "N03927", "2380", 2021, null],
      ["ostersund-2022", "N03927", null, 2019, 44],
      ["ostersund-2022", "N02797", "2380", 2019, 5.3],
      ["other-2020", "N03927", "0764", 2019, 9]
    ]);
    expect(AUDIT_FIGURE_KPIS).not.toContain("U40455");
  });

  test("charted: with a Kolada area, in a year the report printed a value of the KPI (per report); figures without an area id are not charted", () => {
    const rows = auditKpiFigureRows(figures, []);
    expect(rows.map((r) => r.charted)).toEqual([true, true, true, false, false, true, true]);
    expect(auditKpiFigureRows([f("r", "N03927", "2380", 2019, null, 1)], []).map((r) => r.charted)).toEqual([false]);
  });

  test("status: the cross-check's outcome beside Kolada's value, or the figure's kind", () => {
    const rows = auditKpiFigureRows(
      [
        f("r", "N40011", "2380", 2019, 846, 193, {unit: "kr/inv", printed: "846"}),
        f("r", "N40011", "2380", 2020, 723, 193, {unit: "kr/inv", printed: "723"}),
        f("r", "N40011", "G2328", 2020, 485, 194, {unit: "kr/inv", printed: "485"}),
        f("r", "N40011", "2380", 2021, null, 193, {unit: "kr/inv"}),
        f("r", "U40800", "2380", 2021, 466, 201, {unit: "antal", kind: "count", printed: "466"}),
        f("r", "N40011", "2380", 2025, 700, 300, {unit: "kr/inv", kind: "target", printed: "700"})
      ],
      [k("N40011", "2380", 2019, 846.4), k("N40011", "2380", 2020, 730), k("U40800", "2380", 2021, 466)]
    );
    expect(rows.map((r) => [r.status, r.kolada_value])).toEqual([
      ["matches", 846.4],
      ["revised", 730],
      ["not_in_snapshot", null],
      ["missing", null],
      ["matches", 466],
      ["target", null]
    ]);
  });

  test("no figures give an empty table", () => {
    expect(auditKpiFigureRows([], [])).toEqual([]);
  });
});
