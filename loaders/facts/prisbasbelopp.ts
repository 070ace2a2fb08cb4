// The prisbasbelopp fact table: read data/facts/prisbasbelopp.csv, validate, serve as Arrow.
import {join} from "node:path";
import {toArrowBytes} from "../arrowWriter.js";
import {cellCountReason, checkCsvHeader, isBlankRow, parseCsv} from "../csv.js";
import {InputError} from "../errors.js";
import type {RowOf} from "../../model/table.js";
import {prisbasbelopp} from "../../model/tables/facts.js";
import {DATA_DIR} from "../paths.js";
import {readTextFile} from "../textFile.js";

export const FACTS_DIR = join(DATA_DIR, "facts");
export const PRISBASBELOPP_FILE = "prisbasbelopp.csv";
export const PRISBASBELOPP_COLUMNS = ["year", "prisbasbelopp_kr", "checked"] as const;
/** The source named on every row (see data/facts/README.md). */
export const PRISBASBELOPP_SOURCE = "SCB, prisbasbelopp";

export interface PrisbasbeloppFact {
  year: number;
  kronor: number;
  source: string;
  checked: boolean;
}

/** Parse and validate prisbasbelopp.csv text: consecutive years, positive whole kronor, yes/no. */
export function parsePrisbasbelopp(text: string, file: string): PrisbasbeloppFact[] {
  const rows = parseCsv(text, file);
  checkCsvHeader(rows[0], PRISBASBELOPP_COLUMNS, file);
  const out: PrisbasbeloppFact[] = [];
  rows.slice(1).forEach((row) => {
    const {line, cells} = row;
    if (isBlankRow(row)) return; // blank line
    const fail = (message: string): never => {
      throw new InputError(file, line, message);
    };
    if (cells.length !== PRISBASBELOPP_COLUMNS.length) fail(cellCountReason(row, PRISBASBELOPP_COLUMNS.length));
    const [yearText, kronorText, checkedText] = cells.map((c) => c.trim());
    if (!/^\d{4}$/.test(yearText)) fail(`column "year": "${yearText}" is not a 4-digit year`);
    const year = Number(yearText);
    const prev = out[out.length - 1];
    if (prev && year === prev.year) fail(`column "year": ${year} appears twice`);
    if (prev && year < prev.year) fail(`column "year": ${year} comes after ${prev.year} (years must ascend)`);
    if (prev && year !== prev.year + 1) fail(`column "year": gap between ${prev.year} and ${year} (the series must be consecutive)`);
    if (!/^\d+$/.test(kronorText)) fail(`column "prisbasbelopp_kr": "${kronorText}" is not a whole number of kronor (no spaces or decimals)`);
    const kronor = Number(kronorText);
    if (kronor <= 0 || kronor > 2 ** 31 - 1) fail(`column "prisbasbelopp_kr": ${kronor} is out of range`);
    if (checkedText !== "yes" && checkedText !== "no") fail(`column "checked": "${checkedText}" must be yes or no`);
    out.push({year, kronor, source: PRISBASBELOPP_SOURCE, checked: checkedText === "yes"});
  });
  if (out.length === 0) throw new InputError(file, null, "no data rows");
  return out;
}

/** Read data/facts/prisbasbelopp.csv (or the file in `dir`). */
export function readPrisbasbelopp(dir: string = FACTS_DIR): PrisbasbeloppFact[] {
  const file = join(dir, PRISBASBELOPP_FILE);
  return parsePrisbasbelopp(readTextFile(file), file);
}

export const prisbasbeloppRow = (r: PrisbasbeloppFact): RowOf<typeof prisbasbelopp> => ({
  year: r.year,
  kronor: r.kronor,
  source: r.source,
  checked: r.checked
});

/** prisbasbelopp.arrow bytes. */
export function prisbasbeloppArrow(dir: string = FACTS_DIR): Uint8Array {
  return toArrowBytes(prisbasbelopp, readPrisbasbelopp(dir).map(prisbasbeloppRow));
}
