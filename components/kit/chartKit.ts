// Shared machinery of the charting kit: the table of plotted rows every chart carries, the
// empty-state element, names, and small DOM helpers. No global state.
import {formatByUnit, formatYear, type Unit} from "./format.js";
import {areaName} from "../../model/catalogue.js";
import {inSentence} from "./wording.js";

/** How a column is formatted: free text, a year, or a value in one of the site's units. */
export type ColumnKind = "text" | "year" | Unit;

export interface TableColumn {
  /** Key into each row. */
  key: string;
  /** Swedish header text (also the CSV header). */
  label: string;
  kind: ColumnKind;
}

export type TableCell = string | number | null;
export type TableRow = Record<string, TableCell>;

/** The rows a chart plots, with Swedish column headers: what the data table and CSV show. */
export interface ChartTable {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/** Names for Kolada ids: a record or a Map (e.g. built from catalogue.json). */
export type AreaNames = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

export function nameOf(id: string, names?: AreaNames): string {
  const n = names instanceof Map ? names.get(id) : names ? (names as Record<string, string>)[id] : undefined;
  return n ?? areaName(id);
}

/** Attach the plotted rows to a chart element (non-enumerable property `chartTable`). */
export function attachTable<E extends Element>(el: E, table: ChartTable): E {
  Object.defineProperty(el, "chartTable", {value: table, enumerable: false, configurable: true});
  return el;
}

/** The plotted rows a kit chart carries, or undefined for an element not made by the kit. */
export function tableOf(el: Element): ChartTable | undefined {
  return (el as Element & {chartTable?: ChartTable}).chartTable;
}

export function getDocument(doc?: Document): Document {
  if (doc) return doc;
  if (typeof document === "undefined") throw new Error("charting kit: no global document; pass the `document` option");
  return document;
}

/** An explicit Swedish empty-state message (class "chart-empty"), carrying an empty table. */
export function emptyState(doc: Document, message: string, caption = ""): HTMLParagraphElement {
  const p = doc.createElement("p");
  p.className = "chart-empty";
  p.setAttribute("role", "note");
  p.textContent = message;
  return attachTable(p, {caption, columns: [], rows: []});
}

/** Create an element with text content (never innerHTML). */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A horizontally scrollable wrapper for a wide table, reachable by keyboard (focusable, named region). */
export function scrollRegion(doc: Document, className: string, label: string): HTMLDivElement {
  const div = el(doc, "div", className);
  div.setAttribute("role", "region");
  div.setAttribute("aria-label", label);
  div.tabIndex = 0;
  return div;
}

/** Format one table cell for display. */
export function formatCell(value: TableCell, kind: ColumnKind): string {
  if (kind === "text") return value === null ? "–" : String(value);
  if (kind === "year") return typeof value === "number" ? formatYear(value) : value === null ? "–" : String(value);
  return typeof value === "number" || value === null ? formatByUnit(value, kind) : String(value);
}

/** Header text with the unit, for tables and CSV: "Värde (kr/inv)". */
export function columnHeader(col: TableColumn): string {
  if (col.kind === "text" || col.kind === "year") return col.label;
  const unit = col.kind === "procent" ? "%" : col.kind;
  return col.label.includes(`(${unit})`) ? col.label : `${col.label} (${unit})`;
}

/** Ids in `wanted` that have no row at all in `present` (unknown kommuner or groups). */
export function unknownIds(wanted: readonly string[] | undefined, present: Iterable<string>): string[] {
  if (!wanted) return [];
  const set = new Set(present);
  return wanted.filter((id) => !set.has(id));
}

export function unknownMessage(ids: readonly string[]): string {
  return `Okänd kommun eller jämförelsegrupp: ${ids.join(", ")}. Det finns inga uppgifter om ${ids.length === 1 ? "den" : "dem"} i underlaget, så inget diagram visas.`;
}

/**
 * What a chart of areas says instead of drawing: no rows at all, or areas asked for that the rows
 * do not have. Null when there is something to draw; the chart then draws the rows of `keys`.
 */
export function areaDataState<T>(
  doc: Document,
  rows: readonly T[],
  areaOf: (row: T) => string,
  wanted: readonly string[] | undefined,
  title: string,
  caption = title
): {state: HTMLElement; keys?: undefined} | {state: null; keys: string[]} {
  if (rows.length === 0) return {state: emptyState(doc, `Inga uppgifter att visa för ${inSentence(title)}.`, caption)};
  const present = rows.map(areaOf);
  const unknown = unknownIds(wanted, present);
  if (unknown.length) return {state: emptyState(doc, unknownMessage(unknown), caption)};
  return {state: null, keys: wanted ? [...wanted] : Array.from(new Set(present))};
}

/** Pixel width estimate of a label at ~12px system font. */
export function textWidth(text: string, px = 12): number {
  return Math.ceil(text.length * px * 0.58);
}

/**
 * The years to label on an axis `plotWidth` px wide: every year while labels stay at least
 * `minSpacing` px apart, else every second, third … year counted from the first. At 375 px, ten
 * years labelled one by one ran together ("20162017…").
 */
export function yearTicks(years: readonly number[], plotWidth: number, minSpacing = 40): number[] {
  if (years.length < 2) return [...years];
  const perYear = plotWidth / (years[years.length - 1] - years[0]);
  const step = Math.max(1, Math.ceil(minSpacing / perYear));
  return years.filter((y) => (y - years[0]) % step === 0);
}
