// Kolada's long rows as arquero tables: the rows of some KPIs, their gender totals, the KPIs as
// columns beside the keys a derivation works on (a pivot), and order columns from declared lists
// of ids, so derived rows follow the model's order.
import * as aq from "arquero";
import {areaOrderIds, catalogueKommunIds} from "../../model/catalogue.js";
import type {KoladaRow} from "../kolada/types.js";
import {fromRows, type ColumnTable} from "./tables.js";

/** Kolada's columns, as every derivation reads them. */
export const KOLADA_COLUMNS = ["kpi", "municipality", "period", "gender", "value"] as const;

/** Kolada rows as an arquero table of kpi, municipality, period, gender, value (of these KPIs only, when given). */
export function koladaTable(values: readonly KoladaRow[], kpis?: readonly string[]): ColumnTable {
  const all = fromRows(values, [...KOLADA_COLUMNS]).select(...KOLADA_COLUMNS);
  return kpis ? all.semijoin(aq.table({kpi: [...kpis]}), "kpi") : all;
}

/** The gender totals (gender T) of Kolada rows, as `koladaTable`. */
export const totals = (values: readonly KoladaRow[], kpis?: readonly string[]): ColumnTable =>
  koladaTable(values, kpis)
    .params({total: "T"})
    .filter((d: KoladaRow, $: {total: string}) => d.gender === $.total);

/**
 * An error when `long` has more than one row for a KPI, area, year and gender: the snapshot has one
 * at most, and a second one here would be joined twice or picked from silently.
 */
export function checkOneValue(long: ColumnTable, table: string): void {
  const twice = long
    .groupby("kpi", "municipality", "period", "gender")
    .count()
    .filter((d: {count: number}) => d.count > 1);
  if (twice.numRows() === 0) return;
  const d = twice.object(0) as KoladaRow;
  throw new Error(`${table}: more than one value for ${d.kpi}, kommun ${d.municipality}, ${d.period}, ${d.gender}`);
}

/**
 * One row per combination of `keys` (municipality and period unless given) that `long` (Kolada's
 * columns) has a row for, with one column per entry of `columns` (column name → KPI id): the KPI's
 * value, null where Kolada has no value (a missing row, null or NaN). A KPI with no row at all is a
 * column of nulls. `table` names the derivation in the error for a second value (checkOneValue).
 */
export function byKpi(
  long: ColumnTable,
  columns: Readonly<Record<string, string>>,
  {table, keys = ["municipality", "period"]}: {table: string; keys?: readonly string[]}
): ColumnTable {
  checkOneValue(long, table);
  const wide = long.groupby(...keys).pivot("kpi", "value");
  const absent = Object.values(columns).filter((kpi) => !wide.columnNames().includes(kpi));
  return wide
    .derive(Object.fromEntries(absent.map((kpi) => [kpi, () => null])))
    .select(...keys, Object.fromEntries(Object.entries(columns).map(([name, kpi]) => [kpi, name])));
}

/** A table of `ids` in the column `name` with their position in `${name}_order`, to sort by a declared order. */
export const orderOf = (name: string, ids: readonly string[]): ColumnTable => aq.table({[name]: [...ids], [`${name}_order`]: ids.map((_, i) => i)});

/** The catalogue's kommuner in its order, as `orderOf("municipality", …)`. */
export const kommunOrder = (): ColumnTable => orderOf("municipality", catalogueKommunIds());

/**
 * The catalogue's areas (kommuner, then reference areas, then size groups) in its order, as
 * `orderOf("municipality", …)`: model/catalogue.ts areaOrderIds, which lists every size group
 * (a catalogue kommun's comes from the memberships), so joining with it keeps every catalogue area.
 */
export const areaOrder = (): ColumnTable => orderOf("municipality", areaOrderIds());
