// Ranks and percentiles among all kommuner per headline KPI, year and gender (kpi_ranks), and the
// latest-year summary of the site's kommuner built on them (kpi_latest). Competition ranking
// ("1224") in the KPI's direction from the model; missing values get no rank and are counted.
import * as aq from "arquero";
import {KOMMUNER, KPIS} from "../../model/catalogue.js";
import type {RowOf} from "../../model/table.js";
import {kpiLatest, kpiRanks} from "../../model/tables/ranks.js";
import type {KoladaRow} from "../kolada/types.js";
import {op} from "./formulas.js";
import {fromRows, toRows} from "./tables.js";
import {checkOneValue, koladaTable, orderOf} from "./wide.js";

const KEYS = ["kpi", "period", "gender"];
type RankRow = RowOf<typeof kpiRanks>;
/** A row of kpi_ranks as it is derived: before the ranks (value and direction), then with them. */
type Ranked = {
  value: number | null;
  direction: string | null;
  rank: number | null;
  up: number | null;
  tied_with: number | null;
  kommuner: number;
};

/**
 * kpi_ranks from every kommun's values (kolada_all's rows; groups and Riket are dropped). For each
 * KPI, year and gender with at least one value: every kommun with a row that year or with a value
 * in any year of the KPI, ranked when it has a value. A KPI outside the catalogue ranks as neutral.
 */
export function kpiRankRows(values: readonly KoladaRow[]): RankRow[] {
  const kolada = koladaTable(values).filter((d: KoladaRow) => op.is_kommun(d.municipality));
  checkOneValue(kolada, "kpi_ranks");
  const present = kolada.filter((d: KoladaRow) => d.value != null);
  const groups = present.select(KEYS).dedupe();
  const everRanked = present.select("kpi", "municipality").dedupe();
  const universe = groups
    .join(everRanked, "kpi")
    .concat(kolada.semijoin(groups, [KEYS]).select("kpi", "period", "gender", "municipality"))
    .dedupe()
    .join_left(kolada, [["kpi", "municipality", "period", "gender"]])
    .join_left(aq.table({kpi: KPIS.map((k) => k.id), direction: KPIS.map((k) => k.direction)}), "kpi")
    .derive({direction: (d: Ranked) => d.direction ?? "neutral"});
  const ranked = universe
    .filter((d: Ranked) => d.value != null)
    // Sort key: ascending for "lower" (rank 1 = lowest), descending otherwise (rank 1 = highest).
    .derive({key: (d: Ranked) => (d.direction === "lower" ? d.value : -d.value!)})
    .groupby(KEYS)
    .orderby("key")
    .derive({rank: op.rank()})
    .orderby("value")
    .derive({up: op.rank()}) // 1 + the number of kommuner with a lower value
    .groupby(...KEYS, "value")
    .derive({tied_with: op.count()})
    .ungroup()
    .select("kpi", "municipality", "period", "gender", "rank", "up", "tied_with");
  const perYear = universe.groupby(KEYS).rollup({kommuner: op.valid("value"), missing: op.invalid("value"), median: op.median("value")});
  const derived = universe
    .join_left(ranked, [["kpi", "municipality", "period", "gender"]])
    .join(perYear, [KEYS])
    .derive({
      percentile: (d: Ranked) => op.percentile(d.rank, d.tied_with, d.kommuner),
      lower_share: (d: Ranked) => op.share_below(d.up, d.kommuner),
      sort: (d: Ranked) => d.rank ?? Infinity
    })
    .orderby("kpi", "gender", "period", "sort", "municipality")
    .select("kpi", "period", "gender", "municipality", "value", "rank", "tied_with", "percentile", "lower_share", "kommuner", "missing", "median", "direction");
  return toRows(kpiRanks, derived);
}

/**
 * kpi_latest from kpi_ranks' rows: per KPI, kommun (the catalogue's by default) and gender with a
 * value, the latest year with one, the value the year before and the change, and the rank that year.
 */
export function kpiLatestRows(ranks: readonly RankRow[], kommuner: readonly string[] = KOMMUNER.map((m) => m.id)): RowOf<typeof kpiLatest>[] {
  const all = fromRows(ranks, ["kpi", "period", "gender", "municipality", "value", "rank", "kommuner"]);
  const previous = all.select({
    kpi: "kpi",
    municipality: "municipality",
    gender: "gender",
    period: "previous_period",
    value: "previous"
  });
  const derived = all
    .params({kommuner: [...kommuner]})
    .filter((d: RankRow, $: {kommuner: string[]}) => op.includes($.kommuner, d.municipality) && d.value !== null)
    .groupby("kpi", "municipality", "gender")
    .filter((d: RankRow) => d.period === op.max(d.period))
    .ungroup()
    .derive({previous_period: (d: RankRow) => d.period - 1})
    .join_left(previous, [["kpi", "municipality", "gender", "previous_period"]])
    .derive({change: (d: {value: number; previous: number | null}) => (d.previous != null ? d.value - d.previous : null)})
    .join(orderOf("municipality", kommuner), "municipality")
    .orderby("kpi", "municipality_order", "gender")
    .select("kpi", "municipality", "gender", "period", "value", "previous", "change", "rank", "kommuner");
  return toRows(kpiLatest, derived);
}
