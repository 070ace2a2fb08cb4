// Swedish wording: every rule the site follows when it writes Swedish, in one place, used by the
// pages, the sections, the audit views and the build's scripts. A section that needs a word form
// takes it from here rather than writing its own.
import {formatNumber, formatYear} from "./format.js";
import {kpiOf} from "../../model/catalogue.js";

/**
 * A name or label inside a sentence: "Alla kommuner (ovägt medel)" → "alla kommuner (ovägt medel)",
 * "Riket" → "riket", "Revisionskontoret" → "revisionskontoret". Only a first word written as an
 * ordinary capitalised word is lowered: "KPMG", "PwC" and "U40455" stay as they are. Kommun names
 * are proper nouns: a caller does not pass them here.
 */
export function inSentence(text: string): string {
  return /^\p{Lu}[\p{Ll}-]*(?![\p{L}\p{N}])/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Where a missing value is missing: in the site's snapshot of Kolada. The site says what the
 * snapshot lacks, never that Kolada lacks a value, unless a refresh found Kolada without it
 * (missingWhere).
 */
export const MISSING_HERE = "saknas i ögonblicksbilden";
/** What Kolada itself lacks: a value a refresh fetched and Kolada published without a value. */
export const MISSING_IN_KOLADA = "saknas i Kolada";

/**
 * The words for a missing value: "saknas i Kolada" when the snapshot holds the row without a value
 * (a refresh asked Kolada and got none), otherwise "saknas i ögonblicksbilden" (the snapshot does
 * not hold it: the seed, or a KPI not yet fetched for the area).
 */
export const missingWhere = (row: {value: number | null} | undefined): string => (row !== undefined && row.value === null ? MISSING_IN_KOLADA : MISSING_HERE);

/** A heading or a sentence's first word: "börjat arbeta" → "Börjat arbeta". */
export const sentenceStart = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The genitive of a name: "Vänersborgs", "Rikets", but "Alingsås" (a name ending in s, x or z takes no s). */
export const genitive = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`);

/** A count with its noun: "1 fråga", "3 frågor" (the number in Swedish format). */
export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** A list: ["a"] → "a", ["a", "b"] → "a och b", ["a", "b", "c"] → "a, b och c". */
export function formatList(items: readonly string[], conjunction = "och"): string {
  if (items.length === 0) return "";
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** A span of years: "2019–2023", or the single year when equal. */
export function formatYearRange(from: number, to: number): string {
  return from === to ? formatYear(from) : `${formatYear(from)}–${formatYear(to)}`;
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

/** Years with their gaps: [2016, 2019, 2020, 2021] → "2016 och 2019–2021"; three or more runs use commas. */
export function formatYears(years: readonly number[]): string {
  return formatList(yearRuns(years).map(([a, b]) => formatYearRange(a, b)));
}

/** A range of a source's lines: "12" or "12–14". */
export const lineRange = (from: number, to: number | null = from): string => (to === null || to === from ? `${from}` : `${from}–${to}`);

/** Lines named in a sentence: "rad 12", "rader 12–14"; empty without a line. */
export function linesText(from: number | null, to: number | null): string {
  if (from === null) return "";
  return to === null || to === from ? `rad ${from}` : `rader ${lineRange(from, to)}`;
}

/** Several ranges: "706–707, 502, 503". */
export const lineRanges = (ranges: readonly (readonly [number, number])[]): string => ranges.map(([a, b]) => lineRange(a, b)).join(", ");

/** What the site knows of an audit report when it names it. */
export interface ReportNaming {
  kommun_name: string;
  year: number;
}

/** A report named in each form the pages need. */
export const reportWords = {
  /** "Östersunds granskning 2022": in a heading or a sentence. */
  title: (m: ReportNaming): string => `${genitive(m.kommun_name)} granskning ${m.year}`,
  /** "Granskningen i Alingsås 2024": a sentence's subject. */
  subject: (m: ReportNaming): string => `Granskningen i ${m.kommun_name} ${m.year}`,
  /** "Vänersborgs rapport": what a quote's line references refer to. */
  document: (m: Pick<ReportNaming, "kommun_name">): string => `${genitive(m.kommun_name)} rapport`,
  /** "Östersunds kommun, revisionskontoret (2022)": the credit under a chart. */
  credit: (m: ReportNaming & {auditor: string}): string => `${genitive(m.kommun_name)} kommun, ${inSentence(m.auditor)} (${m.year})`,
  /** "Vänersborg 2022 (KPMG AB)", "Alvesta 2018 (granskaren namnges inte)": an audit in a list of audits. */
  auditor: (name: string, auditor: string, named: boolean): string => `${name} (${named ? auditor : "granskaren namnges inte"})`
};

/** A KPI's definition for a source note: Kolada's description where the snapshot has it, else Kolada's title (from the catalogue when the snapshot lacks the KPI). */
export function kpiDefinition(kpis: readonly {id: string; title: string; description: string | null}[], id: string): {id: string; title: string; text: string} {
  const meta = kpis.find((k) => k.id === id);
  return {id, title: kpiOf(id).label, text: meta?.description ?? `Koladas titel: ${meta?.title ?? kpiOf(id).title}.`};
}

/** A name as a search compares it: lower case, without diacritics or outer spaces ("Östersund" → "ostersund"). */
export const searchKey = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
