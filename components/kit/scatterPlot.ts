// scatterPlot: two values per kommun for one year (e.g. nettokostnad against resultat vid avslut),
// every kommun with both values as a grey dot, the selected kommuner highlighted in their colours
// and symbols and labelled, medians marked. A kommun with only one of the two values is not drawn
// (never at zero); the chart says how many were left out and which highlighted kommun lacks what.
import * as Plot from "@observablehq/plot";
import {inSentence} from "./wording.js";
import {median} from "d3-array";
import {formatByUnit, formatCount, formatYear, isMissing, tickFormat, unitLabel, type Unit} from "./format.js";
import {OTHER_KOMMUN_COLOR, seriesStyle} from "./colors.js";
import {attachTable, el, emptyState, getDocument, nameOf, textWidth, type AreaNames, type ChartTable} from "./chartKit.js";
import {withSwedishMarkLabels} from "./plotA11y.js";

export interface ScatterValue {
  /** Kolada kommun id. */
  area: string;
  x: number | null;
  y: number | null;
}

export interface ScatterAxis {
  /** What is measured ("Nettokostnad arbetsmarknadsåtgärder"). */
  label: string;
  unit: Unit;
}

export interface ScatterPlotOptions {
  /** What the chart shows, used in the ARIA label and the table caption. */
  title: string;
  /** The year all values are for. */
  year: number;
  x: ScatterAxis;
  y: ScatterAxis;
  /** Kommun ids to highlight and label. */
  highlight: readonly string[];
  /** The medians to mark, when computed beforehand (at build time); default: the medians of the drawn points. */
  medians?: {x: number; y: number};
  names?: AreaNames;
  width?: number;
  height?: number;
  document?: Document;
}

interface Point {
  area: string;
  name: string;
  x: number;
  y: number;
}

/** Which of the two values a kommun lacks ("x", "y", "both"), or null when it has both. */
function lacks(d: ScatterValue | undefined): "x" | "y" | "both" | null {
  if (!d || (isMissing(d.x) && isMissing(d.y))) return "both";
  if (isMissing(d.x)) return "x";
  if (isMissing(d.y)) return "y";
  return null;
}

/** The scatter element (a div with the svg and a note), or an explicit empty-state message. */
export function scatterPlot(data: readonly ScatterValue[], options: ScatterPlotOptions): Element {
  const doc = getDocument(options.document);
  const {title, year} = options;
  const caption = `${title} ${formatYear(year)}`;
  const seen = new Set<string>();
  for (const d of data) {
    if (seen.has(d.area)) throw new Error(`scatterPlot: kommun ${d.area} appears twice (one row per kommun and year)`);
    seen.add(d.area);
  }
  const points: Point[] = data
    .filter((d) => lacks(d) === null)
    .map((d) => ({area: d.area, name: nameOf(d.area, options.names), x: d.x as number, y: d.y as number}));
  const left = data.length - points.length;
  const xl = inSentence(options.x.label);
  const yl = inSentence(options.y.label);
  if (points.length === 0) {
    return emptyState(doc, `Inga kommuner har både ${xl} och ${yl} för ${formatYear(year)}, så inget diagram visas.`, caption);
  }
  const fx = (v: number | null) => formatByUnit(v, options.x.unit);
  const fy = (v: number | null) => formatByUnit(v, options.y.unit);
  const byArea = new Map(data.map((d) => [d.area, d]));
  const hi = options.highlight.map((id) => ({
    id,
    name: nameOf(id, options.names),
    style: seriesStyle(id),
    point: points.find((p) => p.area === id) ?? null
  }));
  const shown = hi.filter((h) => h.point !== null);
  const others = points.filter((p) => !options.highlight.includes(p.area));
  const mx = options.medians?.x ?? median(points, (p) => p.x)!;
  const my = options.medians?.y ?? median(points, (p) => p.y)!;
  const width = options.width ?? 640;
  const labelRoom = Math.max(0, ...shown.map((h) => textWidth(h.name)));

  const marks: Plot.Markish[] = [
    Plot.ruleX([mx], {stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "4 3"}),
    Plot.ruleY([my], {stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "4 3"}),
    Plot.dot(others, {
      x: "x",
      y: "y",
      r: 3,
      fill: OTHER_KOMMUN_COLOR,
      fillOpacity: 0.55,
      title: (p: Point) => `${p.name}: ${fx(p.x)}, ${fy(p.y)}`
    })
  ];
  for (const h of shown) {
    const p = h.point!;
    marks.push(
      Plot.dot([p], {
        x: "x",
        y: "y",
        r: 6,
        symbol: h.style.symbol,
        fill: h.style.color,
        stroke: "currentColor",
        strokeWidth: 1,
        title: () => `${h.name}: ${fx(p.x)}, ${fy(p.y)}`
      }),
      Plot.text([p], {
        x: "x",
        y: "y",
        text: () => h.name,
        dx: 9,
        textAnchor: "start",
        fill: h.style.color,
        fontWeight: 600,
        fontSize: 12
      })
    );
  }
  const pointText = (h: (typeof hi)[number]) => {
    if (h.point) return `${h.name}: ${fx(h.point.x)} och ${fy(h.point.y)}`;
    const what = lacks(byArea.get(h.id));
    const missing = what === "x" ? xl : what === "y" ? yl : `${xl} och ${yl}`;
    return `${h.name}: ${missing} saknas ${formatYear(year)}, visas inte`;
  };
  const svg = Plot.plot({
    document: doc,
    width,
    height: options.height ?? Math.round(Math.min(440, Math.max(280, width * 0.62))),
    marginLeft: 64,
    marginRight: Math.min(140, labelRoom + 16),
    marginBottom: 44,
    style: {overflow: "visible"},
    ariaLabel: `${caption}: ${options.x.label} mot ${yl}, ${formatCount(points.length)} kommuner`,
    ariaDescription:
      `Punktdiagram: varje punkt är en kommun ${formatYear(year)}, vågrätt ${xl} (${unitLabel(options.x.unit).toLowerCase()}), lodrätt ${yl} (${unitLabel(options.y.unit).toLowerCase()}). ` +
      `${formatCount(points.length)} kommuner har båda värdena; medianerna (streckade linjer) är ${fx(mx)} och ${fy(my)}. ` +
      (hi.length ? `${hi.map(pointText).join(". ")}.` : "") +
      (left > 0 ? ` ${formatCount(left)} ${left === 1 ? "kommun saknar" : "kommuner saknar"} minst ett av värdena och visas inte.` : ""),
    x: {
      label: `${options.x.label} (${unitLabel(options.x.unit).toLowerCase()})`,
      tickFormat: tickFormat(options.x.unit),
      nice: true,
      grid: true,
      labelAnchor: "right",
      ticks: Math.max(3, Math.floor(width / 110))
    },
    y: {
      label: `${options.y.label} (${unitLabel(options.y.unit).toLowerCase()})`,
      tickFormat: tickFormat(options.y.unit),
      nice: true,
      grid: true,
      labelAnchor: "top"
    },
    marks
  });
  withSwedishMarkLabels(svg);
  const wrap = el(doc, "div", "kit-chart kit-scatter");
  wrap.append(svg);
  const notes: string[] = [];
  const absent = hi.filter((h) => h.point === null);
  if (absent.length) notes.push(`${absent.map(pointText).join(". ")}.`);
  if (left > 0)
    notes.push(
      `${formatCount(left)} ${left === 1 ? "kommun saknar" : "kommuner saknar"} minst ett av värdena ${formatYear(year)} och visas inte (aldrig som noll).`
    );
  if (notes.length) wrap.append(el(doc, "p", "kit-note", notes.join(" ")));
  const sorted = [...points].sort((a, b) => a.name.localeCompare(b.name, "sv") || a.area.localeCompare(b.area));
  const table: ChartTable = {
    caption,
    columns: [
      {key: "kommun", label: "Kommun", kind: "text"},
      {key: "id", label: "Kommunkod", kind: "text"},
      {key: "x", label: options.x.label, kind: options.x.unit},
      {key: "y", label: options.y.label, kind: options.y.unit}
    ],
    rows: sorted.map((p) => ({kommun: p.name, id: p.area, x: p.x, y: p.y}))
  };
  return attachTable(wrap, table);
}
