// Sentences of the page Resultat vid avslut, from the served rows: how much a kommun's share swings
// within the reader's years, the participant counts behind it, one share with its interval, a
// kommun's place among all kommuner, and an audit figure beside Kolada. Missing values are said to
// be missing, never shown as 0.
import {NBSP, formatByUnit, formatCount, formatNumber, formatYear, isMissing, type Unit} from "../../kit/format.js";
import {formatList, MISSING_HERE} from "../../kit/wording.js";
import type {OverlayPoint} from "../../kit/auditOverlay.js";
import {formatDifference, type SeriesPoint} from "../sentences.js";
import {RESULTAT} from "../../../model/pages/resultat.js";
import type {RowOf} from "../../../model/table.js";
import type {kpiRanks} from "../../../model/tables/ranks.js";
import type {resultShares} from "../../../model/tables/results.js";
import {FEW_PARTICIPANTS, type Direction} from "../../../model/vocabulary.js";

type ShareRow = Pick<RowOf<typeof resultShares>, "period" | "share" | "participants" | "lower" | "upper" | "few_participants">;

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
 * "Alvesta: mellan 12 % (2020) och 58 % (2016); största förändringen mellan två år i följd var
 * −32 procentenheter (2022–2023)." Null when there is nothing to compare.
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

/** The participant counts behind the shares (result_shares rows of one kommun), said per kommun, with the few-participants warning. */
export function countSentence(name: string, shares: readonly ShareRow[]): string {
  const withN = shares.filter((s): s is ShareRow & {participants: number} => !isMissing(s.participants));
  if (withN.length === 0)
    return `${name}: antalet avslutade deltagare (${RESULTAT.participants}) ${MISSING_HERE} för de valda åren, så osäkerheten i andelen kan inte anges.`;
  const few = withN.filter((s) => s.few_participants === true);
  const ns = withN.map((s) => s.participants);
  const span = `${formatCount(Math.min(...ns))}–${formatCount(Math.max(...ns))}`;
  const base = `${name}: ${withN.length === 1 ? formatCount(ns[0]) : span} avslutade deltagare per år`;
  if (few.length === 0) return `${base}.`;
  return `${base}; färre än ${formatCount(FEW_PARTICIPANTS)} år ${formatList(few.map((s) => formatYear(s.period)))}, då andelen är osäker.`;
}

/**
 * One share with its 95 % interval and the number it rests on (a result_shares row), with the
 * few-participants warning: "Alvesta 2019: 12 % av 25 deltagare (95 % konfidensintervall 4,2–30 %).
 * Få deltagare: …". A missing share or count is said, not guessed.
 */
export function shareIntervalSentence(name: string, s: ShareRow): string {
  const head = `${name} ${formatYear(s.period)}`;
  if (isMissing(s.share)) return `${head}: uppgift ${MISSING_HERE}.`;
  const share = formatByUnit(s.share, "procent");
  if (isMissing(s.participants)) return `${head}: ${share}; antalet deltagare saknas, så osäkerheten kan inte anges.`;
  if (s.lower === null || s.upper === null) return `${head}: ${share}, men inga deltagare avslutades enligt Kolada.`;
  const range = `${formatNumber(s.lower, {maxDecimals: 1})}–${formatByUnit(s.upper, "procent", {maxDecimals: 1})}`;
  const text = `${head}: ${share} av ${formatCount(s.participants)} deltagare (95${NBSP}% konfidensintervall ${range}).`;
  return s.few_participants ? `${text} Få deltagare (färre än ${formatCount(FEW_PARTICIPANTS)}): andelen är osäker och kan svänga mycket mellan år.` : text;
}

/** How a ranking's place 1 is described. */
export function rankOrderText(direction: Direction): string {
  switch (direction) {
    case "higher":
      return "plats 1 har det högsta värdet, vilket är bäst";
    case "lower":
      return "plats 1 har det lägsta värdet, vilket är bäst";
    case "neutral":
      return "plats 1 har det högsta värdet";
  }
}

type RankRow = Pick<RowOf<typeof kpiRanks>, "municipality" | "rank" | "tied_with" | "percentile" | "kommuner" | "missing" | "direction">;

/**
 * A kommun's place in one year's ranking (the kpi_ranks rows of that KPI, year and kön): "2022 hade
 * Alvesta plats 12 av 287 kommuner med värde (plats 1 har det högsta värdet, vilket är bäst),
 * percentil 96. 3 kommuner saknar värde det året." Ties say "delad plats"; a kommun without a value
 * is said to be outside the ranking.
 */
export function rankSentence(input: {id: string; name: string; year: number; rows: readonly RankRow[]}): string {
  const {rows, year, name} = input;
  const ranked = rows.filter((r) => r.rank !== null).length;
  const missingCount = rows[0]?.missing ?? 0;
  const missingText = missingCount === 0 ? "" : ` ${formatCount(missingCount)} ${missingCount === 1 ? "kommun saknar" : "kommuner saknar"} värde det året.`;
  const of = `${formatCount(ranked)} kommuner med värde`;
  const entry = rows.find((r) => r.municipality === input.id && r.rank !== null);
  if (!entry) {
    if (ranked === 0) return `Ingen kommun har värde för ${formatYear(year)}, så någon rangordning finns inte.`;
    return `${name} saknar värde för ${formatYear(year)} och ingår inte i rangordningen av ${of}.${missingText}`;
  }
  const tied = entry.tied_with ?? 1;
  const place =
    tied > 1
      ? `delad plats ${formatCount(entry.rank)} (med ${formatCount(tied - 1)} ${tied === 2 ? "annan kommun" : "andra kommuner"})`
      : `plats ${formatCount(entry.rank)}`;
  return `${formatYear(year)} hade ${name} ${place} av ${of} (${rankOrderText(entry.direction as Direction)}), percentil ${formatNumber(entry.percentile, {maxDecimals: 0})}.${missingText}`;
}

/** A sentence for one audit figure beside Kolada: "Östersund 2019: rapporten 42 %, Kolada i dag 41,9 % – stämmer på rapportens precision." */
export function overlaySentence(p: OverlayPoint, name: string, unit: Unit = "procent"): string {
  const head = `${name} ${formatYear(p.year)}: rapporten ${formatByUnit(p.value, unit)}`;
  const k = p.koladaValue;
  const koladaText = isMissing(k) ? "Kolada-värde saknas i ögonblicksbilden" : `Kolada i dag ${formatByUnit(k, unit, {maxDecimals: 1})}`;
  switch (p.status) {
    case "matches":
      return `${head}, ${koladaText} – stämmer på rapportens precision.`;
    case "revised":
      return `${head}, ${koladaText} – avviker (${formatDifference((k as number) - p.value, unit)}); Kolada kan ha reviderat värdet.`;
    case "not_in_snapshot":
      return `${head}; ${koladaText}, så siffran kan inte kontrolleras ännu.`;
    case "other_source":
      return `${head} (${p.printed}${p.note ? `, ${p.note}` : ""}); ${isMissing(k) ? "Koladas värde saknas" : koladaText}. Annan källa och möjligen annan definition, så siffrorna kontrolleras inte mot varandra.`;
  }
}
