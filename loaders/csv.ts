// CSV for the input files (RFC 4180: comma, quoted cells with "" for a quote, LF or CRLF line
// endings). Every row carries the line it starts on, so errors name the right line even after a
// quoted cell that spans lines; a quote left open is an error at the line where it was opened,
// also when a later quote in the file (followed by text) would otherwise be taken as its closing one.
import {InputError} from "./errors.js";

export interface CsvRow {
  /** 1-based line of the file where the row starts */
  line: number;
  /** 1-based line where the row ends (after the start line when a quoted cell spans lines) */
  end: number;
  cells: string[];
}

const isEol = (c: string | undefined) => c === "\n" || c === "\r";

/** Parse CSV text into rows (a blank line is a row with one empty cell; a leading BOM is skipped). */
export function parseCsv(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const n = text.length;
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const opened = line;
        let cell = "";
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new InputError(file, opened, `a quote (") opened on this line is never closed`);
          const chunk = text.slice(j, q).replace(/\r\n/g, "\n"); // a line break in a cell is "\n" whatever the file's line endings
          for (const c of chunk) if (c === "\n") line++;
          cell += chunk;
          if (text[q + 1] === '"') {
            cell += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        if (i < n && text[i] !== "," && !isEol(text[i])) {
          // Across lines, the quote taken as closing is most likely the next cell's opening quote
          // (or a quote inside a later cell): the mistake is the quote left open where the cell began.
          if (line > opened) {
            throw new InputError(
              file,
              opened,
              `a quote (") opened on this line seems never to be closed: the cell would end at the quote on line ${line}, which is followed by text`
            );
          }
          throw new InputError(file, line, `text after a closing quote: a quote inside a quoted cell is written twice ("")`);
        }
        cells.push(cell);
      } else {
        let j = i;
        while (j < n && text[j] !== "," && !isEol(text[j])) j++;
        cells.push(text.slice(i, j));
        i = j;
      }
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else if (isEol(text[i])) i++;
    rows.push({line: start, end: line, cells});
    line++;
  }
  return rows;
}

/** Whether a row is a blank line. */
export const isBlankRow = (row: CsvRow): boolean => row.cells.length === 1 && row.cells[0].trim() === "";

/**
 * Check the header row against the expected columns (cells trimmed); the error says what is wrong:
 * another delimiter, a missing or unknown column, the order.
 */
export function checkCsvHeader(row: CsvRow | undefined, expected: readonly string[], file: string): void {
  const want = expected.join(",");
  if (!row) throw new InputError(file, null, `empty file (expected at least the header ${want})`);
  const got = row.cells.map((c) => c.trim());
  if (got.join(",") === want) return;
  let why: string;
  const first = row.cells[0] ?? "";
  if (got.length === 1 && /[;\t]/.test(first)) {
    why = `the file is separated by ${first.includes(";") ? `";"` : "tabs"}: save it as comma-separated CSV`;
  } else {
    const missing = expected.filter((c) => !got.includes(c));
    const unknown = got.filter((c) => !expected.includes(c));
    const parts: string[] = [];
    if (missing.length) parts.push(`missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}`);
    if (unknown.length) parts.push(`unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((c) => `"${c}"`).join(", ")}`);
    why = parts.length ? parts.join("; ") : `the columns are in another order (got ${got.join(",")})`;
  }
  throw new InputError(file, row.line, `header must be exactly ${want} (${why})`);
}

/**
 * The reason for a row with the wrong number of cells (reported at the row's start line), with a
 * hint when there are too many, and when the row runs over several lines (a quote left open that
 * swallowed the following lines up to the next quote).
 */
export function cellCountReason(row: CsvRow, expected: number): string {
  const got = row.cells.length;
  const hints: string[] = [];
  if (got > expected) hints.push(`a comma inside a cell, e.g. a decimal comma? Use a decimal point, or put the cell in quotes`);
  if (row.end > row.line) hints.push(`the row runs on to line ${row.end}: a quote (") on this line left open?`);
  return `expected ${expected} cells, got ${got}${hints.length ? ` (${hints.join("; ")})` : ""}`;
}
