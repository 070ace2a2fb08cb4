// The audits' printed figures of a KPI (audit_kpi_figures) as charts labelled as report figures,
// the credit line of a report, and the check status of a printed figure in the vocabulary's words.
import {AREA_NAMES, kpiOf} from "../../model/catalogue.js";
import {formatYearRange, reportWords} from "../kit/wording.js";
import type {RowOf} from "../../model/table.js";
import type {auditKpiFigures} from "../../model/tables/auditKpiFigures.js";
import type {reportSummaries} from "../../model/tables/overview.js";
import {FIGURE_STATUS_TEXT, type FigureStatus} from "../../model/vocabulary.js";
import {chartFigure} from "../kit/chartFigure.js";

import {mergeLineRanges} from "../kit/sourceNote.js";
import {trendChart, type TrendPoint} from "../kit/trendChart.js";
import type {TableColumn} from "../kit/chartKit.js";
import {sqlString, trendQuery} from "../explore/chartQuery.js";

/** The query of a figure group's chart: the charted figures of `kpi` one report printed (audit_kpi_figures), one series per area in the table's order. */
export function figureGroupQuery(columns: readonly TableColumn[], report: string, kpi: string): string {
  return trendQuery(
    `${kpiOf(kpi).label} (${kpi}) enligt granskningen ${report}: rapportens tryckta siffror`,
    columns,
    `  SELECT municipality AS area, period AS year, value, rowid AS i
  FROM audit_kpi_figures
  WHERE report = ${sqlString(report)} AND kpi = ${sqlString(kpi)} AND charted`,
    "first-listed"
  );
}

export type AuditFigureRow = RowOf<typeof auditKpiFigures>;

/** The parts of report_summaries.arrow used to credit a report. */
export type ReportCreditMeta = Pick<RowOf<typeof reportSummaries>, "report" | "kommun_name" | "auditor" | "year">;

/** A printed figure's check status as a table cell: the vocabulary's wording, capitalised. */
export function statusText(status: string): string {
  if (!(status in FIGURE_STATUS_TEXT)) throw new Error(`audit_kpi_figures: unknown status "${status}"`);
  const text = FIGURE_STATUS_TEXT[status as FigureStatus];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface FigureGroup {
  report: string;
  /** Trend points (area = the figure's Kolada area id), the years in which the report printed a value. */
  points: TrendPoint[];
  /** The report's lines the charted figures stand on. */
  lines: [number, number][];
  years: number[];
}

/**
 * What the audit reports printed for `kpi`, one group per report (in the table's order), from the
 * charted rows: a printed dash stays null (a gap, never 0).
 */
export function figureGroups(rows: readonly AuditFigureRow[], kpi: string): FigureGroup[] {
  const mine = rows.filter((r) => r.kpi === kpi && r.charted);
  return [...new Set(mine.map((r) => r.report))].map((report) => {
    const own = mine.filter((r) => r.report === report);
    return {
      report,
      points: own.map((r) => ({area: r.municipality!, year: r.period, value: r.value})),
      lines: mergeLineRanges(rows.filter((r) => r.kpi === kpi && r.report === report && r.municipality !== null)),
      years: [...new Set(own.map((r) => r.period))].sort((a, b) => a - b)
    };
  });
}

/**
 * The charts of what the audits printed for `kpi`, labelled as report figures (shown where the
 * snapshot has no Kolada value for the selection). `note` follows the KPI id in the caption.
 */
export function reportFigureCharts(
  data: {auditFigures: readonly AuditFigureRow[]; reports: readonly ReportCreditMeta[]},
  kpi: string,
  options: {note: string; width?: number}
): HTMLElement[] {
  const {label, unit} = kpiOf(kpi);
  return figureGroups(data.auditFigures, kpi).map((g) => {
    const meta = data.reports.find((m) => m.report === g.report);
    const chart = trendChart(g.points, {
      title: `${label} enligt granskningen`,
      unit,
      names: AREA_NAMES,
      width: options.width
    });
    return chartFigure(chart, {
      title: `Rapportens siffror: ${label.toLowerCase()} ${formatYearRange(g.years[0], g.years.at(-1)!)} (${kpi}, ${options.note})`,
      source: {
        reports: [{name: meta ? reportWords.credit(meta) : g.report, lines: g.lines, via: "Kolada"}],
        note: "Rapportens tryckta värden (rapportsiffror), inte hämtade ur Kolada av sajten; de visas tills en datauppdatering ger Koladas värden."
      },
      filename: `${g.report}-${kpi.toLowerCase()}`,
      query: (table) => figureGroupQuery(table.columns, g.report, kpi)
    });
  });
}
