// The open data: where every table of the data model (model/dataModel.ts) is published, at an
// address that stays the same from one build to the next, relative to the site's /data/: each
// table in three formats (Arrow, Parquet, CSV) and as a CSV for Excel with Swedish settings, the
// data package that lists them all (Frictionless Data Package v1) and its README. The files the
// pages themselves load are lean copies elsewhere (LEAN_DIR); only these describe themselves.
// No I/O, no DOM.
import {DATA_MODEL} from "./dataModel.js";

/** The published formats of a table, in the order the page and the data package list them. */
export const FORMATS = [
  {id: "csv", file: (name: string) => `${name}.csv`, mediatype: "text/csv", label: "CSV"},
  {id: "parquet", file: (name: string) => `${name}.parquet`, mediatype: "application/vnd.apache.parquet", label: "Parquet"},
  {id: "arrow", file: (name: string) => `${name}.arrow`, mediatype: "application/vnd.apache.arrow.file", label: "Arrow"},
  {id: "excel", file: (name: string) => `excel/${name}.csv`, mediatype: "text/csv", label: "CSV för Excel"}
] as const;

export type FormatId = (typeof FORMATS)[number]["id"];

/** A table's file in a format, relative to /data/. */
export const publishedFile = (name: string, format: FormatId): string => FORMATS.find((f) => f.id === format)!.file(name);

/** The data package (relative to /data/). */
export const DATA_PACKAGE = "datapackage.json";
/** The data package's README (relative to /data/): what the files are, the credit and the terms. */
export const DATA_README = "README.md";

/** Where the pages' own copies of the whole tables are (relative to /data/): no metadata, content-hashed by Framework. */
export const LEAN_DIR = "tables";
/** A page's copy of a whole table (relative to /data/). */
export const leanFile = (name: string): string => `${LEAN_DIR}/${name}.arrow`;

/** Every published file, relative to /data/, in a fixed order. */
export function publishedNames(tables: readonly string[] = DATA_MODEL.map((t) => t.name)): string[] {
  return [DATA_PACKAGE, DATA_README, ...tables.flatMap((name) => FORMATS.map((f) => f.file(name)))];
}
