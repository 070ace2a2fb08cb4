// A served table declared once: its name, what a row is, where the values come from, for derived
// tables the formula and the input KPIs, and every column with its Arrow type, nullability and a
// Swedish description. The loaders write Arrow with exactly this schema (loaders/arrowWriter.ts), the
// pages read and check it (components/kit/arrow.ts), Utforska and docs/data-model.md describe it,
// and the TypeScript row type is derived from it (RowOf), so none of these can drift apart.
import type {ColumnType} from "./vocabulary.js";

export interface Column<T extends ColumnType = ColumnType, N extends boolean = boolean> {
  type: T;
  nullable: N;
  /** Swedish description, with the unit where there is one. */
  description: string;
}

export type Columns = Readonly<Record<string, Column>>;

export interface Table<C extends Columns = Columns> {
  /** File name without `.arrow` = SQL table name on the Utforska page. */
  name: string;
  /** Swedish: what the table holds. */
  description: string;
  /** Swedish: one row per … */
  rows: string;
  /** Swedish: where the values come from. */
  provenance: string;
  /** Swedish, derived tables only: how every derived column is computed. */
  formula?: string;
  /** Derived tables only: the Kolada KPIs (and served tables) the values are computed from. */
  inputs?: readonly string[];
  columns: C;
}

/** Declare a table (identity, but keeps the column literal types for RowOf). */
export function defineTable<const C extends Columns>(table: Table<C>): Table<C> {
  return table;
}

const column =
  <T extends ColumnType, N extends boolean>(type: T, nullable: N) =>
  (description: string): Column<T, N> => ({type, nullable, description});

/** Column constructors: `text("…")` is a non-null utf8 column, `textOrNull("…")` a nullable one. */
export const text = column("utf8", false);
export const textOrNull = column("utf8", true);
export const int = column("int32", false);
export const intOrNull = column("int32", true);
export const float = column("float64", false);
export const floatOrNull = column("float64", true);
export const bool = column("bool", false);
export const boolOrNull = column("bool", true);

type JsValue<T extends ColumnType> = T extends "utf8" ? string : T extends "bool" ? boolean : number;
type CellOf<C> = C extends Column<infer T, infer N> ? JsValue<T> | (N extends true ? null : never) : never;

/** The row type of a table: one property per column, null only where the column is nullable. */
export type RowOf<T extends Table> = {[K in keyof T["columns"]]: CellOf<T["columns"][K]>};

/** A column with its name, in declaration order. */
export interface NamedColumn extends Column {
  name: string;
}

/** The table's columns in order, with their names. */
export function columnsOf(table: Table): NamedColumn[] {
  return Object.entries(table.columns).map(([name, c]) => ({name, ...c}));
}
