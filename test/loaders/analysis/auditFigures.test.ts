// audit_figures and audit_figure_counts on small hand-made tables with known answers (synthetic
// figures), and on the committed report data against report_vs_kolada.
import {describe, expect, test} from "vitest";
import {auditFigureCountRows, auditFigureRows} from "../../../loaders/analysis/auditFigures.js";
import {auditFigureTable} from "../../../loaders/analysis/reportInputs.js";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {loadCheckedReports} from "../../../loaders/reports/check.js";
import {FIGURE_STATUS_TEXT} from "../../../model/vocabulary.js";

const f = (id: string, kind: string, kpi: string | null, report = "r", indicator = "x") => ({
  report,
  id,
  indicator,
  kpi,
  unit: "procent",
  area: "A",
  year: 2020,
  printed: "1",
  kind,
  line_from: 1,
  line_to: 1
});

describe("figures with their Kolada status (synthetic rows)", () => {
  test("compared figures keep the cross-check status; the rest say why they were not compared", () => {
    const out = auditFigureRows(
      [
        f("F1", "observed", "U40455"),
        f("F2", "observed", "U40455"),
        f("F3", "target", null),
        f("F4", "missing", "U40455"),
        f("F5", "observed", null),
        f("F6", "estimate", null)
      ],
      [
        {report: "r", figure_id: "F1", kolada_value: 40.2, status: "matches"},
        {report: "r", figure_id: "F2", kolada_value: null, status: "not_in_snapshot"},
        {report: "other", figure_id: "F5", kolada_value: 1, status: "matches"}
      ]
    );
    expect(out.map((x) => [x.id, x.status, x.kolada_value])).toEqual([
      ["F1", "matches", 40.2],
      ["F2", "not_in_snapshot", null],
      ["F3", "target", null],
      ["F4", "missing", null],
      ["F5", "no_kpi", null],
      ["F6", "estimate", null]
    ]);
    expect(Object.keys(out[0])).toEqual([
      "report",
      "id",
      "indicator",
      "kpi",
      "area",
      "year",
      "unit",
      "printed",
      "kolada_value",
      "status",
      "line_from",
      "line_to"
    ]);
  });

  test("the figures keep their order when only later ones were compared", () => {
    const out = auditFigureRows([f("F1", "target", null), f("F2", "observed", "U40455")], [{report: "r", figure_id: "F2", kolada_value: 1, status: "revised"}]);
    expect(out.map((x) => x.id)).toEqual(["F1", "F2"]);
  });

  test("counts per report and status, then per compared indicator in order of first appearance", () => {
    const figures = [
      {report: "r", kpi: null, indicator: "mål", status: "target"},
      {report: "r", kpi: "N1", indicator: "kostnad", status: "not_in_snapshot"},
      {report: "r", kpi: "U1", indicator: "resultat", status: "matches"},
      {report: "r", kpi: "N1", indicator: "kostnad", status: "revised"},
      {report: "r", kpi: "U1", indicator: "resultat", status: "matches"},
      {report: "r", kpi: "U1", indicator: "resultat", status: "missing"},
      {report: "s", kpi: null, indicator: "y", status: "no_kpi"}
    ];
    expect(auditFigureCountRows(figures)).toEqual([
      {report: "r", kpi: null, indicator: null, status: "matches", figures: 2},
      {report: "r", kpi: null, indicator: null, status: "revised", figures: 1},
      {report: "r", kpi: null, indicator: null, status: "not_in_snapshot", figures: 1},
      {report: "r", kpi: null, indicator: null, status: "target", figures: 1},
      {report: "r", kpi: null, indicator: null, status: "missing", figures: 1},
      {report: "r", kpi: "N1", indicator: "kostnad", status: "revised", figures: 1},
      {report: "r", kpi: "N1", indicator: "kostnad", status: "not_in_snapshot", figures: 1},
      {report: "r", kpi: "U1", indicator: "resultat", status: "matches", figures: 2},
      {report: "s", kpi: null, indicator: null, status: "no_kpi", figures: 1}
    ]);
    expect(auditFigureCountRows([])).toEqual([]);
  });
});

describe("audit_figures (committed report data)", () => {
  const reports = loadCheckedReports(REPORTS_DIR);
  const rows = auditFigureTable();

  test("every printed figure once, in file order, with a status the vocabulary words", () => {
    expect(rows.map((r) => `${r.report}#${r.id}`)).toEqual(reports.flatMap((r) => r.figures.map((x) => `${r.report}#${x.id}`)));
    for (const r of rows) expect(Object.keys(FIGURE_STATUS_TEXT), `${r.report}#${r.id}`).toContain(r.status);
  });

  test("the counts add up to each report's figures, and the compared ones to its cross-checked figures", () => {
    const counts = auditFigureCountRows(rows);
    for (const r of reports) {
      const total = counts.filter((c) => c.report === r.report && c.kpi === null).reduce((n, c) => n + c.figures, 0);
      expect(total, r.report).toBe(r.figures.length);
      const compared = counts.filter((c) => c.report === r.report && c.kpi !== null).reduce((n, c) => n + c.figures, 0);
      expect(compared, r.report).toBe(rows.filter((x) => x.report === r.report && ["matches", "revised", "not_in_snapshot"].includes(x.status)).length);
    }
    // Östersund's U40455 figures today: 4 match Kolada, 7 are missing from the committed snapshot
    expect(counts.filter((c) => c.report === "ostersund-2022" && c.kpi === "U40455").map((c) => [c.status, c.figures])).toEqual([
      ["matches", 4],
      ["not_in_snapshot", 7]
    ]);
  });
});
