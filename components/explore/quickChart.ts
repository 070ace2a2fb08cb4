// The quick chart of a query's result: which chart fits the result's shape, a chooser to change
// the type or hide it, and PNG/SVG downloads as on the site's other charts (components/kit/download.ts).
// Shapes: (text series, year, value) draws one line per series (the site's trend chart); a year
// column and one or more number columns draw one line per column; a text column and a number
// column draw bars; two number columns draw a scatter.
import * as Plot from "@observablehq/plot";
import {AREA_NAMES} from "../../model/catalogue.js";
import {UNITS, type Unit} from "../../model/vocabulary.js";
import {download} from "../kit/download.js";
import {formatNumber, formatYear, MISSING_TEXT, unitLabel} from "../kit/format.js";
import {trendChart} from "../kit/trendChart.js";
import {withSwedishMarkLabels} from "../kit/plotA11y.js";
import type {QueryResult} from "./result.js";
import {detectTrendShape, isTrendShape} from "./shape.js";

export type ChartKind = "trend" | "lines" | "bars" | "scatter";

export const CHART_NAMES: Record<ChartKind, string> = {
  trend: "Linjer per serie",
  lines: "Linjer per kolumn",
  bars: "Stapeldiagram",
  scatter: "Punktdiagram"
};

/** Bars drawn at most (one per row). */
export const MAX_BARS = 60;

const YEAR_NAME = /^(year|period|år|ar)$/i;
const isYear = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100;
const AREA_IDS: ReadonlyMap<string, string> = new Map([...AREA_NAMES].map(([id, name]) => [name, id]));

interface Cols {
  numeric: number[];
  text: number[];
  year: number | null;
}

function columnsOf(r: QueryResult): Cols {
  const numeric = r.columns.flatMap((c, i) => (c.kind === "number" || c.kind === "integer" ? [i] : []));
  const text = r.columns.flatMap((c, i) => (c.kind === "text" ? [i] : []));
  const allYears = (i: number) => r.rows.length > 0 && r.rows.every((row) => row[i] === null || isYear(row[i]));
  const byName = numeric.filter((i) => YEAR_NAME.test(r.columns[i].name) && allYears(i));
  const byValue = numeric.filter(allYears);
  const year = byName.length === 1 ? byName[0] : byValue.length === 1 ? byValue[0] : null;
  return {numeric, text, year};
}

/** The chart types that fit a result, the best first. */
export function chartKinds(r: QueryResult): ChartKind[] {
  if (r.rows.length === 0) return [];
  const {numeric, text, year} = columnsOf(r);
  const kinds: ChartKind[] = [];
  if (isTrendShape(detectTrendShape(r))) kinds.push("trend");
  if (year !== null && numeric.length >= 2 && text.length === 0) kinds.push("lines");
  if (text.length >= 1 && numeric.length >= 1 && r.rows.length <= MAX_BARS) kinds.push("bars");
  if (numeric.filter((i) => i !== year).length >= 2 || (numeric.length >= 2 && year === null)) kinds.push("scatter");
  return kinds;
}

export interface QuickChartOptions {
  document?: Document;
  width?: number;
  /** The id of the grid holding the chart's numbers. */
  tableId?: string;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The chart of one kind (an element; Plot's SVG inside), or null when it does not fit. */
export function drawChart(r: QueryResult, kind: ChartKind, unit: Unit, width: number, doc: Document): Element | null {
  const {numeric, text, year} = columnsOf(r);
  const name = (i: number) => r.columns[i].name;
  if (kind === "trend") {
    const shape = detectTrendShape(r);
    if (!isTrendShape(shape)) return null;
    const data = r.rows
      .filter((row) => typeof row[shape.year] === "number")
      .map((row) => ({
        // a series named as the site names an area (a kommun, "Riket", …) is drawn in that area's style
        area: AREA_IDS.get(String(row[shape.series])),
        series: row[shape.series] === null ? MISSING_TEXT : String(row[shape.series]),
        year: row[shape.year] as number,
        value: num(row[shape.value])
      }));
    return trendChart(data, {unit, title: "Frågans resultat", width, document: doc});
  }
  if (kind === "lines") {
    if (year === null) return null;
    const data = numeric
      .filter((i) => i !== year)
      .flatMap((i) => r.rows.filter((row) => typeof row[year] === "number").map((row) => ({series: name(i), year: row[year] as number, value: num(row[i])})));
    return trendChart(data, {unit, title: "Frågans resultat", width, document: doc});
  }
  if (kind === "bars") {
    if (text.length === 0 || numeric.length === 0) return null;
    const [c, v] = [text[0], numeric.find((i) => i !== year) ?? numeric[0]];
    const data = r.rows.map((row, k) => ({label: row[c] === null ? MISSING_TEXT : `${String(row[c])}${text.length > 1 ? "" : ""}`, value: num(row[v]), k}));
    const labels = data.map((d) => d.label);
    const unique = new Set(labels).size === labels.length;
    const domain = unique ? labels : data.map((d) => `${d.k + 1}. ${d.label}`);
    const rows = data.map((d, i) => ({...d, label: domain[i]}));
    const left = Math.min(width * 0.45, 8 + 6.5 * Math.max(...domain.map((d) => d.length)));
    const chart = Plot.plot({
      width,
      height: Math.max(120, 22 * rows.length + 50),
      marginLeft: left,
      document: doc,
      ariaLabel: `Stapeldiagram: ${name(v)} per ${name(c)}, ${rows.length} staplar.`,
      x: {label: name(v), grid: true, tickFormat: (n: number) => formatNumber(n)},
      y: {label: null, domain},
      marks: [Plot.barX(rows, {x: "value", y: "label", fill: "#3a6ea5"}), Plot.ruleX([0])]
    });
    return withSwedishMarkLabels(chart);
  }
  const xs = numeric.filter((i) => i !== year);
  const [xi, yi] = xs.length >= 2 ? xs : numeric;
  if (xi === undefined || yi === undefined) return null;
  const data = r.rows.map((row) => ({x: num(row[xi]), y: num(row[yi])})).filter((d) => d.x !== null && d.y !== null);
  const chart = Plot.plot({
    width,
    height: Math.round(Math.min(480, width * 0.7)),
    marginLeft: 56,
    document: doc,
    ariaLabel: `Punktdiagram: ${name(yi)} mot ${name(xi)}, ${data.length} punkter${data.length < r.rows.length ? ` (${r.rows.length - data.length} rader saknar något av värdena)` : ""}.`,
    x: {label: name(xi), grid: true, tickFormat: (n: number) => (YEAR_NAME.test(name(xi)) ? formatYear(n) : formatNumber(n))},
    y: {label: name(yi), grid: true, tickFormat: (n: number) => formatNumber(n)},
    marks: [Plot.dot(data, {x: "x", y: "y", r: 3, fill: "#3a6ea5", fillOpacity: 0.7})]
  });
  return withSwedishMarkLabels(chart);
}

/** The quick chart with its chooser and downloads, or a note when no chart fits the result. */
export function quickChart(r: QueryResult, options: QuickChartOptions = {}): HTMLElement {
  const doc = options.document ?? document;
  const width = options.width ?? 640;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const root = el("div", {class: "explorer-quick-chart"});
  const kinds = chartKinds(r);
  if (kinds.length === 0) {
    root.append(
      el(
        "p",
        {class: "explorer-chart-note"},
        "Inget snabbdiagram: diagram ritas för en årskolumn med en eller flera talkolumner (linjer), en textkolumn och en talkolumn (staplar, högst 60 rader) eller två talkolumner (punkter)."
      )
    );
    return root;
  }
  const controls = el("p", {class: "explorer-chart-controls"});
  const kindSelect = el("select", {id: "explorer-chart-kind"});
  for (const k of kinds) kindSelect.append(el("option", {value: k}, CHART_NAMES[k]));
  kindSelect.append(el("option", {value: "none"}, "Inget diagram"));
  const unitSelect = el("select", {id: "explorer-unit"});
  for (const u of UNITS) unitSelect.append(el("option", {value: u}, unitLabel(u)));
  const shape = detectTrendShape(r);
  unitSelect.value = isTrendShape(shape) && shape.unit ? shape.unit : "kvot";
  const unitLabelEl = el("label", {for: "explorer-unit"}, "Enhet: ");
  controls.append(el("label", {for: "explorer-chart-kind"}, "Diagram: "), kindSelect, " ", unitLabelEl, unitSelect);
  // The chart's numbers are the result grid below it (data-table points screen readers and tests there).
  const figure = el("figure", {class: "explorer-chart", "data-table": options.tableId ?? ""});
  root.append(controls, figure);
  const draw = () => {
    const kind = kindSelect.value as ChartKind | "none";
    const lines = kind === "trend" || kind === "lines";
    unitLabelEl.hidden = !lines;
    unitSelect.hidden = !lines;
    if (kind === "none") {
      figure.replaceChildren();
      figure.hidden = true;
      return;
    }
    figure.hidden = false;
    const chart = drawChart(r, kind, unitSelect.value as Unit, width, doc);
    if (!chart) {
      figure.replaceChildren(el("p", {class: "explorer-chart-note"}, "Diagrammet passar inte resultatet."));
      return;
    }
    figure.replaceChildren(
      el("figcaption", {}, `Snabbdiagram över resultatet: ${CHART_NAMES[kind].toLowerCase()}`),
      chart,
      download(chart, {filename: "utforska-diagram", formats: ["png", "svg"], document: doc})
    );
  };
  kindSelect.addEventListener("change", draw);
  unitSelect.addEventListener("change", draw);
  draw();
  return root;
}
