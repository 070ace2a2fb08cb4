// A query result as plain values: columns with a kind, rows as arrays of number | string | boolean | null.
// Converts DuckDB's Arrow result (any apache-arrow version: only structural access is used).

export type ResultColumnKind = "number" | "integer" | "text" | "bool" | "date" | "other";
export type Cell = number | string | boolean | null;

export interface ResultColumn {
  name: string;
  kind: ResultColumnKind;
}

export interface QueryResult {
  columns: ResultColumn[];
  rows: Cell[][];
}

/** Arrow type ids (Arrow's flatbuffer `Type` enum, the same in every apache-arrow version). */
const T = {Int: 2, Float: 3, Utf8: 5, Bool: 6, Decimal: 7, Date: 8, Time: 9, Timestamp: 10, LargeUtf8: 20} as const;

export interface ArrowLikeField {
  name: string;
  type: {typeId: number; dictionary?: {typeId: number}};
}
export interface ArrowLikeSchema {
  fields: readonly ArrowLikeField[];
}
export interface ArrowLikeBatch {
  numRows: number;
  getChildAt(index: number): {get(index: number): unknown} | null;
}

export function columnKind(typeId: number): ResultColumnKind {
  switch (typeId) {
    case T.Int:
      return "integer";
    case T.Float:
    case T.Decimal:
      return "number";
    case T.Utf8:
    case T.LargeUtf8:
      return "text";
    case T.Bool:
      return "bool";
    case T.Date:
    case T.Timestamp:
      return "date";
    default:
      return "other";
  }
}

/** One Arrow value as a plain cell. */
export function toCell(value: unknown, kind: ResultColumnKind): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (kind === "date") {
    const date = value instanceof Date ? value : typeof value === "number" ? new Date(value) : null;
    if (date && !Number.isNaN(date.getTime())) {
      const iso = date.toISOString();
      return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
    }
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Uint8Array) return `<${value.length} byte>`;
  const v = value as {toJSON?: () => unknown; toArray?: () => unknown};
  const plain = typeof v.toJSON === "function" ? v.toJSON() : typeof v.toArray === "function" ? Array.from(v.toArray() as Iterable<unknown>) : value;
  return JSON.stringify(plain, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
}

/** Plain result from an Arrow schema and its record batches. */
export function resultFromArrow(schema: ArrowLikeSchema, batches: readonly ArrowLikeBatch[]): QueryResult {
  // Dictionary-encoded columns (type id -1) take the kind of their values.
  const columns = schema.fields.map((f) => ({
    name: f.name,
    kind: columnKind(f.type.dictionary ? f.type.dictionary.typeId : f.type.typeId)
  }));
  const rows: Cell[][] = [];
  for (const batch of batches) {
    const children = columns.map((_, j) => batch.getChildAt(j));
    for (let i = 0; i < batch.numRows; ++i) {
      rows.push(columns.map((c, j) => toCell(children[j]?.get(i), c.kind)));
    }
  }
  return {columns, rows};
}

/**
 * DuckDB's message for an error as DuckDB prints it ("Parser Error: syntax error at or near …").
 * DuckDB-wasm passes errors on as JSON ({"exception_type": "Parser", "exception_message": …}).
 */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(text) as {exception_type?: unknown; exception_message?: unknown};
    if (parsed && typeof parsed.exception_message === "string") {
      return typeof parsed.exception_type === "string" && parsed.exception_type !== ""
        ? `${parsed.exception_type} Error: ${parsed.exception_message}`
        : parsed.exception_message;
    }
  } catch {
    // not JSON: DuckDB's plain message
  }
  return text;
}

/** DuckDB's error type ("Parser", "Binder", …) when the error carries one. */
export function errorType(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(text) as {exception_type?: unknown};
    return typeof parsed?.exception_type === "string" ? parsed.exception_type : null;
  } catch {
    return null;
  }
}

/** Where in the query DuckDB places the error (a character offset), when it says. */
export function errorPosition(error: unknown): number | null {
  const text = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(text) as {position?: unknown};
    const p = typeof parsed?.position === "string" ? Number(parsed.position) : typeof parsed?.position === "number" ? parsed.position : NaN;
    return Number.isInteger(p) && p >= 0 ? p : null;
  } catch {
    return null;
  }
}

/**
 * An error from the reader's SQL run inside a wrapper of `shift` characters and `lines` lines
 * before it: its position (JSON) and its "LINE n:" (DuckDB's text) moved back to the reader's text.
 */
export function shiftError(error: unknown, shift: number, lines: number): Error {
  const text = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const p = errorPosition(error);
    if (p !== null) return new Error(JSON.stringify({...parsed, position: String(Math.max(0, p - shift))}));
  } catch {
    // not JSON: DuckDB's text
  }
  return new Error(text.replace(/^LINE (\d+):/m, (_m, n: string) => `LINE ${Math.max(1, Number(n) - lines)}:`));
}

/**
 * Where in `sql` DuckDB places an error: its JSON position, or from its text's "LINE n: <snippet>"
 * and the caret under it (DuckDB shortens a long line to a window around the place, with "...").
 */
export function errorLocation(error: unknown, sql: string): number | null {
  const position = errorPosition(error);
  if (position !== null) return Math.min(position, sql.length);
  const text = error instanceof Error ? error.message : String(error);
  const m = /^LINE (\d+): (.*)\n( *)\^/m.exec(text);
  if (!m) return null;
  const lineNo = Number(m[1]);
  const lines = sql.split("\n");
  if (lineNo < 1 || lineNo > lines.length) return null;
  const start = lines.slice(0, lineNo - 1).reduce((n, l) => n + l.length + 1, 0);
  const caret = m[3].length - `LINE ${m[1]}: `.length;
  let snippet = m[2];
  let lead = 0;
  if (snippet.startsWith("...")) {
    snippet = snippet.slice(3);
    lead = 3;
  }
  snippet = snippet.replace(/\.\.\.$/, "");
  const at = lines[lineNo - 1].indexOf(snippet);
  if (at < 0 || caret < lead) return null;
  return start + at + caret - lead;
}
