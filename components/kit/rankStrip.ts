// rankStrip: every kommun's value for one year as a strip, the selected kommuner highlighted and
// labelled, the median marked, each highlighted kommun's rank and percentile in text. The ranks,
// percentiles and median are computed at build time (kpi_ranks); the strip only draws them.
import * as Plot from "@observablehq/plot";
import {formatList, inSentence} from "./wording.js";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {extent} from "d3-array";
import {formatByUnit, formatNumber, formatYear, isMissing, tickFormat, unitLabel, type Unit} from "./format.js";
import {OTHER_KOMMUN_COLOR, seriesStyle} from "./colors.js";
import {attachTable, el, emptyState, getDocument, nameOf, unknownIds, unknownMessage, type AreaNames, type ChartTable} from "./chartKit.js";
import type {Direction} from "../../model/vocabulary.js";

/** One kommun's value with its place among the kommuner with a value that year (kpi_ranks). */
export interface RankedValue {
  /** Kolada kommun id. */
  area: string;
  value: number | null;
  /** Competition rank, 1 = first in the KPI's direction; null without a value. */
  rank: number | null;
  /** Share (0–100) of the other kommuner with a value that have a lower value; null without a value. */
  lowerShare: number | null;
}

export interface RankStripOptions {
  title: string;
  unit: Unit;
  /** The year all values are for. */
  year: number;
  /** Kommun ids to highlight and label (must be present in data). */
  highlight: readonly string[];
  /** The median of the values that year (kpi_ranks.median). */
  median: number;
  /** The direction the ranks run: "lower" puts the lowest value first, otherwise the highest (default). */
  direction?: Direction;
  names?: AreaNames;
  width?: number;
  height?: number;
  document?: Document;
}

/** The highlighted kommuner's labels: the first starts below the axis's tick labels (px below the frame), one line apart. */
const LABEL_TOP = 26;
const LABEL_STEP = 14;

export function rankStrip(data: readonly RankedValue[], options: RankStripOptions): Element {
  const doc = getDocument(options.document);
  const {title, unit, year} = options;
  const caption = `${title} ${formatYear(year)}`;
  if (data.length === 0) return emptyState(doc, `Inga uppgifter att visa för ${inSentence(title)} ${formatYear(year)}.`, caption);
  const unknown = unknownIds(
    options.highlight,
    data.map((d) => d.area)
  );
  if (unknown.length) return emptyState(doc, unknownMessage(unknown), caption);
  const present = data.filter(
    (d): d is RankedValue & {value: number; rank: number; lowerShare: number} => !isMissing(d.value) && d.rank !== null && d.lowerShare !== null
  );
  if (present.length === 0) return emptyState(doc, `Inga värden att visa för ${inSentence(title)} ${formatYear(year)}: alla värden saknas.`, caption);
  const higher = options.direction !== "lower";
  const med = options.median;
  const fmt = (v: number | null) => formatByUnit(v, unit);
  const hi = options.highlight.map((id) => ({
    id,
    name: nameOf(id, options.names),
    style: seriesStyle(id),
    rank: present.find((d) => d.area === id) ?? null
  }));
  const shown = hi.filter((h) => h.rank !== null);
  const width = options.width ?? 640;
  const height = options.height ?? 96 + 17 * shown.length;
  const [lo, hiV] = extent(present, (d) => d.value) as [number, number];
  const mid = (lo + hiV) / 2;
  const others = present.filter((d) => !options.highlight.includes(d.area));

  const marks: Plot.Markish[] = [
    Plot.tickX(others, {
      x: "value",
      stroke: OTHER_KOMMUN_COLOR,
      strokeOpacity: 0.7,
      title: (d: RankedValue) => `${nameOf(d.area, options.names)}: ${fmt(d.value)}`
    }),
    Plot.ruleX([med], {stroke: "currentColor", strokeDasharray: "4 3", strokeWidth: 1.5}),
    Plot.text([med], {
      x: (d: number) => d,
      frameAnchor: "top",
      dy: -2,
      text: () => `Median ${fmt(med)}`,
      textAnchor: "middle",
      lineAnchor: "bottom",
      fill: "currentColor"
    })
  ];
  shown.forEach((h, i) => {
    const r = h.rank!;
    marks.push(
      Plot.ruleX([r.value], {stroke: h.style.color, strokeWidth: 3}),
      Plot.dot([r.value], {
        x: (d: number) => d,
        frameAnchor: "bottom",
        symbol: h.style.symbol,
        fill: h.style.color,
        r: 5,
        dy: 4
      }),
      // A keyed symbol before each label; the text is in the foreground colour (full contrast).
      Plot.dot([r.value], {
        x: (d: number) => d,
        frameAnchor: "bottom",
        dy: LABEL_TOP + LABEL_STEP * i + 6,
        symbol: h.style.symbol,
        fill: h.style.color,
        r: 4
      }),
      Plot.text([r.value], {
        x: (d: number) => d,
        frameAnchor: "bottom",
        dy: LABEL_TOP + LABEL_STEP * i,
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
      ? `${h.name}: ${fmt(h.rank.value)}, plats ${h.rank.rank} av ${present.length} (${higher ? "högst" : "lägst"} värde = plats 1); högre värde än ${formatNumber(h.rank.lowerShare, {maxDecimals: 0})} % av övriga kommuner`
      : `${h.name}: värde saknas ${formatYear(year)}`;
  const svg = withSwedishMarkLabels(
    Plot.plot({
      document: doc,
      width,
      height,
      marginTop: 24,
      marginBottom: LABEL_TOP + LABEL_STEP * shown.length + 20,
      marginLeft: 20,
      marginRight: 20,
      ariaLabel: `${caption}: ${formatList(hi.map((h) => h.name))} bland ${present.length} kommuner`,
      ariaDescription:
        `Punktremsa över ${inSentence(title)} (${unitLabel(unit).toLowerCase()}) ${formatYear(year)} för ${present.length} kommuner med värde; medianen är ${fmt(med)}. ` +
        hi.map(rankText).join(". ") +
        ".",
      x: {label: unitLabel(unit), tickFormat: tickFormat(unit), nice: true, grid: false, labelAnchor: "right"},
      y: {axis: null},
      marks
    })
  );
  const wrap = el(doc, "div", "kit-chart kit-rank");
  const ul = el(doc, "ul", "kit-rank-list");
  for (const h of hi) {
    const li = el(doc, "li", undefined, rankText(h));
    li.style.borderLeft = `4px solid ${h.style.color}`;
    ul.append(li);
  }
  wrap.append(svg, ul);
  const ranked = [...present].sort((a, b) => a.rank - b.rank || a.area.localeCompare(b.area));
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
