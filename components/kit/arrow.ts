// Reading Arrow files in the browser with the project's pinned apache-arrow (one version from
// loader to browser). Pages call: rowsFromArrow(await FileAttachment("./data/x.arrow").arrayBuffer()).
import {tableFromIPC} from "apache-arrow";

/** Plain row objects from Arrow IPC bytes (Int32 → number, nulls kept as null). */
export function rowsFromArrow<Row = Record<string, unknown>>(bytes: ArrayBuffer | Uint8Array): Row[] {
  const table = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((n) => table.getChild(n)!);
  const rows: Row[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; ++i) {
    const row: Record<string, unknown> = {};
    for (let j = 0; j < names.length; ++j) {
      const v = columns[j].get(i);
      row[names[j]] = typeof v === "bigint" ? Number(v) : v;
    }
    rows[i] = row as Row;
  }
  return rows;
}
