// Typed bridges between arquero tables and the model's served tables: rows in, rows out, with the
// output checked against the table's declared columns so a derivation cannot silently drop,
// rename or add a column.
import * as aq from "arquero";
import type {ColumnTable} from "arquero";
import {columnsOf, type RowOf, type Table} from "../../model/table.js";

export type {ColumnTable};

/** An arquero table from plain row objects (an empty input keeps the given column names). */
export function fromRows<R extends object>(rows: readonly R[], names: readonly (keyof R & string)[]): ColumnTable {
  if (rows.length > 0) return aq.from(rows as R[]);
  return aq.table(Object.fromEntries(names.map((n) => [n, []])));
}

/**
 * The rows of a derived table: exactly the table's declared columns in their order (extra working
 * columns must be dropped by the derivation), with undefined and NaN as null.
 */
export function toRows<T extends Table>(table: T, derived: ColumnTable): RowOf<T>[] {
  const declared = columnsOf(table).map((c) => c.name);
  const actual = derived.columnNames();
  if (actual.join(",") !== declared.join(",")) {
    throw new Error(`${table.name}: the derivation yields columns ${actual.join(", ")}; the model declares ${declared.join(", ")}`);
  }
  return derived.objects().map((o) => {
    const row: Record<string, unknown> = {};
    for (const name of declared) {
      const v = (o as Record<string, unknown>)[name];
      row[name] = v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : v;
    }
    return row as RowOf<T>;
  });
}
