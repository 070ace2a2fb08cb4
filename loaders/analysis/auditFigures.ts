// Every printed report figure with its status against Kolada (audit_figures) and the counts per
// report and status, and per compared indicator (audit_figure_counts).
import * as aq from "arquero";
import type {RowOf} from "../../model/table.js";
import {auditFigureCounts, auditFigures} from "../../model/tables/audits.js";
import type {reportFigures, reportVsKolada} from "../../model/tables/reports.js";
import {CROSS_CHECK_STATUSES, FIGURE_STATUS_TEXT, type FigureStatus} from "../../model/vocabulary.js";
import {fromRows, toRows} from "./tables.js";

/** Kinds of printed figure that are never compared and are their own status; any other uncompared figure has no KPI. */
const UNCOMPARED_KINDS = ["target", "estimate", "missing"] as const satisfies readonly FigureStatus[];
const NO_KPI: FigureStatus = "no_kpi";

/**
 * audit_figures: each figure joined with its cross-check (report_vs_kolada, on report and id):
 * the cross-check's status and Kolada value, else the reason it was not compared.
 */
export function auditFigureRows(
  figures: readonly Pick<
    RowOf<typeof reportFigures>,
    "report" | "id" | "indicator" | "kpi" | "area" | "year" | "unit" | "printed" | "kind" | "line_from" | "line_to"
  >[],
  crossChecked: readonly Pick<RowOf<typeof reportVsKolada>, "report" | "figure_id" | "kolada_value" | "status">[]
): RowOf<typeof auditFigures>[] {
  const checked = fromRows(crossChecked, ["report", "figure_id", "kolada_value", "status"]).select({
    report: "report",
    figure_id: "id",
    kolada_value: "kolada_value",
    status: "status"
  });
  const derived = fromRows(figures, ["report", "id", "indicator", "kpi", "area", "year", "unit", "printed", "kind", "line_from", "line_to"])
    .derive({row: () => aq.op.row_number()})
    .join_left(checked, [["report", "id"]])
    .orderby("row")
    .params({uncompared: [...UNCOMPARED_KINDS], noKpi: NO_KPI})
    .derive({
      status: (d: {status?: string; kind: string}, $: {uncompared: string[]; noKpi: string}) =>
        d.status ?? (aq.op.includes($.uncompared, d.kind) ? d.kind : $.noKpi)
    })
    .select("report", "id", "indicator", "kpi", "area", "year", "unit", "printed", "kolada_value", "status", "line_from", "line_to");
  return toRows(auditFigures, derived);
}

/**
 * audit_figure_counts: per report the figures of each status (kpi and indicator null), then per
 * compared indicator (kpi, indicator) the figures of each cross-check status. Reports in the order
 * of their first figure, indicators in the order of their first compared figure, statuses in the
 * vocabulary's order; only counts above zero.
 */
export function auditFigureCountRows(
  figures: readonly Pick<RowOf<typeof auditFigures>, "report" | "kpi" | "indicator" | "status">[]
): RowOf<typeof auditFigureCounts>[] {
  const rows = fromRows(figures, ["report", "kpi", "indicator", "status"])
    .select("report", "kpi", "indicator", "status")
    .derive({row: () => aq.op.row_number()})
    .groupby("report")
    .derive({report_first: aq.op.min("row")})
    .ungroup();
  const perReport = rows
    .groupby("report", "report_first", "status")
    .rollup({figures: aq.op.count()})
    .derive({kpi: () => null, indicator: () => null, first: () => 0});
  const perIndicator = rows
    .params({compared: [...CROSS_CHECK_STATUSES]})
    .filter((d: {status: string}, $: {compared: string[]}) => aq.op.includes($.compared, d.status))
    .groupby("report", "kpi", "indicator")
    .derive({first: aq.op.min("row")})
    .groupby("report", "report_first", "kpi", "indicator", "first", "status")
    .rollup({figures: aq.op.count()});
  const derived = perReport
    .concat(perIndicator)
    .params({statuses: Object.keys(FIGURE_STATUS_TEXT)})
    .derive({status_order: (d: {status: string}, $: {statuses: string[]}) => aq.op.indexof($.statuses, d.status)})
    .orderby("report_first", "first", "status_order")
    .select("report", "kpi", "indicator", "status", "figures");
  return toRows(auditFigureCounts, derived);
}
