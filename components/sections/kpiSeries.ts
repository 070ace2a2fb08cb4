// What the sections of "Kostnad per invånare" and "Åldersprofiler" share: one area's series over the reader's years from served rows (a year without a value
// is null, never 0), which years to call missing, and the missing-data line with its facts.
import {kpiOf} from "../../model/catalogue.js";
import {el, scrollRegion, type ChartTable} from "../kit/chartKit.js";
import {dataTable} from "../kit/dataTable.js";
import {isMissing} from "../kit/format.js";
import type {TrendPoint} from "../kit/trendChart.js";
import {findMissing, missingLine, publishedYears, type MissingFacts} from "./missing.js";
import {seriesOf, type SeriesRow} from "./sentences.js";

/** A kommun or comparison area as the sections name it. */
export interface Area {
  id: string;
  name: string;
}

/** Trend points of `kpi` for `areas`, one per year from..to (a year without a value is null, never 0). */
export function areaPoints(
  rows: readonly SeriesRow[],
  select: {kpi: string; areas: readonly string[]; from: number; to: number; gender?: string}
): TrendPoint[] {
  return select.areas.flatMap((area) =>
    seriesOf(rows, {kpi: select.kpi, municipality: area, gender: select.gender, from: select.from, to: select.to}).map((p) => ({
      area,
      year: p.year,
      value: p.value
    }))
  );
}

/** True when at least one point has a value. */
export function hasValues(points: readonly {value: number | null}[]): boolean {
  return points.some((p) => !isMissing(p.value));
}

/**
 * The years in which a missing value counts as missing: the page's years, cut after the latest
 * year that has any value of the KPI (later years are simply not published yet). When the KPI has
 * no value at all in the rows, every year of the page counts. `notYet` lists the years cut.
 */
export function yearsToCheck(rows: readonly SeriesRow[], kpi: string, years: readonly number[], gender = "T"): {years: number[]; notYet: number[]} {
  const published = publishedYears(
    rows.filter((r) => r.kpi === kpi),
    {gender}
  );
  if (published.length === 0) return {years: [...years], notYet: []};
  const last = published[published.length - 1];
  return {years: years.filter((y) => y <= last), notYet: years.filter((y) => y > last)};
}

export interface KpiMissingOptions {
  kpi: string;
  label: string;
  areas: readonly {id: string; name: string}[];
  years: readonly number[];
  gender?: string;
}

/** What of `kpi` is missing for `areas` in `years`, as facts (which areas lack which years, which years are not published yet). */
export function kpiMissingFacts(rows: readonly SeriesRow[], options: KpiMissingOptions): MissingFacts {
  const gender = options.gender ?? "T";
  const mine = rows.filter((r) => r.kpi === options.kpi);
  const {years, notYet} = yearsToCheck(mine, options.kpi, options.years, gender);
  const entries = findMissing(mine, {areas: options.areas, years, kpi: options.kpi, gender});
  return {
    kpis: [options.kpi],
    gender,
    entries,
    notPublished: notYet,
    nonePublished: publishedYears(mine, {gender}).length === 0
  };
}

/** A missing-data paragraph (class "missing-data", role note); data-derived text is set as text, never HTML. */
export function missingDataNote(doc: Document, text: string): HTMLParagraphElement {
  const p = el(doc, "p", "missing-data", text);
  p.setAttribute("role", "note");
  return p;
}

/**
 * A section's missing-data line (class "missing-data", role note) from its facts, with an optional
 * short consequence after it ("Utan antalet kan intervallet inte beräknas."); none when nothing is
 * missing. Spread it into `append`.
 */
export function missingNotes(doc: Document, facts: readonly MissingFacts[], consequence?: string): HTMLParagraphElement[] {
  const line = missingLine(facts);
  return line === null ? [] : [missingDataNote(doc, consequence ? `${line} ${consequence}` : line)];
}

/** The missing-data facts of several KPIs at once (each KPI by its catalogue label). */
export function kpisMissing(rows: readonly SeriesRow[], kpis: readonly string[], options: Omit<KpiMissingOptions, "kpi" | "label">): {facts: MissingFacts[]} {
  return {facts: kpis.map((kpi) => kpiMissingFacts(rows, {...options, kpi, label: kpiOf(kpi).label}))};
}

/** A data table in a box of its own that scrolls sideways on narrow screens (keyboard-focusable, named by the caption). */
export function scrollTable(doc: Document, table: ChartTable): HTMLDivElement {
  const wrap = scrollRegion(doc, "table-scroll", table.caption);
  wrap.append(dataTable(table, {document: doc}));
  return wrap;
}
