// Reading Arrow files in the browser. The loaders write with apache-arrow (explicit schemas); the
// pages decode with flechette's IPC reader (the Arrow engine arquero uses, imported from its decode
// module alone: about 7 KB gzip against apache-arrow's 51 KB). A served table is read against the
// schema the model declares for it
// (model/tables): a file whose columns, types or nullability differ is refused with a message
// naming the table and the column, so a page never draws from a file it does not understand.
// @ts-ignore -- flechette ships types for its package entry, not for this module path.
import {tableFromIPC} from "@uwdata/flechette/src/decode/table-from-ipc.js";
import {columnsOf, type RowOf, type Table} from "../../model/table.js";
import type {ColumnType} from "../../model/vocabulary.js";

/** Arrow's type ids (the IPC format's Type enum) for the model's column types. */
const ARROW_TYPE_IDS: Readonly<Record<ColumnType, number>> = {utf8: 5, int32: 2, float64: 3, bool: 6};

/** The parts of a decoded table this module uses (flechette's Table). */
interface DecodedField {
  name: string;
  nullable: boolean;
  /** A dictionary-encoded column (type id -1) has its values' type under `dictionary`. */
  type: {typeId: number; dictionary?: {typeId: number}};
}
interface DecodedTable {
  numRows: number;
  schema: {fields: DecodedField[]};
  getChild(name: string): {toArray(): ArrayLike<unknown>} | null;
}

const decode = (bytes: ArrayBuffer | Uint8Array): DecodedTable =>
  (tableFromIPC as (data: Uint8Array, options?: object) => DecodedTable)(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {useBigInt: false});

/** Plain row objects from a decoded table (nulls kept as null). */
function rowsOf<Row>(table: DecodedTable): Row[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((n) => table.getChild(n)!.toArray());
  const rows: Row[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; ++i) {
    const row: Record<string, unknown> = {};
    for (let j = 0; j < names.length; ++j) {
      const v = columns[j][i];
      row[names[j]] = v === undefined ? null : typeof v === "bigint" ? Number(v) : v;
    }
    rows[i] = row as Row;
  }
  return rows;
}

/** Plain row objects from Arrow IPC bytes (Int32 → number, nulls kept as null), unchecked. */
export function rowsFromArrow<Row = Record<string, unknown>>(bytes: ArrayBuffer | Uint8Array): Row[] {
  return rowsOf<Row>(decode(bytes));
}

/** Why the file's schema is not the table's (null when it is): names the table and the column. */
export function schemaProblem(table: Table, fields: readonly {name: string; nullable: boolean; typeId: number}[]): string | null {
  const expected = columnsOf(table);
  const names = fields.map((f) => f.name);
  if (names.join(",") !== expected.map((c) => c.name).join(",")) {
    return `${table.name}.arrow: columns are ${names.join(", ")}; the model declares ${expected.map((c) => c.name).join(", ")}`;
  }
  for (const [i, c] of expected.entries()) {
    if (fields[i].typeId !== ARROW_TYPE_IDS[c.type]) return `${table.name}.arrow: column "${c.name}" is not ${c.type}`;
    if (fields[i].nullable !== c.nullable) return `${table.name}.arrow: column "${c.name}" is ${fields[i].nullable ? "" : "not "}nullable, unlike the model`;
  }
  return null;
}

/** The rows of a served table, after checking the file against the table's declared schema. */
export function readTable<T extends Table>(table: T, bytes: ArrayBuffer | Uint8Array): RowOf<T>[] {
  const arrow = decode(bytes);
  const problem = schemaProblem(
    table,
    arrow.schema.fields.map((f) => ({name: f.name, nullable: f.nullable, typeId: f.type.dictionary?.typeId ?? f.type.typeId}))
  );
  if (problem) throw new Error(problem);
  return rowsOf<RowOf<T>>(arrow);
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
