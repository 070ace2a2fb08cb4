// Sentence builders for the analysis pages: every number in them is computed from the data passed
// in and formatted by components/kit/format.ts. Missing values are said to be missing, never shown as 0.
import {NBSP, formatByUnit, formatNumber, formatPercentagePoints, formatYear, isMissing, signed, type Unit} from "../kit/format.js";
import {formatYears, inSentence, MISSING_HERE} from "../kit/wording.js";

/** One value of a series. */
export interface SeriesPoint {
  year: number;
  value: number | null;
}

/** A Kolada-like row (kolada.arrow / kolada_all.arrow rows fit). */
export interface SeriesRow {
  kpi: string;
  municipality: string;
  period: number;
  gender: string;
  value: number | null;
}

/**
 * One area's series of a KPI for the years from..to, one point per year (a year without a row
 * gets value null, so charts and sentences see the gap).
 */
export function seriesOf(rows: readonly SeriesRow[], select: {kpi: string; municipality: string; gender?: string; from: number; to: number}): SeriesPoint[] {
  const gender = select.gender ?? "T";
  const byYear = new Map<number, number | null>();
  for (const r of rows) {
    if (r.kpi === select.kpi && r.municipality === select.municipality && r.gender === gender) byYear.set(r.period, isMissing(r.value) ? null : r.value);
  }
  const out: SeriesPoint[] = [];
  for (let y = select.from; y <= select.to; ++y) out.push({year: y, value: byYear.get(y) ?? null});
  return out;
}

/** The latest year with a value, or null when the series has none. */
export function latestPoint(points: readonly SeriesPoint[]): {year: number; value: number} | null {
  let best: {year: number; value: number} | null = null;
  for (const p of points) if (!isMissing(p.value) && (best === null || p.year > best.year)) best = {year: p.year, value: p.value};
  return best;
}

/** The value of `year`, or null when absent or missing. */
export function valueIn(points: readonly SeriesPoint[], year: number): number | null {
  const p = points.find((q) => q.year === year);
  return p === undefined || isMissing(p.value) ? null : p.value;
}

/** A difference in the unit's own terms: "+7 procentenheter", "−120 kr/inv", "+0,15". */
export function formatDifference(difference: number | null | undefined, unit: Unit): string {
  switch (unit) {
    case "procent": {
      const text = formatPercentagePoints(difference, {maxDecimals: 1});
      return /^[+\u2212]1\u00a0/.test(text) ? text.replace(/procentenheter$/, "procentenhet") : text; // "+1 procentenhet"
    }
    case "kr/inv":
      return isMissing(difference) ? formatNumber(difference) : `${signed(difference, {maxDecimals: 0})}${NBSP}kr/inv`;
    case "kr":
      return isMissing(difference) ? formatNumber(difference) : `${signed(difference, {maxDecimals: 0})}${NBSP}kr`;
    case "antal":
      return signed(difference, {maxDecimals: 0});
    case "kvot":
      return signed(difference, {maxDecimals: 2});
  }
}

export interface LatestSentenceInput {
  /** Kommun name. */
  name: string;
  unit: Unit;
  points: readonly SeriesPoint[];
  /** The comparison area and its series. */
  comparison?: {name: string; points: readonly SeriesPoint[]};
  /** Years the page shows, named when there is no value at all. */
  years?: readonly number[];
}

/**
 * "Alvesta: 55 % år 2022, jämfört med 48 % för alla kommuner (ovägt medel) samma år (+7 procentenheter)."
 * Without a comparison value that year it says so; without any value it says what is missing.
 */
export function latestSentence(input: LatestSentenceInput): string {
  const latest = latestPoint(input.points);
  if (latest === null) {
    const span = input.years && input.years.length > 0 ? ` ${formatYears(input.years)}` : "";
    return `Uppgift ${MISSING_HERE} för ${input.name}${span}.`;
  }
  const head = `${input.name}: ${formatByUnit(latest.value, input.unit)} år ${formatYear(latest.year)}`;
  if (!input.comparison) return `${head}.`;
  const other = valueIn(input.comparison.points, latest.year);
  const who = inSentence(input.comparison.name);
  if (other === null) return `${head}; värde för ${who} saknas för ${formatYear(latest.year)}.`;
  return `${head}, jämfört med ${formatByUnit(other, input.unit)} för ${who} samma år (${formatDifference(latest.value - other, input.unit)}).`;
}

export interface ChangeSentenceInput {
  name: string;
  unit: Unit;
  points: readonly SeriesPoint[];
  /** The year to describe (default: the latest year with a value). */
  year?: number;
}

/**
 * "Från 2021 till 2022 ökade värdet för Alvesta från 12 % till 55 % (+43 procentenheter)."
 * Kronor and counts also get the relative change ("+120 kr/inv, +13 %"). Null when the kommun
 * has no value at all; a sentence naming the missing year when the previous year is missing.
 */
export function changeSentence(input: ChangeSentenceInput): string | null {
  const year = input.year ?? latestPoint(input.points)?.year;
  if (year === undefined) return null;
  const now = valueIn(input.points, year);
  const before = valueIn(input.points, year - 1);
  if (now === null)
    return `Förändringen ${formatYear(year - 1)}–${formatYear(year)} kan inte beräknas för ${input.name}: uppgift saknas för ${formatYear(year)}.`;
  if (before === null) return `Förändringen sedan föregående år kan inte beräknas för ${input.name}: uppgift saknas för ${formatYear(year - 1)}.`;
  const diff = now - before;
  const from = formatByUnit(before, input.unit);
  const to = formatByUnit(now, input.unit);
  const span = `Från ${formatYear(year - 1)} till ${formatYear(year)}`;
  if (formatByUnit(now, input.unit) === formatByUnit(before, input.unit)) return `${span} var värdet för ${input.name} oförändrat, ${to}.`;
  const verb = diff > 0 ? "ökade" : "minskade";
  let amount = formatDifference(diff, input.unit);
  if (input.unit !== "procent" && input.unit !== "kvot" && before !== 0) amount += `, ${signed((100 * diff) / Math.abs(before), {maxDecimals: 0})}${NBSP}%`;
  return `${span} ${verb} värdet för ${input.name} från ${from} till ${to} (${amount}).`;
}
