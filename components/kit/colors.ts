// One fixed colour per kommun (by Kolada id), used site-wide; reference series in neutral greys
// with distinct dash patterns so they survive black-and-white print.
// Kommun colours are from the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies). Each has at least 3:1 contrast (WCAG 1.4.11, graphics) against both the light
// theme background (#ffffff) and the dark theme background (#161616).

/** The four kommuner the site follows, by Kolada id. */
export const KOMMUN_IDS = ["1487", "1489", "2380", "0764"] as const;
export type KommunId = (typeof KOMMUN_IDS)[number];

export const KOMMUN_COLORS: Readonly<Record<KommunId, string>> = {
  "1487": "#0072B2", // Vänersborg: blue
  "1489": "#D55E00", // Alingsås: vermillion
  "2380": "#009E73", // Östersund: bluish green
  "0764": "#CC79A7" // Alvesta: reddish purple
};

/** Plot symbol per kommun, so dots stay distinguishable without colour. */
export const KOMMUN_SYMBOLS: Readonly<Record<KommunId, "circle" | "square" | "triangle" | "diamond">> = {
  "1487": "circle",
  "1489": "square",
  "2380": "triangle",
  "0764": "diamond"
};

/** Short Swedish names used when a page passes no names. */
export const DEFAULT_NAMES: Readonly<Record<string, string>> = {
  "1487": "Vänersborg",
  "1489": "Alingsås",
  "2380": "Östersund",
  "0764": "Alvesta",
  G2328: "Alla kommuner (ovägt medel)",
  "0000": "Riket"
};

export type SeriesKind = "kommun" | "mean" | "size_group" | "riket" | "other";

export interface SeriesStyle {
  kind: SeriesKind;
  /** Stroke/fill colour (a fixed hex value: SVG attributes cannot use CSS variables). */
  color: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  strokeWidth: number;
  symbol: "circle" | "square" | "triangle" | "diamond" | "cross" | "times" | "star" | "wye";
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

function isKommunId(id: string): id is KommunId {
  return (KOMMUN_IDS as readonly string[]).includes(id);
}

/** The kind of an area from its Kolada id: kommun ids are 4 digits, groups start with "G". */
export function areaKind(id: string): SeriesKind {
  if (id === "0000") return "riket";
  if (id === "G2328") return "mean";
  if (/^G\d+$/.test(id)) return "size_group";
  if (isKommunId(id)) return "kommun";
  return "other";
}

/**
 * The style for a series by Kolada id; without an id (older callers passing only a display
 * name) the name is matched against the known kommun names and reference wordings.
 */
export function seriesStyle(id: string | undefined, name?: string): SeriesStyle {
  const key = id ?? guessIdFromName(name ?? "");
  if (key && isKommunId(key)) {
    return {kind: "kommun", color: KOMMUN_COLORS[key], dash: null, strokeWidth: 2.5, symbol: KOMMUN_SYMBOLS[key]};
  }
  const kind = key ? areaKind(key) : "other";
  return REFERENCE_STYLES[kind === "kommun" ? "other" : kind];
}

function guessIdFromName(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  if (!n) return undefined;
  if (n === "riket") return "0000";
  if (n.includes("ovägt medel") || n.startsWith("alla kommuner")) return "G2328";
  if (/invånare/.test(n) || /^kommuner\s/.test(n)) return "G0";
  for (const id of KOMMUN_IDS) {
    const k = DEFAULT_NAMES[id].toLowerCase();
    if (n === k || n.startsWith(`${k}s kommun`) || n.startsWith(`${k} kommun`) || n === `${k}s`) return id;
  }
  return undefined;
}
