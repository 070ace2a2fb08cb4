// model/pages/: one module per page, the single declared list of what the page shows (KPI ids,
// the areas or audit figures it features, the choices it offers). The page's analysis tables
// (loaders/analysis/) and its section builders (components/sections/, components/audit/) both read
// it, so no id is typed into a page.
//
// The audit pages (src/granskningar/[report].md, one per report, and src/granskningar/index.md,
// the comparison). Which reports exist, their questions, themes and followed KPIs are data
// (data/reports/); this module holds only the pages' own choices.
import {REFERENCES} from "../catalogue.js";

/** The themes (data/reports/themes.yaml ids) whose lacks the comparison counts: follow-up of results and of costs. */
export const FOLLOW_UP = {results: "resultat", costs: "kostnader"} as const;
export const FOLLOW_UP_THEMES = Object.values(FOLLOW_UP);
export type FollowUpTheme = (typeof FOLLOW_UP)[keyof typeof FOLLOW_UP];

/** The comparison drawn beside a kommun's follow-up series: Kolada's "Alla kommuner (ovägt medel)". */
export const COMPARISON_AREA = "G2328";

/** Where a comparison value comes from: Kolada's own group mean, or our mean of every kommun (kpi_means). */
export const MEAN_SOURCES = ["G2328", "kpi_means"] as const;
export type MeanSource = (typeof MEAN_SOURCES)[number];

/** How the charts name the comparison series, per source. */
export const MEAN_SOURCE_NAMES: Readonly<Record<MeanSource, string>> = {
  G2328: REFERENCES.find((r) => r.id === COMPARISON_AREA)!.name,
  kpi_means: "Alla kommuner, ovägt medel (egen beräkning)"
};
