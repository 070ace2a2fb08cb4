// sourceNote: the credit line under every chart. "Källa: Kolada" with KPI ids and snapshot date
// for values shown as fetched; "Egen bearbetning av data från Kolada" for anything computed; the
// report and its line range for report figures; KPI definitions behind a <details> element.
import {formatDate} from "./format.js";
import {formatList} from "./wording.js";
import {el, getDocument} from "./chartKit.js";

export interface KoladaSource {
  /** Kolada KPI ids shown ("U40455"). */
  kpis: readonly string[];
  /** Snapshot date (ISO "2026-03-15" or a Date), from data/kolada/manifest.json `fetched_at`. */
  fetchedAt?: string | Date | null;
  /** True when the chart shows values computed from Kolada (ranks, own averages, differences). */
  processed?: boolean;
}

export interface ReportSource {
  /** How the report is credited: "Östersunds kommun, revisionskontoret (2022)". */
  name: string;
  /** Line ranges in the report's source.txt, as [from, to] pairs or printed text ("193–212"). */
  lines?: readonly (readonly [number, number])[] | string;
  /** Where the report figure itself came from, if the report says ("Kolada"). */
  via?: string;
}

export interface KpiDefinition {
  id: string;
  title: string;
  /** Definition text (shown as text, never as HTML). */
  text: string;
}

export interface SourceNoteOptions {
  kolada?: KoladaSource;
  reports?: readonly ReportSource[];
  /** Other sources as plain text ("SCB, befolkningsstatistik"). */
  other?: readonly string[];
  /** KPI definitions, shown behind a disclosure element. */
  definitions?: readonly KpiDefinition[];
  /** A free note after the credit line ("Värden för 2023 är preliminära."). */
  note?: string;
  document?: Document;
}

function lineText(lines: ReportSource["lines"]): string {
  if (lines === undefined) return "";
  if (typeof lines === "string") return lines;
  const parts = lines.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const single = lines.length === 1 && lines[0][0] === lines[0][1];
  return `${single ? "rad" : "rader"} ${parts.join(", ")}`;
}

/** The credit line(s) as text, one string per source (also used in ARIA and tests). */
export function sourceLines(options: SourceNoteOptions): string[] {
  const out: string[] = [];
  const k = options.kolada;
  if (k) {
    const date = k.fetchedAt ? `, hämtat ${formatDate(k.fetchedAt)}` : "";
    const ids = k.kpis.length ? ` (${k.kpis.length === 1 ? "nyckeltal" : "nyckeltal"} ${formatList([...k.kpis])})` : "";
    out.push(k.processed ? `Egen bearbetning av data från Kolada${ids}${date}.` : `Källa: Kolada${ids}${date}.`);
  }
  for (const r of options.reports ?? []) {
    const lines = lineText(r.lines);
    out.push(`Källa: ${r.name}${lines ? `, ${lines}` : ""}${r.via ? `; siffrorna hämtade ur ${r.via} av granskarna` : ""}.`);
  }
  for (const o of options.other ?? []) out.push(`Källa: ${o}${/[.!?]$/.test(o) ? "" : "."}`);
  return out;
}

/** The source note element: credit lines, optional note, definitions behind <details>. */
export function sourceNote(options: SourceNoteOptions): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "kit-source");
  const lines = sourceLines(options);
  if (lines.length === 0) throw new Error("sourceNote: give at least one source (kolada, reports or other)");
  div.append(el(doc, "p", "source", lines.join(" ")));
  if (options.note) div.append(el(doc, "p", "kit-note", options.note));
  if (options.definitions?.length) {
    const details = el(doc, "details", "kit-definitions");
    details.append(el(doc, "summary", undefined, options.definitions.length === 1 ? "Definition av nyckeltalet" : "Definitioner av nyckeltalen"));
    const dl = el(doc, "dl");
    for (const d of options.definitions) dl.append(el(doc, "dt", undefined, `${d.title} (${d.id})`), el(doc, "dd", undefined, d.text));
    details.append(dl);
    div.append(details);
  }
  return div;
}

/** The columns of a report_summaries.arrow row that a credit line needs. */
export interface ReportMetaLike {
  kommun_name: string;
  title: string;
  auditor: string;
  /** The year of the report's date. */
  year: number;
}

/** Line ranges of report figures (report_figures.arrow rows), sorted, with overlapping or adjacent ranges merged. */
export function mergeLineRanges(rows: readonly {line_from: number; line_to: number}[]): [number, number][] {
  const sorted = rows.map((r) => [r.line_from, r.line_to] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * A ReportSource from a report's metadata and the figure rows a chart shows:
 * "Östersund, «Granskning av …», revisionskontoret (2022)" with the figures' line ranges.
 */
export function reportSource(meta: ReportMetaLike, figures: readonly {line_from: number; line_to: number}[], via?: string): ReportSource {
  if (figures.length === 0) throw new Error(`reportSource: no figure rows given for the report "${meta.title}"`);
  // A title in [brackets] is a description (the report prints none): shown without quotes.
  const described = /^\[.*\]$/.test(meta.title.trim());
  const title = described ? meta.title.trim().slice(1, -1) : `”${meta.title}”`;
  return {
    name: `${meta.kommun_name}, ${title}, ${meta.auditor} (${meta.year})`,
    lines: mergeLineRanges(figures),
    via
  };
}
