// rankStrip: every kommun's value for one year as a strip, the selected kommuner highlighted and
// labelled, the median marked, each highlighted kommun's rank and percentile in text.
import * as Plot from "@observablehq/plot";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {extent, median} from "d3-array";
import {formatByUnit, formatList, formatNumber, formatYear, isMissing, tickFormat, unitLabel, type Unit} from "./format.js";
import {OTHER_KOMMUN_COLOR, seriesStyle} from "./colors.js";
import {attachTable, el, emptyState, getDocument, lower, nameOf, unknownIds, unknownMessage, type AreaNames, type ChartTable} from "./chartKit.js";

export interface RankValue {
  /** Kolada kommun id. */
  area: string;
  value: number | null;
}

export interface RankStripOptions {
  title: string;
  unit: Unit;
  /** The year all values are for. */
  year: number;
  /** Kommun ids to highlight and label (must be present in data). */
  highlight: readonly string[];
  names?: AreaNames;
  /** Rank 1 goes to the highest value (default) or, when false, the lowest. */
  higherIsBetter?: boolean;
  width?: number;
  height?: number;
  document?: Document;
}

export interface Rank {
  area: string;
  value: number;
  /** 1 = highest (or lowest when higherIsBetter is false); ties share the better rank. */
  rank: number;
  /** How many kommuner have a value. */
  of: number;
  /** Share (0–100) of the other kommuner with a lower value. */
  percentile: number;
}

/** Rank of `area` among the non-missing values in `data`, or null when it has no value. */
export function rankOf(data: readonly RankValue[], area: string, higherIsBetter = true): Rank | null {
  const own = data.find((d) => d.area === area);
  if (!own || isMissing(own.value)) return null;
  const values = data.filter((d) => !isMissing(d.value)).map((d) => d.value as number);
  const v = own.value;
  const better = values.filter((x) => (higherIsBetter ? x > v : x < v)).length;
  const lowerCount = values.filter((x) => x < v).length;
  return {area, value: v, rank: better + 1, of: values.length, percentile: values.length > 1 ? (100 * lowerCount) / (values.length - 1) : 0};
}

export function rankStrip(data: readonly RankValue[], options: RankStripOptions): Element {
  const doc = getDocument(options.document);
  const {title, unit, year} = options;
  const caption = `${title} ${formatYear(year)}`;
  if (data.length === 0) return emptyState(doc, `Inga uppgifter att visa för ${lower(title)} ${formatYear(year)}.`, caption);
  const unknown = unknownIds(options.highlight, data.map((d) => d.area));
  if (unknown.length) return emptyState(doc, unknownMessage(unknown), caption);
  const present = data.filter((d) => !isMissing(d.value)) as {area: string; value: number}[];
  if (present.length === 0) return emptyState(doc, `Inga värden att visa för ${lower(title)} ${formatYear(year)}: alla värden saknas.`, caption);
  const higher = options.higherIsBetter !== false;
  const med = median(present, (d) => d.value)!;
  const fmt = (v: number | null) => formatByUnit(v, unit);
  const hi = options.highlight.map((id) => ({id, name: nameOf(id, options.names), style: seriesStyle(id), rank: rankOf(data, id, higher)}));
  const shown = hi.filter((h) => h.rank !== null);
  const width = options.width ?? 640;
  const height = options.height ?? 90 + 16 * shown.length;
  const [lo, hiV] = extent(present, (d) => d.value) as [number, number];
  const mid = (lo + hiV) / 2;
  const others = present.filter((d) => !options.highlight.includes(d.area));

  const marks: Plot.Markish[] = [
    Plot.tickX(others, {x: "value", stroke: OTHER_KOMMUN_COLOR, strokeOpacity: 0.7, title: (d: RankValue) => `${nameOf(d.area, options.names)}: ${fmt(d.value)}`}),
    Plot.ruleX([med], {stroke: "currentColor", strokeDasharray: "4 3", strokeWidth: 1.5}),
    Plot.text([med], {x: (d: number) => d, frameAnchor: "top", dy: -2, text: () => `Median ${fmt(med)}`, textAnchor: "middle", lineAnchor: "bottom", fill: "currentColor"})
  ];
  shown.forEach((h, i) => {
    const r = h.rank!;
    marks.push(
      Plot.ruleX([r.value], {stroke: h.style.color, strokeWidth: 3}),
      Plot.dot([r.value], {x: (d: number) => d, frameAnchor: "bottom", symbol: h.style.symbol, fill: h.style.color, r: 5, dy: 4}),
      // A keyed symbol before each label; the text is in the foreground colour (full contrast).
      Plot.dot([r.value], {x: (d: number) => d, frameAnchor: "bottom", dy: 16 + 13 * i + 6, symbol: h.style.symbol, fill: h.style.color, r: 4}),
      Plot.text([r.value], {
        x: (d: number) => d,
        frameAnchor: "bottom",
        dy: 16 + 13 * i,
        text: () => `${h.name} ${fmt(r.value)}`,
        fill: "currentColor",
        dx: r.value > mid ? -9 : 9,
        fontWeight: 600,
        textAnchor: r.value > mid ? "end" : "start",
        lineAnchor: "top"
      })
    );
  });
  const rankText = (h: (typeof hi)[number]) =>
    h.rank
      ? `${h.name}: ${fmt(h.rank.value)}, plats ${h.rank.rank} av ${h.rank.of} (${higher ? "högst" : "lägst"} värde = plats 1); högre värde än ${formatNumber(h.rank.percentile, {maxDecimals: 0})} % av övriga kommuner`
      : `${h.name}: värde saknas ${formatYear(year)}`;
  const svg = withSwedishMarkLabels(Plot.plot({
    document: doc,
    width,
    height,
    marginTop: 24,
    marginBottom: 30 + 13 * shown.length + 10,
    marginLeft: 20,
    marginRight: 20,
    ariaLabel: `${caption}: ${formatList(hi.map((h) => h.name))} bland ${present.length} kommuner`,
    ariaDescription:
      `Punktremsa över ${lower(title)} (${unitLabel(unit).toLowerCase()}) ${formatYear(year)} för ${present.length} kommuner med värde; medianen är ${fmt(med)}. ` +
      hi.map(rankText).join(". ") + ".",
    x: {label: unitLabel(unit), tickFormat: tickFormat(unit), nice: true, grid: false, labelAnchor: "right"},
    y: {axis: null},
    marks
  }));
  const wrap = el(doc, "div", "kit-chart kit-rank");
  const ul = el(doc, "ul", "kit-rank-list");
  for (const h of hi) {
    const li = el(doc, "li", undefined, rankText(h));
    li.style.borderLeft = `4px solid ${h.style.color}`;
    ul.append(li);
  }
  wrap.append(svg, ul);
  const ranked = present
    .map((d) => rankOf(present, d.area, higher)!)
    .sort((a, b) => a.rank - b.rank || a.area.localeCompare(b.area));
  const table: ChartTable = {
    caption,
    columns: [
      {key: "kommun", label: "Kommun", kind: "text"},
      {key: "id", label: "Kommunkod", kind: "text"},
      {key: "varde", label: "Värde", kind: unit},
      {key: "plats", label: "Plats", kind: "antal"}
    ],
    rows: ranked.map((r) => ({kommun: nameOf(r.area, options.names), id: r.area, varde: r.value, plats: r.rank}))
  };
  return attachTable(wrap, table);
}
