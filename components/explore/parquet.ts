// The displayed query result as a Parquet file, written in the browser with hyparquet-writer
// (DuckDB-wasm's own Parquet writer is an extension it would fetch from another host).
import {parquetWriteBuffer} from "hyparquet-writer";
import type {ResultColumnKind, QueryResult} from "./result.js";

type ParquetType = "STRING" | "INT32" | "DOUBLE" | "BOOLEAN";

const INT32 = (v: unknown) => typeof v === "number" && Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1;

/** The Parquet type for a column: text for dates and nested values (as the CSV has them). */
export function parquetType(kind: ResultColumnKind, values: readonly unknown[]): ParquetType {
  const present = values.filter((v) => v !== null);
  switch (kind) {
    case "integer":
      if (present.every(INT32)) return "INT32";
      return present.every((v) => typeof v === "number") ? "DOUBLE" : "STRING";
    case "number":
      return present.every((v) => typeof v === "number") ? "DOUBLE" : "STRING";
    case "bool":
      return "BOOLEAN";
    default:
      return "STRING";
  }
}

export function resultToParquet(result: QueryResult): Uint8Array {
  const columnData = result.columns.map((c, j) => {
    const values = result.rows.map((row) => row[j]);
    const type = parquetType(c.kind, values);
    const data = type === "STRING" ? values.map((v) => (v === null ? null : String(v))) : values;
    return {name: c.name, data, type, nullable: true};
  });
  return new Uint8Array(parquetWriteBuffer({columnData, createdBy: "Uppföljning (hyparquet-writer)"}));
}
