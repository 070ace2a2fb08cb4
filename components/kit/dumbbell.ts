// dumbbell: two values per kommun (e.g. "i granskningen" vs "senaste värde"), with their years.
import * as Plot from "@observablehq/plot";
import {formatList, inSentence} from "./wording.js";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {formatByUnit, formatYear, isMissing, tickFormat, unitLabel, type Unit} from "./format.js";
import {seriesStyle} from "./colors.js";
import {areaDataState, attachTable, emptyState, getDocument, nameOf, textWidth, type AreaNames, type ChartTable} from "./chartKit.js";

export interface DumbbellRow {
  area: string;
  fromYear: number;
  fromValue: number | null;
  toYear: number;
  toValue: number | null;
}

export interface DumbbellOptions {
  title: string;
  unit: Unit;
  /** Label of the first value (default "I granskningen"). */
  fromLabel?: string;
  /** Label of the second value (default "Senaste värde"). */
  toLabel?: string;
  /** Areas to show, in this order (default: all in data). */
  areas?: readonly string[];
  names?: AreaNames;
  width?: number;
  document?: Document;
}

export function dumbbell(data: readonly DumbbellRow[], options: DumbbellOptions): Element {
  const doc = getDocument(options.document);
  const {title, unit} = options;
  const fromLabel = options.fromLabel ?? "I granskningen";
  const toLabel = options.toLabel ?? "Senaste värde";
  const {state, keys} = areaDataState(doc, data, (d) => d.area, options.areas, title);
  if (state) return state;
  const rows = keys.map((k) => data.find((d) => d.area === k)!);
  if (rows.every((d) => isMissing(d.fromValue) && isMissing(d.toValue)))
    return emptyState(doc, `Inga värden att visa för ${inSentence(title)}: alla värden saknas.`, title);
  const fmt = (v: number | null) => formatByUnit(v, unit);
  const items = rows.map((d) => ({...d, name: nameOf(d.area, options.names), style: seriesStyle(d.area)}));
  const marginLeft = Math.min(240, Math.max(...items.map((d) => textWidth(d.name))) + 14);
  // Of each pair the smaller value is labelled on its left, the larger on its right.
  const points = items
    .flatMap((d) => {
      const fromLeft = isMissing(d.toValue) || isMissing(d.fromValue) ? true : d.fromValue <= d.toValue;
      return [
        {
          name: d.name,
          which: "from" as const,
          year: d.fromYear,
          value: d.fromValue,
          color: d.style.color,
          left: fromLeft && !isMissing(d.toValue)
        },
        {name: d.name, which: "to" as const, year: d.toYear, value: d.toValue, color: d.style.color, left: !fromLeft}
      ];
    })
    .filter((p) => !isMissing(p.value));
  const both = items.filter((d) => !isMissing(d.fromValue) && !isMissing(d.toValue));
  const describe = (d: (typeof items)[number]) =>
    `${d.name}: ${fromLabel.toLowerCase()} ${fmt(d.fromValue)} (${formatYear(d.fromYear)}), ${toLabel.toLowerCase()} ${fmt(d.toValue)} (${formatYear(d.toYear)})`;
  const years = Array.from(new Set(items.flatMap((d) => [d.fromYear, d.toYear]))).sort();
  // Value labels sit left and right of the dots; on a narrow chart the area names move above
  // each row so the value axis keeps its width.
  const width = options.width ?? 640;
  const labelWidth = Math.max(...points.map((p) => textWidth(`${formatYear(p.year)}: ${fmt(p.value)}`, 11))) + 14;
  const narrow = width < 560;
  const svg = withSwedishMarkLabels(
    Plot.plot({
      document: doc,
      width,
      height: 50 + (narrow ? 52 : 36) * items.length,
      marginLeft: narrow ? 4 : marginLeft,
      marginRight: labelWidth,
      marginTop: 20,
      insetLeft: labelWidth,
      ariaLabel: `${title}: ${fromLabel.toLowerCase()} och ${toLabel.toLowerCase()} för ${formatList(items.map((d) => d.name))}`,
      ariaDescription:
        `Hantelsdiagram över ${inSentence(title)} (${unitLabel(unit).toLowerCase()}), år ${formatList(years.map(formatYear))}. Tom ring: ${fromLabel.toLowerCase()}; fylld punkt: ${toLabel.toLowerCase()}. ` +
        items.map(describe).join(". ") +
        ".",
      x: {
        label: unitLabel(unit),
        tickFormat: tickFormat(unit),
        grid: true,
        nice: true,
        zero: unit !== "procent" ? true : undefined,
        labelAnchor: "right"
      },
      y: {label: null, domain: items.map((d) => d.name), tickSize: 0, axis: narrow ? null : "left"},
      marks: [
        ...(narrow
          ? [
              Plot.text(items, {
                y: "name",
                frameAnchor: "left",
                text: "name",
                textAnchor: "start",
                dy: -16,
                fill: "currentColor",
                fontWeight: 600,
                fontSize: 11
              })
            ]
          : []),
        Plot.link(both, {
          x1: "fromValue",
          x2: "toValue",
          y1: "name",
          y2: "name",
          stroke: (d: (typeof items)[number]) => d.style.color,
          strokeWidth: 3,
          strokeOpacity: 0.6,
          markerEnd: "arrow"
        }),
        Plot.dot(points, {
          x: "value",
          y: "name",
          r: 6,
          stroke: "color",
          strokeWidth: 2,
          fill: (p: (typeof points)[number]) => (p.which === "to" ? p.color : "none"),
          title: (p: (typeof points)[number]) => `${p.name}, ${p.which === "from" ? fromLabel : toLabel} (${formatYear(p.year)}): ${fmt(p.value)}`
        }),
        Plot.text(
          points.filter((p) => p.left),
          {
            x: "value",
            y: "name",
            text: (p: (typeof points)[number]) => `${formatYear(p.year)}: ${fmt(p.value)}`,
            dx: -10,
            textAnchor: "end",
            fill: "currentColor",
            fontSize: 11
          }
        ),
        Plot.text(
          points.filter((p) => !p.left),
          {
            x: "value",
            y: "name",
            text: (p: (typeof points)[number]) => `${formatYear(p.year)}: ${fmt(p.value)}`,
            dx: 10,
            textAnchor: "start",
            fill: "currentColor",
            fontSize: 11
          }
        )
      ]
    })
  );
  const table: ChartTable = {
    caption: title,
    columns: [
      {key: "omrade", label: "Område", kind: "text"},
      {key: "franAr", label: `${fromLabel}, år`, kind: "year"},
      {key: "franVarde", label: fromLabel, kind: unit},
      {key: "tillAr", label: `${toLabel}, år`, kind: "year"},
      {key: "tillVarde", label: toLabel, kind: unit}
    ],
    rows: items.map((d) => ({
      omrade: d.name,
      franAr: d.fromYear,
      franVarde: isMissing(d.fromValue) ? null : d.fromValue,
      tillAr: d.toYear,
      tillVarde: isMissing(d.toValue) ? null : d.toValue
    }))
  };
  return attachTable(svg, table);
}
