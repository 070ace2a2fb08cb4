// Resultat vid avslut: what the page shows (src/resultat-vid-avslut.md). Its analysis tables
// (loaders/analysis/results.ts, ranks.ts) and its sections (components/sections/resultat/) read
// this list, so no KPI id is typed into the page or its sections.

export const RESULTAT = {
  /** The headline share: deltagare som börjat arbeta eller studera (A + B), percent. */
  share: "U40455",
  /** Its denominator: avslutade deltagare (for the interval and the few-participants warning). */
  participants: "N40450",
  /** The A–E exit categories, in Kolada's order. */
  composition: ["U40406", "U40409", "U40412", "U40415", "U40418"],
  /** The categories whose sum is the share (A. börjat arbeta, B. börjat studera). */
  shareParts: ["U40406", "U40409"],
  /** The audit figures featured: printed figures of these KPIs (or shown beside them) beside Kolada. */
  auditKpis: ["U40455", "U40406"],
  /** Participant counts for which the served interval widths are computed (at a share of 50 %). */
  intervalExamples: [10, 20, 30, 50, 100, 200, 500]
} as const;

/** Every KPI the page shows (the frame offers kön when any of them is divided by gender). */
export const RESULTAT_KPIS: readonly string[] = [RESULTAT.share, ...RESULTAT.composition, RESULTAT.participants];

/** The page's own URL parameter beside the frame's: the year of the ranking. */
export const RANK_YEAR_PARAM = "rankar";
