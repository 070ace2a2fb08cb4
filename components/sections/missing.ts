// Missing-data reporting: which selected kommuner lack a value in which years, said in one short
// Swedish line per section ("Saknas i ögonblicksbilden: N40011 för Alvesta 2019–2021 och Östersund
// 2023."). What the snapshot holds and what a data refresh does is said once, at the top of the
// page (scripts/site/snapshotNotice.ts).
import {GENDER_LABELS, type Gender} from "../../model/vocabulary.js";
import {formatList, formatYearRange, formatYears, yearRuns} from "../kit/wording.js";
import {isMissing} from "../kit/format.js";

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

/**
 * The areas and their missing years: "Alvesta 2019–2021 och Östersund 2023", or "Vänersborg och
 * Alingsås 2023" when all share the same years. With several areas, an area's year runs are joined
 * by commas only, so that "och" separates areas. An entry without years lacks every year (just its name).
 */
export function missingPlaces(entries: readonly MissingEntry[]): string {
  const sameYears = entries.every((e) => e.years.join() === entries[0].years.join());
  const years = (e: MissingEntry) =>
    entries.length > 1
      ? yearRuns(e.years)
          .map(([a, b]) => formatYearRange(a, b))
          .join(", ")
      : formatYears(e.years);
  const named = (name: string, e: MissingEntry) => (e.years.length ? `${name} ${years(e)}` : name);
  return sameYears && entries.length > 1 ? named(formatList(entries.map((e) => e.name)), entries[0]) : formatList(entries.map((e) => named(e.name, e)));
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
  /** A name for the KPIs together, said instead of their ids ("fördelningen A–E"). */
  label?: string;
}

/** What a page passes its section builders besides the data and the reader's choices. */
export interface SectionOptions {
  /** The width of the main column (Framework's `width`), for the charts. */
  width?: number;
}

/**
 * A section's one line about what is missing for the reader's choices, from its facts: KPIs that
 * lack the same areas and years are named together, groups are separated by semicolons.
 * "Saknas i ögonblicksbilden: N40011 och N40008 för Vänersborg och Alvesta 2016–2025; U40800
 * (kvinnor) har inga värden alls." Null when nothing is missing. The page's notice at the top says
 * what the snapshot holds and what a refresh does; this line only names the gaps.
 */
export function missingLine(facts: readonly MissingFacts[]): string | null {
  const groups = new Map<string, {kpis: string[]; text: string}>();
  for (const f of facts) {
    const gender = f.gender !== "T" && GENDER_LABELS[f.gender as Gender] ? ` (${GENDER_LABELS[f.gender as Gender].toLowerCase()})` : "";
    const parts: string[] = [];
    if (f.nonePublished && f.entries.length === 0) parts.push("har inga värden alls");
    else if (f.entries.length > 0) parts.push(`för ${missingPlaces(f.entries)}`);
    if (f.notPublished?.length) parts.push(`${parts.length ? "," : "har"} ännu inga värden för ${formatYears(f.notPublished)}`);
    if (parts.length === 0) continue;
    const text = `${gender} ${parts.join(" ")}`.replace(/ ,/g, ",");
    const group = groups.get(text) ?? {kpis: [], text};
    const names = f.label ? [f.label] : f.kpis;
    group.kpis.push(...names.filter((k) => !group.kpis.includes(k)));
    groups.set(text, group);
  }
  if (groups.size === 0) return null;
  return `Saknas i ögonblicksbilden: ${[...groups.values()].map((g) => `${formatList(g.kpis)}${g.text}`).join("; ")}.`;
}
