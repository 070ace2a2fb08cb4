// Kostnad per invånare: the verksamheter's costs in current and fixed prices, nettokostnad per
// deltagare, and cost against result among all kommuner with its yearly summary. Derived with
// arquero; missing values stay null. (Arquero expressions test `!= null`: a left join leaves
// `undefined` where nothing matched.)
import {COST_KPIS, KOSTNAD, PER_PARTICIPANT_KPIS} from "../../model/pages/kostnad.js";
import type {RowOf} from "../../model/table.js";
import {catalogueKommunIds} from "../../model/catalogue.js";
import {DASHBOARD_COMPARISON_AREAS} from "../../model/groups.js";
import type {groupValues} from "../../model/tables/analysis.js";
import {costPerParticipant, costPrices, costVsResult, costVsResultSummary} from "../../model/tables/cost.js";
import type {PrisbasbeloppFact} from "../facts/prisbasbelopp.js";
import type {KoladaRow} from "../kolada/types.js";
import {inAllPrices} from "./prices.js";
import {groupValueKoladaRows} from "./groupValues.js";
import {op} from "./formulas.js";
import {fromRows, toRows} from "./tables.js";
import {byKpi, orderOf, totals} from "./wide.js";

type Pbb = readonly Pick<PrisbasbeloppFact, "year" | "kronor" | "checked">[];
/** A row with a price level: null for current prices, else the base year of the fixed prices. */
type Priced = {price_year: number | null};

/** A group_values row as cost_prices reads it: a comparison area's value of a KPI (Kolada's own or an own mean, model/comparisons.ts). */
export type CostGroupRow = Pick<RowOf<typeof groupValues>, "area" | "kpi" | "period" | "gender" | "value">;

/**
 * cost_prices: the cost KPIs (gender T) in current prices and in fixed prices of every base year,
 * for `kommuner` (their Kolada values; the catalogue's by default) and for the dashboards'
 * comparison areas (DASHBOARD_COMPARISON_AREAS) from `groups`, the group_values rows: Kolada's own
 * group value or the members' unweighted mean, by the one rule of model/comparisons.ts. Both go
 * through the same prisbasbelopp rule (inAllPrices). Kolada rows of other areas in `values` are
 * not read: a comparison is drawn from group_values only.
 */
export function costPriceRows(
  values: readonly KoladaRow[],
  pbb: Pbb,
  {
    kommuner = catalogueKommunIds(),
    groups = [],
    kpis = COST_KPIS
  }: {kommuner?: readonly string[]; groups?: readonly CostGroupRow[]; kpis?: readonly string[]} = {}
): RowOf<typeof costPrices>[] {
  const areas = orderOf("municipality", [...kommuner, ...DASHBOARD_COMPARISON_AREAS.filter((id) => !kommuner.includes(id))]);
  const own = totals(values, kpis).semijoin(orderOf("municipality", kommuner), "municipality");
  const comparisons = totals(groupValueKoladaRows(groups.filter((g) => DASHBOARD_COMPARISON_AREAS.includes(g.area))), kpis);
  const nominal = own.concat(comparisons).select("kpi", "municipality", "period", "value");
  const derived = inAllPrices(nominal, pbb)
    .join(orderOf("kpi", kpis), "kpi")
    .join(areas, "municipality")
    .derive({price_order: (d: Priced) => d.price_year ?? 0})
    .orderby("kpi_order", "municipality_order", "period", "price_order")
    .select("kpi", "municipality", "period", "price_year", "value", "pbb_checked");
  return toRows(costPrices, derived);
}

/**
 * cost_per_participant: for each of `kommuner` (the catalogue's by default) and year with a row of
 * any part, N40011 (kr/inv) × N01951 / U40800 where all three exist and N01951 and U40800 are above
 * 0, in every price level.
 */
export function costPerParticipantRows(
  values: readonly KoladaRow[],
  pbb: Pbb,
  kommunIds: readonly string[] = catalogueKommunIds()
): RowOf<typeof costPerParticipant>[] {
  const {cost, inhabitants, participants} = KOSTNAD.perParticipant;
  const kommuner = orderOf("municipality", kommunIds);
  const wide = byKpi(
    totals(values, PER_PARTICIPANT_KPIS).semijoin(kommuner, "municipality"),
    {net_cost: cost, inhabitants, participants},
    {table: "cost_per_participant"}
  ).derive({
    value: (d: Record<"net_cost" | "inhabitants" | "participants", number | null>) =>
      d.net_cost != null && d.inhabitants != null && d.participants != null && d.inhabitants > 0 && d.participants > 0
        ? (d.net_cost * d.inhabitants) / d.participants
        : null
  });
  const derived = inAllPrices(wide, pbb)
    .join(kommuner, "municipality")
    .derive({price_order: (d: Priced) => d.price_year ?? 0})
    .orderby("municipality_order", "period", "price_order")
    .select("municipality", "period", "price_year", "value", "pbb_checked", "net_cost", "inhabitants", "participants");
  return toRows(costPerParticipant, derived);
}

/** A kommun's N40011 and U40455 (gender T) in one year, either of them possibly missing. */
export interface CostResultPair {
  municipality: string;
  period: number;
  net_cost: number | null;
  result: number | null;
}

/** N40011 and U40455 (gender T) per kommun and year that has either, from every kommun's values (kolada_all's rows). */
export function costResultPairs(values: readonly KoladaRow[]): CostResultPair[] {
  const {cost, result} = KOSTNAD.scatter;
  const wide = byKpi(totals(values, [cost, result]), {net_cost: cost, result}, {table: "cost_vs_result"}).orderby("municipality", "period");
  return (wide.objects() as CostResultPair[]).map((o) => ({...o, net_cost: o.net_cost ?? null, result: o.result ?? null}));
}

/** cost_vs_result: the pairs with both values, the scatter's points (the counts of the others are in the summary). */
export function costVsResultRows(pairs: readonly CostResultPair[]): RowOf<typeof costVsResult>[] {
  const both = fromRows(pairs, ["municipality", "period", "net_cost", "result"]).filter((d: CostResultPair) => d.net_cost != null && d.result != null);
  return toRows(costVsResult, both);
}

/** A pair as the summary derives it, and a year's statistics of the pairs with both values. */
type Pair = CostResultPair & {both: boolean};
type Stats = {n: number; r: number; pearson_r: number | null};

/**
 * cost_vs_result_summary: per year, how many kommuner have a row, both values, each value; among
 * those with both, the medians and Pearson's r (null below three kommuner or without spread) and
 * its strength in words.
 */
export function costVsResultSummaryRows(pairs: readonly CostResultPair[]): RowOf<typeof costVsResultSummary>[] {
  const t = fromRows(pairs, ["municipality", "period", "net_cost", "result"]).derive({
    both: (d: Pair) => d.net_cost != null && d.result != null
  });
  const counts = t.groupby("period").rollup({
    kommuner: op.count(),
    with_both: (d: Pair) => op.sum(d.both ? 1 : 0),
    with_cost: op.valid("net_cost"),
    with_result: op.valid("result")
  });
  const stats = t
    .filter((d: Pair) => d.both)
    .groupby("period")
    .rollup({
      median_cost: op.median("net_cost"),
      median_result: op.median("result"),
      n: op.count(),
      r: op.corr("net_cost", "result")
    })
    .derive({pearson_r: (d: Stats) => (d.n >= 3 && !op.is_nan(d.r) ? d.r : null)})
    .derive({strength: (d: Stats) => op.correlation_word(d.pearson_r)})
    .select("period", "median_cost", "median_result", "pearson_r", "strength");
  const derived = counts
    .join_left(stats, "period")
    .orderby("period")
    .select("period", "kommuner", "with_both", "with_cost", "with_result", "median_cost", "median_result", "pearson_r", "strength");
  return toRows(costVsResultSummary, derived);
}
