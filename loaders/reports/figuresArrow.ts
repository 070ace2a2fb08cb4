// report_figures.arrow: every report's figures as one long table.
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {toArrowBytes, type ColumnSpec} from "../arrow.js";
import {readFigures, type ReportFigure} from "./figures.js";

/** Report folder ids under `reportsDir`, sorted. */
export function listReports(reportsDir: string): string[] {
  return readdirSync(reportsDir)
    .filter((name) => statSync(join(reportsDir, name)).isDirectory())
    .sort();
}

export const FIGURE_ARROW_COLUMNS: ColumnSpec<ReportFigure>[] = [
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
  {name: "contradictory", type: "bool", nullable: false, get: (r) => r.contradictory}
];

export function reportFiguresArrow(reportsDir: string): Uint8Array {
  const rows = listReports(reportsDir).flatMap((report) => readFigures(reportsDir, report));
  return toArrowBytes(rows, FIGURE_ARROW_COLUMNS);
}
