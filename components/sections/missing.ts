// Missing-data reporting: which selected kommuner lack a value in which years, said in one
// Swedish sentence ("Uppgift saknas i Kolada för Alvesta 2019–2021 och Östersund 2023."), plus the
// sentence that a data refresh fills in what Kolada has published.
import {formatList, formatYearRange, isMissing} from "../kit/format.js";

/** A Kolada-like row (kolada.arrow rows fit). */
export interface MissingInputRow {
  municipality: string;
  period: number;
  value: number | null;
  kpi?: string;
  gender?: string;
}

export interface MissingEntry {
  id: string;
  name: string;
  /** Years without a value (no row, or a row whose value is null), ascending. */
  years: number[];
}

export interface FindMissingOptions {
  /** Areas to check, in the order the sentence should name them. */
  areas: readonly {id: string; name: string}[];
  /** Years to check (e.g. stateYears(state), or publishedYears(rows) to skip years nobody has yet). */
  years: readonly number[];
  /** Only rows of this KPI (when rows carry a kpi). */
  kpi?: string;
  /** Only rows of this gender (default "T", when rows carry one). */
  gender?: string;
}

/** The areas × years without a value. Areas with every year present are left out. */
export function findMissing(rows: readonly MissingInputRow[], options: FindMissingOptions): MissingEntry[] {
  const gender = options.gender ?? "T";
  const present = new Set<string>();
  for (const r of rows) {
    if (options.kpi !== undefined && r.kpi !== undefined && r.kpi !== options.kpi) continue;
    if (r.gender !== undefined && r.gender !== gender) continue;
    if (!isMissing(r.value)) present.add(`${r.municipality}|${r.period}`);
  }
  const years = [...new Set(options.years)].sort((a, b) => a - b);
  return options.areas.map((a) => ({id: a.id, name: a.name, years: years.filter((y) => !present.has(`${a.id}|${y}`))})).filter((e) => e.years.length > 0);
}

/** Years in which at least one row has a value (what Kolada has published for the KPI so far). */
export function publishedYears(rows: readonly MissingInputRow[], options: {kpi?: string; gender?: string} = {}): number[] {
  const gender = options.gender ?? "T";
  const years = new Set<number>();
  for (const r of rows) {
    if (options.kpi !== undefined && r.kpi !== undefined && r.kpi !== options.kpi) continue;
    if (r.gender !== undefined && r.gender !== gender) continue;
    if (!isMissing(r.value)) years.add(r.period);
  }
  return [...years].sort((a, b) => a - b);
}

/** Consecutive runs: [2016, 2019, 2020, 2021] → [[2016, 2016], [2019, 2021]]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}

/** Years as text: [2016, 2019, 2020, 2021] → "2016 och 2019–2021"; three or more runs use commas. */
export function formatYears(years: readonly number[]): string {
  return formatList(yearRuns(years).map(([a, b]) => formatYearRange(a, b)));
}

/**
 * "Uppgift saknas i Kolada för Alvesta 2019–2021 och Östersund 2023." Kommuner that lack the same
 * years are named together ("… för Vänersborg och Alingsås 2023.") when all entries share them.
 * `what` (a KPI label) is put first: "Resultat vid avslut: uppgift saknas i Kolada för …".
 * Null when nothing is missing.
 */
export function missingSentence(entries: readonly MissingEntry[], options: {what?: string} = {}): string | null {
  if (entries.length === 0) return null;
  const sameYears = entries.every((e) => e.years.join() === entries[0].years.join());
  // With several kommuner, a kommun's year runs are joined by commas only, so that "och" separates kommuner.
  const years = (e: MissingEntry) =>
    entries.length > 1
      ? yearRuns(e.years)
          .map(([a, b]) => formatYearRange(a, b))
          .join(", ")
      : formatYears(e.years);
  const body =
    sameYears && entries.length > 1
      ? `${formatList(entries.map((e) => e.name))} ${years(entries[0])}`
      : formatList(entries.map((e) => `${e.name} ${years(e)}`));
  const lead = options.what ? `${options.what}: uppgift saknas` : "Uppgift saknas";
  return `${lead} i Kolada för ${body}.`;
}

/** What a data refresh does about the gaps (said once per page or section where something is missing). */
export const REFRESH_SENTENCE =
  "Den inbäddade ögonblicksbilden av Kolada är ofullständig: en datauppdatering från Kolada fyller i de värden som Kolada har publicerat. " +
  "Värden som Kolada inte har förblir tomma och visas aldrig som noll.";

/** REFRESH_SENTENCE when anything is missing, otherwise null. */
export function refreshSentence(entries: readonly MissingEntry[]): string | null {
  return entries.length > 0 ? REFRESH_SENTENCE : null;
}

/** Both sentences in one paragraph text, or null when nothing is missing. */
export function missingText(entries: readonly MissingEntry[], options: {what?: string} = {}): string | null {
  const sentence = missingSentence(entries, options);
  return sentence === null ? null : `${sentence} ${REFRESH_SENTENCE}`;
}

/**
 * What one section lacks, as facts rather than a sentence (for a page-level notice): the KPIs, the
 * kön, the areas × years without a value, and the years not published yet.
 */
export interface MissingFacts {
  /** The KPIs that lack values for these areas and years (all of them: e.g. the A–E categories together). */
  kpis: readonly string[];
  gender: string;
  entries: MissingEntry[];
  /** Years of the reader's range after the latest year Kolada has published (not missing: not out yet). */
  notPublished?: number[];
  /** True when the snapshot has no value at all for the KPI and kön. */
  nonePublished?: boolean;
}

/** What a page passes its section builders besides the data and the reader's choices. */
export interface SectionOptions {
  /** The width of the main column (Framework's `width`), for the charts. */
  width?: number;
}

/** A section builder's result: the element to display and its missing-data facts. */
export interface SectionView {
  element: HTMLElement;
  missing: MissingFacts[];
}
