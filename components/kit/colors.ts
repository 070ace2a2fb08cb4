// Series styles: each catalogue kommun in its own colour and symbol (declared in model/catalogue.ts,
// Okabe–Ito, distinguishable with the common colour-vision deficiencies, ≥ 3:1 against both theme
// backgrounds); reference series in neutral greys with distinct dash patterns so they survive
// black-and-white print.
import {areaRole, isKommunId, kommunOf, type AreaRole} from "../../model/catalogue.js";

/** What a series shows: a catalogue kommun, or a kind of reference area (the model's area role). */
export type SeriesKind = AreaRole;

export interface SeriesStyle {
  kind: SeriesKind;
  /** Stroke/fill colour (a fixed hex value: SVG attributes cannot use CSS variables). */
  color: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  strokeWidth: number;
  symbol: "circle" | "square" | "triangle" | "diamond" | "cross" | "times" | "star" | "wye";
  /** Named beside its line even where a narrow chart keys its series in a legend (its neutral tone alone would not tell it from the references). */
  namedOnLine?: true;
}

/** Neutral tones for reference series (≥3:1 against #ffffff and #161616). */
export const REFERENCE_STYLES: Readonly<Record<Exclude<SeriesKind, "kommun">, SeriesStyle>> = {
  mean: {kind: "mean", color: "#737373", dash: "6 3", strokeWidth: 1.75, symbol: "cross"},
  size_group: {kind: "size_group", color: "#8c8c8c", dash: "2 3", strokeWidth: 1.75, symbol: "times"},
  riket: {kind: "riket", color: "#6e6e6e", dash: "10 3 2 3", strokeWidth: 1.75, symbol: "star"},
  other: {kind: "other", color: "#8c8c8c", dash: null, strokeWidth: 1, symbol: "circle"}
};

/** Colour for dots of kommuner that are not highlighted (e.g. the rest of a rank strip). */
export const OTHER_KOMMUN_COLOR = "#8c8c8c";

/**
 * A kommun the reader added (outside the catalogue): neutral, a solid line between the catalogue's
 * colours and the dashed references, named beside its line (≥3:1 against #ffffff and #161616).
 */
export const ADDED_KOMMUN_STYLE: SeriesStyle = {kind: "other", color: "#767676", dash: null, strokeWidth: 2, symbol: "circle", namedOnLine: true};

/** The style for a series by its Kolada id; a series without one (a name printed in a report) is "other". */
export function seriesStyle(id: string | null | undefined): SeriesStyle {
  const kommun = id ? kommunOf(id) : undefined;
  if (kommun) return {kind: "kommun", color: kommun.color, dash: null, strokeWidth: 2.5, symbol: kommun.symbol};
  if (id && isKommunId(id)) return ADDED_KOMMUN_STYLE;
  const kind = id ? areaRole(id) : "other";
  return REFERENCE_STYLES[kind === "kommun" ? "other" : kind];
}
