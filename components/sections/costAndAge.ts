// Page logic shared by "Kostnad per invånare" and "Åldersprofiler": series per area (optionally in
// fixed prices), which years to call missing, the Swedish wording of the report cross-check, the
// population age bands. Pure functions; a missing value stays null (never 0).
import {deflate} from "./economics.js";
import {findMissing, missingSentence, publishedYears} from "./missing.js";
import {seriesOf, type SeriesRow} from "./sentences.js";
import {formatYears} from "./missing.js";
import type {TrendPoint} from "../kit/trendChart.js";
import type {AgeShare} from "../kit/ageProfile.js";
import type {ReportMetaRow as MetaRow} from "../../model/rows.js";

/** Swedish wording of report_vs_kolada's `status`. */
export const CROSS_CHECK_LABELS: Readonly<Record<string, string>> = {
  matches: "Stämmer med Kolada",
  revised: "Kolada visar i dag ett annat värde",
  not_in_snapshot: "Saknas i den inbäddade ögonblicksbilden"
};

export function crossCheckLabel(status: string | null | undefined): string {
  if (status === null || status === undefined) return "Ingen kontroll (inget tryckt värde)";
  const label = CROSS_CHECK_LABELS[status];
  if (!label) throw new Error(`report_vs_kolada: unknown status "${status}"`);
  return label;
}

/**
 * The years in which a missing value counts as missing: the page's years, cut after the latest
 * year that has any value of the KPI (later years are simply not published yet). When the KPI has
 * no value at all in the rows, every year of the page counts. `notYet` lists the years cut.
 */
export function yearsToCheck(rows: readonly SeriesRow[], kpi: string, years: readonly number[], gender = "T"): {years: number[]; notYet: number[]} {
  const published = publishedYears(rows.filter((r) => r.kpi === kpi), {gender});
  if (published.length === 0) return {years: [...years], notYet: []};
  const last = published[published.length - 1];
  return {years: years.filter((y) => y <= last), notYet: years.filter((y) => y > last)};
}

/**
 * One sentence saying what of `kpi` is missing for `areas` in `years` ("Nettokostnad …: uppgift
 * saknas i Kolada för Alvesta 2019–2021."), plus which later years are not yet published in the
 * snapshot; null when nothing is missing.
 */
export function kpiMissingSentence(
  rows: readonly SeriesRow[],
  options: {kpi: string; label: string; areas: readonly {id: string; name: string}[]; years: readonly number[]; gender?: string}
): string | null {
  const gender = options.gender ?? "T";
  const mine = rows.filter((r) => r.kpi === options.kpi);
  const {years, notYet} = yearsToCheck(mine, options.kpi, options.years, gender);
  const entries = findMissing(mine, {areas: options.areas, years, kpi: options.kpi, gender});
  const parts: string[] = [];
  const sentence = missingSentence(entries, {what: `${options.label} (${options.kpi})`});
  if (sentence) parts.push(sentence);
  if (notYet.length) parts.push(`${options.label}: den inbäddade ögonblicksbilden har ännu inga värden för ${formatYears(notYet)}.`);
  return parts.length ? parts.join(" ") : null;
}

/** A price level for kr/inv series: as published, or fixed prices of a base year via prisbasbelopp. */
export type PriceLevel = {kind: "nominal"} | {kind: "fixed"; baseYear: number; pbb: ReadonlyMap<number, number>};

/**
 * Trend points for `areas` (one per year from..to; a year without a value has value null), in
 * fixed prices when asked (a year missing from the prisbasbelopp series becomes null).
 */
export function areaTrend(
  rows: readonly SeriesRow[],
  select: {kpi: string; areas: readonly string[]; from: number; to: number; gender?: string; price?: PriceLevel}
): TrendPoint[] {
  const price = select.price ?? {kind: "nominal"};
  return select.areas.flatMap((area) =>
    seriesOf(rows, {kpi: select.kpi, municipality: area, gender: select.gender, from: select.from, to: select.to}).map((p) => ({
      area,
      year: p.year,
      value: price.kind === "fixed" ? deflate(p.value, p.year, price.baseYear, price.pbb) : p.value
    }))
  );
}

/** True when at least one point has a value. */
export function hasValues(points: readonly {value: number | null}[]): boolean {
  return points.some((p) => p.value !== null && p.value !== undefined && !Number.isNaN(p.value));
}

/** The population age bands as Kolada share KPIs (percent of all inhabitants). 80+ is part of 65+. */
export const AGE_BANDS: readonly {band: string; kpi: string}[] = [
  {band: "0–19 år", kpi: "N01994"},
  {band: "20–64 år", kpi: "N01961"},
  {band: "65 år och äldre", kpi: "N01960"},
  {band: "80 år och äldre", kpi: "N01813"}
];

/** The age-band shares of one area and year as ageProfile rows of group `group` (null where missing). */
export function ageShares(rows: readonly SeriesRow[], select: {area: string; year: number; group: string; gender?: string}): AgeShare[] {
  const gender = select.gender ?? "T";
  return AGE_BANDS.map(({band, kpi}) => {
    const row = rows.find((r) => r.kpi === kpi && r.municipality === select.area && r.period === select.year && r.gender === gender);
    return {band, group: select.group, value: row && row.value !== null && !Number.isNaN(row.value) ? row.value : null};
  });
}

/** Years (ascending) in which `area` has every one of `kpis` (gender T unless given). */
export function yearsWithAll(rows: readonly SeriesRow[], kpis: readonly string[], area: string, gender = "T"): number[] {
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) {
    if (r.municipality !== area || r.gender !== gender || !kpis.includes(r.kpi) || r.value === null || Number.isNaN(r.value)) continue;
    const set = byYear.get(r.period) ?? new Set<string>();
    set.add(r.kpi);
    byYear.set(r.period, set);
  }
  return [...byYear.entries()].filter(([, s]) => s.size === kpis.length).map(([y]) => y).sort((a, b) => a - b);
}

/** The parts of report_meta.arrow used to credit a report. */
export type ReportMetaRow = Pick<MetaRow, "report" | "kommun_name" | "auditor" | "date">;

/** "Östersunds kommun, revisionskontoret (2022)": how a report is credited under a chart. */
export function reportCredit(meta: ReportMetaRow): string {
  const genitive = /[sxz]$/i.test(meta.kommun_name) ? meta.kommun_name : `${meta.kommun_name}s`;
  // "Revisionskontoret" → "revisionskontoret" inside the sentence; names such as "KPMG" or "PwC" stay.
  const auditor = /^[A-ZÅÄÖ][a-zåäö-]*(\s|$)/.test(meta.auditor) ? meta.auditor.charAt(0).toLowerCase() + meta.auditor.slice(1) : meta.auditor;
  return `${genitive} kommun, ${auditor} (${meta.date.slice(0, 4)})`;
}

/** The parts of report_figures.arrow used to chart a report's printed figures. */
export interface ReportFigureRow {
  report: string;
  kpi: string | null;
  area_id: string | null;
  year: number;
  value: number | null;
  line_from: number;
  line_to: number;
}

export interface ReportFigureGroup {
  report: string;
  /** Trend points (area = the figure's Kolada area id), only years in which the report printed a value. */
  points: TrendPoint[];
  /** The report's lines the figures stand on, as one [from, to] range. */
  lines: [number, number];
  years: number[];
}

/**
 * What the audit reports printed for `kpi`, one group per report, for charting as report figures:
 * figures without a Kolada area id are left out; a printed dash stays null (a gap, never 0); years
 * in which the report printed no value at all are dropped.
 */
export function reportFigureGroups(figures: readonly ReportFigureRow[], kpi: string): ReportFigureGroup[] {
  const mine = figures.filter((f) => f.kpi === kpi && f.area_id !== null && f.area_id !== "");
  const reports = [...new Set(mine.map((f) => f.report))].sort();
  return reports
    .map((report) => {
      const rows = mine.filter((f) => f.report === report);
      const years = [...new Set(rows.filter((f) => f.value !== null).map((f) => f.year))].sort((a, b) => a - b);
      return {
        report,
        points: rows.filter((f) => years.includes(f.year)).map((f) => ({area: f.area_id!, year: f.year, value: f.value})),
        lines: [Math.min(...rows.map((f) => f.line_from)), Math.max(...rows.map((f) => f.line_to))] as [number, number],
        years
      };
    })
    .filter((g) => g.years.length > 0);
}
