// A served table as a Parquet file (hyparquet-writer), with the schema the model declares
// (model/tables): text as UTF-8 strings, int32, float64 (DOUBLE) and booleans, a column REQUIRED
// unless it can be empty, and the file's key–value metadata describing it. Deterministic: the same
// rows give the same bytes (no dates or writer versions taken from the machine).
import {parquetWriteBuffer} from "hyparquet-writer";
import {columnsOf, type RowOf, type Table} from "../model/table.js";
import type {ColumnType} from "../model/vocabulary.js";
import {checkValue} from "./tableRows.js";

const PARQUET_TYPE: Readonly<Record<ColumnType, "STRING" | "INT32" | "DOUBLE" | "BOOLEAN">> = {
  utf8: "STRING",
  int32: "INT32",
  float64: "DOUBLE",
  bool: "BOOLEAN"
};

/** The writer named in the file (Parquet's created_by). */
export const PARQUET_CREATED_BY = "Uppföljning (hyparquet-writer)";

/** Serialise rows to Parquet with the table's schema and `metadata` as the file's key–value metadata. */
export function toParquetBytes<T extends Table>(table: T, rows: readonly RowOf<T>[], metadata: readonly {key: string; value: string}[] = []): Uint8Array {
  const columnData = columnsOf(table).map((c) => ({
    name: c.name,
    type: PARQUET_TYPE[c.type],
    nullable: c.nullable,
    data: rows.map((row, i) => {
      const v = (row as Record<string, unknown>)[c.name];
      checkValue(table.name, c, v, i);
      return v ?? null;
    })
  }));
  return new Uint8Array(parquetWriteBuffer({columnData, kvMetadata: [...metadata], createdBy: PARQUET_CREATED_BY}));
}
