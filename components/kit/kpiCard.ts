// kpiCard: the latest value with its year, the change from the previous year, the rank among all
// kommuner where known, and a sparkline. The latest value, change and rank are computed at build
// time (kpi_latest); the card draws them beside the series.
import * as Plot from "@observablehq/plot";
import {formatYearRange, inSentence} from "./wording.js";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {formatByUnit, formatPercentagePoints, formatYear, isMissing, signed, type Unit} from "./format.js";
import {seriesStyle} from "./colors.js";
import {attachTable, el, emptyState, getDocument, nameOf, unknownMessage, type AreaNames, type ChartTable} from "./chartKit.js";
import type {Direction} from "../../model/vocabulary.js";

export interface KpiPoint {
  /** Kolada id of the kommun or group. */
  area: string;
  year: number;
  value: number | null;
}

/** The card's figures (a kpi_latest row): the latest year with a value, the change, the rank that year. */
export interface KpiLatest {
  year: number;
  value: number;
  /** value − the value of the year before; null when that year has no value. */
  change: number | null;
  /** Rank among the kommuner with a value that year and how many they are; null when not ranked. */
  rank: number | null;
  of: number | null;
}

export interface KpiCardOptions {
  /** Short label of the key figure ("Börjat arbeta eller studera"). */
  title: string;
  unit: Unit;
  /** The kommun (or group) the card is about; rows for other areas are ignored. */
  area: string;
  /** The latest value with its change and rank; null when the area has no value. */
  latest: KpiLatest | null;
  /** The direction of the rank: "lower" says the lowest value is place 1, otherwise the highest. */
  direction?: Direction;
  names?: AreaNames;
  /** Width of the card's sparkline (px). */
  width?: number;
  document?: Document;
}

export function kpiCard(data: readonly KpiPoint[], options: KpiCardOptions): Element {
  const doc = getDocument(options.document);
  const {title, unit, area} = options;
  const name = nameOf(area, options.names);
  if (data.length === 0) return emptyState(doc, `Inga uppgifter att visa för ${inSentence(title)}.`, title);
  const rows = data.filter((d) => d.area === area).sort((a, b) => a.year - b.year);
  if (rows.length === 0) return emptyState(doc, unknownMessage([area]), title);
  const last = options.latest;
  if (last === null || rows.every((d) => isMissing(d.value)))
    return emptyState(doc, `Inga värden att visa för ${inSentence(title)} i ${name}: alla värden saknas.`, title);
  const fmt = (v: number | null) => formatByUnit(v, unit);
  const style = seriesStyle(area);

  const card = el(doc, "article", "kit-kpi");
  card.style.borderTopColor = style.color;
  const change =
    last.change !== null
      ? `${unit === "procent" ? formatPercentagePoints(last.change) : `${signed(last.change, {maxDecimals: unit === "kvot" ? 2 : 0})}${unit === "antal" ? "" : `\u00a0${unit}`}`} jämfört med ${formatYear(last.year - 1)}`
      : `Ingen jämförelse: värde saknas för ${formatYear(last.year - 1)}`;
  const rankText =
    last.rank !== null && last.of !== null
      ? `Plats ${last.rank} av ${last.of} kommuner ${formatYear(last.year)} (${options.direction === "lower" ? "lägst" : "högst"} värde = plats 1)`
      : null;
  const [y0, y1] = [rows[0].year, rows[rows.length - 1].year];
  const label = `${title}, ${name}: ${fmt(last.value)} år ${formatYear(last.year)}`;
  card.setAttribute("aria-label", label);
  card.setAttribute(
    "aria-description",
    `${label}. ${change}.${rankText ? ` ${rankText}.` : ""} Utveckling ${formatYearRange(y0, y1)}: ${rows.map((d) => `${formatYear(d.year)} ${fmt(d.value)}`).join(", ")}.`
  );
  card.append(el(doc, "p", "kit-kpi-title", `${title} – ${name}`));
  const value = el(doc, "div", "kit-kpi-value", fmt(last.value));
  value.append(el(doc, "span", "kit-kpi-year", ` (${formatYear(last.year)})`));
  card.append(value, el(doc, "p", "kit-kpi-change", change));
  if (rankText) card.append(el(doc, "p", "kit-kpi-rank", rankText));
  if (rows.length > 1) {
    const spark = withSwedishMarkLabels(
      Plot.plot({
        document: doc,
        width: options.width ?? 200,
        height: 44,
        margin: 6,
        marginRight: 8,
        axis: null,
        ariaLabel: `Utveckling ${formatYearRange(y0, y1)}`,
        x: {domain: [y0, y1]},
        marks: [
          Plot.lineY(rows, {
            x: "year",
            y: (d: KpiPoint) => (isMissing(d.value) ? NaN : d.value),
            stroke: style.color,
            strokeWidth: 2,
            strokeDasharray: style.dash ?? undefined
          }),
          Plot.dot([last], {x: "year", y: "value", fill: style.color, r: 3})
        ]
      })
    );
    spark.setAttribute("aria-hidden", "true");
    card.append(spark, el(doc, "p", "kit-kpi-range", formatYearRange(y0, y1)));
  }
  const table: ChartTable = {
    caption: `${title}, ${name} ${formatYearRange(y0, y1)}`,
    columns: [
      {key: "omrade", label: "Område", kind: "text"},
      {key: "ar", label: "År", kind: "year"},
      {key: "varde", label: "Värde", kind: unit}
    ],
    rows: rows.map((d) => ({omrade: name, ar: d.year, varde: isMissing(d.value) ? null : d.value}))
  };
  return attachTable(card, table);
}
