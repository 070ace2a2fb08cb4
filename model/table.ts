// A served table declared once: its name and title, what a row is, where the values come from and
// how to credit them, the terms they come under, for derived tables the formula and the input
// KPIs, the columns that identify a row, and every column with its Arrow type, nullability, a
// Swedish description and its unit. The loaders write Arrow, Parquet and CSV with exactly this
// schema and describe the published files with it (loaders/arrowWriter.ts, loaders/serve/formats.ts),
// the data package lists it (loaders/serve/datapackage.ts), the pages read and check it
// (components/kit/arrow.ts), Utforska and docs/data-model.md describe it, and the TypeScript row
// type is derived from it (RowOf), so none of these can drift apart.
import type {LicenceId} from "./tables/sources.js";
import {UNITS, type ColumnType} from "./vocabulary.js";

/** Units a column can have beyond the KPIs' own (model/vocabulary.ts UNITS). */
export const COLUMN_UNITS = [...UNITS, "procentenheter", "percentil", "placering", "koefficient"] as const;

/**
 * A column's unit: one of COLUMN_UNITS, or, when it varies by row, where a row's unit is found:
 * `{ofKpi: "kpi"}` the unit of the KPI in the row's column `kpi` (kolada_kpis.unit), `{inColumn:
 * "unit"}` the row's own column `unit`.
 */
export type ColumnUnit = (typeof COLUMN_UNITS)[number] | {ofKpi: string} | {inColumn: string};

export interface Column<T extends ColumnType = ColumnType, N extends boolean = boolean> {
  type: T;
  nullable: N;
  /** Swedish description. */
  description: string;
  /** The unit of its values, where there is one (every float64 column has one). */
  unit?: ColumnUnit;
}

export type Columns = Readonly<Record<string, Column>>;

export interface Table<C extends Columns = Columns> {
  /** File name without its extension = SQL table name on the Utforska page. */
  name: string;
  /** Swedish: a short title. */
  title: string;
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
  /** Swedish: how a user of the values credits them ("Källa: Kolada", "Egen bearbetning av data från Kolada", …). */
  credit: string;
  /** The terms the values come under, one per source (model/tables/sources.ts; their lines in model/licences.ts). */
  licences: readonly LicenceId[];
  /**
   * The columns whose values identify a row (unique together, never empty), when the table has
   * such a key (names checked by test/model/dataModel.test.ts, uniqueness by the serving stage).
   */
  primaryKey?: readonly string[];
  columns: C;
}

/** Declare a table (identity, but keeps the column literal types for RowOf). */
export function defineTable<const C extends Columns>(table: Table<C>): Table<C> {
  return table;
}

const column =
  <T extends ColumnType, N extends boolean>(type: T, nullable: N) =>
  (description: string, unit?: ColumnUnit): Column<T, N> =>
    unit === undefined ? {type, nullable, description} : {type, nullable, description, unit};

/**
 * Column constructors: `text("…")` is a non-null utf8 column, `textOrNull("…")` a nullable one;
 * `floatOrNull("…", "procent")` gives the unit.
 */
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

/** A column's unit in words (Swedish), or null when it has none. */
export function unitText(unit: ColumnUnit | undefined): string | null {
  if (unit === undefined) return null;
  if (typeof unit === "string") return unit;
  if ("ofKpi" in unit) return `nyckeltalets enhet: kolada_kpis.unit för radens ${unit.ofKpi}`;
  return `enheten i radens kolumn ${unit.inColumn}`;
}
