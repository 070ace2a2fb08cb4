// auditOverlay: the figures an audit report printed, drawn over Kolada's series for the same area,
// one small panel per area. The report's figures are hollow symbols whose shape says their
// cross-check status (stämmer / avviker / kan inte kontrolleras / annan källa); Kolada's values are
// the area's line in its site colour. A missing Kolada value is a gap, never a zero.
import * as Plot from "@observablehq/plot";
import {formatList, formatYearRange} from "./wording.js";
import {formatByUnit, formatNumber, formatYear, isMissing, tickFormat, unitLabel, type Unit} from "./format.js";
import {seriesStyle} from "./colors.js";
import {attachTable, el, emptyState, getDocument, nameOf, type AreaNames, type ChartTable} from "./chartKit.js";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {BESIDE_STATUSES, FIGURE_STATUS_TEXT, type BesideStatus} from "../../model/vocabulary.js";

/** A printed report figure (or a sum of printed parts from another source) to draw over Kolada's series. */
export interface OverlayPoint {
  report: string;
  /** Figure ids ("F82", or "F03+F04" for a sum of printed parts). */
  figures: string;
  /** Kolada id of the area, when the printed area has one. */
  area: string | null;
  /** The area as the report prints it. */
  areaPrinted: string;
  year: number;
  value: number;
  /** How the report printed it ("42", "17 procent + tre procent"). */
  printed: string;
  status: BesideStatus;
  koladaValue: number | null;
  lines: [number, number][];
  /** Where the figure came from, when not Kolada ("arbete + studier ur nämndens årsbokslut"). */
  note: string | null;
}

export interface KoladaPoint {
  area: string;
  year: number;
  value: number | null;
}

export interface AuditOverlayOptions {
  /** What is measured ("Börjat arbeta eller studera"). */
  title: string;
  unit: Unit;
  /** Years on the x axis (the page's range). Report figures outside it are left out and said so. */
  from: number;
  to: number;
  names?: AreaNames;
  width?: number;
  document?: Document;
}

/** Plot symbol and legend glyph per status: shape, not colour, carries the status (prints in black and white). */
export const STATUS_SYMBOLS: Readonly<Record<BesideStatus, {symbol: "circle" | "triangle" | "square" | "diamond"; glyph: string}>> = {
  matches: {symbol: "circle", glyph: "○"},
  revised: {symbol: "triangle", glyph: "△"},
  not_in_snapshot: {symbol: "square", glyph: "□"},
  other_source: {symbol: "diamond", glyph: "◇"}
};

const panelKey = (p: OverlayPoint) => p.area ?? `printed:${p.areaPrinted}`;

export function auditOverlay(points: readonly OverlayPoint[], kolada: readonly KoladaPoint[], options: AuditOverlayOptions): Element {
  const doc = getDocument(options.document);
  const {unit, from, to} = options;
  const inRange = points.filter((p) => p.year >= from && p.year <= to);
  if (inRange.length === 0) {
    return emptyState(doc, `Inga siffror ur granskningarna för ${formatYearRange(from, to)} bland de valda kommunerna.`, options.title);
  }
  const fmt = (v: number | null) => formatByUnit(v, unit);
  const keys = Array.from(new Set(inRange.map(panelKey)));
  const width = options.width ?? 640;
  const panelWidth = width >= 600 ? Math.floor((width - 16) / 2) : width;
  const years: number[] = [];
  for (let y = from; y <= to; ++y) years.push(y);
  const yMax = Math.max(10, ...inRange.map((p) => p.value), ...kolada.filter((k) => !isMissing(k.value)).map((k) => k.value as number));

  const wrap = el(doc, "div", "kit-chart audit-overlay");
  const legend = el(doc, "ul", "kit-legend");
  legend.setAttribute("aria-label", "Teckenförklaring");
  const used = Array.from(new Set(inRange.map((p) => p.status)));
  for (const s of BESIDE_STATUSES.filter((x) => used.includes(x))) {
    const li = el(doc, "li", undefined, `${STATUS_SYMBOLS[s].glyph} Rapportens siffra, ${FIGURE_STATUS_TEXT[s]}`);
    legend.append(li);
  }
  legend.append(el(doc, "li", undefined, "— Kolada (ögonblicksbilden)"));
  wrap.append(legend);
  const grid = el(doc, "div", "audit-overlay-grid");
  wrap.append(grid);

  for (const key of keys) {
    const own = inRange.filter((p) => panelKey(p) === key);
    const area = own[0].area;
    const name = area ? nameOf(area, options.names) : own[0].areaPrinted;
    const style = seriesStyle(area);
    const series = area ? kolada.filter((k) => k.area === area && k.year >= from && k.year <= to).sort((a, b) => a.year - b.year) : [];
    const line = years.map((year) => ({year, value: series.find((k) => k.year === year)?.value ?? null}));
    const koladaText = series.some((k) => !isMissing(k.value))
      ? `Kolada: ${line
          .filter((d) => !isMissing(d.value))
          .map((d) => `${formatYear(d.year)} ${fmt(d.value)}`)
          .join(", ")}`
      : "Kolada: inga värden i ögonblicksbilden";
    const svg = Plot.plot({
      document: doc,
      width: panelWidth,
      height: 200,
      marginLeft: 44,
      marginRight: 16,
      marginTop: 20,
      ariaLabel: `${options.title}, ${name}: granskningens siffror och Kolada, ${formatYearRange(from, to)}`,
      ariaDescription: `${own.map((p) => `Rapporten ${formatYear(p.year)}: ${fmt(p.value)} (${FIGURE_STATUS_TEXT[p.status]})`).join(". ")}. ${koladaText}.`,
      x: {
        label: null,
        domain: years.length === 1 ? [from - 1, to + 1] : [from, to],
        ticks: years.length > 6 ? years.filter((y) => y % 2 === 0) : years,
        tickFormat: (y: number) => formatYear(y)
      },
      y: {label: null, domain: [0, yMax * 1.15], grid: true, tickFormat: tickFormat(unit), ticks: 4},
      marks: [
        Plot.ruleY([0]),
        Plot.lineY(line, {
          x: "year",
          y: (d: KoladaPoint) => (isMissing(d.value) ? NaN : d.value),
          stroke: style.color,
          strokeWidth: style.strokeWidth,
          strokeDasharray: style.dash ?? undefined
        }),
        Plot.dot(
          line.filter((d) => !isMissing(d.value)),
          {x: "year", y: "value", fill: style.color, r: 2.5}
        ),
        Plot.dot(own, {
          x: "year",
          y: "value",
          symbol: (p: OverlayPoint) => STATUS_SYMBOLS[p.status].symbol,
          stroke: "currentColor",
          strokeWidth: 1.75,
          fill: "none",
          r: 6,
          title: (p: OverlayPoint) => `Rapporten ${formatYear(p.year)}: ${fmt(p.value)} – ${FIGURE_STATUS_TEXT[p.status]}`
        }),
        // The value as a number only (the unit is in the panel's heading), so neighbouring years' labels fit on a phone.
        Plot.text(own, {
          x: "year",
          y: "value",
          text: (p: OverlayPoint) => formatNumber(p.value, {maxDecimals: 1}),
          dy: -13,
          fill: "currentColor",
          fontSize: 11,
          fontWeight: 600
        })
      ],
      symbol: {type: "identity"}
    } as Plot.PlotOptions);
    const panel = el(doc, "div", "audit-overlay-panel");
    panel.append(el(doc, "p", "audit-overlay-title", `${name}, ${unitLabel(unit).toLowerCase()}`), withSwedishMarkLabels(svg));
    grid.append(panel);
  }
  const outside = points.filter((p) => p.year < from || p.year > to);
  if (outside.length) {
    wrap.append(
      el(doc, "p", "kit-note", `Utanför de valda åren och därför inte visade: ${formatList(outside.map((p) => `${p.areaPrinted} ${formatYear(p.year)}`))}.`)
    );
  }
  const table: ChartTable = {
    caption: `${options.title}: granskningarnas siffror och Kolada`,
    columns: [
      {key: "rapport", label: "Rapport", kind: "text"},
      {key: "omrade", label: "Område (som i rapporten)", kind: "text"},
      {key: "ar", label: "År", kind: "year"},
      {key: "rapportvarde", label: "Rapporten", kind: unit},
      {key: "kolada", label: "Kolada i dag", kind: unit},
      {key: "status", label: "Kontroll", kind: "text"},
      {key: "rader", label: "Rader i rapporten", kind: "text"}
    ],
    rows: inRange.map((p) => ({
      rapport: p.report,
      omrade: p.areaPrinted,
      ar: p.year,
      rapportvarde: p.value,
      kolada: p.status === "other_source" ? null : p.koladaValue,
      status: FIGURE_STATUS_TEXT[p.status],
      rader: p.lines.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ")
    }))
  };
  return attachTable(wrap, table);
}
