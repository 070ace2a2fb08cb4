// Cross-check of report figures against the Kolada snapshot: for every figure mapped to a KPI,
// is Kolada's value today the same at the precision the report printed?
import type {KoladaRow} from "../kolada/types.js";
import {toArrowBytes} from "../arrowWriter.js";
import type {RowOf} from "../../model/table.js";
import {reportVsKolada} from "../../model/tables/reports.js";
import {loadCheckedReports} from "./check.js";
import type {ReportFigure} from "./figures.js";
import type {CrossCheckStatus} from "../../model/vocabulary.js";

export interface CrossCheckRow {
  report: string;
  figureId: string;
  indicator: string;
  kpi: string;
  kpiMatch: "cited" | "title";
  area: string;
  areaId: string | null;
  year: number;
  unit: string;
  printed: string;
  reportValue: number;
  /** decimals the report printed ("52" → 0, "5,7" → 1) */
  decimals: number;
  koladaValue: number | null;
  /** koladaValue − reportValue, when both exist */
  difference: number | null;
  status: CrossCheckStatus;
  note: string | null;
  lineFrom: number;
  lineTo: number;
}

/** Decimals shown in a printed cell: digits after the decimal comma. */
export function printedDecimals(printed: string): number {
  const m = /,(\d+)/.exec(printed);
  return m ? m[1].length : 0;
}

/** Whether a Kolada value equals the report's value at the printed precision (rounding either way at exactly half). */
export function equalAtPrecision(kolada: number, reported: number, decimals: number): boolean {
  return Math.abs(kolada - reported) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * Classify every figure that has a KPI and a value (kinds observed and count; targets, estimates and
 * missing cells are not compared). The Kolada value joined is (kpi, municipality = area_id,
 * period = year, gender "T").
 * - matches: equal at the report's printed precision ("52" matches 52.4, "5,7" matches 5.66);
 * - revised: Kolada has a value today that differs at that precision (both kept);
 * - not_in_snapshot: no Kolada value (no row, a null value, or an area without a Kolada id).
 */
export function crossCheck(figures: readonly ReportFigure[], rows: readonly KoladaRow[]): CrossCheckRow[] {
  const index = new Map<string, KoladaRow>();
  for (const r of rows) if (r.gender === "T") index.set(`${r.kpi}|${r.municipality}|${r.period}`, r);
  const out: CrossCheckRow[] = [];
  for (const f of figures) {
    if (f.kpi === null || f.kpiMatch === null || f.value === null || (f.kind !== "observed" && f.kind !== "count")) continue;
    const decimals = printedDecimals(f.printed);
    const row = f.areaId === null ? undefined : index.get(`${f.kpi}|${f.areaId}|${f.year}`);
    const koladaValue = row?.value ?? null;
    let status: CrossCheckStatus;
    let note: string | null = null;
    if (f.areaId === null) {
      status = "not_in_snapshot";
      note = "the area as printed has no Kolada id";
    } else if (koladaValue === null) {
      status = "not_in_snapshot";
      note = row ? "Kolada has the row but no value" : null;
    } else {
      status = equalAtPrecision(koladaValue, f.value, decimals) ? "matches" : "revised";
    }
    out.push({
      report: f.report,
      figureId: f.id,
      indicator: f.indicator,
      kpi: f.kpi,
      kpiMatch: f.kpiMatch,
      area: f.area,
      areaId: f.areaId,
      year: f.year,
      unit: f.unit,
      printed: f.printed,
      reportValue: f.value,
      decimals,
      koladaValue,
      difference: koladaValue === null ? null : koladaValue - f.value,
      status,
      note,
      lineFrom: f.lineFrom,
      lineTo: f.lineTo
    });
  }
  return out;
}

export const crossCheckRow = (r: CrossCheckRow): RowOf<typeof reportVsKolada> => ({
  report: r.report,
  figure_id: r.figureId,
  indicator: r.indicator,
  kpi: r.kpi,
  kpi_match: r.kpiMatch,
  area: r.area,
  area_id: r.areaId,
  year: r.year,
  unit: r.unit,
  printed: r.printed,
  report_value: r.reportValue,
  decimals: r.decimals,
  kolada_value: r.koladaValue,
  difference: r.difference,
  status: r.status,
  note: r.note,
  line_from: r.lineFrom,
  line_to: r.lineTo
});

/** report_vs_kolada.arrow: crossCheck of every checked report's figures against `rows`. */
export function reportVsKoladaArrow(reportsDir: string, rows: readonly KoladaRow[]): Uint8Array {
  const figures = loadCheckedReports(reportsDir).flatMap((r) => r.figures);
  return toArrowBytes(reportVsKolada, crossCheck(figures, rows).map(crossCheckRow));
}
