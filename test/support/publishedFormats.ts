// Reading a published table back from each of its formats, as someone outside the site would,
// into rows typed by the table's declaration: CSV (comma, decimal point) and the CSV for Excel
// (semicolon, decimal comma, byte order mark) with an RFC 4180 parser of its own, Parquet with
// hyparquet, Arrow with apache-arrow. The tests compare them with each other and with the rows the
// table was made of.
import {tableFromIPC} from "apache-arrow";
import {parquetMetadata, parquetReadObjects} from "hyparquet";
import {columnsOf, type Table} from "../../model/table.js";

export type Row = Record<string, string | number | boolean | null>;

/** RFC 4180 records: quoted cells (a quote inside written twice) may hold the delimiter and line breaks. */
export function parseDelimited(text: string, delimiter: "," | ";"): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  let i = text.startsWith("\ufeff") ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) (record.push(cell), (cell = ""));
    else if (c === "\r" && text[i + 1] === "\n") continue;
    else if (c === "\n") (record.push(cell), records.push(record), (record = []), (cell = ""));
    else cell += c;
  }
  if (cell !== "" || record.length) (record.push(cell), records.push(record));
  return records;
}

/** A CSV file's rows, typed by the declaration; throws when its header is not the declared columns. */
export function rowsFromCsv(table: Table, text: string, dialect: {delimiter: "," | ";"; decimalComma?: boolean} = {delimiter: ","}): Row[] {
  const [header, ...records] = parseDelimited(text, dialect.delimiter);
  const columns = columnsOf(table);
  const names = columns.map((c) => c.name);
  if (header.join(",") !== names.join(",")) throw new Error(`${table.name}: CSV header ${header.join(",")}, declared ${names.join(",")}`);
  return records.map((cells) =>
    Object.fromEntries(
      columns.map((c, j) => {
        const cell = cells[j];
        if (cell === "") return [c.name, null];
        switch (c.type) {
          case "utf8":
            return [c.name, cell];
          case "bool":
            return [c.name, cell === "true" ? true : cell === "false" ? false : `not a boolean: ${cell}`];
          default:
            return [c.name, Number(dialect.decimalComma ? cell.replace(",", ".") : cell)];
        }
      })
    )
  );
}

/** A Parquet file's rows (hyparquet), as plain values. */
export async function rowsFromParquet(bytes: Uint8Array): Promise<Row[]> {
  const file = bytes.slice().buffer as ArrayBuffer;
  const rows = (await parquetReadObjects({file})) as Record<string, unknown>[];
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v ?? null) as Row[string]])));
}

/** A Parquet file's key–value metadata. */
export function parquetKeyValues(bytes: Uint8Array): Map<string, string> {
  const metadata = parquetMetadata(bytes.slice().buffer as ArrayBuffer);
  return new Map((metadata.key_value_metadata ?? []).map((kv) => [kv.key, kv.value ?? ""]));
}

/** An Arrow file's rows (apache-arrow), as plain values. */
export function rowsFromArrowFile(bytes: Uint8Array): Row[] {
  const t = tableFromIPC(bytes);
  return t.toArray().map((r) => {
    const o = r.toJSON() as Record<string, unknown>;
    return Object.fromEntries(t.schema.fields.map((f) => [f.name, (o[f.name] ?? null) as Row[string]]));
  });
}
