// report_figures.arrow: every report's figures as one long table.
import {toArrowBytes} from "../arrowWriter.js";
import type {RowOf} from "../../model/table.js";
import {reportFigures} from "../../model/tables/reports.js";
import {loadCheckedReports, type ReportData} from "./check.js";
import type {ReportFigure} from "./figures.js";

/** A figure with the title and source of the table it stands in (from meta.yaml). */
export type FigureRow = ReportFigure & {tableTitle: string | null; tableSource: string | null};

export const figureRow = (r: FigureRow): RowOf<typeof reportFigures> => ({
  report: r.report,
  id: r.id,
  table: r.table,
  indicator: r.indicator,
  kpi: r.kpi,
  kpi_match: r.kpiMatch,
  unit: r.unit,
  area: r.area,
  area_id: r.areaId,
  year: r.year,
  value: r.value,
  printed: r.printed,
  kind: r.kind,
  line_from: r.lineFrom,
  line_to: r.lineTo,
  note: r.note,
  contradictory: r.contradictory,
  table_title: r.tableTitle,
  table_source: r.tableSource
});

/** Every figure of every report (read, validated and checked against its source first). */
export function reportFigureRows(reportsDir: string): FigureRow[] {
  return figureRowsOf(loadCheckedReports(reportsDir));
}

/** Every figure of the given checked reports, with its table's title and source. */
export function figureRowsOf(reports: readonly ReportData[]): FigureRow[] {
  return reports.flatMap((r) =>
    r.figures.map((f) => {
      const t = r.meta.tables.find((x) => x.id === f.table);
      return {...f, tableTitle: t?.title ?? null, tableSource: t?.source ?? null};
    })
  );
}

export function reportFiguresArrow(reportsDir: string): Uint8Array {
  return toArrowBytes(reportFigures, reportFigureRows(reportsDir).map(figureRow));
}
