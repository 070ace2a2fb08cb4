// The kommun pages' data (model/pages/kommun.ts), for all 290 kommuner in one pass: the headline
// KPI's values and places (kpi_ranks), the comparisons by the one rule (group_values), the seven
// liknande kommuner's own values, the other catalogue KPIs the snapshot holds for the kommun, the
// population (SCB's until the snapshot holds Kolada's N01951), the audit reports and dashboards.
import {group} from "d3";
import {KOMMUNER, kpiOf} from "../../model/catalogue.js";
import {ALL_KOMMUNER_GROUP, SKR_GROUPS, type KommunGroups} from "../../model/groups.js";
import {RIKET} from "../../model/comparisons.js";
import {
  KOMMUN_HEADLINE,
  KOMMUN_OTHER_KPIS,
  type KommunComparison,
  type KommunIndexEntry,
  type KommunPageData,
  type KommunPlace
} from "../../model/pages/kommun.js";
import type {RowOf} from "../../model/table.js";
import type {groupValues} from "../../model/tables/analysis.js";
import type {kpiRanks} from "../../model/tables/ranks.js";
import type {reportSummaries} from "../../model/tables/overview.js";
import type {KoladaRow} from "../kolada/types.js";
import type {PopulationFact} from "../facts/population.js";

/** Kolada's KPI for the population (invånare totalt): shown instead of SCB's figures once the snapshot holds it. */
export const POPULATION_KPI = "N01951";

/** The catalogue's dashboards, which a catalogue kommun's page links to (they show every catalogue kommun by default). */
const DASHBOARDS = [
  {name: "Resultat vid avslut", path: "/resultat-vid-avslut"},
  {name: "Kostnad per invånare", path: "/kostnad-per-invanare"},
  {name: "Åldersprofiler", path: "/aldersprofiler"}
];

export interface KommunPageInputs {
  kommuner: readonly {id: string; name: string}[];
  groups: ReadonlyMap<string, KommunGroups>;
  /** the snapshot's rows (every KPI and area) */
  rows: readonly KoladaRow[];
  ranks: readonly RowOf<typeof kpiRanks>[];
  groupValues: readonly RowOf<typeof groupValues>[];
  population: readonly PopulationFact[];
  audits: readonly RowOf<typeof reportSummaries>[];
  fetchedAt: string;
}

/** Every kommun's page data, in the snapshot's kommun order. */
export function kommunPageData(inputs: KommunPageInputs): KommunPageData[] {
  const headline = kpiOf(KOMMUN_HEADLINE);
  const total = inputs.rows.filter((r) => r.gender === "T");
  const byKommun = group(
    total.filter((r) => /^\d{4}$/.test(r.municipality)),
    (r) => r.municipality
  );
  const years = [...new Set(total.filter((r) => r.kpi === KOMMUN_HEADLINE && r.value !== null).map((r) => r.period))].sort((a, b) => a - b);
  const series = (rows: readonly KoladaRow[] | undefined, kpi: string, ys: readonly number[]) => {
    const values = new Map((rows ?? []).filter((r) => r.kpi === kpi).map((r) => [r.period, r.value]));
    return ys.map((year) => ({year, value: values.get(year) ?? null}));
  };
  const ranks = group(
    inputs.ranks.filter((r) => r.kpi === KOMMUN_HEADLINE && r.gender === "T"),
    (r) => r.municipality
  );
  const groupRows = group(
    inputs.groupValues.filter((r) => r.kpi === KOMMUN_HEADLINE && r.gender === "T"),
    (r) => r.area
  );
  const comparison = (role: KommunComparison["role"], area: string, name: string): KommunComparison => {
    const rows = new Map((groupRows.get(area) ?? []).map((r) => [r.period, r]));
    return {
      role,
      area,
      name,
      points: years.map((year) => {
        const r = rows.get(year);
        return {
          year,
          value: r?.value ?? null,
          source: r?.value != null ? (r.source as "kolada" | "medel") : null,
          kommuner: r?.kommuner ?? null,
          members: r?.members ?? null
        };
      })
    };
  };
  const population = group(inputs.population, (p) => p.municipality);
  const names = new Map(inputs.kommuner.map((m) => [m.id, m.name]));
  const audits = group(inputs.audits, (a) => a.kommun);
  const allYears = (rows: readonly KoladaRow[] | undefined, kpi: string) =>
    [...new Set((rows ?? []).filter((r) => r.kpi === kpi).map((r) => r.period))].sort((a, b) => a - b);

  return inputs.kommuner.map(({id, name}): KommunPageData => {
    // A snapshot without the memberships (an older one, or a refresh that did not fetch them): no peers, no group comparisons.
    const g = inputs.groups.get(id);
    const skr = g ? SKR_GROUPS.find((s) => s.id === g.skr)! : null;
    const own = byKommun.get(id);
    const places: KommunPlace[] = (ranks.get(id) ?? [])
      .filter((r) => r.value !== null && r.rank !== null)
      .map((r) => ({period: r.period, value: r.value!, rank: r.rank!, tiedWith: r.tied_with ?? 1, kommuner: r.kommuner}))
      .sort((a, b) => a.period - b.period);
    const koladaPopulation = (own ?? []).filter((r) => r.kpi === POPULATION_KPI && r.value !== null).sort((a, b) => b.period - a.period)[0];
    const scb = [...(population.get(id) ?? [])].sort((a, b) => b.period - a.period)[0];
    const others = KOMMUN_OTHER_KPIS.map((kpi) => ({kpi, ys: allYears(own, kpi)}))
      .filter(({kpi, ys}) => ys.length > 0 && (own ?? []).some((r) => r.kpi === kpi && r.value !== null))
      .map(({kpi, ys}) => {
        const k = kpiOf(kpi);
        return {kpi: {id: k.id, label: k.label, title: k.title, unit: k.unit}, points: series(own, kpi, ys)};
      });
    const shown = new Set(others.map((o) => o.kpi.id));
    return {
      id,
      name,
      fetchedAt: inputs.fetchedAt,
      headline: {id: headline.id, label: headline.label, title: headline.title, unit: headline.unit, direction: headline.direction},
      points: series(own, KOMMUN_HEADLINE, years),
      places,
      comparisons: [
        ...(g && skr ? [comparison("liknande", g.liknande, "Liknande kommuner (medel)"), comparison("skr", skr.id, `${skr.name} (medel)`)] : []),
        comparison("all", ALL_KOMMUNER_GROUP, "Alla kommuner (ovägt medel)"),
        comparison("riket", RIKET, "Riket")
      ],
      peers: (g?.liknandeMembers ?? []).map((m) => ({id: m, name: names.get(m) ?? m, points: series(byKommun.get(m), KOMMUN_HEADLINE, years)})),
      skr: skr && {id: skr.id, code: skr.code, name: skr.name},
      population: koladaPopulation
        ? {period: koladaPopulation.period, total: koladaPopulation.value!, source: "Kolada"}
        : scb
          ? {period: scb.period, total: scb.total, source: "SCB"}
          : null,
      others,
      othersMissing: KOMMUN_OTHER_KPIS.filter((k) => !shown.has(k)).map((k) => kpiOf(k).label),
      audits: (audits.get(id) ?? []).map((a) => ({
        report: a.report,
        name: `${a.kommun_name} ${a.year}`,
        firstSentence: a.first_sentence,
        path: `/granskningar/${a.report}`
      })),
      dashboards: KOMMUNER.some((m) => m.id === id) ? DASHBOARDS : []
    };
  });
}

/** The index's entries: every kommun with its value of the headline KPI in `year` (the latest with any value). */
export function kommunIndexEntries(pages: readonly KommunPageData[]): {year: number | null; entries: KommunIndexEntry[]} {
  const year = Math.max(...pages.flatMap((p) => p.points.filter((d) => d.value !== null).map((d) => d.year)));
  const y = Number.isFinite(year) ? year : null;
  return {
    year: y,
    entries: pages.map((p) => ({id: p.id, name: p.name, value: p.points.find((d) => d.year === y)?.value ?? null}))
  };
}
