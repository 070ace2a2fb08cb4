// Åldersprofiler: the over-representation of young participants (U40811 against the population's
// 16–24 share), the population age bands, youth unemployment as one series across Kolada's break,
// and the audit's reference case beside the population. Derived with arquero; missing values stay
// null. (Arquero expressions test `!= null`: a left join leaves `undefined` where nothing matched.)
import * as aq from "arquero";
import {catalogueKommunIds} from "../../model/catalogue.js";
import {ALDER, YOUTH_PART_KPIS, YOUTH_SEGMENTS, type AgeBand, type YearBoundSegment} from "../../model/pages/alder.js";
import type {RowOf} from "../../model/table.js";
import {populationAgeBands, youthReferenceCase, youthRepresentation, youthUnemployment} from "../../model/tables/age.js";
import {GENDERS, OVER_REPRESENTATION_BAND} from "../../model/vocabulary.js";
import type {KoladaRow} from "../kolada/types.js";
import type {ReportFigure} from "../reports/figures.js";
import {op} from "./formulas.js";
import {fromRows, toRows} from "./tables.js";
import {areaOrder, byKpi, koladaTable, orderOf, totals} from "./wide.js";

/** A row of youth_representation as it is derived: the parts, the population's share and the ratio, each possibly missing. */
type Parts = Record<"participants_share" | "young1619" | "young2024" | "inhabitants" | "population_share" | "ratio", number | null>;

/**
 * youth_representation: per area (the catalogue's kommuner unless `areas` names others, in that
 * order) and year with a row of any part, the share of participants aged 24 or younger, the
 * population's 16–24 share ((N01954 + N01977) / N01951 × 100), their ratio and its band (`band`:
 * the model's OVER_REPRESENTATION_BAND). A comparison area's parts are its group_values
 * (groupValues.ts groupValueKoladaRows): the same formula over the group's own or mean part values.
 */
export function youthRepresentationRows(
  values: readonly KoladaRow[],
  band: {low: number; high: number} = OVER_REPRESENTATION_BAND,
  areas: readonly string[] = catalogueKommunIds()
): RowOf<typeof youthRepresentation>[] {
  const {participants, aged16to19, aged20to24, inhabitants} = ALDER.parts;
  const kommuner = orderOf("municipality", areas);
  const derived = byKpi(
    totals(values, YOUTH_PART_KPIS).semijoin(kommuner, "municipality"),
    {
      participants_share: participants,
      young1619: aged16to19,
      young2024: aged20to24,
      inhabitants
    },
    {table: "youth_representation"}
  )
    .derive({
      population_share: (d: Parts) =>
        d.young1619 != null && d.young2024 != null && d.inhabitants != null && d.inhabitants > 0 ? ((d.young1619 + d.young2024) / d.inhabitants) * 100 : null
    })
    .derive({ratio: (d: Parts) => op.ratio(d.participants_share, d.population_share)})
    .params({low: band.low, high: band.high})
    .derive({
      band: (d: Parts, $: {low: number; high: number}) => (d.ratio == null ? null : d.ratio >= $.high ? "over" : d.ratio <= $.low ? "under" : "same")
    })
    .join(kommuner, "municipality")
    .orderby("municipality_order", "period")
    .select("municipality", "period", "participants_share", "population_share", "ratio", "band");
  return toRows(youthRepresentation, derived);
}

/** population_age_bands: the band KPIs for the catalogue kommuner and the reference area (or for `areas`), every gender, with the band's name. */
export function populationAgeBandRows(
  values: readonly KoladaRow[],
  bands: readonly AgeBand[] = ALDER.ageBands,
  areaIds: readonly string[] = [...catalogueKommunIds(), ALDER.ageReference]
): RowOf<typeof populationAgeBands>[] {
  const areas = orderOf("municipality", areaIds);
  const bandTable = aq.table({
    kpi: bands.map((b) => b.kpi),
    band: bands.map((b) => b.band),
    band_order: bands.map((_, i) => i)
  });
  const derived = koladaTable(
    values,
    bands.map((b) => b.kpi)
  )
    .join(areas, "municipality")
    .join(bandTable, "kpi")
    .join(orderOf("gender", GENDERS), "gender")
    .orderby("municipality_order", "period", "gender_order", "band_order")
    .select("municipality", "period", "gender", "band", "kpi", "value");
  return toRows(populationAgeBands, derived);
}

/**
 * youth_unemployment: per area (the catalogue's areas unless `areas` names others, in that order),
 * gender and year, the value of the segment KPI that covers the year (values outside a KPI's own
 * years are ignored); `series_break` marks the first year of each later segment the area and
 * gender have a row for. A comparison area's values are its group_values (groupValues.ts groupValueKoladaRows).
 */
export function youthUnemploymentRows(
  values: readonly KoladaRow[],
  segments: readonly YearBoundSegment[] = YOUTH_SEGMENTS,
  areas?: readonly string[]
): RowOf<typeof youthUnemployment>[] {
  checkSegments(segments);
  const segmentTable = aq.table({
    kpi: segments.map((s) => s.kpi),
    segment: segments.map((_, i) => i),
    from: segments.map((s) => s.from ?? null),
    to: segments.map((s) => s.to ?? null)
  });
  const derived = koladaTable(
    values,
    segments.map((s) => s.kpi)
  )
    .join(areas ? orderOf("municipality", areas) : areaOrder(), "municipality")
    .join(segmentTable, "kpi")
    .filter((d: {period: number; from: number | null; to: number | null}) => (d.from == null || d.period >= d.from) && (d.to == null || d.period <= d.to))
    .groupby("municipality", "gender", "segment")
    .orderby("period")
    .derive({series_break: (d: {segment: number}) => d.segment > 0 && op.row_number() === 1})
    .ungroup()
    .join(orderOf("gender", GENDERS), "gender")
    .orderby("municipality_order", "gender_order", "period")
    .select("municipality", "period", "gender", "kpi", "value", "series_break");
  return toRows(youthUnemployment, derived);
}

/** Segments must follow each other: each later one starts after the one before ends. */
export function checkSegments(segments: readonly YearBoundSegment[]): void {
  for (let i = 1; i < segments.length; ++i) {
    const prev = segments[i - 1].to;
    const from = segments[i].from;
    if (prev === undefined || from === undefined || from <= prev) {
      throw new Error(`youth_unemployment: segment ${segments[i].kpi} must start after ${segments[i - 1].kpi} ends`);
    }
  }
}

/** The reference case as the model declares it (model/pages/alder.ts). */
export interface ReferenceCase {
  report: string;
  kpi: string;
  against: string;
}

/** A row of youth_reference_case as it is derived: the report's shares and the population's, each possibly missing. */
type ReferenceShares = Record<"participants_share" | "mean_share" | "population_share", number | null>;

/**
 * youth_reference_case: per year the report's table printed a value for its own kommun, that
 * share, the share it printed for the comparison area, the population's 16–24 share (from
 * youth_representation) and the two ratios.
 */
export function youthReferenceRows(
  figures: readonly Pick<ReportFigure, "report" | "kpi" | "areaId" | "year" | "value">[],
  reportKommun: string,
  representation: readonly RowOf<typeof youthRepresentation>[],
  reference: ReferenceCase = ALDER.reference
): RowOf<typeof youthReferenceCase>[] {
  const mine = figures.filter((f) => f.report === reference.report && f.kpi === reference.kpi && f.value !== null);
  const at = (area: string) => {
    const rows = mine.filter((f) => f.areaId === area);
    const years = rows.map((f) => f.year);
    const twice = years.find((y, i) => years.indexOf(y) !== i);
    if (twice !== undefined) throw new Error(`youth_reference_case: ${reference.report} prints ${reference.kpi} for ${area} ${twice} twice`);
    return fromRows(
      rows.map((f) => ({period: f.year, value: f.value})),
      ["period", "value"]
    );
  };
  const population = fromRows(
    representation.filter((r) => r.municipality === reportKommun).map((r) => ({period: r.period, population_share: r.population_share})),
    ["period", "population_share"]
  );
  const derived = at(reportKommun)
    .rename({value: "participants_share"})
    .join_left(at(reference.against).rename({value: "mean_share"}), "period")
    .join_left(population, "period")
    .params({report: reference.report, municipality: reportKommun})
    .derive({
      report: (_: unknown, $: {report: string}) => $.report,
      municipality: (_: unknown, $: {municipality: string}) => $.municipality,
      ratio_to_mean: (d: ReferenceShares) => op.ratio(d.participants_share, d.mean_share),
      ratio_to_population: (d: ReferenceShares) => op.ratio(d.participants_share, d.population_share)
    })
    .orderby("period")
    .select("report", "municipality", "period", "participants_share", "mean_share", "ratio_to_mean", "population_share", "ratio_to_population");
  return toRows(youthReferenceCase, derived);
}

/** The kommun of the reference case's report; an error when the model names a report that does not exist. */
export function referenceKommun(
  reports: readonly {report: string; meta: {kommun: string}}[],
  reference: Pick<ReferenceCase, "report"> = ALDER.reference
): string {
  const found = reports.find((r) => r.report === reference.report);
  if (!found)
    throw new Error(
      `youth_reference_case: model/pages/alder.ts names the report "${reference.report}", which is not in data/reports (known: ${reports.map((r) => r.report).join(", ")})`
    );
  return found.meta.kommun;
}
