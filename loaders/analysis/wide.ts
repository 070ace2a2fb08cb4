// Kolada's long rows as columns: one column per KPI beside the keys a derivation works on, and an
// order column from a declared list of ids, so derived rows follow the model's order.
import * as aq from "arquero";
import type {KoladaRow} from "../kolada/types.js";
import {fromRows, type ColumnTable} from "./tables.js";

/** Kolada rows of gender T (or `gender`) for these KPIs, as an arquero table of kpi, municipality, period, gender, value. */
export function koladaTable(values: readonly KoladaRow[], kpis: readonly string[]): ColumnTable {
  return fromRows(values, ["kpi", "municipality", "period", "gender", "value"])
    .select("kpi", "municipality", "period", "gender", "value")
    .semijoin(aq.table({kpi: [...kpis]}), "kpi");
}

/**
 * `keys` (with columns municipality and period, and gender when `byGender`) with one column per
 * entry of `columns` (column name → KPI id): the KPI's value, null where Kolada has no row.
 */
export function withKpiColumns(keys: ColumnTable, long: ColumnTable, columns: Readonly<Record<string, string>>, byGender = false): ColumnTable {
  const on = byGender ? ["municipality", "period", "gender"] : ["municipality", "period"];
  let out = keys;
  for (const [name, kpi] of Object.entries(columns)) {
    const one = long
      .params({kpi})
      .filter((d: {kpi: string}, $: {kpi: string}) => d.kpi === $.kpi)
      .select(...on, "value")
      .rename({value: name});
    out = out.join_left(one, [on, on]);
  }
  return out;
}

/** A table of `ids` in the column `name` with their position in `${name}_order`, to sort by a declared order. */
export const orderOf = (name: string, ids: readonly string[]): ColumnTable => aq.table({[name]: [...ids], [`${name}_order`]: ids.map((_, i) => i)});
