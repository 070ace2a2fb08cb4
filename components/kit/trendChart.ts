// trendChart: one line per kommun over the years, reference series (Alla kommuner ovägt medel,
// size group, Riket) in neutral dashed lines, direct labels at the line ends (or a legend when
// narrow), a missing year is a gap (never a zero), optional interval band.
import * as Plot from "@observablehq/plot";
import {formatList, formatYearRange, inSentence} from "./wording.js";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {formatByUnit, formatYear, isMissing, tickFormat, unitLabel, type Unit} from "./format.js";
import {seriesStyle, type SeriesStyle} from "./colors.js";
import {areaDataState, attachTable, el, emptyState, getDocument, nameOf, textWidth, yearTicks, type AreaNames, type ChartTable} from "./chartKit.js";

export interface TrendPoint {
  /** Kolada id of the kommun or group (drives colour and dash); optional for older callers. */
  area?: string;
  /** Display name; defaults to the name of `area`. One of `area` or `series` is required. */
  series?: string;
  year: number;
  value: number | null;
  /** Optional interval (same unit as value), drawn as a band when `band` is true. */
  low?: number | null;
  high?: number | null;
}

export interface TrendChartOptions {
  /** What is measured, used in the ARIA label ("Nettokostnad arbetsmarknadsåtgärder"). */
  title: string;
  unit: Unit;
  width?: number;
  height?: number;
  /** Series keys (area ids or series names) to draw, in this order; default: all in data. */
  areas?: readonly string[];
  /** Names for area ids (default: the four kommuner, G2328, Riket, else the id). */
  names?: AreaNames;
  /** Draw the low–high interval as a band (for shares with a known denominator). */
  band?: boolean;
  /** "direct": labels at the line ends; "legend": a legend above; "auto" (default): direct if width ≥ 480. */
  labels?: "direct" | "legend" | "auto";
  /** Include zero in the y domain (default true). */
  zero?: boolean;
  /** Text for the band in the description ("95 % konfidensintervall"). */
  bandLabel?: string;
  /** A series' own style by its key, instead of the one its area id implies (colors.ts seriesStyle). */
  styles?: Readonly<Record<string, SeriesStyle>>;
  document?: Document;
}

interface Series {
  key: string;
  name: string;
  style: SeriesStyle;
  points: TrendPoint[];
}

const keyOf = (d: TrendPoint): string => d.area ?? d.series ?? "";
/** A series' last point with a value (its points are in year order), or undefined. */
const lastWithValue = (s: Series): TrendPoint | undefined => [...s.points].reverse().find((d) => !isMissing(d.value));
/** Room for the y axis's tick labels. */
const MARGIN_LEFT = 56;

/** A line chart of `data`, or an explicit empty-state message when there is nothing to draw. */
export function trendChart(data: readonly TrendPoint[], options: TrendChartOptions): Element {
  const doc = getDocument(options.document);
  const title = options.title;
  for (const d of data) {
    if (d.area === undefined && d.series === undefined) throw new Error(`trendChart: a data row has neither "area" nor "series" (year ${d.year})`);
  }
  const {state, keys} = areaDataState(doc, data, keyOf, options.areas, title);
  if (state) return state;
  const rows = data.filter((d) => keys.includes(keyOf(d)));
  const present = rows.filter((d) => !isMissing(d.value));
  if (present.length === 0) return emptyState(doc, `Inga värden att visa för ${inSentence(title)}: alla värden saknas.`, title);

  const series: Series[] = keys.map((key) => {
    const points = rows.filter((d) => keyOf(d) === key).sort((a, b) => a.year - b.year);
    const name = points.find((p) => p.series)?.series ?? nameOf(key, options.names);
    return {key, name, style: options.styles?.[key] ?? seriesStyle(points[0]?.area), points};
  });
  const years = Array.from(new Set(rows.map((d) => d.year))).sort((a, b) => a - b);
  const [y0, y1] = [years[0], years[years.length - 1]];
  const width = options.width ?? 640;
  const mode = options.labels === "legend" || (options.labels !== "direct" && width < 480) ? "legend" : "direct";
  const names = series.map((s) => s.name);
  const marginRight =
    mode === "direct" ? Math.min(Math.round(width * 0.4), Math.max(...names.flatMap((n) => wrapLabel(n).map((l) => textWidth(l, 12.5)))) + 40) : 20;
  const withBand = options.band === true && rows.some((d) => !isMissing(d.low) && !isMissing(d.high));
  const fmt = (v: number | null | undefined) => formatByUnit(v ?? null, options.unit);

  // One mark per kind of line rather than per series: Plot's time grows with the number of marks,
  // and this chart is often the first thing a page draws. Colours and symbols are the series'
  // own (identity scales); a dash pattern is a mark option, so lines are grouped by it.
  const styleOf = new Map(series.map((s) => [s.key, s.style]));
  const style = (d: TrendPoint) => styleOf.get(keyOf(d))!;
  const nameOfKey = new Map(series.map((s) => [s.key, s.name]));
  const ordered = series.flatMap((s) => s.points);
  const marks: Plot.Markish[] = [];
  if (options.zero !== false) marks.push(Plot.ruleY([0]));
  if (withBand) {
    const band = ordered.filter((d) => !isMissing(d.low) && !isMissing(d.high));
    marks.push(Plot.areaY(band, {x: "year", y1: "low", y2: "high", z: keyOf, fill: (d: TrendPoint) => style(d).color, fillOpacity: 0.15}));
  }
  for (const dash of new Set(series.map((s) => s.style.dash))) {
    const keys = new Set(series.filter((s) => s.style.dash === dash).map((s) => s.key));
    marks.push(
      Plot.lineY(
        ordered.filter((d) => keys.has(keyOf(d))),
        {
          x: "year",
          y: (d: TrendPoint) => (isMissing(d.value) ? NaN : d.value),
          z: keyOf,
          stroke: (d: TrendPoint) => style(d).color,
          strokeWidth: (d: TrendPoint) => style(d).strokeWidth,
          strokeDasharray: dash ?? undefined
        }
      )
    );
  }
  const radius = (st: SeriesStyle) => (st.kind === "kommun" ? 3.5 : 3);
  for (const r of new Set(series.map((s) => radius(s.style)))) {
    marks.push(
      Plot.dot(
        ordered.filter((d) => !isMissing(d.value) && radius(style(d)) === r),
        {
          x: "year",
          y: "value",
          fill: (d: TrendPoint) => style(d).color,
          stroke: (d: TrendPoint) => style(d).color,
          symbol: (d: TrendPoint) => style(d).symbol,
          r,
          title: (d: TrendPoint) => `${nameOfKey.get(keyOf(d))} ${formatYear(d.year)}: ${fmt(d.value)}`
        }
      )
    );
  }

  const describeSeries = (s: Series) =>
    `${s.name}: ${s.points.map((d) => `${formatYear(d.year)} ${fmt(d.value)}${withBand && !isMissing(d.low) && !isMissing(d.high) ? ` (${fmt(d.low)}–${fmt(d.high)})` : ""}`).join(", ")}`;
  const missing = rows.some((d) => isMissing(d.value));
  const chart = withSwedishMarkLabels(
    Plot.plot({
      document: doc,
      width,
      height: options.height ?? 320,
      marginRight,
      marginLeft: MARGIN_LEFT,
      style: {overflow: "visible"},
      color: {type: "identity"},
      symbol: {type: "identity"},
      ariaLabel: `${title}: ${formatList(names)}, ${formatYearRange(y0, y1)}`,
      ariaDescription:
        `Linjediagram över ${inSentence(title)} (${unitLabel(options.unit).toLowerCase()}) för ${formatList(names)} ${formatYearRange(y0, y1)}. ` +
        series.map(describeSeries).join(". ") +
        "." +
        (missing ? " Saknade värden (–) visas som avbrott i linjen, inte som noll." : "") +
        (withBand ? ` Det skuggade bandet visar ${options.bandLabel ?? "osäkerhetsintervallet"}.` : ""),
      x: {
        label: "År",
        tickFormat: (y: number) => formatYear(y),
        ticks: yearTicks(years, width - MARGIN_LEFT - marginRight),
        domain: years.length === 1 ? [y0 - 1, y1 + 1] : [y0, y1],
        labelAnchor: "right"
      },
      y: {
        label: unitLabel(options.unit),
        grid: true,
        zero: options.zero !== false,
        tickFormat: tickFormat(options.unit),
        nice: true
      },
      marks
    })
  ) as SVGSVGElement & Plot.Plot;

  if (mode === "direct") addDirectLabels(doc, chart, series, fmt);
  const table: ChartTable = {
    caption: `${title}, ${formatYearRange(y0, y1)}`,
    columns: [
      {key: "omrade", label: "Område", kind: "text"},
      {key: "ar", label: "År", kind: "year"},
      {key: "varde", label: "Värde", kind: options.unit},
      ...(withBand
        ? [
            {key: "nedre", label: "Nedre gräns", kind: options.unit},
            {key: "ovre", label: "Övre gräns", kind: options.unit}
          ]
        : [])
    ],
    rows: series.flatMap((s) =>
      s.points.map((d) => ({
        omrade: s.name,
        ar: d.year,
        varde: isMissing(d.value) ? null : d.value,
        ...(withBand ? {nedre: isMissing(d.low) ? null : d.low!, ovre: isMissing(d.high) ? null : d.high!} : {})
      }))
    )
  };
  if (mode === "direct") {
    chart.classList.add("kit-chart", "kit-trend"); // labels on the lines: the chart is the whole drawing
    return attachTable(chart, table);
  }
  const wrap = el(doc, "div", "kit-chart kit-trend");
  // A series without any value has no line to name (the page says which values are missing).
  const drawn = series.filter((s) => s.points.some((d) => !isMissing(d.value)));
  addLineNames(
    doc,
    chart,
    drawn.filter((s) => s.style.namedOnLine)
  );
  wrap.append(legend(doc, drawn), chart);
  return attachTable(wrap, table);
}

/** Labels at each line's last value, nudged apart vertically so they never overlap. */
function addDirectLabels(doc: Document, chart: SVGSVGElement & Plot.Plot, series: Series[], fmt: (v: number | null) => string): void {
  const x = chart.scale("x");
  const y = chart.scale("y");
  if (!x?.apply || !y?.apply) return;
  const labels = series
    .map((s) => {
      const last = lastWithValue(s);
      return last ? {s, last, py: y.apply(last.value) as number} : null;
    })
    .filter((d): d is NonNullable<typeof d> => d !== null)
    .sort((a, b) => a.py - b.py);
  // Every label sits just right of the last year, at the height of its series' last value.
  const domain = Array.from(x.domain ?? []) as number[];
  const right = (x.apply(domain[domain.length - 1]) as number) + 8;
  const lineHeight = 14;
  const lines = labels.map((l) => wrapLabel(l.s.name));
  const pos = labels.map((l) => l.py);
  for (let i = 1; i < pos.length; ++i) pos[i] = Math.max(pos[i], pos[i - 1] + lineHeight * lines[i - 1].length + (lines[i - 1].length > 1 ? 4 : 0));
  const g = doc.createElementNS("http://www.w3.org/2000/svg", "g");
  g.setAttribute("data-mark", "direktetiketter");
  g.setAttribute("font-size", "12");
  g.setAttribute("text-anchor", "start");
  labels.forEach((l, i) => {
    // A short stroke in the series' colour and dash keys the label; the text itself is in the
    // foreground colour, so it keeps full text contrast in light and dark mode.
    const key = doc.createElementNS("http://www.w3.org/2000/svg", "line");
    for (const [k, v] of Object.entries({
      x1: String(right),
      x2: String(right + 16),
      y1: String(pos[i]),
      y2: String(pos[i]),
      stroke: l.s.style.color,
      "stroke-width": String(l.s.style.strokeWidth)
    }))
      key.setAttribute(k, v);
    if (l.s.style.dash) key.setAttribute("stroke-dasharray", l.s.style.dash);
    key.setAttribute("aria-hidden", "true");
    g.append(key);
    const t = doc.createElementNS("http://www.w3.org/2000/svg", "text");
    t.setAttribute("x", String(right + 20));
    t.setAttribute("y", String(pos[i]));
    t.setAttribute("dy", "0.32em");
    t.setAttribute("fill", "currentColor");
    if (l.s.style.kind === "kommun") t.setAttribute("font-weight", "600");
    lines[i].forEach((line, j) => {
      const span = doc.createElementNS("http://www.w3.org/2000/svg", "tspan");
      span.setAttribute("x", String(right + 20));
      if (j > 0) span.setAttribute("dy", `${lineHeight}`);
      span.textContent = line;
      t.append(span);
    });
    const tt = doc.createElementNS("http://www.w3.org/2000/svg", "title");
    tt.textContent = `${l.s.name} ${formatYear(l.last.year)}: ${fmt(l.last.value)}`;
    t.append(tt);
    g.append(t);
  });
  chart.append(g);
}

/**
 * A narrow chart's names on the lines that need one (style.namedOnLine: a kommun the reader added):
 * the name just above its last value, ending there, on a halo in the page's background.
 */
function addLineNames(doc: Document, chart: SVGSVGElement & Plot.Plot, series: readonly Series[]): void {
  const x = chart.scale("x");
  const y = chart.scale("y");
  if (!series.length || !x?.apply || !y?.apply) return;
  const top = Math.min(...((y.range ?? [0]) as number[]));
  const g = doc.createElementNS("http://www.w3.org/2000/svg", "g");
  g.setAttribute("data-mark", "linjenamn");
  g.setAttribute("font-size", "12");
  g.setAttribute("font-weight", "600");
  g.setAttribute("text-anchor", "end");
  for (const s of series) {
    const last = lastWithValue(s)!;
    const px = x.apply(last.year) as number;
    const py = y.apply(last.value) as number;
    const t = doc.createElementNS("http://www.w3.org/2000/svg", "text");
    t.setAttribute("class", "kit-line-name");
    t.setAttribute("x", String(px - 6));
    // above the last value, or below it when that is the top of the plot
    t.setAttribute("y", String(py - 8 < top + 10 ? py + 16 : py - 8));
    t.setAttribute("fill", "currentColor");
    t.setAttribute("aria-hidden", "true"); // the legend and the description name it already
    t.textContent = s.name;
    g.append(t);
  }
  chart.append(g);
}

/** An HTML legend: one swatch per series with its colour and dash pattern. */
function legend(doc: Document, series: readonly {name: string; style: SeriesStyle}[]): HTMLUListElement {
  const ul = el(doc, "ul", "kit-legend");
  ul.setAttribute("aria-label", "Teckenförklaring");
  for (const s of series) {
    const li = el(doc, "li");
    const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "10");
    svg.setAttribute("aria-hidden", "true");
    const line = doc.createElementNS("http://www.w3.org/2000/svg", "line");
    for (const [k, v] of Object.entries({
      x1: "0",
      x2: "28",
      y1: "5",
      y2: "5",
      stroke: s.style.color,
      "stroke-width": String(s.style.strokeWidth)
    }))
      line.setAttribute(k, v);
    if (s.style.dash) line.setAttribute("stroke-dasharray", s.style.dash);
    svg.append(line);
    li.append(svg, doc.createTextNode(` ${s.name}`));
    ul.append(li);
  }
  return ul;
}

/** A colour key for areas (swatch with the series' colour and dash, then the name), e.g. for a page's colour legend. */
export function seriesLegend(areas: readonly string[], options: {names?: AreaNames; document?: Document} = {}): HTMLUListElement {
  const doc = getDocument(options.document);
  return legend(
    doc,
    areas.map((id) => ({name: nameOf(id, options.names), style: seriesStyle(id)}))
  );
}

/** Split a label into lines of at most `max` characters at spaces (a long word stays whole). */
export function wrapLabel(text: string, max = 26): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
