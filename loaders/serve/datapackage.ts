// The data package (/data/datapackage.json): a Frictionless Tabular Data Package, version 1 of the
// standard (what most tools read), listing every table of the data model with its schema (names,
// types, descriptions, units, primary keys), sources and terms, and the Kolada snapshot's date as
// its version; and its README (/data/README.md, Swedish), which repeats the terms for readers.
//
// One resource per table: its CSV, which every tool that reads a data package reads (a tabular
// resource's file is CSV in version 1). The same table's Parquet and Arrow files and the CSV for
// Excel are named in the resource under `alternates`, each with its format, media type, size and
// SHA-256, so the package lists every file once without listing a table three times.
// Properties beyond the standard (all allowed by it): a field's `unit`, a resource's `credit`,
// `rowCount`, `formula`, `inputs` and `alternates`. Validated against the standard's profile by the
// tests (test/fixtures/frictionless/).
import {columnsOf, unitText, type Table} from "../../model/table.js";
import {LICENCES, licencesOf, type Licence} from "../../model/licences.js";
import {DATA_PACKAGE, FORMATS, publishedFile, type FormatId} from "../../model/published.js";
import type {ColumnType} from "../../model/vocabulary.js";
import {PUBLISHER} from "./describe.js";

/** A published file's size and checksum. */
export interface FileFacts {
  path: string;
  bytes: number;
  sha256: string;
}

/** A table as the package lists it: its declaration, its number of rows and its files by format. */
export interface PackagedTable {
  table: Table;
  rows: number;
  files: Readonly<Record<FormatId, FileFacts>>;
}

export interface PackageContext {
  /** The Kolada snapshot's date (YYYY-MM-DD): the package's version. */
  version: string;
  /** What the snapshot is, in a phrase (its manifest's provenance summary). */
  snapshot: string;
  /** The site's public address, when configured. */
  site: string | null;
}

const FIELD_TYPE: Readonly<Record<ColumnType, string>> = {utf8: "string", int32: "integer", float64: "number", bool: "boolean"};

const licence = (l: Licence) => ({title: l.title, path: l.path});

export const PACKAGE_TITLE = "Uppföljning: kommunala arbetsmarknadsinsatser";

/** The data package as JSON-ready data. */
export function dataPackage(tables: readonly PackagedTable[], context: PackageContext): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "uppfoljning",
    title: PACKAGE_TITLE,
    description:
      "Tabellerna bakom sajten Uppföljning: Kolada-värden om kommunernas arbetsmarknadsinsatser, revisionsrapporternas bedömningar, rekommendationer och tryckta siffror, och det som sajten räknar fram ur dem. " +
      `Versionen är datumet då Kolada-värdena hämtades (ögonblicksbilden: ${context.snapshot}). Varje tabell finns som CSV, Parquet och Arrow; se README.md.`,
    version: context.version,
    ...(context.site ? {homepage: `${context.site}/oppna-data`} : {}),
    keywords: ["Kolada", "kommuner", "arbetsmarknadsinsatser", "revisionsrapporter", "öppna data"],
    contributors: [{title: PUBLISHER, role: "publisher"}],
    licenses: LICENCES.map(licence),
    sources: [
      {title: "Kolada (RKA), nyckeltal via Koladas API", path: "https://www.kolada.se/"},
      {title: "Kommunernas revisionsrapporter, avskrivna för hand med radhänvisningar"},
      {title: "SCB, prisbasbelopp"}
    ],
    resources: tables.map(resource)
  };
}

function resource({table, rows, files}: PackagedTable): Record<string, unknown> {
  const csv = files.csv;
  const description = [table.description, `En rad per: ${table.rows}.`, table.formula ? `Beräkning: ${table.formula}` : null].filter(Boolean).join(" ");
  return {
    profile: "tabular-data-resource",
    name: table.name,
    path: csv.path,
    title: table.title,
    description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: csv.bytes,
    hash: `sha256:${csv.sha256}`,
    dialect: {delimiter: ",", doubleQuote: true, quoteChar: '"', lineTerminator: "\r\n", header: true},
    schema: {
      fields: columnsOf(table).map((c) => ({
        name: c.name,
        type: FIELD_TYPE[c.type],
        description: c.description,
        ...(c.unit ? {unit: unitText(c.unit)} : {}),
        ...(c.nullable ? {} : {constraints: {required: true}})
      })),
      ...(table.primaryKey?.length ? {primaryKey: [...table.primaryKey]} : {}),
      missingValues: [""]
    },
    sources: [{title: table.provenance}],
    licenses: licencesOf(table).map(licence),
    credit: table.credit,
    rowCount: rows,
    ...(table.formula ? {formula: table.formula} : {}),
    ...(table.inputs?.length ? {inputs: [...table.inputs]} : {}),
    alternates: FORMATS.filter((f) => f.id !== "csv").map((f) => ({
      format: f.id === "excel" ? "csv" : f.id,
      path: files[f.id].path,
      mediatype: f.mediatype,
      bytes: files[f.id].bytes,
      hash: `sha256:${files[f.id].sha256}`,
      ...(f.id === "excel"
        ? {
            title: "CSV för Excel med svenska inställningar: semikolon, decimalkomma, UTF-8 med byte order mark",
            encoding: "utf-8-sig",
            dialect: {delimiter: ";", doubleQuote: true, lineTerminator: "\r\n", header: true}
          }
        : {})
    }))
  };
}

/** The package's README (Swedish): the files, the credit and the terms, the tables. */
export function dataReadme(tables: readonly PackagedTable[], context: PackageContext): string {
  const at = (path: string) => (context.site ? `${context.site}/data/${path}` : path);
  const lines = [
    `# ${PACKAGE_TITLE}: öppna data`,
    "",
    `Version ${context.version}: datumet då Kolada-värdena hämtades (ögonblicksbilden: ${context.snapshot}).`,
    "",
    "## Filerna",
    "",
    "Varje tabell finns i fyra filer med samma innehåll:",
    "",
    "- `<tabell>.csv`: UTF-8, kommatecken mellan fälten, en rubrikrad, punkt som decimaltecken, tomt fält för ett saknat värde;",
    "- `<tabell>.parquet` och `<tabell>.arrow` (Apache Arrow IPC-fil): kolumnernas typer, och tabellens och varje kolumns beskrivning som metadata;",
    "- `excel/<tabell>.csv`: för Excel med svenska inställningar (semikolon, decimalkomma).",
    "",
    `\`${DATA_PACKAGE}\` beskriver alla tabeller enligt Frictionless Data Package, version 1: kolumner, typer, beskrivningar, enheter, primärnycklar, källor och villkor.`,
    "",
    "## Villkor",
    "",
    "Varje tabell anger sin källa och vilka av villkoren nedan som gäller den (i datapaketet och i filernas metadata).",
    "",
    ...LICENCES.map((l) => `- **${l.id}**: ${l.title}${l.path.startsWith("http") ? ` (${l.path})` : ""}`),
    "",
    "## Tabellerna",
    "",
    "| tabell | innehåll | rader | ange som källa |",
    "|---|---|---|---|",
    ...tables.map(
      ({table, rows}) =>
        `| [\`${table.name}\`](${at(publishedFile(table.name, "csv"))}) | ${cell(table.title)}: ${cell(table.description)} | ${rows} | ${cell(table.credit)} |`
    )
  ];
  return lines.join("\n") + "\n";
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
