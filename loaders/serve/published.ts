// The open data (model/published.ts): every served table (./tables.ts) published under /data/ at an
// address that stays the same from one build to the next, in the same loader run as every other
// served file (./archive.ts): as CSV (the project's one CSV writer, model/csv.ts), as Parquet and
// as Arrow, each describing itself (./describe.ts), and as a CSV for Excel with Swedish settings;
// the data package listing them (./datapackage.ts) and its README. Each table's rows are checked
// against its declaration first (loaders/tableRows.ts): a disagreement stops the build naming the
// table and the column.
import {createHash} from "node:crypto";
import {EXCEL_SV, toCsv} from "../../model/csv.js";
import {DATA_PACKAGE, DATA_README, FORMATS, type FormatId} from "../../model/published.js";
import {columnsOf, type RowOf, type Table} from "../../model/table.js";
import {toArrowBytes} from "../arrowWriter.js";
import {memo} from "../analysis/inputs.js";
import {snapshotInfo} from "../kolada/snapshotInfo.js";
import {siteUrl} from "../paths.js";
import {toParquetBytes} from "../parquetWriter.js";
import {checkRows} from "../tableRows.js";
import {dataPackage, dataReadme, type FileFacts, type PackageContext, type PackagedTable} from "./datapackage.js";
import {describeTable, parquetMetadata} from "./describe.js";
import {SERVED, servedTable, type ServedName} from "./tables.js";

/** A file under /data/. */
export interface PublishedFile {
  /** The path under /data/. */
  name: string;
  bytes: Uint8Array;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** A table in every published format, its rows checked against its declaration first. */
export function publishTable(table: Table, rows: readonly object[], version: string, site: string | null): Record<FormatId, Uint8Array> {
  checkRows(table, rows);
  const names = columnsOf(table).map((c) => c.name);
  const cells = rows.map((r) => names.map((n) => (r as Record<string, string | number | boolean | null>)[n]));
  const description = describeTable(table, version, site);
  const typed = rows as readonly RowOf<Table>[]; // checked against the declaration above
  return {
    csv: encode(toCsv(names, cells)),
    parquet: toParquetBytes(table, typed, parquetMetadata(table, description)),
    arrow: toArrowBytes(table, typed, description),
    excel: encode(toCsv(names, cells, EXCEL_SV))
  };
}

const facts = (path: string, bytes: Uint8Array): FileFacts => ({path, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex")});

/** What the data package says of the build: the snapshot's date and phrase, the site's address. */
export const packageContext = memo((): PackageContext => {
  const info = snapshotInfo();
  return {version: info.snapshot_date, snapshot: info.provenance_summary, site: siteUrl()};
});

/** Every published file and what the data package says of each table, made once per process. */
const published = memo((): {files: PublishedFile[]; tables: PackagedTable[]} => {
  const context = packageContext();
  const files: PublishedFile[] = [];
  const tables: PackagedTable[] = [];
  for (const name of Object.keys(SERVED) as ServedName[]) {
    const s = servedTable(name);
    const rows = s.rows();
    const bytes = publishTable(s.table, rows, context.version, context.site);
    const byFormat = {} as Record<FormatId, FileFacts>;
    for (const f of FORMATS) {
      const path = f.file(name);
      files.push({name: path, bytes: bytes[f.id]});
      byFormat[f.id] = facts(path, bytes[f.id]);
    }
    tables.push({table: s.table, rows: rows.length, files: byFormat});
  }
  return {
    files: [
      {name: DATA_PACKAGE, bytes: encode(JSON.stringify(dataPackage(tables, context), null, 2) + "\n")},
      {name: DATA_README, bytes: encode(dataReadme(tables, context))},
      ...files
    ],
    tables
  };
});

/** Every published file, in a fixed order: the data package, its README, then each table's files. */
export const publishedFiles = (): PublishedFile[] => published().files;

/** Each table with its number of rows and its files' sizes and checksums, as the data package lists them. */
export const publishedTables = (): PackagedTable[] => published().tables;
