// Reading Arrow files in the browser. The loaders write with apache-arrow (explicit schemas); the
// pages decode with the project's own small reader (./arrowReader.ts), which reads exactly the
// shape the loaders write. A served table is read against the schema the model declares for it
// (model/tables): a file whose columns, types or nullability differ is refused with a message
// naming the table and the column, so a page never draws from a file it does not understand.
import {columnsOf, type RowOf, type Table} from "../../model/table.js";
import {readArrow, type ArrowColumns, type ArrowField} from "./arrowReader.js";

/** Plain row objects from decoded columns (nulls kept as null). */
function rowsOf<Row>({fields, numRows, columns}: ArrowColumns): Row[] {
  const rows: Row[] = new Array(numRows);
  for (let i = 0; i < numRows; ++i) {
    const row: Record<string, unknown> = {};
    for (let j = 0; j < fields.length; ++j) row[fields[j].name] = columns[j][i];
    rows[i] = row as Row;
  }
  return rows;
}

/** Plain row objects from Arrow IPC bytes (nulls kept as null), unchecked. */
export function rowsFromArrow<Row = Record<string, unknown>>(bytes: ArrayBuffer | Uint8Array): Row[] {
  return rowsOf<Row>(readArrow(bytes));
}

/** Why the file's schema is not the table's (null when it is): names the table and the column. */
export function schemaProblem(table: Table, fields: readonly Pick<ArrowField, "name" | "nullable" | "type">[]): string | null {
  const expected = columnsOf(table);
  const names = fields.map((f) => f.name);
  if (names.join(",") !== expected.map((c) => c.name).join(",")) {
    return `${table.name}.arrow: columns are ${names.join(", ")}; the model declares ${expected.map((c) => c.name).join(", ")}`;
  }
  for (const [i, c] of expected.entries()) {
    if (fields[i].type !== c.type) return `${table.name}.arrow: column "${c.name}" is not ${c.type}`;
    if (fields[i].nullable !== c.nullable) return `${table.name}.arrow: column "${c.name}" is ${fields[i].nullable ? "" : "not "}nullable, unlike the model`;
  }
  return null;
}

/** A file whose schema is not the model's: its message already names the table. */
class SchemaMismatch extends Error {}

/** The rows of a served table, after checking the file against the table's declared schema. */
export function readTable<T extends Table>(table: T, bytes: ArrayBuffer | Uint8Array): RowOf<T>[] {
  let columns: ArrowColumns;
  try {
    columns = readArrow(bytes, (fields) => {
      const problem = schemaProblem(table, fields);
      if (problem) throw new SchemaMismatch(problem);
    });
  } catch (error) {
    if (error instanceof SchemaMismatch) throw new Error(error.message);
    throw new Error(`${table.name}.arrow: ${(error as Error).message}`);
  }
  return rowsOf<RowOf<T>>(columns);
}

/** A served file as a page holds it: Framework's FileAttachment (or anything with arrayBuffer()). */
export interface ArrowFile {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A file's bytes as a page passes them: the FileAttachment, or the promise of its `arrayBuffer()`.
 * (Pages pass the promise: a bare `FileAttachment("….arrow")` makes Framework add an implicit
 * `npm:apache-arrow` import, fetched from a CDN, which an offline build cannot reach.)
 */
export type ArrowSource = ArrowFile | PromiseLike<ArrayBuffer | Uint8Array>;

const bytesOf = (file: ArrowSource): PromiseLike<ArrayBuffer | Uint8Array> =>
  "arrayBuffer" in file && typeof file.arrayBuffer === "function" ? file.arrayBuffer() : (file as PromiseLike<ArrayBuffer | Uint8Array>);

/**
 * Read several served tables in parallel, each against its declared schema:
 * `await loadTables({shares: [resultShares, FileAttachment("./data/result_shares.arrow").arrayBuffer()]})`.
 */
export async function loadTables<S extends Record<string, readonly [Table, ArrowSource]>>(files: S): Promise<{[K in keyof S]: RowOf<S[K][0]>[]}> {
  const entries = await Promise.all(Object.entries(files).map(async ([key, [table, file]]) => [key, readTable(table, await bytesOf(file))] as const));
  return Object.fromEntries(entries) as {[K in keyof S]: RowOf<S[K][0]>[]};
}
