// CSV of a query result: RFC 4180 (comma, CRLF, quotes doubled), UTF-8, numbers with a decimal
// point and no grouping (machine-readable; the page shows Swedish formats), empty for null.
import type {Cell, QueryResult} from "./result.js";

export function csvCell(value: Cell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(result: QueryResult): string {
  const lines = [result.columns.map((c) => csvCell(c.name)).join(",")];
  for (const row of result.rows) lines.push(row.map(csvCell).join(","));
  return lines.join("\r\n") + "\r\n";
}
