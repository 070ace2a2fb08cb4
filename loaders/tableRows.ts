// Rows against their table's declaration (model/tables), before any file is written from them:
// every row has exactly the declared columns, every value fits its column's type and nullability,
// and the primary key, where the table has one, names each row once. A disagreement stops the
// build with one line naming the table and the column (TableError), never as an unexpected error.
import {columnsOf, type NamedColumn, type Table} from "../model/table.js";
import {TableError} from "./errors.js";

/** A value against its column (row `i`, 0-based); throws a TableError naming the table and column. */
export function checkValue(table: string, c: NamedColumn, v: unknown, i: number): void {
  const bad = (what: string) => new TableError(table, c.name, `row ${i + 1}: ${what} (got ${JSON.stringify(v)})`);
  if (v === null || v === undefined) {
    if (!c.nullable) throw new TableError(table, c.name, `row ${i + 1}: empty, but the column cannot be empty`);
    return;
  }
  switch (c.type) {
    case "utf8":
      if (typeof v !== "string") throw bad("expected text");
      if (v === "") throw bad("empty text; a missing value is null (in a CSV file both are an empty cell)");
      break;
    case "int32":
      if (typeof v !== "number" || !Number.isInteger(v) || Math.abs(v) > 2 ** 31 - 1) throw bad("expected a 32-bit integer");
      break;
    case "float64":
      if (typeof v !== "number" || !Number.isFinite(v)) throw bad("expected a finite number");
      break;
    case "bool":
      if (typeof v !== "boolean") throw bad("expected true or false");
      break;
  }
}

/** Check every row against the table's declaration (columns, types, nullability, primary key). */
export function checkRows(table: Table, rows: readonly object[]): void {
  const columns = columnsOf(table);
  const declared = new Set(columns.map((c) => c.name));
  rows.forEach((row, i) => {
    for (const c of columns) {
      if (!Object.hasOwn(row, c.name))
        throw new TableError(table.name, c.name, `row ${i + 1} has no such column (declared in model/tables, missing from the rows)`);
      checkValue(table.name, c, (row as Record<string, unknown>)[c.name], i);
    }
    for (const key of Object.keys(row))
      if (!declared.has(key)) throw new TableError(table.name, key, `row ${i + 1} has this column, but model/tables does not declare it`);
  });
  const key = table.primaryKey;
  if (!key?.length) return;
  for (const k of key) if (!declared.has(k)) throw new TableError(table.name, k, "named in the primary key, but not a declared column");
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = JSON.stringify(key.map((k) => (row as Record<string, unknown>)[k]));
    const first = seen.get(id);
    if (first !== undefined)
      throw new TableError(table.name, key.join(", "), `the primary key ${id} is on rows ${first + 1} and ${i + 1}; a key names one row`);
    seen.set(id, i);
  });
}
