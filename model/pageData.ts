// Each dashboard page's data, declared once (model/slices.ts): per table, the slice of a served
// table the page can draw under any of the reader's choices, and when it is fetched. The serving
// stage cuts these slices at build time (/data/pages/<page>/<key>.arrow, one loader run for all
// pages), the page loads them with loadPage and names each file literally (Framework needs literal
// paths; a unit test holds the page's literals against this declaration), and the sections' data
// types are derived from it (PageRows). Loading only these rows, rather than the whole tables,
// keeps a page's bytes from growing with the snapshot: on a full snapshot Resultat loaded every
// headline KPI's ranks for every kön (113 KB gzip) to draw one KPI's for one kön (23 KB), and
// Kostnad every price level (50 KB) to draw current prices (2 KB).
import {OVERSIKT, OVERSIKT_KPIS} from "./pages/oversikt.js";
import {RESULTAT, RESULTAT_KPIS} from "./pages/resultat.js";
import {KOSTNAD_KPIS, VERKSAMHET_KPIS} from "./pages/kostnad.js";
import {ALDER_KPIS} from "./pages/alder.js";
import {definePageData, slice, type PageData, type Slice} from "./slices.js";
import {catalogueKommunIds, kommunOf} from "./catalogue.js";
import {DASHBOARD_COMPARISON_AREAS} from "./groups.js";
import {groupValues} from "./tables/analysis.js";
import {kommunGroupsTable} from "./tables/kommunGroups.js";
import {auditKpiFigures} from "./tables/auditKpiFigures.js";
import {populationAgeBands, youthReferenceCase, youthRepresentation, youthUnemployment} from "./tables/age.js";
import {costPerParticipant, costPrices, costVsResult, costVsResultSummary} from "./tables/cost.js";
import {prisbasbelopp} from "./tables/facts.js";
import {kolada, koladaKpis} from "./tables/kolada.js";
import {kpiFreshness, reportSummaries} from "./tables/overview.js";
import {kpiLatest, kpiRanks} from "./tables/ranks.js";
import {intervalWidths, resultAuditFigures, resultComposition, resultShares} from "./tables/results.js";

/**
 * The areas a dashboard's own slices hold: the catalogue's kommuner and the comparison areas the
 * dashboards draw. The served tables they are cut from hold every kommun of the snapshot
 * (loaders/serve/tables.ts); a kommun the reader adds brings its own rows (ADDED_KOMMUN_DATA), so a
 * page's slices do not grow with the number of kommuner.
 */
export const DASHBOARD_AREAS: readonly string[] = [...catalogueKommunIds(), ...DASHBOARD_COMPARISON_AREAS];
/** Rows of the dashboard's areas (a served table of every kommun). */
const areas = {municipality: DASHBOARD_AREAS} as const;

/** A page's Kolada values: its KPIs for the catalogue's areas, the columns the pages draw (not count and status). */
const values = (kpis: readonly string[]) => slice(kolada, {where: {kpi: kpis, ...areas}, columns: ["kpi", "municipality", "period", "gender", "value"]});
/** Kolada's metadata of a page's KPIs (their definitions in the source notes). */
const kpiMeta = (kpis: readonly string[]) => slice(koladaKpis, {where: {id: kpis}});
/** One line per report, for the credits. */
const reports = slice(reportSummaries);
/** Every kommun with its groups: what the kommun choice offers, and whose group a comparison draws. */
const kommuner = slice(kommunGroupsTable);
/** The comparison areas' values of a page's KPIs (group_values: Kolada's own value or an own mean, model/comparisons.ts). */
const groups = (kpis: readonly string[]) => slice(groupValues, {where: {kpi: kpis, area: DASHBOARD_COMPARISON_AREAS}});

export const OVERSIKT_DATA = definePageData("oversikt", {
  kolada: values(OVERSIKT_KPIS),
  latest: slice(kpiLatest, {where: {kpi: OVERSIKT.cards}}),
  freshness: slice(kpiFreshness),
  audits: reports
});

export const RESULTAT_DATA = definePageData("resultat", {
  kolada: values(RESULTAT_KPIS),
  kpis: kpiMeta(RESULTAT_KPIS),
  reports,
  kommuner,
  groups: groups(RESULTAT_KPIS),
  shares: slice(resultShares, {where: areas}),
  composition: slice(resultComposition, {where: areas}),
  /** Every kommun's place for totalt (the kön the page opens with); kvinnor and män when the reader chooses one. */
  ranks: slice(kpiRanks, {where: {kpi: [RESULTAT.share], gender: ["T"]}}),
  ranksByGender: slice(kpiRanks, {where: {kpi: [RESULTAT.share]}, except: {gender: ["T"]}, when: "demand"}),
  auditFigures: slice(resultAuditFigures),
  intervals: slice(intervalWidths)
});

export const KOSTNAD_DATA = definePageData("kostnad", {
  kolada: values(KOSTNAD_KPIS),
  kpis: kpiMeta(KOSTNAD_KPIS),
  reports,
  kommuner,
  /** The comparison areas' values of the verksamheter's KPIs (totalt): N31825's series and every comparison's credit (the costs' own series are in cost_prices, in every price level). */
  groups: slice(groupValues, {where: {kpi: VERKSAMHET_KPIS, area: DASHBOARD_COMPARISON_AREAS, gender: ["T"]}}),
  pbb: slice(prisbasbelopp),
  /** Costs per inhabitant in current prices (as in Kolada), what the page first draws. */
  cost: slice(costPrices, {where: {price_year: [null], ...areas}}),
  /** The same costs in fixed prices, for every base year: fetched when the reader chooses fixed prices. */
  fixedCost: slice(costPrices, {where: areas, except: {price_year: [null]}, when: "demand"}),
  perParticipant: slice(costPerParticipant, {where: areas}),
  pairs: slice(costVsResult),
  summary: slice(costVsResultSummary),
  auditFigures: slice(auditKpiFigures)
});

export const ALDER_DATA = definePageData("alder", {
  kolada: values(ALDER_KPIS),
  kpis: kpiMeta(ALDER_KPIS),
  reports,
  kommuner,
  groups: groups(ALDER_KPIS),
  representation: slice(youthRepresentation, {where: areas}),
  ageBands: slice(populationAgeBands, {where: areas}),
  unemployment: slice(youthUnemployment, {where: areas}),
  reference: slice(youthReferenceCase),
  auditFigures: slice(auditKpiFigures)
});

/**
 * The data pages load in the browser, as the serving stage cuts it. Översikt's is not among them:
 * the page is drawn at build time from OVERSIKT_DATA (scripts/site/staticParts.ts) and loads none.
 */
export const PAGE_DATA: readonly PageData[] = [RESULTAT_DATA, KOSTNAD_DATA, ALDER_DATA];

/**
 * What a kommun the reader adds (outside the catalogue) brings to a page: the page's slices that
 * hold one kommun's rows (by `municipality`), cut for that kommun alone (forKommun) from the same
 * served table the page's slice is cut from (it holds every kommun; the page's slice keeps
 * DASHBOARD_AREAS), and served as one file per kommun and page, fetched when the reader adds it
 * (/data/kommun/<page>/<kommun>.tar: a tar archive of one Arrow file per key, <key>.arrow).
 */
export interface AddedKommunData<P extends PageData = PageData> {
  data: P;
  keys: readonly (keyof P["slices"] & string)[];
}
export const addedKommunData = <P extends PageData>(data: P, keys: readonly (keyof P["slices"] & string)[]): AddedKommunData<P> => {
  for (const key of keys) {
    const s = data.slices[key];
    if (!Object.hasOwn(s.from.columns, "municipality")) throw new Error(`model/pageData.ts: ${data.page}.${key} has no municipality column`);
    // Its served table holds every kommun: without a rule on municipality the page's slice would too.
    if (!s.where.municipality) throw new Error(`model/pageData.ts: ${data.page}.${key} keeps every kommun's rows (its slice needs where: {municipality: …})`);
  }
  return {data, keys};
};

/** A page's slice cut for one kommun: its rules, with `municipality` that kommun alone (instead of the page's areas). */
export const forKommun = <S extends Slice>(s: S, kommun: string): S => ({...s, where: {...s.where, municipality: [kommun]}});

export const RESULTAT_ADDED = addedKommunData(RESULTAT_DATA, ["kolada", "shares", "composition"]);

/** Åldersprofiler: an added kommun's values, its parts and ratio, its age bands and its youth unemployment. */
export const ALDER_ADDED = addedKommunData(ALDER_DATA, ["kolada", "representation", "ageBands", "unemployment"]);

/** Kostnad's: the Kolada values, the costs in every price level (fixed prices come with the kommun's file) and the cost per participant. */
export const KOSTNAD_ADDED = addedKommunData(KOSTNAD_DATA, ["kolada", "cost", "fixedCost", "perParticipant"]);

/** Every page's added-kommun data, as the serving stage cuts it. */
export const ADDED_KOMMUN_DATA: readonly AddedKommunData[] = [
  RESULTAT_ADDED as unknown as AddedKommunData,
  KOSTNAD_ADDED as unknown as AddedKommunData,
  ALDER_ADDED as unknown as AddedKommunData
];

/** An added kommun's file for a page, relative to the site's root (and to src/). */
export const addedKommunPath = (page: string, kommun: string): string => `data/kommun/${page}/${kommun}.tar`;

/** Every added-kommun file's path (relative to the site's root) for these kommuner, leaving out the catalogue's: what the config lists for Framework to copy. */
export const addedKommunPaths = (kommunIds: readonly string[]): string[] =>
  ADDED_KOMMUN_DATA.flatMap((added) => kommunIds.filter((id) => !kommunOf(id)).map((id) => addedKommunPath(added.data.page, id)));
