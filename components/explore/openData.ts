// The page Öppna data (src/oppna-data.md), drawn at build time (scripts/site/staticParts.ts): where
// the files are, how to open them in R, Python, DuckDB and Excel, the terms and the credit, and
// every table with its size and its files. The text is Swedish, for a reader; the addresses come
// from model/published.ts and, when one is configured, the site's public address (UPPF_SITE_URL).
//
// Drawn in Node only (no page bundle imports this module): the terms name Kolada's web address, and
// no script the site serves may name another host.
//
// The links to the files carry rel="external": Framework then leaves them as written (a relative
// address under /data/, which its build copies there, scripts/site/framework.ts unhashedCopies)
// instead of checking them as links to its own pages.
import {DATA_PACKAGE, DATA_README, FORMATS, publishedFile, type FormatId} from "../../model/published.js";
import type {Table} from "../../model/table.js";
import {LICENCES} from "../../model/licences.js";
import {RESULTAT} from "../../model/pages/resultat.js";
import {el, getDocument, scrollRegion} from "../kit/chartKit.js";
import {formatCount, formatDate, formatNumber} from "../kit/format.js";

/** A published table: its declaration, its number of rows and its files (model/published.ts). */
export interface OpenDataTable {
  table: Table;
  rows: number;
  files: Readonly<Record<FormatId, {path: string; bytes: number}>>;
}

/** The build's facts: the snapshot's date and phrase, the site's public address when configured. */
export interface OpenDataContext {
  version: string;
  snapshot: string;
  site: string | null;
}

/** What the code examples write for the site's address when none is configured. */
export const ADDRESS_PLACEHOLDER = "https://SAJTENS-ADRESS";

/** The example table of the code snippets. */
const EXAMPLE = "kolada";

/** The files' folder as the code examples write it. */
const dataBase = (context: OpenDataContext) => `${context.site ?? ADDRESS_PLACEHOLDER}/data/`;

/** A link to a published file, relative to the page (or absolute when the site's address is configured). */
function fileLink(doc: Document, context: OpenDataContext, path: string, text: string): HTMLAnchorElement {
  const a = el(doc, "a", undefined, text);
  a.setAttribute("href", context.site ? `${context.site}/data/${path}` : `./data/${path}`);
  a.setAttribute("rel", "external");
  return a;
}

/** A size in bytes, Swedish: "870 byte", "12 kB", "1,4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatCount(bytes)} byte`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, {maxDecimals: bytes < 10_000 ? 1 : 0})} kB`;
  return `${formatNumber(bytes / 1_000_000, {maxDecimals: 1})} MB`;
}

/** Where the files are, which version they are, and the data package. */
export function openDataAddress(context: OpenDataContext, options: {document?: Document} = {}): HTMLElement {
  const doc = getDocument(options.document);
  const root = el(doc, "div", "open-data-address");
  const where = el(doc, "p");
  if (context.site) {
    where.append(`Filerna ligger under `, el(doc, "code", undefined, dataBase(context)), ": tabellen ", el(doc, "code", undefined, EXAMPLE), " som CSV är ");
    where.append(fileLink(doc, context, publishedFile(EXAMPLE, "csv"), `${dataBase(context)}${publishedFile(EXAMPLE, "csv")}`), ".");
  } else {
    where.append(
      `Filerna ligger i mappen `,
      el(doc, "code", undefined, "data/"),
      " på den här sajten: tabellen ",
      el(doc, "code", undefined, EXAMPLE),
      " som CSV är "
    );
    where.append(fileLink(doc, context, publishedFile(EXAMPLE, "csv"), `data/${publishedFile(EXAMPLE, "csv")}`), ". ");
    where.append(
      `I exemplen nedan står `,
      el(doc, "code", undefined, ADDRESS_PLACEHOLDER),
      ` för sajtens adress: byt ut det mot början av adressen i webbläsarens adressfält, fram till `,
      el(doc, "code", undefined, "/oppna-data"),
      "."
    );
  }
  const stable = el(
    doc,
    "p",
    undefined,
    `Adresserna är desamma från vecka till vecka; innehållet uppdateras när Kolada-underlaget gör det. Den här versionen bygger på Kolada-värden hämtade ${formatDate(context.version)} (${context.snapshot}).`
  );
  const pkg = el(doc, "p");
  pkg.append(
    fileLink(doc, context, DATA_PACKAGE, DATA_PACKAGE),
    " beskriver alla tabeller enligt standarden Frictionless Data Package (version 1): kolumner, typer, beskrivningar, enheter, primärnycklar, källor och villkor, och för varje fil dess storlek och kontrollsumma. ",
    fileLink(doc, context, DATA_README, DATA_README),
    " sammanfattar samma sak i text."
  );
  root.append(where, stable, pkg);
  return root;
}

/** A block of code, as the reader copies it: a named region that scrolls sideways and takes focus (keyboard users can scroll it). */
function codeBlock(doc: Document, label: string, lines: readonly string[]): HTMLElement {
  const pre = el(doc, "pre", "open-data-code");
  pre.setAttribute("role", "region");
  pre.setAttribute("aria-label", label);
  pre.tabIndex = 0;
  pre.append(el(doc, "code", undefined, lines.join("\n")));
  return pre;
}

/** How to open a table in R. */
export function rSnippet(context: OpenDataContext, options: {document?: Document} = {}): HTMLElement {
  const doc = getDocument(options.document);
  return codeBlock(doc, "Exempel i R", [
    `bas <- "${dataBase(context)}"`,
    "",
    "# CSV: koderna som text, så att kommunkoden 0764 behåller sin nolla",
    `kolada <- read.csv(paste0(bas, "${publishedFile(EXAMPLE, "csv")}"), fileEncoding = "UTF-8",`,
    `                   colClasses = c(kpi = "character", municipality = "character"))`,
    "",
    "# Parquet, med paketet arrow: kolumnernas typer följer med",
    "library(arrow)",
    `download.file(paste0(bas, "${publishedFile(EXAMPLE, "parquet")}"), "${publishedFile(EXAMPLE, "parquet")}", mode = "wb")`,
    `kolada <- read_parquet("${publishedFile(EXAMPLE, "parquet")}")`
  ]);
}

/** How to open a table in Python: pandas, and pyarrow for the columns' descriptions. */
export function pythonSnippet(context: OpenDataContext, options: {document?: Document} = {}): HTMLElement {
  const doc = getDocument(options.document);
  return codeBlock(doc, "Exempel i Python", [
    "import pandas as pd",
    "",
    `bas = "${dataBase(context)}"`,
    `kolada = pd.read_parquet(bas + "${publishedFile(EXAMPLE, "parquet")}")  # kräver pyarrow`,
    "# eller CSV, med koderna som text",
    `kolada = pd.read_csv(bas + "${publishedFile(EXAMPLE, "csv")}", dtype={"kpi": str, "municipality": str})`,
    "",
    "# Tabellens och kolumnernas beskrivningar, ur Arrow-filen med pyarrow",
    "import io, urllib.request",
    "import pyarrow as pa",
    `data = urllib.request.urlopen(bas + "${publishedFile(EXAMPLE, "arrow")}").read()`,
    "tabell = pa.ipc.open_file(io.BytesIO(data)).read_all()",
    'print(tabell.schema.metadata[b"title"].decode())',
    'print(tabell.schema.field("value").metadata[b"description"].decode())'
  ]);
}

/** How to query a table with DuckDB (which reads Parquet over HTTP with its httpfs extension). */
export function duckdbSnippet(context: OpenDataContext, options: {document?: Document} = {}): HTMLElement {
  const doc = getDocument(options.document);
  const parquet = `${dataBase(context)}${publishedFile(EXAMPLE, "parquet")}`;
  return codeBlock(doc, "Exempel i DuckDB", [
    `SELECT municipality, period, value FROM '${parquet}'`,
    `WHERE kpi = '${RESULTAT.share}' AND gender = 'T'`,
    "ORDER BY municipality, period;",
    "",
    "-- tabellens och kolumnernas beskrivningar",
    `SELECT decode(key) AS nyckel, decode(value) AS text FROM parquet_kv_metadata('${parquet}');`
  ]);
}

/** The terms, one line per source, and how to credit the values. */
export function openDataTerms(options: {document?: Document} = {}): HTMLElement {
  const doc = getDocument(options.document);
  const root = el(doc, "div", "open-data-terms");
  const ul = el(doc, "ul");
  for (const l of LICENCES) {
    const li = el(doc, "li", undefined, l.title);
    if (l.path.startsWith("https://")) {
      const a = el(doc, "a", undefined, l.path.replace(/^https:\/\//, ""));
      a.setAttribute("href", l.path);
      li.append(" Villkoren: ", a, ".");
    }
    ul.append(li);
  }
  root.append(
    el(
      doc,
      "p",
      undefined,
      "Varje tabell anger vilka av villkoren nedan som gäller den och hur den ska anges som källa (kolumnen Källhänvisning i listan över tabellerna nedan, och i filerna själva). Värden som Kolada publicerar anges med ”Källa: Kolada”; det som sajten räknat fram ur dem med ”Egen bearbetning av data från Kolada”."
    ),
    ul
  );
  return root;
}

/** Every table: what it holds, its rows, its files with their sizes, and how to credit it. */
export function openDataTables(tables: readonly OpenDataTable[], context: OpenDataContext, options: {document?: Document} = {}): HTMLElement {
  const doc = getDocument(options.document);
  const table = el(doc, "table", "open-data-tables");
  const caption = el(doc, "caption", undefined, `Sajtens ${tables.length} tabeller, var och en i fyra filer`);
  const head = el(doc, "tr");
  for (const h of ["Tabell", "Rader", "Ladda ned", "Källhänvisning"]) {
    const th = el(doc, "th", h === "Rader" ? "num" : undefined, h);
    th.setAttribute("scope", "col");
    head.append(th);
  }
  const thead = el(doc, "thead");
  thead.append(head);
  const tbody = el(doc, "tbody");
  for (const t of tables) {
    const tr = el(doc, "tr");
    tr.id = `data-${t.table.name}`;
    const what = el(doc, "th");
    what.setAttribute("scope", "row");
    what.append(
      el(doc, "strong", undefined, t.table.title),
      " ",
      el(doc, "code", undefined, t.table.name),
      el(doc, "span", "open-data-description", t.table.description)
    );
    const files = el(doc, "td", "open-data-files");
    const list = el(doc, "ul");
    for (const f of FORMATS) {
      const li = el(doc, "li");
      li.append(fileLink(doc, context, t.files[f.id].path, f.label), ` (${formatBytes(t.files[f.id].bytes)})`);
      list.append(li);
    }
    files.append(list);
    tr.append(what, el(doc, "td", "num", formatCount(t.rows)), files, el(doc, "td", undefined, t.table.credit));
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  const scroll = scrollRegion(doc, "table-scroll", "Tabellerna och deras filer");
  scroll.append(table);
  return scroll;
}
