// ageProfile: age-band shares for the population and for participants side by side.
import * as Plot from "@observablehq/plot";
import {formatList, inSentence} from "./wording.js";
import {withSwedishMarkLabels} from "./plotA11y.js";
import {formatNumber, formatPercent, formatYear, isMissing} from "./format.js";
import {seriesStyle} from "./colors.js";
import {isKommunId, kommunOf} from "../../model/catalogue.js";
import {attachTable, el, emptyState, getDocument, textWidth, type ChartTable} from "./chartKit.js";

export interface AgeShare {
  /** Age band label ("16–24 år"); bands are drawn in options.bands order. */
  band: string;
  /** Group id, one of options.groups ("befolkning", "deltagare", …). */
  group: string;
  /** Share in percent of the group. */
  value: number | null;
}

export interface AgeGroup {
  id: string;
  /** Swedish label ("Deltagare i Östersund 2021"). */
  label: string;
  /** Kolada id whose colour (kommun) or neutral tone and dashed outline (reference group) the bars take; omit for a neutral group such as the population. */
  area?: string;
}

export interface AgeProfileOptions {
  title: string;
  /** Age bands in order. */
  bands: readonly string[];
  /** Groups side by side in each band (at most 4). */
  groups: readonly AgeGroup[];
  /** The year the shares are for (named in the ARIA text). */
  year?: number;
  width?: number;
  document?: Document;
}

export function ageProfile(data: readonly AgeShare[], options: AgeProfileOptions): Element {
  const doc = getDocument(options.document);
  const {title, bands, groups} = options;
  if (groups.length === 0 || groups.length > 4) throw new Error(`ageProfile: options.groups must list 1–4 groups (got ${groups.length})`);
  if (data.length === 0) return emptyState(doc, `Inga uppgifter att visa för ${inSentence(title)}.`, title);
  const groupIds = groups.map((g) => g.id);
  const strayGroups = Array.from(new Set(data.map((d) => d.group))).filter((g) => !groupIds.includes(g));
  if (strayGroups.length) return emptyState(doc, `Okänd grupp i underlaget: ${strayGroups.join(", ")}. Inget diagram visas.`, title);
  const strayBands = Array.from(new Set(data.map((d) => d.band))).filter((b) => !bands.includes(b));
  if (strayBands.length) return emptyState(doc, `Okänd åldersgrupp i underlaget: ${strayBands.join(", ")}. Inget diagram visas.`, title);
  const missingGroups = groups.filter((g) => !data.some((d) => d.group === g.id));
  if (missingGroups.length)
    return emptyState(doc, `Inga uppgifter för ${formatList(missingGroups.map((g) => g.label))} i underlaget, så inget diagram visas.`, title);
  if (data.every((d) => isMissing(d.value))) return emptyState(doc, `Inga värden att visa för ${inSentence(title)}: alla värden saknas.`, title);

  const NEUTRAL = ["#a3a3a3", "#737373", "#8c8c8c", "#5f5f5f"];
  // Beside a kommun the reader added (itself neutral grey), the other neutral groups are lighter, so its bars stand apart by tone as well as outline.
  const LIGHT = ["#c4c4c4", "#b0b0b0", "#c4c4c4", "#b0b0b0"];
  const isAdded = (g: AgeGroup) => g.area !== undefined && !kommunOf(g.area) && isKommunId(g.area);
  const lighter = groups.some(isAdded);
  const colorOf = (g: AgeGroup, i: number) => {
    if (lighter && !isAdded(g)) return LIGHT[i];
    return g.area ? seriesStyle(g.area).color : NEUTRAL[i];
  };
  // A kommun's bars are solid: the catalogue's in their colour, one the reader added in its neutral tone (ADDED_KOMMUN_STYLE).
  const isKommun = (id: string) => {
    const g = groups.find((x) => x.id === id)!;
    return g.area !== undefined && (seriesStyle(g.area).kind === "kommun" || isKommunId(g.area));
  };
  const dashOf = (id: string) => {
    const g = groups.find((x) => x.id === id)!;
    return (g.area ? seriesStyle(g.area).dash : null) ?? "3 2";
  };
  const label = (id: string) => groups.find((g) => g.id === id)!.label;
  const rows = bands.flatMap((b) => groups.map((g) => data.find((d) => d.band === b && d.group === g.id) ?? {band: b, group: g.id, value: null}));
  const yearText = options.year === undefined ? "" : ` ${formatYear(options.year)}`;
  const drawn = rows.filter((d) => !isMissing(d.value)) as (AgeShare & {value: number})[];
  const marginLeft = Math.min(160, Math.max(...bands.map((b) => textWidth(b))) + 12);
  const svg = withSwedishMarkLabels(
    Plot.plot({
      document: doc,
      width: options.width ?? 640,
      height: 50 + bands.length * (groups.length * 20 + 12),
      marginLeft,
      marginRight: 56,
      ariaLabel: `${title}: ${formatList(groups.map((g) => g.label))}${yearText}`,
      ariaDescription:
        `Stapeldiagram över ${inSentence(title)}, andel per åldersgrupp för ${formatList(groups.map((g) => g.label))}${yearText}. ` +
        bands
          .map((b) => `${b}: ${groups.map((g) => `${g.label} ${formatPercent(rows.find((d) => d.band === b && d.group === g.id)!.value)}`).join(", ")}`)
          .join(". ") +
        ".",
      x: {
        label: "Andel (%)",
        domain: [0, Math.max(10, ...drawn.map((d) => d.value))],
        nice: true,
        grid: true,
        tickFormat: (v: number) => formatNumber(v),
        labelAnchor: "right"
      },
      fy: {label: null, domain: [...bands], tickFormat: (b: string) => b},
      y: {axis: null, domain: [...groupIds]},
      color: {domain: [...groupIds], range: groups.map(colorOf)},
      facet: {marginLeft},
      marks: [
        Plot.barX(drawn, {
          x: "value",
          y: "group",
          fy: "band",
          fill: "group",
          title: (d: AgeShare) => `${label(d.group)}, ${d.band}: ${formatPercent(d.value)}`
        }),
        // Neutral groups get a dashed outline in their reference series' pattern (print-safe).
        ...groupIds
          .filter((id) => !isKommun(id))
          .map((id) =>
            Plot.barX(
              drawn.filter((d) => d.group === id),
              {x: "value", y: "group", fy: "band", fill: "none", stroke: "currentColor", strokeDasharray: dashOf(id)}
            )
          ),
        Plot.text(drawn, {
          x: "value",
          y: "group",
          fy: "band",
          text: (d: AgeShare) => formatPercent(d.value),
          textAnchor: "start",
          dx: 4,
          fill: "currentColor",
          fontSize: 11
        }),
        Plot.text(
          rows.filter((d) => isMissing(d.value)),
          {
            x: 0,
            y: "group",
            fy: "band",
            text: () => "värde saknas",
            textAnchor: "start",
            dx: 4,
            fill: "currentColor",
            fontStyle: "italic",
            fontSize: 11
          }
        ),
        Plot.ruleX([0])
      ]
    })
  );
  const wrap = el(doc, "div", "kit-chart kit-age");
  const legend = el(doc, "ul", "kit-legend");
  legend.setAttribute("aria-label", "Teckenförklaring");
  groups.forEach((g, i) => {
    const li = el(doc, "li");
    const sw = el(doc, "span", isKommun(g.id) ? "kit-swatch" : "kit-swatch kit-swatch-neutral");
    sw.style.background = colorOf(g, i);
    sw.setAttribute("aria-hidden", "true");
    li.append(sw, doc.createTextNode(` ${g.label}`));
    legend.append(li);
  });
  wrap.append(legend, svg);
  const table: ChartTable = {
    caption: `${title}${yearText}`,
    columns: [
      {key: "alder", label: "Åldersgrupp", kind: "text"},
      {key: "grupp", label: "Grupp", kind: "text"},
      {key: "andel", label: "Andel", kind: "procent"}
    ],
    rows: rows.map((d) => ({alder: d.band, grupp: label(d.group), andel: isMissing(d.value) ? null : d.value}))
  };
  return attachTable(wrap, table);
}
