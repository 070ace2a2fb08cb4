// The pages' slices (model/pageData.ts): each cut from a served table's rows (loaders/serve/tables.ts)
// by the declared column values, with the declared columns, and served as
// /data/pages/<page>/<key>.arrow, files of the one data archive (loaders/serve/archive.ts).
import type {RowOf, Table} from "../../model/table.js";
import type {Slice} from "../../model/slices.js";
import {toArrowBytes} from "../arrowWriter.js";
import {isServed, servedTable} from "./tables.js";

/** A slice's rows: the served table's rows whose `where` columns hold one of the listed values and no `except` column one of its, with the slice's columns. */
export function sliceRows<T extends Table>(s: Slice<T>): RowOf<T>[] {
  const name = s.from.name;
  if (!isServed(name)) throw new Error(`model/pageData.ts: "${name}" is not a served table`);
  return cutRows(s, servedTable(name).rows());
}

/** The rows of `rows` (a served table's, or the same table derived for other kommuner) that the slice keeps, with its columns. */
export function cutRows<T extends Table>(s: Slice<T>, rows: readonly object[]): RowOf<T>[] {
  const sets = (rule: Slice["where"]) => Object.entries(rule).map(([column, values]) => [column, new Set<unknown>(values)] as const);
  const where = sets(s.where);
  const except = sets(s.except);
  const columns = Object.keys(s.table.columns);
  const cell = (row: object, column: string) => (row as Record<string, unknown>)[column];
  return rows
    .filter((row) => where.every(([c, values]) => values.has(cell(row, c))) && !except.some(([c, values]) => values.has(cell(row, c))))
    .map((row) => Object.fromEntries(columns.map((c) => [c, (row as Record<string, unknown>)[c]])) as RowOf<T>);
}

/** A slice as served: its rows as Arrow, with its declared columns. */
export const pageSliceArrow = (s: Slice): Uint8Array => toArrowBytes(s.table, sliceRows(s));
