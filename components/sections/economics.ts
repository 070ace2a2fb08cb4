// Own processing of Kolada data for "Kostnad per invånare" and "Åldersprofiler": fixed prices via
// the prisbasbelopp series, nettokostnad per deltagare, the over-representation of young
// participants, and one youth-unemployment series across Kolada's series break.
// Every function returns null (never 0, never a guess) where an input is missing.
import {formatYear, isMissing} from "../kit/format.js";
import {SERIES_BREAKS, kpiOf} from "../../model/catalogue.js";
import {OWN_PROCESSING} from "../../model/vocabulary.js";

export {OWN_PROCESSING};


type Maybe = number | null | undefined;

/** One year of the prisbasbelopp fact table (prisbasbelopp.arrow: year, kronor, source, checked). */
export interface PrisbasbeloppRow {
  year: number;
  kronor: number;
}

/** Prisbasbelopp per year as a Map; duplicate years or non-positive amounts are an error. */
export function prisbasbeloppByYear(rows: readonly PrisbasbeloppRow[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rows) {
    if (out.has(r.year)) throw new Error(`prisbasbelopp: year ${r.year} appears twice`);
    if (!(r.kronor > 0)) throw new Error(`prisbasbelopp: year ${r.year} has no positive amount (got ${r.kronor})`);
    out.set(r.year, r.kronor);
  }
  return out;
}

/**
 * A nominal value of `year` in fixed prices of `baseYear`: value × pbb(baseYear) / pbb(year).
 * Null when the value is missing or the series lacks either year (no interpolation).
 */
export function deflate(value: Maybe, year: number, baseYear: number, pbb: ReadonlyMap<number, number>): number | null {
  if (isMissing(value)) return null;
  const from = pbb.get(year);
  const to = pbb.get(baseYear);
  if (from === undefined || to === undefined) return null;
  return (value * to) / from;
}

/** Deflate every point of a series; each point keeps its nominal value beside the fixed-price one. */
export function deflateSeries<P extends {year: number; value: number | null}>(
  points: readonly P[],
  baseYear: number,
  pbb: ReadonlyMap<number, number>
): (P & {nominal: number | null; value: number | null})[] {
  return points.map((p) => ({...p, nominal: p.value, value: deflate(p.value, p.year, baseYear, pbb)}));
}

/** Years present in the prisbasbelopp series, ascending (the selectable base years). */
export function baseYears(pbb: ReadonlyMap<number, number>): number[] {
  return [...pbb.keys()].sort((a, b) => a - b);
}

/**
 * Nettokostnad per deltagare (kr) = N40011 (kr/inv) × N01951 (invånare) / U40800 (deltagare).
 * Null unless all three exist (same kommun and year) and there is at least one participant.
 */
export function costPerParticipant(nettokostnadPerInvanare: Maybe, invanare: Maybe, deltagare: Maybe): number | null {
  if (isMissing(nettokostnadPerInvanare) || isMissing(invanare) || isMissing(deltagare)) return null;
  if (deltagare <= 0 || invanare <= 0) return null;
  return (nettokostnadPerInvanare * invanare) / deltagare;
}

/** A Kolada-like row (KoladaRow has more fields; these are the ones used here). */
export interface KpiValueRow {
  kpi: string;
  municipality: string;
  period: number;
  value: number | null;
  gender?: string;
}

/** Values keyed "kpi|municipality|period" for gender T (or rows without gender). */
function indexRows(rows: readonly KpiValueRow[], gender = "T"): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const r of rows) {
    if (r.gender !== undefined && r.gender !== gender) continue;
    out.set(`${r.kpi}|${r.municipality}|${r.period}`, r.value);
  }
  return out;
}

export interface CostPerParticipantPoint {
  municipality: string;
  year: number;
  /** Kronor per participant, or null when a part is missing. */
  value: number | null;
  nettokostnadPerInvanare: number | null;
  invanare: number | null;
  deltagare: number | null;
}

/**
 * Nettokostnad per deltagare per kommun and year, from rows holding N40011, N01951 and U40800.
 * One point per kommun and year in which any of the three appears; `value` only where all exist.
 */
export function costPerParticipantSeries(rows: readonly KpiValueRow[]): CostPerParticipantPoint[] {
  const index = indexRows(rows);
  const keys = new Map<string, {municipality: string; year: number}>();
  for (const r of rows) {
    if (r.kpi === "N40011" || r.kpi === "N01951" || r.kpi === "U40800") keys.set(`${r.municipality}|${r.period}`, {municipality: r.municipality, year: r.period});
  }
  const get = (kpi: string, m: string, y: number) => index.get(`${kpi}|${m}|${y}`) ?? null;
  return [...keys.values()]
    .sort((a, b) => (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : a.year - b.year))
    .map(({municipality, year}) => {
      const n = get("N40011", municipality, year);
      const inv = get("N01951", municipality, year);
      const del = get("U40800", municipality, year);
      return {municipality, year, value: costPerParticipant(n, inv, del), nettokostnadPerInvanare: n, invanare: inv, deltagare: del};
    });
}

export interface YouthOverRepresentation {
  /** U40811: share of participants aged 24 or younger, percent. */
  participantsShare: number | null;
  /** (N01954 + N01977) / N01951 × 100: share of the population aged 16–24, percent. */
  populationShare: number | null;
  /** participantsShare / populationShare; 1 = as many young as in the population. */
  ratio: number | null;
}

/**
 * How over-represented the young are among participants: U40811 / ((N01954 + N01977) / N01951 × 100).
 * Both parts are kept; each is null when its own inputs are missing, the ratio when either is.
 */
export function youthOverRepresentation(parts: {u40811: Maybe; n01954: Maybe; n01977: Maybe; n01951: Maybe}): YouthOverRepresentation {
  const participantsShare = isMissing(parts.u40811) ? null : parts.u40811;
  const populationShare =
    isMissing(parts.n01954) || isMissing(parts.n01977) || isMissing(parts.n01951) || parts.n01951 <= 0
      ? null
      : ((parts.n01954 + parts.n01977) / parts.n01951) * 100;
  const ratio = participantsShare === null || populationShare === null || populationShare === 0 ? null : participantsShare / populationShare;
  return {participantsShare, populationShare, ratio};
}

/** youthOverRepresentation per kommun and year from rows holding U40811, N01954, N01977 and N01951. */
export function youthOverRepresentationSeries(rows: readonly KpiValueRow[]): (YouthOverRepresentation & {municipality: string; year: number})[] {
  const index = indexRows(rows);
  const kpis = new Set(["U40811", "N01954", "N01977", "N01951"]);
  const keys = new Map<string, {municipality: string; year: number}>();
  for (const r of rows) if (kpis.has(r.kpi)) keys.set(`${r.municipality}|${r.period}`, {municipality: r.municipality, year: r.period});
  const get = (kpi: string, m: string, y: number) => index.get(`${kpi}|${m}|${y}`) ?? null;
  return [...keys.values()]
    .sort((a, b) => (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : a.year - b.year))
    .map(({municipality, year}) => ({
      municipality,
      year,
      ...youthOverRepresentation({
        u40811: get("U40811", municipality, year),
        n01954: get("N01954", municipality, year),
        n01977: get("N01977", municipality, year),
        n01951: get("N01951", municipality, year)
      })
    }));
}

/** One part of a combined series: a KPI used for the years from..to (inclusive, open ends allowed). */
export interface YearBoundSegment {
  kpi: string;
  from?: number;
  to?: number;
  /** Short Swedish description used in the break sentence. */
  label: string;
}

/** Youth unemployment across its series break (model/catalogue.ts SERIES_BREAKS), each segment bounded by its KPI's years. */
export const YOUTH_UNEMPLOYMENT_SEGMENTS: readonly YearBoundSegment[] = SERIES_BREAKS.find((s) => s.id === "ungdomsarbetsloshet")!.segments.map((s) => ({...s, from: kpiOf(s.kpi).years?.from, to: kpiOf(s.kpi).years?.to}));

export interface CombinedPoint {
  municipality: string;
  year: number;
  value: number | null;
  kpi: string;
  /** True on the first point of every segment after the first: the series breaks before it. */
  break: boolean;
}

/**
 * One series per kommun from consecutive KPI segments. A year takes its value only from the
 * segment that covers it (values of a KPI outside its segment are ignored). `break` marks the
 * first year of each later segment that appears in the rows, so charts can draw a gap or a rule.
 */
export function combineSeries(rows: readonly KpiValueRow[], segments: readonly YearBoundSegment[] = YOUTH_UNEMPLOYMENT_SEGMENTS): CombinedPoint[] {
  checkSegments(segments);
  const out: CombinedPoint[] = [];
  const municipalities = [...new Set(rows.map((r) => r.municipality))].sort();
  for (const m of municipalities) {
    const points: CombinedPoint[] = [];
    segments.forEach((seg, i) => {
      const mine = rows
        .filter((r) => r.municipality === m && r.kpi === seg.kpi && (r.gender === undefined || r.gender === "T"))
        .filter((r) => (seg.from === undefined || r.period >= seg.from) && (seg.to === undefined || r.period <= seg.to))
        .sort((a, b) => a.period - b.period);
      mine.forEach((r, j) => points.push({municipality: m, year: r.period, value: isMissing(r.value) ? null : r.value, kpi: seg.kpi, break: i > 0 && j === 0}));
    });
    out.push(...points.sort((a, b) => a.year - b.year));
  }
  return out;
}

function checkSegments(segments: readonly YearBoundSegment[]): void {
  for (let i = 1; i < segments.length; ++i) {
    const prev = segments[i - 1].to;
    const from = segments[i].from;
    if (prev === undefined || from === undefined || from <= prev) {
      throw new Error(`combineSeries: segment ${segments[i].kpi} must start after ${segments[i - 1].kpi} ends`);
    }
  }
}

/**
 * The sentence naming where a combined series breaks: "Serien bryts mellan 2023 och 2024: till och
 * med 2023 visas …, från 2024 …. Värdena före och efter brottet är inte direkt jämförbara."
 */
export function seriesBreakSentence(segments: readonly YearBoundSegment[] = YOUTH_UNEMPLOYMENT_SEGMENTS): string {
  checkSegments(segments);
  if (segments.length < 2) return "";
  const parts: string[] = [];
  const breaks: string[] = [];
  segments.forEach((s, i) => {
    if (i === 0) parts.push(`till och med ${formatYear(s.to)} visas ${s.label}`);
    else if (s.to === undefined) parts.push(`från ${formatYear(s.from)} ${s.label}`);
    else parts.push(`${formatYear(s.from)}–${formatYear(s.to)} ${s.label}`);
    if (i > 0) breaks.push(`mellan ${formatYear(segments[i - 1].to)} och ${formatYear(s.from)}`);
  });
  const list = parts.length === 2 ? parts.join(", ") : `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}`;
  return `Serien bryts ${breaks.join(" och ")}: ${list}. Värdena före och efter brottet är inte direkt jämförbara.`;
}
