// Översikt (src/index.md): what the start page shows. Its analysis tables (loaders/analysis/ranks.ts,
// overview.ts) and its sections (components/sections/oversikt/) read this list.

export const OVERSIKT = {
  /** One card per kommun and KPI: the latest value, the change, the rank among all kommuner. */
  cards: ["U40455", "N40011", "U40811"],
  /** The KPI drawn over time for every kommun and the mean of all kommuner. */
  trend: "U40455"
} as const;

/** Every KPI the page shows (the snapshot notice at the top says which of them the snapshot holds). */
export const OVERSIKT_KPIS: readonly string[] = [...new Set<string>([...OVERSIKT.cards, OVERSIKT.trend])];
