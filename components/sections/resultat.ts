// Pure helpers for the page "Resultat vid avslut": the A–E composition rows, shares with their
// Wilson interval and participant count, how much a kommun's share swings between years, and the
// audit reports' printed figures beside Kolada with their cross-check status.
// Every number comes from the rows passed in; missing values stay null (never 0).
import {formatByUnit, formatCount, formatList, formatYear, isMissing, type Unit} from "../kit/format.js";
import {formatDifference, type SeriesPoint} from "./sentences.js";
import {FEW_PARTICIPANTS} from "../../model/vocabulary.js";
import {shareStability, wilsonIntervalFromPercent, type ShareStability} from "./stats.js";
import type {KoladaValueRow} from "../../model/rows.js";

export type {KoladaValueRow};


/** The A–E exit categories of resultat vid avslut, in Kolada's order. */
export const COMPOSITION_KPIS = ["U40406", "U40409", "U40412", "U40415", "U40418"] as const;
/** The headline share (A + B: börjat arbeta eller studera) and its denominator (avslutade deltagare). */
export const SHARE_KPI = "U40455";
export const COUNT_KPI = "N40450";

/** Rows for stacked100: one per area × year × category that has a row (null values kept as null). */
export function compositionRows(
  rows: readonly KoladaValueRow[],
  select: {areas: readonly string[]; from: number; to: number; gender: string; kpis?: readonly string[]}
): {area: string; year: number; category: string; value: number | null}[] {
  const kpis = select.kpis ?? COMPOSITION_KPIS;
  return rows
    .filter((r) => kpis.includes(r.kpi) && select.areas.includes(r.municipality) && r.gender === select.gender && r.period >= select.from && r.period <= select.to)
    .map((r) => ({area: r.municipality, year: r.period, category: r.kpi, value: isMissing(r.value) ? null : r.value}))
    .sort((a, b) => select.areas.indexOf(a.area) - select.areas.indexOf(b.area) || a.year - b.year || kpis.indexOf(a.category) - kpis.indexOf(b.category));
}

export interface ShareWithInterval {
  area: string;
  year: number;
  /** The published share (percent), null when missing. */
  share: number | null;
  /** Avslutade deltagare (N40450), null when missing. */
  n: number | null;
  lower: number | null;
  upper: number | null;
  stability: ShareStability;
}

/**
 * The share (U40455) per area and year with N40450 and the 95 % Wilson interval where both exist.
 * One entry per area × year in from..to.
 */
export function sharesWithIntervals(
  rows: readonly KoladaValueRow[],
  select: {areas: readonly string[]; from: number; to: number; gender: string; shareKpi?: string; countKpi?: string}
): ShareWithInterval[] {
  const shareKpi = select.shareKpi ?? SHARE_KPI;
  const countKpi = select.countKpi ?? COUNT_KPI;
  const get = (kpi: string, area: string, year: number) => {
    const r = rows.find((d) => d.kpi === kpi && d.municipality === area && d.period === year && d.gender === select.gender);
    return r === undefined || isMissing(r.value) ? null : r.value;
  };
  const out: ShareWithInterval[] = [];
  for (const area of select.areas) {
    for (let year = select.from; year <= select.to; ++year) {
      const share = get(shareKpi, area, year);
      const n = get(countKpi, area, year);
      const interval = share === null ? null : wilsonIntervalFromPercent(share, n);
      out.push({area, year, share, n, lower: interval?.lower ?? null, upper: interval?.upper ?? null, stability: shareStability(n)});
    }
  }
  return out;
}

export interface SwingSummary {
  min: {year: number; value: number};
  max: {year: number; value: number};
  /** max − min, percentage points for shares. */
  spread: number;
  /** The largest change between two consecutive years that both have a value. */
  largestChange: {from: number; to: number; change: number} | null;
  /** Number of years with a value. */
  years: number;
}

/** How much a series moves: its lowest and highest value and the largest change from one year to the next. Null with fewer than two values. */
export function swingSummary(points: readonly SeriesPoint[]): SwingSummary | null {
  const present = points.filter((p): p is {year: number; value: number} => !isMissing(p.value)).sort((a, b) => a.year - b.year);
  if (present.length < 2) return null;
  let min = present[0];
  let max = present[0];
  for (const p of present) {
    if (p.value < min.value) min = p;
    if (p.value > max.value) max = p;
  }
  let largest: SwingSummary["largestChange"] = null;
  for (let i = 1; i < present.length; ++i) {
    if (present[i].year !== present[i - 1].year + 1) continue;
    const change = present[i].value - present[i - 1].value;
    if (largest === null || Math.abs(change) > Math.abs(largest.change)) largest = {from: present[i - 1].year, to: present[i].year, change};
  }
  return {min: {...min}, max: {...max}, spread: max.value - min.value, largestChange: largest, years: present.length};
}

/**
 * "Alvesta: mellan 12 % (2020) och 58 % (2016) under åren med värde; största förändringen mellan
 * två år var +43 procentenheter (2021–2022)." Null when there is nothing to compare.
 */
export function swingSentence(name: string, summary: SwingSummary | null, unit: Unit = "procent"): string | null {
  if (summary === null) return null;
  const fmt = (v: number) => formatByUnit(v, unit);
  const range = `${name}: mellan ${fmt(summary.min.value)} (${formatYear(summary.min.year)}) och ${fmt(summary.max.value)} (${formatYear(summary.max.year)})`;
  const change = summary.largestChange
    ? `; största förändringen mellan två år i följd var ${formatDifference(summary.largestChange.change, unit)} (${formatYear(summary.largestChange.from)}–${formatYear(summary.largestChange.to)})`
    : "";
  return `${range}${change}.`;
}

/** The id whose series spreads the most (ties: the first in `ids`), with its summary; null when none has two values. */
export function mostVolatile(series: ReadonlyMap<string, readonly SeriesPoint[]>, ids: readonly string[]): {id: string; summary: SwingSummary} | null {
  let best: {id: string; summary: SwingSummary} | null = null;
  for (const id of ids) {
    const summary = swingSummary(series.get(id) ?? []);
    if (summary && (best === null || summary.spread > best.summary.spread)) best = {id, summary};
  }
  return best;
}

/** The participant counts behind the shares, said per kommun, with the few-participants warning. */
export function countSentence(name: string, shares: readonly ShareWithInterval[]): string {
  const withN = shares.filter((s) => !isMissing(s.n));
  if (withN.length === 0) return `${name}: antalet avslutade deltagare (${COUNT_KPI}) saknas i Kolada för de valda åren, så osäkerheten i andelen kan inte anges.`;
  const few = withN.filter((s) => s.stability === "few");
  const ns = withN.map((s) => s.n as number);
  const span = `${formatCount(Math.min(...ns))}–${formatCount(Math.max(...ns))}`;
  const base = `${name}: ${withN.length === 1 ? formatCount(ns[0]) : span} avslutade deltagare per år`;
  if (few.length === 0) return `${base}.`;
  return `${base}; färre än ${formatCount(FEW_PARTICIPANTS)} år ${formatList(few.map((s) => formatYear(s.year)))}, då andelen är osäker.`;
}

// ---- audit figures beside Kolada ------------------------------------------------------------

/** report_figures.arrow columns read here. */
export interface ReportFigureRow {
  report: string;
  id: string;
  table: string | null;
  indicator: string;
  kpi: string | null;
  unit: string;
  area: string;
  area_id: string | null;
  year: number;
  value: number | null;
  printed: string;
  kind: string;
  line_from: number;
  line_to: number;
  note: string | null;
}

/** report_vs_kolada.arrow columns read here. */
export interface CrossCheckArrowRow {
  report: string;
  figure_id: string;
  kolada_value: number | null;
  status: string;
}

export type OverlayStatus = "matches" | "revised" | "not_in_snapshot" | "other_source";

export interface OverlayPoint {
  report: string;
  /** Figure ids ("F82", or "F03+F04" for a sum of two printed figures). */
  figures: string;
  /** Kolada id of the area, when the printed area has one. */
  area: string | null;
  /** The area as the report prints it. */
  areaPrinted: string;
  year: number;
  value: number;
  /** How the report printed it ("42", "17 procent + tre procent"). */
  printed: string;
  status: OverlayStatus;
  koladaValue: number | null;
  lines: [number, number][];
  /** Where the figure came from, when not Kolada ("nämndens årsbokslut"). */
  note: string | null;
}

/** Short Swedish status words (legend, labels). */
export const OVERLAY_STATUS_LABELS: Readonly<Record<OverlayStatus, string>> = {
  matches: "stämmer med Kolada",
  revised: "avviker från Kolada i dag",
  not_in_snapshot: "kan inte kontrolleras: Kolada-värdet saknas i ögonblicksbilden",
  other_source: "annan källa än Kolada: kan inte kontrolleras"
};

/**
 * The printed figures of `kpi` (kinds observed/count) from the given table(s) with their status in
 * report_vs_kolada. A figure with a KPI but no cross-check row is an error: the loaders disagree.
 */
export function overlayFromCrossCheck(
  figures: readonly ReportFigureRow[],
  checks: readonly CrossCheckArrowRow[],
  select: {report: string; kpi: string; tables?: readonly string[]}
): OverlayPoint[] {
  return figures
    .filter((f) => f.report === select.report && f.kpi === select.kpi && f.value !== null && (f.kind === "observed" || f.kind === "count"))
    .filter((f) => select.tables === undefined || (f.table !== null && select.tables.includes(f.table)))
    .map((f) => {
      const check = checks.find((c) => c.report === f.report && c.figure_id === f.id);
      if (!check) throw new Error(`overlayFromCrossCheck: figure ${f.report}#${f.id} has no row in report_vs_kolada`);
      if (!["matches", "revised", "not_in_snapshot"].includes(check.status)) throw new Error(`overlayFromCrossCheck: unknown status "${check.status}" for ${f.report}#${f.id}`);
      return {
        report: f.report,
        figures: f.id,
        area: f.area_id,
        areaPrinted: f.area,
        year: f.year,
        value: f.value as number,
        printed: f.printed,
        status: check.status as OverlayStatus,
        koladaValue: check.kolada_value,
        lines: [[f.line_from, f.line_to]],
        note: null
      };
    });
}

/**
 * A sum of printed shares from another source than Kolada (Alingsås 2023: "17 procent" arbete +
 * "tre procent" studier, from the nämnd's årsbokslut), as one point beside U40455 (arbete eller
 * studier). The sum is our own; the parts and their lines are kept. Status "other_source".
 */
export function overlayFromOtherSource(figures: readonly ReportFigureRow[], select: {report: string; ids: readonly string[]; note: string}): OverlayPoint | null {
  const parts = select.ids.map((id) => figures.find((f) => f.report === select.report && f.id === id));
  const found = parts.filter((p): p is ReportFigureRow => p !== undefined);
  if (found.length !== select.ids.length) {
    const missing = select.ids.filter((id, i) => parts[i] === undefined);
    throw new Error(`overlayFromOtherSource: ${select.report} has no figure ${missing.join(", ")}`);
  }
  if (found.some((p) => p.value === null)) return null;
  const years = new Set(found.map((p) => p.year));
  const areas = new Set(found.map((p) => p.area_id));
  if (years.size !== 1 || areas.size !== 1) throw new Error(`overlayFromOtherSource: figures ${select.ids.join(", ")} of ${select.report} are not for one area and year`);
  return {
    report: select.report,
    figures: select.ids.join("+"),
    area: found[0].area_id,
    areaPrinted: found[0].area,
    year: found[0].year,
    value: found.reduce((s, p) => s + (p.value as number), 0),
    printed: found.map((p) => p.printed).join(" + "),
    status: "other_source",
    koladaValue: null,
    lines: found.map((p) => [p.line_from, p.line_to] as [number, number]),
    note: select.note
  };
}

/** A sentence for one overlay point: "Östersund 2019: rapporten 42 %, Kolada i dag 41,9 % – stämmer med Kolada." */
export function overlaySentence(p: OverlayPoint, kolada: number | null, name: string, unit: Unit = "procent"): string {
  const head = `${name} ${formatYear(p.year)}: rapporten ${formatByUnit(p.value, unit)}`;
  const k = kolada ?? p.koladaValue;
  const koladaText = isMissing(k) ? "Kolada-värde saknas i ögonblicksbilden" : `Kolada i dag ${formatByUnit(k, unit, {maxDecimals: 1})}`;
  switch (p.status) {
    case "matches":
      return `${head}, ${koladaText} – stämmer på rapportens precision.`;
    case "revised":
      return `${head}, ${koladaText} – avviker (${formatDifference((k as number) - p.value, unit)}); Kolada kan ha reviderat värdet.`;
    case "not_in_snapshot":
      return `${head}; ${koladaText}, så siffran kan inte kontrolleras ännu.`;
    case "other_source":
      return `${head} (${p.printed}${p.note ? `, ${p.note}` : ""}); ${koladaText === "Kolada-värde saknas i ögonblicksbilden" ? "Koladas värde saknas" : koladaText}. Annan källa och möjligen annan definition, så siffrorna kontrolleras inte mot varandra.`;
  }
}
