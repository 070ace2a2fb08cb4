// From every chart to its query, checked: the charts of a built page as a reader gets them (every
// download group with a CSV, found on the page, not from a list), and DuckDB in Node (duckdb-wasm's
// blocking build, from node_modules, offline) over the Arrow files the built site serves to
// Utforska (`_file/data/tables/<name>.<hash>.arrow`, registered under their names as Utforska
// registers them) to run each chart's query and compare its result with the chart's table.
import {readFileSync, readdirSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {tableFromIPC, tableToIPC} from "apache-arrow";
import * as duckdb from "@duckdb/duckdb-wasm/blocking";
import {columnHeader, type ChartTable, type TableCell} from "../../components/kit/chartKit.js";
import {sqlOfHref} from "../../components/explore/chartQuery.js";
import {DATA_MODEL} from "../../model/dataModel.js";

/** One chart's download group as the page has it. */
export interface PageChart {
  /** Its download file name (data-filename) and figure caption: how a failure names it. */
  name: string;
  table: ChartTable;
  /** The href of its "Öppna i Utforska" link, or null when it has none. */
  href: string | null;
}

/**
 * Every chart on the open page with rows to download: each `.kit-download` group carrying a table
 * with rows (live groups carry it as a property, groups drawn at build time in data-table).
 */
export function chartsOnPage(page: Page): Promise<PageChart[]> {
  // (no named functions inside: the page gets the function's source as written)
  return page.evaluate(() => {
    const out: {name: string; table: ChartTable; href: string | null}[] = [];
    for (const div of document.querySelectorAll<HTMLElement>(".kit-download")) {
      const live = (div as HTMLElement & {chartTable?: ChartTable}).chartTable;
      const table =
        live ??
        (div.dataset.table
          ? (JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(div.dataset.table), (c) => c.charCodeAt(0)))) as ChartTable)
          : undefined);
      if (!table || table.rows.length === 0) continue;
      const caption = div.closest("figure")?.querySelector("figcaption")?.textContent ?? table.caption;
      out.push({name: `${div.dataset.filename ?? "?"} (${caption})`, table, href: div.querySelector("a.kit-explore")?.getAttribute("href") ?? null});
    }
    return out;
  });
}

/** What a query returned: its column names and rows (numbers as JS numbers). */
export interface QueryRows {
  columns: string[];
  rows: unknown[][];
}

export interface NodeDuckDB {
  query(sql: string): QueryRows;
  close(): void;
}

const require = createRequire(import.meta.url);

/** DuckDB (blocking, in this process) with every table Utforska registers, read from the built site `dist`. */
export async function duckdbOverSite(dist: string): Promise<NodeDuckDB> {
  const bundles = {
    mvp: {mainModule: require.resolve("@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm"), mainWorker: ""},
    eh: {mainModule: require.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"), mainWorker: ""}
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open({query: {castBigIntToDouble: true, castDecimalToDouble: true}});
  const conn = db.connect();
  conn.query("SET autoinstall_known_extensions = false");
  conn.query("SET autoload_known_extensions = false");
  const dir = join(dist, "_file", "data", "tables");
  const files = readdirSync(dir);
  for (const table of DATA_MODEL) {
    const file = files.find((f) => f.startsWith(`${table.name}.`) && f.endsWith(".arrow") && /^[^.]+\.[0-9a-f]+\.arrow$/.test(f));
    if (!file) throw new Error(`duckdbOverSite: ${dir} has no file for the table ${table.name}`);
    // As Utforska does (components/explore/duckdb.ts): the file format re-written as a stream.
    const stream = tableToIPC(tableFromIPC(readFileSync(join(dir, file))), "stream");
    conn.insertArrowFromIPCStream(stream, {name: table.name, create: true});
  }
  conn.query("SET enable_external_access = false");
  return {
    query(sql) {
      const result = conn.query(sql);
      const columns = result.schema.fields.map((f) => f.name);
      // get() reads each cell with its validity (toArray() would give a null float as NaN)
      const vectors = columns.map((_, i) => result.getChildAt(i)!);
      const rows = Array.from({length: result.numRows}, (_, r) => vectors.map((v) => v.get(r) as unknown));
      return {columns, rows};
    },
    close() {
      conn.close();
      db.reset();
    }
  };
}

/** Cells are equal as values: the same text, both empty, or numbers within 1e-9 (relative; sums of floats in another order). */
export function sameCell(table: TableCell | undefined, sql: unknown): boolean {
  const a = table ?? null;
  const b = typeof sql === "bigint" ? Number(sql) : sql === undefined ? null : sql;
  if (a === null || b === null) return a === b;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/**
 * Where a query's result differs from the chart's table, in words (null when it is the same): the
 * columns (names as the CSV heads them, in order), the number of rows, and the first differing cell.
 */
export function difference(table: ChartTable, result: QueryRows): string | null {
  const headers = table.columns.map(columnHeader);
  if (JSON.stringify(headers) !== JSON.stringify(result.columns))
    return `columns: the table has ${JSON.stringify(headers)}, the query ${JSON.stringify(result.columns)}`;
  if (table.rows.length !== result.rows.length) return `rows: the table has ${table.rows.length}, the query ${result.rows.length}`;
  for (let r = 0; r < table.rows.length; r++) {
    for (let c = 0; c < table.columns.length; c++) {
      const want = table.rows[r][table.columns[c].key];
      const got = result.rows[r][c];
      if (!sameCell(want, got)) return `row ${r + 1}, column "${headers[c]}": the table has ${JSON.stringify(want)}, the query ${String(got)}`;
    }
  }
  return null;
}

/** The SQL of a chart's link, or the reason there is none. */
export const sqlOfChart = (chart: PageChart): string | null => (chart.href === null ? null : sqlOfHref(chart.href));
