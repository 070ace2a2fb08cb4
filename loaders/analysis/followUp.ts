// "Vad har hänt sedan granskningen" (audit_followup): per audit and followed KPI, the kommun's values
// from the audit year on beside "Alla kommuner (ovägt medel)", Kolada's own G2328 where the snapshot
// has it in those years, else our own mean of every kommun (kpi_means); when Kolada has no value
// for the kommun since the audit, the audit year and the CONTEXT_YEARS before it as background.
import * as aq from "arquero";
import {YEARS} from "../../model/catalogue.js";
import {COMPARISON_AREA, MEAN_SOURCES} from "../../model/pages/granskningar.js";
import {CONTEXT_YEARS} from "../../model/vocabulary.js";
import type {RowOf} from "../../model/table.js";
import type {kpiMeans} from "../../model/tables/analysis.js";
import {auditFollowUp, type auditReports} from "../../model/tables/audits.js";
import type {reportIndicators} from "../../model/tables/reports.js";
import type {KoladaRow} from "../kolada/types.js";
import {fromRows, toRows, type ColumnTable} from "./tables.js";
import {totals} from "./wide.js";

const op = aq.op;

export interface FollowUpOptions {
  /** The last year followed (default: the catalogue's last year). */
  to?: number;
  /** Years before the audit shown as background (default CONTEXT_YEARS). */
  contextYears?: number;
}

/** A row of audit_followup as it is derived (a left join leaves undefined where nothing matched). */
type FollowUpRow = {
  year: number;
  period: number;
  context: boolean;
  own?: number | null;
  own_all?: number | null;
  kolada_mean?: number | null;
  own_mean?: number | null;
  value: number | null | undefined;
  mean: number | null | undefined;
  kolada_any: boolean;
  own_any: boolean;
  own_since: number;
  last?: number | null;
};

/** A kommun's gender-total values as (kpi, kommun, period, <as>). */
const kommunTotals = (rows: readonly KoladaRow[], as: string): ColumnTable =>
  totals(rows).select({kpi: "kpi", municipality: "kommun", period: "period", value: as});

/**
 * audit_followup from the audits (report, kommun, year, order), the followed KPIs
 * (report_indicators), the catalogue values (kolada.arrow's rows: the kommun's own value and
 * G2328), every kommun's values (kolada_all's rows: the kommun's value when the catalogue lacks
 * it) and kpi_means.
 */
export function auditFollowUpRows(
  audits: readonly Pick<RowOf<typeof auditReports>, "report" | "kommun" | "year" | "order">[],
  indicators: readonly RowOf<typeof reportIndicators>[],
  catalogueValues: readonly KoladaRow[],
  everyKommunValues: readonly KoladaRow[],
  means: readonly RowOf<typeof kpiMeans>[],
  options: FollowUpOptions = {}
): RowOf<typeof auditFollowUp>[] {
  const to = options.to ?? YEARS.to;
  const before = options.contextYears ?? CONTEXT_YEARS;
  const followed = fromRows(indicators, ["report", "kpi", "order"])
    .select({report: "report", kpi: "kpi", order: "kpi_order"})
    .join(
      fromRows(audits, ["report", "kommun", "year", "order"]).select({
        report: "report",
        kommun: "kommun",
        year: "year",
        order: "audit_order"
      }),
      "report"
    );
  const first = Math.min(...audits.map((a) => a.year)) - before;
  const years = aq.table({period: Array.from({length: Math.max(0, to - first + 1)}, (_, i) => first + i)});
  const grid = followed.cross(years).params({before, to});
  const since = grid.filter((d: FollowUpRow, $: {to: number}) => d.period >= d.year && d.period <= $.to).derive({context: () => false});
  const context = grid.filter((d: FollowUpRow, $: {before: number}) => d.period >= d.year - $.before && d.period <= d.year).derive({context: () => true});
  const own = kommunTotals(catalogueValues, "own");
  const ownAll = kommunTotals(everyKommunValues, "own_all");
  const kolada = totals(catalogueValues)
    .params({area: COMPARISON_AREA})
    .filter((d: KoladaRow, $: {area: string}) => d.municipality === $.area)
    .select({kpi: "kpi", period: "period", value: "kolada_mean"});
  const ownMean = fromRows(means, ["kpi", "period", "gender", "mean"])
    .params({total: "T"})
    .filter((d: {gender: string}, $: {total: string}) => d.gender === $.total)
    .select({kpi: "kpi", period: "period", mean: "own_mean"});
  const [koladaSource, ownSource] = MEAN_SOURCES;
  const derived = since
    .concat(context)
    .join_left(own, [["kpi", "kommun", "period"]])
    .join_left(ownAll, [["kpi", "kommun", "period"]])
    .join_left(kolada, [["kpi", "period"]])
    .join_left(ownMean, [["kpi", "period"]])
    .derive({value: (d: FollowUpRow) => d.own ?? d.own_all})
    // the comparison is chosen per series (audit, KPI, span): Kolada's mean when it has any value there
    .groupby("report", "kpi", "context")
    .derive({
      kolada_any: (d: FollowUpRow) => op.valid(d.kolada_mean) > 0,
      own_any: (d: FollowUpRow) => op.valid(d.own_mean) > 0
    })
    .ungroup()
    .params({koladaSource, ownSource})
    .derive({
      mean: (d: FollowUpRow) => (d.kolada_any ? d.kolada_mean : d.own_any ? d.own_mean : null)
    })
    .derive({
      mean_source: (d: FollowUpRow, $: {koladaSource: string; ownSource: string}) => (d.mean == null ? null : d.kolada_any ? $.koladaSource : $.ownSource)
    })
    // background years only for a KPI without any value for the kommun since the audit
    .groupby("report", "kpi")
    .derive({
      own_since: (d: FollowUpRow) => op.max(!d.context && d.value != null ? 1 : 0)
    })
    .ungroup()
    .filter((d: FollowUpRow) => !d.context || d.own_since === 0)
    // the chart: the background years, or the years since the audit up to the last with any value
    .groupby("report", "kpi", "context")
    .derive({
      last: (d: FollowUpRow) => op.max(d.value != null || d.mean != null ? d.period : null)
    })
    .ungroup()
    .derive({
      in_chart: (d: FollowUpRow) => d.context || (d.own_since > 0 && d.period <= (d.last ?? -1))
    })
    .orderby("audit_order", "kpi_order", "context", "period")
    .select("report", "kpi", "context", "period", "value", "mean", "mean_source", "in_chart");
  return toRows(auditFollowUp, derived);
}
