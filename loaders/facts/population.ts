// data/facts/population.csv: SCB's population per kommun and year (see data/facts/README.md), read
// and checked: every kommun one the snapshot knows, whole non-negative counts, each kommun and year
// once. Errors name the file and the line.
import {join} from "node:path";
import {checkCsvHeader, cellCountReason, isBlankRow, parseCsv} from "../csv.js";
import {InputError} from "../errors.js";
import {readTextFile} from "../textFile.js";
import {FACTS_DIR} from "./prisbasbelopp.js";

export const POPULATION_FILE = "population.csv";
export const POPULATION_COLUMNS = ["municipality", "period", "population_total", "population_20_64"] as const;
/** Where the figures come from, as a page credits them (data/facts/README.md). */
export const POPULATION_SOURCE = "SCB";

export interface PopulationFact {
  municipality: string;
  period: number;
  total: number;
  age20to64: number;
}

/** Parse population.csv text; `known` is the set of kommun ids the snapshot knows (an unknown one fails). */
export function parsePopulation(text: string, file: string, known: ReadonlySet<string>): PopulationFact[] {
  const rows = parseCsv(text, file);
  checkCsvHeader(rows[0], POPULATION_COLUMNS, file);
  const seen = new Set<string>();
  const out: PopulationFact[] = [];
  for (const row of rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const fail = (message: string): never => {
      throw new InputError(file, row.line, message);
    };
    if (row.cells.length !== POPULATION_COLUMNS.length) fail(cellCountReason(row, POPULATION_COLUMNS.length));
    const [id, periodText, totalText, ageText] = row.cells.map((c) => c.trim());
    if (!/^\d{4}$/.test(id)) fail(`column "municipality": "${id}" is not a 4-digit kommun id`);
    if (!known.has(id)) fail(`column "municipality": kommun "${id}" is not in the snapshot's kommuner.csv`);
    if (!/^\d{4}$/.test(periodText)) fail(`column "period": "${periodText}" is not a 4-digit year`);
    const count = (text: string, column: string) => (/^\d+$/.test(text) ? Number(text) : fail(`column "${column}": "${text}" is not a whole number`));
    const total = count(totalText, "population_total");
    const age20to64 = count(ageText, "population_20_64");
    if (age20to64 > total) fail(`column "population_20_64": ${age20to64} is more than the total ${total}`);
    const key = `${id}|${periodText}`;
    if (seen.has(key)) fail(`kommun ${id} and year ${periodText} appear twice`);
    seen.add(key);
    out.push({municipality: id, period: Number(periodText), total, age20to64});
  }
  if (out.length === 0) throw new InputError(file, null, "no data rows");
  return out;
}

/** Read data/facts/population.csv (or the file in `dir`). */
export function readPopulation(known: ReadonlySet<string>, dir: string = FACTS_DIR): PopulationFact[] {
  const file = join(dir, POPULATION_FILE);
  return parsePopulation(readTextFile(file), file, known);
}
