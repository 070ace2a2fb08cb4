// A query's result as the explorer reads it: its columns, its number of rows and the time it took,
// rows read a page at a time in a chosen order, a summary of each column over the whole result, and
// the whole result for the downloads and the chart. DuckDB keeps the result (components/explore/
// duckdb.ts: a temporary table); `memoryResultSet` is the same interface over rows already in hand
// (statements DuckDB cannot keep as a table, and the unit tests' fake database).
import type {Cell, QueryResult, ResultColumn} from "./result.js";

export interface SortKey {
  column: number;
  descending: boolean;
}

export interface HistogramBin {
  /** Lower bound (inclusive). */
  x0: number;
  /** Upper bound (exclusive but for the last bin). */
  x1: number;
  count: number;
}

export type ColumnSummary =
  | {kind: "histogram"; bins: HistogramBin[]; min: number; max: number; nulls: number}
  | {kind: "top"; values: {value: string | null; count: number}[]; distinct: number; nulls: number};

export interface ResultSet {
  columns: ResultColumn[];
  rowCount: number;
  /** Milliseconds the query took. */
  elapsedMs: number;
  /** Rows `offset`…`offset + limit - 1` in the given order (null: the query's own order). */
  rows(offset: number, limit: number, sort: SortKey | null): Promise<Cell[][]>;
  /** One summary per column, over every row. */
  summaries(): Promise<ColumnSummary[]>;
  /** Every row (the CSV and Parquet downloads, the chart). */
  all(): Promise<QueryResult>;
  /** The whole result as an Arrow IPC file, when the store can write one. */
  arrow?: () => Promise<Uint8Array>;
}

/** Histogram bins: one per whole value when a whole-number column spans at most this many. */
export const MAX_VALUE_BINS = 24;
/** Otherwise this many bins of equal width. */
export const BINS = 12;
/** Most common values shown for a text column. */
export const TOP_VALUES = 3;

/** The bins for a numeric column from its minimum and maximum: [x0, x1) each, the last closed. */
export function binEdges(min: number, max: number, integer: boolean): {x0: number; width: number; n: number} {
  if (integer && max - min + 1 <= MAX_VALUE_BINS) return {x0: min, width: 1, n: max - min + 1};
  if (max === min) return {x0: min, width: 1, n: 1};
  return {x0: min, width: (max - min) / BINS, n: BINS};
}

/** The bin of a value (clamped: the maximum falls in the last). */
export const binOf = (v: number, e: {x0: number; width: number; n: number}) => Math.min(e.n - 1, Math.max(0, Math.floor((v - e.x0) / e.width)));

const SV = new Intl.Collator("sv", {sensitivity: "variant", numeric: false});

/** Compare two cells for sorting: Swedish order for text, nulls last. */
export function compareCells(a: Cell, b: Cell): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return SV.compare(String(a), String(b));
}

/** Summaries computed in JavaScript (the same rules as the SQL in duckdb.ts). */
export function summarize(result: QueryResult): ColumnSummary[] {
  return result.columns.map((c, j) => {
    const values = result.rows.map((r) => r[j]);
    const nulls = values.filter((v) => v === null).length;
    if (c.kind === "number" || c.kind === "integer") {
      const nums = values.filter((v): v is number => typeof v === "number");
      if (nums.length === 0) return {kind: "histogram", bins: [], min: NaN, max: NaN, nulls};
      const min = Math.min(...nums);
      const max = Math.max(...nums);
      const e = binEdges(min, max, c.kind === "integer" && nums.every(Number.isInteger));
      const counts = new Array<number>(e.n).fill(0);
      for (const v of nums) counts[binOf(v, e)] += 1;
      return {kind: "histogram", bins: counts.map((count, i) => ({x0: e.x0 + i * e.width, x1: e.x0 + (i + 1) * e.width, count})), min, max, nulls};
    }
    const counts = new Map<string, number>();
    for (const v of values) if (v !== null) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || SV.compare(a[0], b[0])).slice(0, TOP_VALUES);
    return {kind: "top", values: top.map(([value, count]) => ({value, count})), distinct: counts.size, nulls};
  });
}

/** A result set over rows in hand. */
export function memoryResultSet(result: QueryResult, elapsedMs: number): ResultSet {
  let sorted: {key: string; rows: Cell[][]} | null = null;
  const ordered = (sort: SortKey | null): Cell[][] => {
    if (!sort) return result.rows;
    const key = `${sort.column}:${sort.descending}`;
    if (sorted?.key !== key) {
      const idx = result.rows.map((_, i) => i);
      idx.sort((a, b) => {
        const x = result.rows[a][sort.column];
        const y = result.rows[b][sort.column];
        if (x === null || y === null) return compareCells(x, y) || a - b; // nulls last either way
        return (sort.descending ? -compareCells(x, y) : compareCells(x, y)) || a - b;
      });
      sorted = {key, rows: idx.map((i) => result.rows[i])};
    }
    return sorted.rows;
  };
  return {
    columns: result.columns,
    rowCount: result.rows.length,
    elapsedMs,
    async rows(offset, limit, sort) {
      return ordered(sort).slice(offset, offset + limit);
    },
    async summaries() {
      return summarize(result);
    },
    async all() {
      return result;
    }
  };
}
