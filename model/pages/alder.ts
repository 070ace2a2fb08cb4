// Åldersprofiler: what the page shows (src/aldersprofiler.md). Its analysis tables
// (model/tables/age.ts, loaders/analysis/age.ts) and its sections (components/sections/alder/)
// read this list, so no KPI id, area id or report id is typed into the page or its sections.
import {SERIES_BREAKS, kpiOf} from "../catalogue.js";

/** An age band of the population as a Kolada share KPI (percent of all inhabitants). */
export interface AgeBand {
  band: string;
  kpi: string;
}

export const ALDER = {
  /**
   * Young participants against the young in the population: the share of participants aged 24 or
   * younger, and the population aged 16–24 as (16–19 + 20–24) / all inhabitants.
   */
  parts: {participants: "U40811", aged16to19: "N01954", aged20to24: "N01977", inhabitants: "N01951"},
  /** The population age bands, in order. 80+ is part of 65+. */
  ageBands: [
    {band: "0–19 år", kpi: "N01994"},
    {band: "20–64 år", kpi: "N01961"},
    {band: "65 år och äldre", kpi: "N01960"},
    {band: "80 år och äldre", kpi: "N01813"}
  ] as readonly AgeBand[],
  /** The area every kommun's age structure is shown beside. */
  ageReference: "0000",
  /** The bands the age sentence names, with its wording: the old first, then the young. */
  ageSentence: {old: {kpi: "N01960", words: "65 år eller äldre"}, young: {kpi: "N01994", words: "0–19 år"}},
  /** Youth unemployment: one series across Kolada's break (model/catalogue.ts SERIES_BREAKS). */
  youthSeries: "ungdomsarbetsloshet",
  /** Context KPIs, one chart each. */
  context: ["N02797", "N18601"],
  /**
   * The reference case: an audit that compared its kommun's young participants with all
   * kommuner's. An editorial choice: the report, the KPI of its printed table, the year the page
   * names, the area the report compared with, how its chart names the values, and its file name.
   */
  reference: {
    report: "ostersund-2022",
    kpi: "U40811",
    year: 2019,
    against: "G2328",
    words: "andel deltagare 24 år eller yngre",
    file: "unga-deltagare"
  },
  /** The wording after a report figure chart's KPI id (the audits printed totalt). */
  reportFigureNote: "totalt"
} as const;

/** The parts of the over-representation ratio, in the order of the formula. */
export const YOUTH_PART_KPIS: readonly string[] = [ALDER.parts.participants, ALDER.parts.aged16to19, ALDER.parts.aged20to24, ALDER.parts.inhabitants];

/** One KPI's part of a series across a break, with the years it covers (its own `years`). */
export interface YearBoundSegment {
  kpi: string;
  from?: number;
  to?: number;
  /** Short Swedish description used in the break sentence. */
  label: string;
}

/** The segments of a series break, each bounded by its KPI's years. */
export function yearBoundSegments(breakId: string): YearBoundSegment[] {
  const series = SERIES_BREAKS.find((s) => s.id === breakId);
  if (!series) throw new Error(`model/pages/alder.ts: no series break "${breakId}"`);
  return series.segments.map((s) => ({...s, from: kpiOf(s.kpi).years?.from, to: kpiOf(s.kpi).years?.to}));
}

/** Youth unemployment across its break: N03927 to 2023, N03942 from 2024. */
export const YOUTH_SEGMENTS: readonly YearBoundSegment[] = yearBoundSegments(ALDER.youthSeries);

/** The frame's KPIs (kön is offered: some are divided by gender). */
export const ALDER_FRAME_KPIS: readonly string[] = [
  ...YOUTH_PART_KPIS,
  ...ALDER.ageBands.map((b) => b.kpi),
  ...YOUTH_SEGMENTS.map((s) => s.kpi),
  ...ALDER.context
];

/** Every KPI whose printed report figures the page can show (model/tables/auditKpiFigures.ts). */
export const ALDER_REPORT_KPIS: readonly string[] = [ALDER.reference.kpi, ...YOUTH_SEGMENTS.map((s) => s.kpi), ...ALDER.context];

/** Every KPI the page shows (the snapshot notice at the top says which of them the snapshot holds). */
export const ALDER_KPIS: readonly string[] = [...new Set([...ALDER_FRAME_KPIS, ...ALDER_REPORT_KPIS])];
