// The project's one CSV writer, for every CSV it makes: the served tables (/data/<name>.csv), a
// chart's data and a query result downloaded in the browser, and the Kolada snapshot's files. RFC
// 4180: a header row, comma-separated, a cell quoted when it holds the separator, a quote, a line
// break or space at either end (a quote inside written twice); UTF-8; numbers as JavaScript writes
// them (decimal point, no grouping, full precision); empty for a missing value. Lines end in CRLF
// unless a caller asks for LF (the snapshot's files, which git keeps as they are).
//
// One other dialect, for Excel with Swedish settings: semicolons, a decimal comma and a byte order
// mark (without it Excel reads UTF-8 as Windows-1252). No I/O, no DOM.

/** A cell's value: text, a number, a boolean, or missing. */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvDialect {
  /** The separator between cells (default ","). */
  delimiter?: "," | ";";
  /** A decimal comma in numbers (default false: a decimal point). */
  decimalComma?: boolean;
  /** The line ending (default CRLF, as RFC 4180 has it). */
  lineEnd?: "\r\n" | "\n";
  /** Start with a byte order mark (default false). */
  bom?: boolean;
}

/** The dialect Excel with Swedish regional settings opens as columns with a double click. */
export const EXCEL_SV: Readonly<CsvDialect> = {delimiter: ";", decimalComma: true, bom: true};

/** One cell, quoted when it must be. */
export function csvCell(value: CsvValue, dialect: CsvDialect = {}): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    text = dialect.decimalComma ? String(value).replace(".", ",") : String(value);
  } else text = String(value);
  const delimiter = dialect.delimiter ?? ",";
  const quote = text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line (without its line ending). */
export const csvLine = (cells: readonly CsvValue[], dialect: CsvDialect = {}): string => cells.map((c) => csvCell(c, dialect)).join(dialect.delimiter ?? ",");

/** A whole file: the header, then one line per row, each ended by the line ending. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, dialect: CsvDialect = {}): string {
  const end = dialect.lineEnd ?? "\r\n";
  let out = (dialect.bom ? "\ufeff" : "") + csvLine(header, dialect) + end;
  for (const row of rows) out += csvLine(row, dialect) + end;
  return out;
}
