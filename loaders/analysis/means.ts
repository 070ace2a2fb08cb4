// Means over all kommuner: the unweighted mean of every kommun with a value, per KPI, year and
// gender, as Kolada computes its own "Alla kommuner (ovägt medel)" (G2328); drawn by the one
// comparison rule's threshold (model/comparisons.ts: at least half of the kommuner have a value).
import * as aq from "arquero";
import type {RowOf} from "../../model/table.js";
import {kpiMeans} from "../../model/tables/analysis.js";
import type {KoladaRow} from "../kolada/types.js";
import {toRows} from "./tables.js";
import {koladaTable} from "./wide.js";

/**
 * kpi_means from every kommun's values (kolada_all's rows: kommuner only, no groups or Riket); a
 * mean needs `minKommuner` kommuner with a value (the build passes groupMeanMinKommuner of all kommuner).
 */
export function kpiMeanRows(values: readonly KoladaRow[], minKommuner: number): RowOf<typeof kpiMeans>[] {
  const derived = koladaTable(values)
    .filter((d: KoladaRow) => d.value !== null)
    .groupby("kpi", "period", "gender")
    .rollup({kommuner: aq.op.count(), mean: aq.op.mean("value")})
    .params({min: minKommuners(minKommuner)})
    .derive({mean: (d: {kommuner: number; mean: number}, $: {min: number}) => (d.kommuner >= $.min ? d.mean : null)})
    .orderby("kpi", "gender", "period")
    .select("kpi", "period", "gender", "kommuner", "mean");
  return toRows(kpiMeans, derived);
}

const minKommuners = (n: number): number => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`kpiMeanRows: minKommuner must be a positive integer (got ${n})`);
  return n;
};
