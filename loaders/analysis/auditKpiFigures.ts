// The audits' printed figures of the KPIs on Kostnad per invånare and Åldersprofiler, joined with
// the cross-check against Kolada (report_vs_kolada's outcome) and flagged where they are charted.
// (Arquero expressions test `!= null`: a left join leaves `undefined` where nothing matched.)
import type {RowOf} from "../../model/table.js";
import {AUDIT_FIGURE_KPIS, auditKpiFigures} from "../../model/tables/auditKpiFigures.js";
import type {KoladaRow} from "../kolada/types.js";
import {crossCheck} from "../reports/crossCheck.js";
import type {ReportFigure} from "../reports/figures.js";
import {fromRows, toRows} from "./tables.js";

/** A printed figure as audit_kpi_figures derives it: where and what it printed, its check, whether its year was printed for an area with a Kolada id. */
type KpiFigure = {municipality: string | null; value: number | null; kind: string; check?: string | null; year_printed?: boolean};

/**
 * audit_kpi_figures: every figure of `kpis` in report and file order. `status` is the cross-check's
 * outcome for observed values and counts, otherwise the figure's kind (missing, target,
 * estimate). `charted`: the figure has a Kolada area and its report printed a value of the KPI for
 * an area with a Kolada id that year (the years a chart of the report's figures spans).
 */
export function auditKpiFigureRows(
  figures: readonly ReportFigure[],
  kolada: readonly KoladaRow[],
  kpis: readonly string[] = AUDIT_FIGURE_KPIS
): RowOf<typeof auditKpiFigures>[] {
  const mine = figures.filter((f) => f.kpi !== null && kpis.includes(f.kpi));
  const checks = crossCheck(mine, kolada).map((c) => ({
    report: c.report,
    figure_id: c.figureId,
    check: c.status,
    kolada_value: c.koladaValue
  }));
  const t = fromRows(
    mine.map((f, i) => ({
      order: i,
      report: f.report,
      figure_id: f.id,
      table: f.table,
      kpi: f.kpi,
      area: f.area,
      municipality: f.areaId,
      period: f.year,
      value: f.value,
      printed: f.printed,
      kind: f.kind,
      line_from: f.lineFrom,
      line_to: f.lineTo
    })),
    ["order", "report", "figure_id", "table", "kpi", "area", "municipality", "period", "value", "printed", "kind", "line_from", "line_to"]
  );
  const printedYears = t
    .filter((d: KpiFigure) => d.municipality != null && d.value != null)
    .select("report", "kpi", "period")
    .dedupe()
    .derive({year_printed: () => true});
  const derived = t
    .join_left(fromRows(checks, ["report", "figure_id", "check", "kolada_value"]), [["report", "figure_id"]])
    .join_left(printedYears, [["report", "kpi", "period"]])
    .derive({
      status: (d: KpiFigure) => (d.kind === "observed" || d.kind === "count" ? d.check : d.kind),
      charted: (d: KpiFigure) => d.municipality != null && d.year_printed === true
    })
    .orderby("order")
    .select(
      "report",
      "figure_id",
      "table",
      "kpi",
      "area",
      "municipality",
      "period",
      "value",
      "printed",
      "kolada_value",
      "status",
      "charted",
      "line_from",
      "line_to"
    );
  return toRows(auditKpiFigures, derived);
}
