// Shared pieces of the audit views: the assessment scale written out on its colour, line
// references into a report's source text, both readings of a question, and a keyboard-reachable
// scroll region for wide tables.
import {el} from "../kit/chartKit.js";
import {type Scale} from "../../model/vocabulary.js";

/** Fill per scale (ColorBrewer RdBu, colour-blind safe); the scale is always also written out. */
export const SCALE_FILLS: Readonly<Record<Scale, string>> = {
  ja: "#67a9cf",
  "i huvudsak ja": "#d1e5f0",
  delvis: "#fddbc7",
  nej: "#ef8a62",
  "ingen bedömning": "#e0e0e0"
};
/** Text on a scale fill: dark on every fill, in light and dark themes. */
export const SCALE_TEXT = "#1a1a1a";

export const scaleSlug = (s: Scale): string => s.replace(/ /g, "-").replace("ö", "o");

/** Both readings of a question's assessment: [scale] or [scale, other scale] when the report contradicts itself. */
export function readingsOf(q: {scale: string; other_scale: string | null}): Scale[] {
  return (q.other_scale && q.other_scale !== q.scale ? [q.scale, q.other_scale] : [q.scale]) as Scale[];
}

/** A scale written out on its colour: <span class="scale scale-delvis">delvis</span>. */
export function scaleTag(doc: Document, scale: Scale, text: string = scale): HTMLSpanElement {
  const span = el(doc, "span", `scale scale-${scaleSlug(scale)}`, text);
  span.style.background = SCALE_FILLS[scale];
  span.style.color = SCALE_TEXT;
  return span;
}
