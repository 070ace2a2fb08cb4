// trendChart: one line per series over the years; a missing year is a gap, never a zero.
import * as Plot from "@observablehq/plot";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {formatByUnit, formatList, formatYear, formatYearRange, isMissing, tickFormat, unitLabel, type Unit} from "./format.js";

export interface TrendPoint {
  series: string;
  year: number;
  value: number | null;
}

export interface TrendChartOptions {
  width?: number;
  height?: number;
  unit: Unit;
  /** What is measured, used in the ARIA label ("Nettokostnad arbetsmarknadsåtgärder"). */
  title: string;
  document?: Document;
}

/** A line chart of `data`, or an explicit empty-state message when there is nothing to draw. */
export function trendChart(data: readonly TrendPoint[], options: TrendChartOptions): Element {
  const doc = options.document ?? document;
  const present = data.filter((d) => !isMissing(d.value));
  if (present.length === 0) {
    const p = doc.createElement("p");
    p.className = "chart-empty";
    p.textContent = `Inga värden att visa för ${options.title.toLowerCase()}.`;
    return p;
  }
  const series = Array.from(new Set(data.map((d) => d.series)));
  const years = present.map((d) => d.year);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const chart = Plot.plot({
    document: doc,
    width: options.width ?? 640,
    height: options.height ?? 320,
    marginRight: 160,
    ariaLabel: `${options.title}, ${formatYearRange(y0, y1)}`,
    ariaDescription: `Linjediagram över ${options.title.toLowerCase()} för ${formatList(series)} ${formatYearRange(y0, y1)}. ` +
      series.map((s) => `${s}: ${data.filter((d) => d.series === s).map((d) => `${formatYear(d.year)} ${formatByUnit(d.value, options.unit)}`).join(", ")}`).join(". "),
    x: {label: "År", tickFormat: (y: number) => formatYear(y), ticks: Array.from(new Set(data.map((d) => d.year))).sort()},
    y: {label: unitLabel(options.unit), grid: true, zero: true, tickFormat: tickFormat(options.unit)},
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(data, {x: "year", y: (d: TrendPoint) => (isMissing(d.value) ? NaN : d.value), z: "series", stroke: "series", strokeWidth: 2}),
      Plot.dot(present, {x: "year", y: "value", fill: "series", r: 3, title: (d: TrendPoint) => `${d.series} ${formatYear(d.year)}: ${formatByUnit(d.value, options.unit)}`}),
      Plot.text(present, Plot.selectLast({x: "year", y: "value", z: "series", text: "series", dx: 6, textAnchor: "start", fill: "series"}))
    ],
    color: {domain: series}
  });
  return withSwedishMarkLabels(chart);
}
