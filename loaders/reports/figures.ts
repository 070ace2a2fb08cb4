// Report figures: read data/reports/<id>/figures.csv, validate every row, return tidy records.
import {join} from "node:path";
import {cellCountReason, checkCsvHeader, isBlankRow, parseCsv} from "../csv.js";
import {InputError} from "../errors.js";
import {readTextFile} from "../textFile.js";
import {kpiProblem} from "./knownKpis.js";
import {FIGURE_KINDS, UNITS, type FigureKind, type Unit} from "../../model/vocabulary.js";

export const FIGURE_COLUMNS = [
  "id",
  "table",
  "indicator",
  "kpi",
  "kpi_match",
  "unit",
  "area",
  "area_id",
  "year",
  "value",
  "printed",
  "kind",
  "lines",
  "note",
  "contradictory",
  "repeats",
  "beside",
  "beside_label",
  "beside_source",
  "beside_caveat"
] as const;

export interface ReportFigure {
  report: string;
  id: string;
  table: string | null;
  indicator: string;
  kpi: string | null;
  kpiMatch: "cited" | "title" | null;
  unit: Unit;
  area: string;
  areaId: string | null;
  year: number;
  value: number | null;
  printed: string;
  kind: FigureKind;
  lineFrom: number;
  lineTo: number;
  note: string | null;
  contradictory: boolean;
  /** Id of the figure in the same file that this row prints again (e.g. running text repeating a table cell), or null. */
  repeats: string | null;
  /** A figure from another source than Kolada that the site shows beside a Kolada KPI (not compared), with the site's wording. */
  beside: FigureBeside | null;
  /** 1-based line of the row in figures.csv */
  fileLine: number;
}

/** figures.csv `beside`, `beside_label`, `beside_source`, `beside_caveat` (data/reports/SCHEMA.md). */
export interface FigureBeside {
  /** The Kolada KPI the figure is shown beside; the parts of one report, area and year are summed. */
  kpi: string;
  /** Swedish: what the part counts ("arbete"). */
  label: string;
  /** Swedish: where the figure comes from ("kultur- och utbildningsnämndens årsbokslut"). */
  source: string;
  /** Swedish: why it is not compared, for the reader; null when the source says enough. */
  caveat: string | null;
}

/** Parse a line range "189-214" or "193" (1-based, inclusive). */
export function parseLineRange(text: string): [number, number] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from >= 1 && to >= from ? [from, to] : null;
}

const KPI_ID = /^[NUH]\d{5}$/;
const AREA_ID = /^(\d{4}|G\d+)$/;

/** Parse and validate figures.csv text; `file` is used in error messages. */
export function parseFigures(text: string, file: string, report: string): ReportFigure[] {
  const rows = parseCsv(text, file);
  checkCsvHeader(rows[0], FIGURE_COLUMNS, file);
  const seen = new Map<string, number>();
  const out: ReportFigure[] = [];
  rows.slice(1).forEach((row) => {
    const {line, cells} = row;
    if (isBlankRow(row)) return; // a blank line (e.g. at the end)
    const fail = (message: string): never => {
      throw new InputError(file, line, message);
    };
    if (cells.length !== FIGURE_COLUMNS.length) fail(cellCountReason(row, FIGURE_COLUMNS.length));
    const r = Object.fromEntries(FIGURE_COLUMNS.map((c, j) => [c, cells[j].trim()])) as Record<(typeof FIGURE_COLUMNS)[number], string>;
    if (!/^[A-Za-z0-9_-]+$/.test(r.id)) fail(`column "id": "${r.id}" is not a valid id`);
    if (seen.has(r.id)) fail(`duplicate id "${r.id}" (first on line ${seen.get(r.id)})`);
    seen.set(r.id, line);
    if (!r.indicator) fail(`column "indicator" is empty`);
    if (r.kpi && !KPI_ID.test(r.kpi)) fail(`column "kpi": "${r.kpi}" is not a Kolada KPI id`);
    if (r.kpi && kpiProblem(r.kpi)) fail(`column "kpi": ${kpiProblem(r.kpi)}`);
    if (r.kpi_match !== "" && r.kpi_match !== "cited" && r.kpi_match !== "title") fail(`column "kpi_match": "${r.kpi_match}" must be cited, title or empty`);
    if (Boolean(r.kpi) !== Boolean(r.kpi_match)) fail(`columns "kpi" and "kpi_match" must both be set or both be empty`);
    if (!(UNITS as readonly string[]).includes(r.unit)) fail(`column "unit": "${r.unit}" is not one of ${UNITS.join(", ")}`);
    if (!r.area) fail(`column "area" is empty`);
    if (r.area_id && !AREA_ID.test(r.area_id)) fail(`column "area_id": "${r.area_id}" is not a 4-character kommun id or a G… group id`);
    if (!/^\d{4}$/.test(r.year) || Number(r.year) < 1990 || Number(r.year) > 2100) fail(`column "year": "${r.year}" is not a year`);
    if (!(FIGURE_KINDS as readonly string[]).includes(r.kind)) fail(`column "kind": "${r.kind}" is not one of ${FIGURE_KINDS.join(", ")}`);
    let value: number | null = null;
    if (r.value === "") {
      if (r.kind !== "missing") fail(`column "value" is empty but kind is "${r.kind}" (use kind "missing")`);
    } else {
      if (!/^-?\d+(\.\d+)?$/.test(r.value)) fail(`column "value": "${r.value}" does not parse as a number (use a decimal point, no grouping)`);
      value = Number(r.value);
      if (r.kind === "missing") fail(`kind is "missing" but column "value" holds ${r.value}`);
    }
    if (!r.printed) fail(`column "printed" is empty`);
    const range = parseLineRange(r.lines);
    if (!range) fail(`column "lines": "${r.lines}" is not a line range like 189-214`);
    if (r.contradictory !== "" && r.contradictory !== "yes") fail(`column "contradictory": "${r.contradictory}" must be yes or empty`);
    const beside = parseBeside(r, fail);
    if (r.repeats && (!/^[A-Za-z0-9_-]+$/.test(r.repeats) || r.repeats === r.id))
      fail(`column "repeats": "${r.repeats}" must be the id of another figure in this file`);
    const [lineFrom, lineTo] = range!;
    out.push({
      report,
      id: r.id,
      table: r.table || null,
      indicator: r.indicator,
      kpi: r.kpi || null,
      kpiMatch: (r.kpi_match || null) as ReportFigure["kpiMatch"],
      unit: r.unit as ReportFigure["unit"],
      area: r.area,
      areaId: r.area_id || null,
      year: Number(r.year),
      value,
      printed: r.printed,
      kind: r.kind as ReportFigure["kind"],
      lineFrom,
      lineTo,
      note: r.note || null,
      contradictory: r.contradictory === "yes",
      repeats: r.repeats || null,
      beside,
      fileLine: line
    });
  });
  return out;
}

/** The `beside` columns of a row: all empty, or a KPI with a label and a source (a figure that is not itself mapped to Kolada). */
function parseBeside(r: Record<(typeof FIGURE_COLUMNS)[number], string>, fail: (message: string) => never): FigureBeside | null {
  if (!r.beside) {
    if (r.beside_label || r.beside_source || r.beside_caveat) fail(`columns "beside_label", "beside_source" and "beside_caveat" need "beside"`);
    return null;
  }
  const problem = kpiProblem(r.beside);
  if (problem) fail(`column "beside": ${problem}`);
  if (r.kpi) fail(`column "beside": the figure is mapped to Kolada ${r.kpi} (compared, not shown beside); leave one of "kpi" and "beside" empty`);
  if (r.kind !== "observed" && r.kind !== "count") fail(`column "beside": only observed figures and counts are shown beside Kolada (kind is "${r.kind}")`);
  if (!r.beside_label || !r.beside_source) fail(`column "beside": "beside_label" and "beside_source" must be set too`);
  return {kpi: r.beside, label: r.beside_label, source: r.beside_source, caveat: r.beside_caveat || null};
}

/** Read one report folder's figures.csv. */
export function readFigures(reportsDir: string, report: string): ReportFigure[] {
  const file = join(reportsDir, report, "figures.csv");
  return parseFigures(readTextFile(file, "missing file (every report folder has figures.csv; just the header for no figures)"), file, report);
}
