// One way to turn rows into an Arrow IPC file with the schema the model declares for the table
// (model/tables), and hand it to Framework (stdout). The files the pages load carry no metadata;
// the published copies (/data/<name>.arrow) carry their description (loaders/serve/describe.ts).
import {
  Bool,
  Dictionary,
  Field,
  Float64,
  Int32,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  makeData,
  tableToIPC,
  vectorFromArray,
  type DataType
} from "apache-arrow";
import {columnsOf, type RowOf, type Table as ModelTable} from "../model/table.js";
import type {ColumnType} from "../model/vocabulary.js";
import {runLoader} from "./run.js";
import {checkValue} from "./tableRows.js";

/** The Arrow type of a model column type. */
function arrowType(type: ColumnType): DataType {
  switch (type) {
    case "utf8":
      return new Utf8();
    case "int32":
      return new Int32();
    case "float64":
      return new Float64();
    case "bool":
      return new Bool();
  }
}

/**
 * Whether a text column is written dictionary-encoded: when each value repeats on average (at
 * most half as many distinct values as rows). The served files are gzipped, and gzip cannot
 * shrink the ascending offsets of a plain text column, while a dictionary's small indices
 * compress well (kpi_ranks: 52 → 30 KB gzip). Readers see the same strings either way.
 */
export function dictionaryPays(values: readonly unknown[]): boolean {
  return values.length >= 16 && new Set(values).size * 2 <= values.length;
}

/**
 * What a published file says about itself (loaders/serve/describe.ts): key–value pairs for the
 * schema, and for each column that has any.
 */
export interface ArrowDescription {
  schema: ReadonlyMap<string, string>;
  columns: Readonly<Record<string, ReadonlyMap<string, string>>>;
}

/** The Arrow fields of a table's declaration (dictionary-encoded where `dictionary` says so), with their descriptions. */
export function arrowFields(table: ModelTable, dictionary: (j: number) => boolean = () => false, description?: ArrowDescription): Field[] {
  return columnsOf(table).map(
    (c, j) =>
      new Field(
        c.name,
        c.type === "utf8" && dictionary(j) ? new Dictionary(new Utf8(), new Int32(), j) : arrowType(c.type),
        c.nullable,
        description?.columns[c.name] ? new Map(description.columns[c.name]) : undefined
      )
  );
}

/**
 * Build an Arrow table with the table's declared schema (model/tables); rejects values that do not
 * fit it (TableError). With a description, the schema and its fields carry it as metadata.
 */
export function toArrowTable<T extends ModelTable>(table: T, rows: readonly RowOf<T>[], description?: ArrowDescription): Table {
  const columns = columnsOf(table);
  const values = columns.map((c) =>
    rows.map((row, i) => {
      const v = (row as Record<string, unknown>)[c.name];
      checkValue(table.name, c, v, i);
      return v ?? null;
    })
  );
  // Dictionary ids are the column's position, so the same rows give the same bytes.
  const fields = arrowFields(table, (j) => dictionaryPays(values[j]), description);
  const vectors = fields.map((f, j) => vectorFromArray(values[j], f.type));
  // One record batch whose schema carries the declared nullability.
  // (vectorFromArray yields a single chunk for in-memory arrays.)
  const children = vectors.map((v) => v.data[0]);
  const struct = makeData({type: new Struct(fields), length: rows.length, nullCount: 0, children});
  const schema = new Schema(fields, description ? new Map(description.schema) : undefined);
  return new Table([new RecordBatch(schema, struct)]);
}

/** Serialise rows to the Arrow IPC file format with the table's schema (deterministic for the same rows). */
export function toArrowBytes<T extends ModelTable>(table: T, rows: readonly RowOf<T>[], description?: ArrowDescription): Uint8Array {
  return tableToIPC(toArrowTable(table, rows, description), "file");
}

/**
 * The table's schema, described and without dictionaries, as one encapsulated IPC schema message:
 * what a Parquet file keeps under ARROW:schema, from which pyarrow and R's arrow give each column
 * its Arrow type and metadata back.
 */
export function arrowSchemaMessage(table: ModelTable, description: ArrowDescription): Uint8Array {
  const schema = new Schema(
    arrowFields(table, () => false, description),
    new Map(description.schema)
  );
  const stream = tableToIPC(new Table(schema), "stream");
  return stream.slice(0, stream.length - 8); // without the end-of-stream marker
}

/**
 * Run a loader body: on success write its Arrow bytes to stdout; on failure print one line on
 * stderr and exit non-zero so that the Framework build fails (and nothing is half-written).
 */
export async function runArrowLoader(produce: () => Promise<Uint8Array> | Uint8Array): Promise<void> {
  await runLoader(produce);
}
