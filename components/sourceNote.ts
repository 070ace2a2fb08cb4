// sourceNote: the credit line under every chart. "Källa: Kolada" with KPI ids and snapshot date
// for values shown as fetched; "Egen bearbetning av data från Kolada" for anything computed; the
// report and its line range for report figures; KPI definitions behind a <details> element.
import {formatDate, formatList} from "./format.js";
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
