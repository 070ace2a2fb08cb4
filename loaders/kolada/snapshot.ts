// The committed Kolada snapshot in data/kolada: reading (validated), serialising (deterministic,
// sorted, diff-friendly) and writing (atomically: all files or none).
//
// Layout of a snapshot directory:
//   values.csv     kpi,municipality,period,gender,value,count,status  (every value; sorted)
//   kommuner.csv   id,name  (every kommun's id and name; sorted by id)
//   metadata.json  {kpis: KpiMeta[], areas: AreaMeta[]}  (Kolada's metadata; sorted by id)
//   manifest.json  api base, fetch time, provenance, row counts per KPI, sha256 per file
import {createHash} from "node:crypto";
import {mkdirSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {replaceDirectory, siblingPath} from "../atomicDir.js";
import {cellCountReason, checkCsvHeader, parseCsv, type CsvRow} from "../csv.js";
import {toCsv} from "../../model/csv.js";
import {InputError} from "../errors.js";
import {parseJsonText} from "../jsonText.js";
import {KOLADA_DIR} from "../paths.js";
import {readTextFile} from "../textFile.js";
import {valueProblem} from "./valueRules.js";
import {compareRows, rowKey, type KoladaRow, type KommunName, type Snapshot, type SnapshotManifest, type SnapshotMetadata} from "./types.js";

export const VALUES_FILE = "values.csv";
export const KOMMUNER_FILE = "kommuner.csv";
export const METADATA_FILE = "metadata.json";
export const MANIFEST_FILE = "manifest.json";
export const VALUE_COLUMNS = ["kpi", "municipality", "period", "gender", "value", "count", "status"] as const;
export const KOMMUN_COLUMNS = ["id", "name"] as const;

/** The snapshot directory: KOLADA_SNAPSHOT_DIR when set (tests, benches), else data/kolada. */
export function snapshotDir(): string {
  return process.env.KOLADA_SNAPSHOT_DIR || KOLADA_DIR;
}

const KPI_RE = /^[NU]\d{5}$/;
const AREA_RE = /^(\d{4}|G\d+)$/;
const NUMBER_RE = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

// ---- reading ---------------------------------------------------------------------------------

function lines(text: string, file: string, columns: readonly string[]): CsvRow[] {
  const cr = text.indexOf("\r");
  if (cr >= 0) throw new InputError(file, text.slice(0, cr).split("\n").length, `carriage return found; the snapshot uses \\n line endings`);
  if (text.length > 0 && !text.endsWith("\n")) throw new InputError(file, text.split("\n").length, "the last line must end with a newline");
  const rows = parseCsv(text, file);
  checkCsvHeader(rows[0], columns, file);
  return rows;
}

/** Parse values.csv text; every problem names the file and line. */
export function parseValues(text: string, file = VALUES_FILE): KoladaRow[] {
  const rows = lines(text, file, VALUE_COLUMNS);
  const out: KoladaRow[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const {line, cells} = rows[i];
    const bad = (msg: string): never => {
      throw new InputError(file, line, msg);
    };
    if (cells.length !== VALUE_COLUMNS.length) bad(cellCountReason(rows[i], VALUE_COLUMNS.length));
    const [kpi, municipality, period, gender, value, count, status] = cells;
    if (!KPI_RE.test(kpi)) bad(`column "kpi": "${kpi}" is not a Kolada KPI id`);
    if (!AREA_RE.test(municipality)) bad(`column "municipality": "${municipality}" is not a 4-character area id or a G… group id`);
    if (!/^\d{4}$/.test(period)) bad(`column "period": "${period}" is not a year`);
    if (gender !== "T" && gender !== "K" && gender !== "M") bad(`column "gender": "${gender}" is not T, K or M`);
    if (value !== "" && !NUMBER_RE.test(value)) bad(`column "value": "${value}" is not a number (empty means missing)`);
    if (count !== "" && !/^\d+$/.test(count)) bad(`column "count": "${count}" is not a whole number`);
    const row: KoladaRow = {
      kpi,
      municipality,
      period: Number(period),
      gender: gender as KoladaRow["gender"],
      value: value === "" ? null : Number(value),
      count: count === "" ? null : Number(count),
      status: status === "" ? null : status
    };
    const problem = valueProblem(row);
    if (problem) bad(problem);
    const key = rowKey(row);
    const first = seen.get(key);
    if (first !== undefined) bad(`duplicate value ${key} (first on line ${first})`);
    seen.set(key, line);
    if (out.length > 0 && compareRows(out[out.length - 1], row) > 0) bad(`rows are not sorted by kpi, municipality, period, gender`);
    out.push(row);
  }
  return out;
}

export function parseKommuner(text: string, file = KOMMUNER_FILE): KommunName[] {
  const rows = lines(text, file, KOMMUN_COLUMNS);
  const out: KommunName[] = [];
  for (let i = 1; i < rows.length; i++) {
    const {line, cells} = rows[i];
    const [id, name, ...rest] = cells;
    if (rest.length || name === undefined) throw new InputError(file, line, cellCountReason(rows[i], KOMMUN_COLUMNS.length));
    if (!/^\d{4}$/.test(id)) throw new InputError(file, line, `column "id": "${id}" is not a 4-character kommun id`);
    if (!name.trim()) throw new InputError(file, line, `column "name" is empty`);
    if (out.length && out[out.length - 1].id >= id)
      throw new InputError(file, line, `ids must be unique and sorted ("${id}" after "${out[out.length - 1].id}")`);
    out.push({id, name});
  }
  return out;
}

function parseMetadata(value: unknown, file: string): SnapshotMetadata {
  const m = value as SnapshotMetadata;
  if (!m || !Array.isArray(m.kpis) || !Array.isArray(m.areas)) throw new InputError(file, null, `expected {"kpis": [...], "areas": [...]}`);
  m.kpis.forEach((x, i) => {
    if (typeof x?.id !== "string" || typeof x.title !== "string") throw new InputError(file, null, `needs string "id" and "title"`, {field: `kpis[${i}]`});
  });
  m.areas.forEach((x, i) => {
    if (typeof x?.id !== "string" || typeof x.title !== "string" || typeof x.type !== "string")
      throw new InputError(file, null, `needs string "id", "title" and "type"`, {field: `areas[${i}]`});
  });
  return m;
}

function parseManifest(value: unknown, file: string): SnapshotManifest {
  const m = value as SnapshotManifest;
  const need = (ok: boolean, field: string, what: string) => {
    if (!ok) throw new InputError(file, null, what, {field});
  };
  if (!m || typeof m !== "object" || Array.isArray(m)) throw new InputError(file, null, "expected an object");
  need(typeof m.api_base === "string", "api_base", "must be a string");
  need(typeof m.fetched_at === "string" && !Number.isNaN(Date.parse(m.fetched_at)), "fetched_at", "must be an ISO timestamp");
  need(typeof m.provenance?.summary === "string" && typeof m.provenance?.detail === "string", "provenance", `needs "summary" and "detail"`);
  need(!!m.files && typeof m.files === "object", "files", "is missing");
  need(!!m.rows_per_kpi && typeof m.rows_per_kpi === "object", "rows_per_kpi", "is missing");
  need(Number.isInteger(m.rows), "rows", "must be a whole number");
  need(m.groups_provenance === undefined || typeof m.groups_provenance === "string", "groups_provenance", "must be a string when present");
  return m;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Read and validate a whole snapshot directory (checksums included). */
export function readSnapshot(dir: string = snapshotDir()): Snapshot {
  const texts = new Map<string, string>();
  for (const f of [MANIFEST_FILE, VALUES_FILE, KOMMUNER_FILE, METADATA_FILE]) texts.set(f, readTextFile(join(dir, f), "missing from the Kolada snapshot"));
  return parseSnapshotTexts(texts, (f) => join(dir, f));
}

/**
 * The snapshot in `texts` (file name → text), checked as a whole: checksums against the manifest,
 * every row, kommun and metadata entry. Errors name `at(file)` and the line. The refresh runs the
 * same check on what it is about to write, so it never writes a snapshot the build cannot read.
 */
export function parseSnapshotTexts(texts: ReadonlyMap<string, string>, at: (file: string) => string): Snapshot {
  const text = (f: string) => texts.get(f) ?? "";
  const manifest = parseManifest(parseJsonText(text(MANIFEST_FILE), at(MANIFEST_FILE)), at(MANIFEST_FILE));
  for (const f of [VALUES_FILE, KOMMUNER_FILE, METADATA_FILE]) {
    const expected = manifest.files[f]?.sha256;
    const actual = sha256(text(f));
    if (expected !== actual) {
      throw new InputError(
        at(f),
        null,
        `sha256 ${actual} does not match ${MANIFEST_FILE} (${expected ?? "none"}); the snapshot was edited by hand or is incomplete`
      );
    }
  }
  const rows = parseValues(text(VALUES_FILE), at(VALUES_FILE));
  const kommuner = parseKommuner(text(KOMMUNER_FILE), at(KOMMUNER_FILE));
  const metadata = parseMetadata(parseJsonText(text(METADATA_FILE), at(METADATA_FILE)), at(METADATA_FILE));
  if (manifest.rows !== rows.length)
    throw new InputError(at(MANIFEST_FILE), null, `is ${manifest.rows} but ${VALUES_FILE} has ${rows.length} rows`, {
      field: "rows"
    });
  return {rows, kommuner, metadata, manifest};
}

/** Every value in the committed snapshot (catalogue areas and the all-kommuner headline values), sorted. */
export function readSnapshotRows(dir: string = snapshotDir()): KoladaRow[] {
  return readSnapshot(dir).rows;
}

// ---- serialising -----------------------------------------------------------------------------

/** The snapshot's CSV: the project's one writer (model/csv.ts), with LF line endings as committed. */
const SNAPSHOT_CSV = {lineEnd: "\n"} as const;

export function formatValues(rows: readonly KoladaRow[]): string {
  const sorted = [...rows].sort(compareRows);
  return toCsv(
    VALUE_COLUMNS,
    sorted.map((r) => [r.kpi, r.municipality, String(r.period), r.gender, r.value, r.count, r.status ?? ""]),
    SNAPSHOT_CSV
  );
}

export function formatKommuner(kommuner: readonly KommunName[]): string {
  const sorted = [...kommuner].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return toCsv(
    KOMMUN_COLUMNS,
    sorted.map((m) => [m.id, m.name]),
    SNAPSHOT_CSV
  );
}

export function formatMetadata(metadata: SnapshotMetadata): string {
  const byId = <T extends {id: string}>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = {kpis: [...metadata.kpis].sort(byId), areas: [...metadata.areas].sort(byId)};
  return JSON.stringify(sorted, null, 2) + "\n";
}

export type ManifestInput = Omit<SnapshotManifest, "format" | "rows" | "rows_per_kpi" | "files" | "checksum">;

/** All files of a snapshot as text, the manifest computed from the others. */
export function serializeSnapshot(
  rows: readonly KoladaRow[],
  kommuner: readonly KommunName[],
  metadata: SnapshotMetadata,
  info: ManifestInput
): Map<string, string> {
  const files = new Map<string, string>([
    [VALUES_FILE, formatValues(rows)],
    [KOMMUNER_FILE, formatKommuner(kommuner)],
    [METADATA_FILE, formatMetadata(metadata)]
  ]);
  const rowsPerKpi: Record<string, number> = {};
  for (const r of [...rows].sort(compareRows)) rowsPerKpi[r.kpi] = (rowsPerKpi[r.kpi] ?? 0) + 1;
  const fileInfo: SnapshotManifest["files"] = {
    [KOMMUNER_FILE]: {sha256: sha256(files.get(KOMMUNER_FILE)!), rows: kommuner.length},
    [METADATA_FILE]: {sha256: sha256(files.get(METADATA_FILE)!)},
    [VALUES_FILE]: {sha256: sha256(files.get(VALUES_FILE)!), rows: rows.length}
  };
  const manifest: SnapshotManifest = {
    format: 1,
    api_base: info.api_base,
    fetched_at: info.fetched_at,
    fetched_at_note: info.fetched_at_note,
    provenance: info.provenance,
    kommuner_provenance: info.kommuner_provenance,
    ...(info.groups_provenance ? {groups_provenance: info.groups_provenance} : {}),
    since: info.since,
    rows: rows.length,
    rows_per_kpi: rowsPerKpi,
    files: fileInfo,
    checksum: sha256(
      Object.keys(fileInfo)
        .sort()
        .map((f) => `${f}:${fileInfo[f].sha256}`)
        .join("\n")
    )
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest, null, 2) + "\n");
  return files;
}

/**
 * Replace the snapshot directory with `files`, all or none: the files are written to a fresh
 * sibling directory first, then swapped in (loaders/atomicDir.ts).
 */
export function writeSnapshotAtomic(dir: string, files: Map<string, string>): void {
  const fresh = siblingPath(dir, "new");
  mkdirSync(fresh, {recursive: true});
  try {
    for (const [name, text] of files) writeFileSync(join(fresh, name), text);
    replaceDirectory(fresh, dir);
  } catch (error) {
    rmSync(fresh, {recursive: true, force: true});
    throw error;
  }
}
