// report_figures.arrow: every report's figures as one long table.
import {toArrowBytes, type ColumnSpec} from "../arrow.js";
import {loadCheckedReports} from "./check.js";
import type {ReportFigure} from "./figures.js";

export {listReports} from "./list.js";

/** A figure with the title and source of the table it stands in (from meta.yaml). */
export type FigureRow = ReportFigure & {tableTitle: string | null; tableSource: string | null};

export const FIGURE_ARROW_COLUMNS: ColumnSpec<FigureRow>[] = [
  {name: "report", type: "utf8", nullable: false, get: (r) => r.report},
  {name: "id", type: "utf8", nullable: false, get: (r) => r.id},
  {name: "table", type: "utf8", nullable: true, get: (r) => r.table},
  {name: "indicator", type: "utf8", nullable: false, get: (r) => r.indicator},
  {name: "kpi", type: "utf8", nullable: true, get: (r) => r.kpi},
  {name: "kpi_match", type: "utf8", nullable: true, get: (r) => r.kpiMatch},
  {name: "unit", type: "utf8", nullable: false, get: (r) => r.unit},
  {name: "area", type: "utf8", nullable: false, get: (r) => r.area},
  {name: "area_id", type: "utf8", nullable: true, get: (r) => r.areaId},
  {name: "year", type: "int32", nullable: false, get: (r) => r.year},
  {name: "value", type: "float64", nullable: true, get: (r) => r.value},
  {name: "printed", type: "utf8", nullable: false, get: (r) => r.printed},
  {name: "kind", type: "utf8", nullable: false, get: (r) => r.kind},
  {name: "line_from", type: "int32", nullable: false, get: (r) => r.lineFrom},
  {name: "line_to", type: "int32", nullable: false, get: (r) => r.lineTo},
  {name: "note", type: "utf8", nullable: true, get: (r) => r.note},
  {name: "contradictory", type: "bool", nullable: false, get: (r) => r.contradictory},
  {name: "table_title", type: "utf8", nullable: true, get: (r) => r.tableTitle},
  {name: "table_source", type: "utf8", nullable: true, get: (r) => r.tableSource}
];

/** Every figure of every report (read, validated and checked against its source first). */
export function reportFigureRows(reportsDir: string): FigureRow[] {
  return loadCheckedReports(reportsDir).flatMap((r) =>
    r.figures.map((f) => {
      const t = r.meta.tables.find((x) => x.id === f.table);
      return {...f, tableTitle: t?.title ?? null, tableSource: t?.source ?? null};
    })
  );
}

export function reportFiguresArrow(reportsDir: string): Uint8Array {
  return toArrowBytes(reportFigureRows(reportsDir), FIGURE_ARROW_COLUMNS);
}
