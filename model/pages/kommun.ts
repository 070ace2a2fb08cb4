// The kommun pages (/kommun/<kommunkod>, src/kommun/[kommun].md) and the kommun index (/kommun/):
// what they show and the shape of a page's data, derived at build time by
// loaders/analysis/kommunPages.ts and drawn by components/kommun/. No KPI id is typed here: the
// headline is the catalogue's first headline KPI, the rest are every other catalogue KPI.
import {KPIS, type CatalogueKpi} from "../catalogue.js";
import type {ComparisonSource} from "../comparisons.js";

/** The KPI a kommun page leads with and the index's map colours by: the catalogue's first headline KPI. */
export const KOMMUN_HEADLINE: string = KPIS.find((k) => k.headline)!.id;
/** The KPIs a kommun page lists after the headline, in the catalogue's order. */
export const KOMMUN_OTHER_KPIS: readonly string[] = KPIS.filter((k) => k.id !== KOMMUN_HEADLINE).map((k) => k.id);

/** The index's address and a kommun page's. */
export const KOMMUN_INDEX_PATH = "/kommun/";
export const kommunPath = (id: string): string => `/kommun/${id}`;

/** The population figures' source until the snapshot holds Kolada's own (N01951). */
export type PopulationSource = "SCB" | "Kolada";

/** A kommun's value and place among the kommuner with a value one year. */
export interface KommunPlace {
  period: number;
  value: number;
  /** competition rank in the KPI's order (kpi_ranks: tied kommuner share the place) */
  rank: number;
  /** how many kommuner share the place (1: none other) */
  tiedWith: number;
  /** kommuner with a value that year */
  kommuner: number;
}

/** A comparison series of the page: the kommun's liknande kommuner, its SKR group, all kommuner, Riket. */
export interface KommunComparison {
  role: "liknande" | "skr" | "all" | "riket";
  area: string;
  name: string;
  points: {year: number; value: number | null; source: ComparisonSource | null; kommuner: number | null; members: number | null}[];
}

export interface KommunKpiRow {
  kpi: Pick<CatalogueKpi, "id" | "label" | "title" | "unit">;
  points: {year: number; value: number | null}[];
}

/** Everything a kommun page draws, for one kommun. */
export interface KommunPageData {
  id: string;
  name: string;
  fetchedAt: string;
  headline: Pick<CatalogueKpi, "id" | "label" | "title" | "unit" | "direction">;
  /** the kommun's headline values by year (every year the KPI has a value for some kommun) */
  points: {year: number; value: number | null}[];
  /** the kommun's place each year it has a value, oldest first */
  places: KommunPlace[];
  comparisons: KommunComparison[];
  peers: {id: string; name: string; points: {year: number; value: number | null}[]}[];
  /** null when the snapshot holds no group memberships (then there are no peers and no group comparisons) */
  skr: {id: string; code: string; name: string} | null;
  population: {period: number; total: number; source: PopulationSource} | null;
  /** the other catalogue KPIs with at least one value for the kommun, and the labels of those without */
  others: KommunKpiRow[];
  othersMissing: string[];
  audits: {report: string; name: string; firstSentence: string | null; path: string}[];
  /** the catalogue kommuner's dashboards (empty for a kommun outside the catalogue) */
  dashboards: {name: string; path: string}[];
}

/** One kommun on the index: its name, its page and its latest value (null: no value that year). */
export interface KommunIndexEntry {
  id: string;
  name: string;
  value: number | null;
}
