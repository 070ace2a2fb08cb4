// stacked100: composition bars (e.g. the A–E exit categories of resultat vid avslut) per kommun
// and year, category labels in Swedish, and a note where the shares do not sum to 100.
import * as Plot from "@observablehq/plot";
import {formatList, formatYearRange, inSentence} from "./wording.js";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {formatNumber, formatPercent, formatYear, isMissing} from "./format.js";
import {areaDataState, attachTable, el, emptyState, getDocument, nameOf, textWidth, type AreaNames, type ChartTable} from "./chartKit.js";

export interface ShareRow {
  area: string;
  year: number;
  /** Category id (e.g. a KPI id "U40406"). */
  category: string;
  /** Share in percent (0–100). */
  value: number | null;
}

export interface Stacked100Category {
  id: string;
  /** Swedish label ("A. Börjat arbeta"). */
  label: string;
}

export interface Stacked100Options {
  title: string;
  /** Categories in stacking order with their Swedish labels (every category in data must be listed). */
  categories: readonly Stacked100Category[];
  areas?: readonly string[];
  names?: AreaNames;
  /** Sums further than this from 100 (percentage points) get a note (default 0.5). */
  tolerance?: number;
  width?: number;
  document?: Document;
}

/** Fill colours for up to 8 categories: a light-to-dark ramp that also reads in greyscale. */
export const CATEGORY_COLORS = ["#08306b", "#2171b5", "#6baed6", "#c6dbef", "#fdd0a2", "#fd8d3c", "#d94801", "#7f2704"];
const DARK = new Set([0, 1, 6, 7]);
/** Ramp positions for n categories, spread over the whole ramp. */
function rampIndices(n: number): number[] {
  return n === 1 ? [0] : Array.from({length: n}, (_, i) => Math.round((i * (CATEGORY_COLORS.length - 1)) / (n - 1)));
}

export function stacked100(data: readonly ShareRow[], options: Stacked100Options): Element {
  const doc = getDocument(options.document);
  const {title, categories} = options;
  if (categories.length > CATEGORY_COLORS.length) throw new Error(`stacked100: at most ${CATEGORY_COLORS.length} categories (got ${categories.length})`);
  const catIds = categories.map((c) => c.id);
  const stray = Array.from(new Set(data.map((d) => d.category))).filter((c) => !catIds.includes(c));
  if (stray.length) throw new Error(`stacked100: categories ${stray.join(", ")} are in the data but not in options.categories`);
  const {state, keys} = areaDataState(doc, data, (d) => d.area, options.areas, title);
  if (state) return state;
  const rows = data.filter((d) => keys.includes(d.area));
  if (rows.every((d) => isMissing(d.value))) return emptyState(doc, `Inga värden att visa för ${inSentence(title)}: alla värden saknas.`, title);

  const labelOf = (c: string) => categories.find((k) => k.id === c)!.label;
  const barName = (area: string, year: number) => `${nameOf(area, options.names)} ${formatYear(year)}`;
  const allBars = keys.flatMap((a) =>
    Array.from(new Set(rows.filter((d) => d.area === a).map((d) => d.year)))
      .sort((x, y) => x - y)
      .map((year) => ({area: a, year, name: barName(a, year)}))
  );
  // A bar whose every share is missing is not drawn; the note says so.
  const hasValue = (b: {area: string; year: number}) => rows.some((d) => d.area === b.area && d.year === b.year && !isMissing(d.value));
  const bars = allBars.filter(hasValue);
  const blank = allBars.filter((b) => !hasValue(b));
  const plotted = bars.flatMap((b) =>
    categories
      .map((c) => rows.find((d) => d.area === b.area && d.year === b.year && d.category === c.id))
      .filter((d): d is ShareRow => d !== undefined)
      .map((d) => ({...d, name: b.name, label: labelOf(d.category), index: catIds.indexOf(d.category)}))
  );
  const tol = options.tolerance ?? 0.5;
  const sums = bars.map((b) => {
    const parts = plotted.filter((d) => d.name === b.name);
    const missing = categories.filter((c) => !parts.some((d) => d.category === c.id && !isMissing(d.value)));
    return {...b, sum: parts.reduce((s, d) => s + (isMissing(d.value) ? 0 : d.value), 0), missing};
  });
  const off = sums.filter((s) => Math.abs(s.sum - 100) > tol);
  const drawn = plotted.filter((d) => !isMissing(d.value)) as ((typeof plotted)[number] & {value: number})[];
  const width = options.width ?? 640;
  const ramp = rampIndices(categories.length);
  const marginLeft = Math.min(Math.round(width * 0.45), Math.max(...bars.map((b) => textWidth(b.name, 10))) + 12);
  // Bar names longer than the margin wrap onto two lines (Plot's lineWidth is in ems of 10 px).
  const wraps = bars.some((b) => textWidth(b.name, 10) + 12 > marginLeft);
  const years = bars.map((b) => b.year);
  const svg = withSwedishMarkLabels(
    Plot.plot({
      document: doc,
      width,
      height: 60 + (wraps ? 40 : 30) * bars.length,
      marginLeft,
      marginRight: off.length ? 70 : 20,
      ariaLabel: `${title}: ${formatList(keys.map((k) => nameOf(k, options.names)))}, ${formatYearRange(Math.min(...years), Math.max(...years))}`,
      ariaDescription:
        `Staplat stapeldiagram (100 %) över ${inSentence(title)}. ` +
        sums
          .map(
            (s) =>
              `${s.name}: ${categories.map((c) => `${c.label} ${formatPercent(plotted.find((d) => d.name === s.name && d.category === c.id)?.value ?? null)}`).join(", ")}`
          )
          .join(". ") +
        "." +
        (off.length ? ` Summerar inte till 100 %: ${off.map((s) => `${s.name} (${formatPercent(s.sum)})`).join(", ")}.` : "") +
        (blank.length ? ` Värden saknas för ${formatList(blank.map((b) => b.name))}.` : ""),
      x: {
        label: "Andel (%)",
        domain: [0, Math.max(100, ...sums.map((s) => s.sum))],
        tickFormat: (v: number) => formatNumber(v),
        labelAnchor: "right"
      },
      y: {label: null, domain: bars.map((b) => b.name), tickSize: 0, axis: null},
      color: {domain: categories.map((c) => c.label), range: ramp.map((i) => CATEGORY_COLORS[i])},
      marks: [
        Plot.axisY({tickSize: 0, lineWidth: wraps ? (marginLeft - 28) / 10 : Infinity, label: null}),
        Plot.barX(
          drawn,
          Plot.stackX({
            x: "value",
            y: "name",
            fill: "label",
            order: catIds.map(labelOf),
            title: (d: (typeof drawn)[number]) => `${d.name}, ${d.label}: ${formatPercent(d.value)}`,
            stroke: "#ffffff",
            strokeWidth: 0.75
          })
        ),
        Plot.text(
          drawn,
          Plot.stackX({
            x: "value",
            y: "name",
            z: "label",
            order: catIds.map(labelOf),
            text: (d: (typeof drawn)[number]) => (d.value >= 8 ? formatPercent(d.value, {maxDecimals: 0}) : ""),
            fill: (d: (typeof drawn)[number]) => (DARK.has(ramp[d.index]) ? "#ffffff" : "#000000"),
            fontSize: 11
          })
        ),
        Plot.text(off, {
          x: "sum",
          y: "name",
          text: (s: (typeof off)[number]) => `∑ ${formatPercent(s.sum)}`,
          textAnchor: "start",
          dx: 4,
          fill: "currentColor",
          fontSize: 11
        }),
        Plot.ruleX([0, 100])
      ]
    })
  );
  const wrap = el(doc, "div", "kit-chart kit-stacked");
  const legend = el(doc, "ul", "kit-legend");
  legend.setAttribute("aria-label", "Teckenförklaring");
  categories.forEach((c, i) => {
    const li = el(doc, "li");
    const sw = el(doc, "span", "kit-swatch");
    sw.style.background = CATEGORY_COLORS[ramp[i]];
    sw.setAttribute("aria-hidden", "true");
    li.append(sw, doc.createTextNode(` ${c.label}`));
    legend.append(li);
  });
  wrap.append(legend, svg);
  if (off.length) {
    wrap.append(
      el(
        doc,
        "p",
        "kit-note",
        `Andelarna summerar inte till 100 %: ${off.map((s) => `${s.name} ${formatPercent(s.sum)}${s.missing.length ? ` (saknar ${formatList(s.missing.map((c) => c.label))})` : " (avrundning i källan)"}`).join("; ")}.`
      )
    );
  }
  if (blank.length) wrap.append(el(doc, "p", "kit-note", `Värden saknas helt för ${formatList(blank.map((b) => b.name))}, som därför inte visas.`));
  const table: ChartTable = {
    caption: title,
    columns: [
      {key: "omrade", label: "Område", kind: "text"},
      {key: "ar", label: "År", kind: "year"},
      {key: "kategori", label: "Kategori", kind: "text"},
      {key: "andel", label: "Andel", kind: "procent"}
    ],
    rows: plotted.map((d) => ({
      omrade: nameOf(d.area, options.names),
      ar: d.year,
      kategori: d.label,
      andel: isMissing(d.value) ? null : d.value
    }))
  };
  return attachTable(wrap, table);
}
