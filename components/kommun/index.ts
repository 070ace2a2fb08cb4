// The kommun index (/kommun/), drawn at build time: a plain list of every kommun's page in Swedish
// order (what works without script, and the map's accessible alternative), a search field over it
// (shown and wired by the page's script, components/pages/kommunIndex.ts), and a map of Sweden
// coloured by the latest year's value of the headline KPI, each kommun a link to its page.
import {el, getDocument} from "../kit/chartKit.js";
import {formatByUnit, formatYear, type Unit} from "../kit/format.js";
import type {KommunIndexEntry} from "../../model/pages/kommun.js";
import {SNAPSHOT_LACKS} from "./sentences.js";
import {searchKey} from "../kit/wording.js";

const SV = new Intl.Collator("sv");

/** The search field (hidden until the page's script wires it) and the list of every kommun's page. */
export function kommunList(entries: readonly KommunIndexEntry[]): HTMLElement {
  const doc = getDocument();
  const wrap = el(doc, "div", "kommun-index");
  const search = el(doc, "div", "kommun-search no-print");
  search.hidden = true;
  const label = el(doc, "label", undefined, "Sök kommun");
  label.htmlFor = "kommun-sok";
  const input = el(doc, "input");
  input.id = "kommun-sok";
  input.type = "search";
  input.autocomplete = "off";
  input.setAttribute("aria-controls", "kommun-lista");
  input.setAttribute("aria-describedby", "kommun-antal");
  const count = el(doc, "p", "kommun-count");
  count.id = "kommun-antal";
  count.setAttribute("aria-live", "polite");
  search.append(label, input, count);
  const list = el(doc, "ul", "kommun-list");
  list.id = "kommun-lista";
  list.setAttribute("aria-label", `Alla ${entries.length} kommuner`);
  for (const e of [...entries].sort((a, b) => SV.compare(a.name, b.name))) {
    const li = el(doc, "li");
    li.dataset.key = searchKey(e.name);
    const a = el(doc, "a", undefined, e.name);
    a.href = `./${e.id}`;
    li.append(a);
    list.append(li);
  }
  wrap.append(search, list);
  return wrap;
}

/** A colour-blind-safe sequential scale (viridis, five steps, light to dark) and the mark of a missing value. */
export const MAP_COLORS = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"] as const;

/** The class limits: the value's quintiles among the kommuner with a value, rounded to whole units. */
export function mapThresholds(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return [...new Set([0.2, 0.4, 0.6, 0.8].map((p) => Math.round(q(p))))];
}

export interface KommunMapOptions {
  year: number | null;
  label: string;
  unit: Unit;
  credit: string;
  /** the projected geometry (loaders/geo/kommuner.ts) */
  width: number;
  height: number;
  paths: readonly {id: string; d: string}[];
}

/** The map: one link per kommun with its name and value, a legend and the boundaries' credit line. */
export function kommunMap(entries: readonly KommunIndexEntry[], options: KommunMapOptions): HTMLElement {
  const doc = getDocument();
  const ns = "http://www.w3.org/2000/svg";
  const byId = new Map(entries.map((e) => [e.id, e]));
  const values = entries.filter((e) => e.value !== null).map((e) => e.value!);
  const limits = mapThresholds(values);
  const colorOf = (v: number) => MAP_COLORS[limits.filter((t) => v >= t).length];
  const fmt = (v: number) => formatByUnit(v, options.unit);
  const year = options.year === null ? "" : formatYear(options.year);
  const figure = el(doc, "figure", "kommun-map");
  figure.append(el(doc, "figcaption", undefined, `${options.label}, ${year}: kommunerna på kartan`));
  const svg = doc.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${options.width} ${options.height}`);
  svg.setAttribute("width", String(options.width));
  svg.setAttribute("height", String(options.height));
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", `Karta över Sveriges kommuner, färgade efter ${options.label.toLowerCase()} ${year}. Listan ovan leder till samma sidor.`);
  svg.setAttribute("class", "kommun-map-svg");
  const defs = doc.createElementNS(ns, "defs");
  const pattern = doc.createElementNS(ns, "pattern");
  for (const [k, v] of Object.entries({id: "kommun-saknar", width: "5", height: "5", patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)"}))
    pattern.setAttribute(k, v);
  const line = doc.createElementNS(ns, "line");
  for (const [k, v] of Object.entries({x1: "0", y1: "0", x2: "0", y2: "5", stroke: "#767676", "stroke-width": "1.5"})) line.setAttribute(k, v);
  pattern.append(line);
  defs.append(pattern);
  svg.append(defs);
  for (const p of options.paths) {
    const e = byId.get(p.id);
    if (!e) continue;
    const text = `${e.name}: ${e.value === null ? "saknar värde" : fmt(e.value)}`;
    const a = doc.createElementNS(ns, "a");
    a.setAttribute("href", `./${e.id}`);
    a.setAttribute("aria-label", text);
    const path = doc.createElementNS(ns, "path");
    path.setAttribute("d", p.d);
    path.setAttribute("fill", e.value === null ? "url(#kommun-saknar)" : colorOf(e.value));
    const title = doc.createElementNS(ns, "title");
    title.textContent = text;
    path.append(title);
    a.append(path);
    svg.append(a);
  }
  const box = el(doc, "div", "kommun-map-box");
  box.append(svg);
  const readout = el(doc, "p", "kommun-map-readout");
  readout.setAttribute("aria-hidden", "true");
  figure.append(readout, box);
  // The legend: each class's range, and "saknar värde" apart.
  const legend = el(doc, "ul", "kommun-map-legend");
  legend.setAttribute("aria-label", "Teckenförklaring");
  const bounds = [null, ...limits, null];
  for (let i = 0; i < bounds.length - 1; i++) {
    const [lo, hi] = [bounds[i], bounds[i + 1]];
    const text = lo === null ? `under ${fmt(hi!)}` : hi === null ? `${fmt(lo)} och mer` : `${fmt(lo)} till under ${fmt(hi)}`;
    const li = el(doc, "li");
    const sw = el(doc, "span", "kommun-swatch");
    sw.style.background = MAP_COLORS[i];
    li.append(sw, doc.createTextNode(text));
    legend.append(li);
  }
  const none = entries.filter((e) => e.value === null).length;
  const li = el(doc, "li", "kommun-legend-none");
  li.append(el(doc, "span", "kommun-swatch kommun-swatch-none"), doc.createTextNode(`saknar värde (${none} kommuner: värdet ${SNAPSHOT_LACKS})`));
  legend.append(li);
  figure.append(legend);
  // The map's values as a table (the list above links to the pages; this gives every value as text).
  const details = el(doc, "details", "kit-data");
  const table = el(doc, "table", "kommun-map-table");
  table.append(el(doc, "caption", undefined, `${options.label}, ${year}, per kommun`));
  const head = el(doc, "tr");
  for (const h of ["Kommun", options.unit === "procent" ? "Andel (%)" : "Värde"]) {
    const th = el(doc, "th", undefined, h);
    th.scope = "col";
    head.append(th);
  }
  const thead = el(doc, "thead");
  thead.append(head);
  const body = el(doc, "tbody");
  for (const e of [...entries].sort((a, b) => SV.compare(a.name, b.name))) {
    const tr = el(doc, "tr");
    tr.append(el(doc, "td", undefined, e.name), el(doc, "td", "num", e.value === null ? "saknar värde" : fmt(e.value)));
    body.append(tr);
  }
  table.append(thead, body);
  details.append(el(doc, "summary", undefined, "Visa värdena som tabell"), table);
  figure.append(details);
  figure.append(
    el(doc, "p", "source", `Källa: Kolada, värden ${year}. Klassgränserna delar kommunerna med värde i fem ungefär lika stora grupper. ${options.credit}.`)
  );
  return figure;
}
