// The one place that touches DuckDB-wasm. Imported lazily (dynamic import) by the Utforska page only,
// so no other page downloads DuckDB. Self-hosted: Framework copies the files resolved here from
// node_modules and serves them from the site itself; no CDN. A table is fetched and inserted the
// first time a query names it (./lazyTables.ts), not all of them before the first query.
import * as duckdb from "@duckdb/duckdb-wasm";
import {tableFromIPC, tableToIPC} from "apache-arrow";
import {chooseBundle} from "./bundle.js";
import {errorType, resultFromArrow, shiftError, type ArrowLikeBatch, type ArrowLikeSchema, type QueryResult} from "./result.js";
import {binEdges, memoryResultSet, TOP_VALUES, type ColumnSummary, type ResultSet, type SortKey} from "./session.js";
import {svOrder} from "./chartQuery.js";
import {lazyTables} from "./lazyTables.js";

// Only the "eh" bundle is shipped: it is the smaller download (see docs/utforska.md) and every
// browser with WebAssembly exception handling runs it. The mvp files are deliberately not resolved,
// so they are not copied into dist/.
const EH_BUNDLE = {
  mainModule: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"),
  mainWorker: import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js")
};

export interface TableSource {
  /** The SQL table name. */
  name: string;
  /** The Arrow IPC bytes (file or stream format). */
  load: () => Promise<ArrayBuffer | Uint8Array>;
}

export interface ExploreDatabase {
  /** Run `sql` with its positional parameter values; the result stays in DuckDB and is read a page at a time. */
  run(sql: string, params: readonly (string | number)[]): Promise<ResultSet>;
  /** Ask DuckDB to stop the running query; resolves true when a query was cancelled. */
  cancel(): Promise<boolean>;
  /** DuckDB's version string ("v1.4.3"). */
  version: string;
  /** Whether text sorts with DuckDB's own Swedish collation (ICU); otherwise with svOrder (chartQuery.ts). */
  swedishCollation: boolean;
  /** Stop the worker. */
  terminate(): Promise<void>;
}

/** The temporary table a result is kept in. */
export const RESULT_TABLE = "utforska_resultat";
const WRAP = `CREATE OR REPLACE TEMP TABLE ${RESULT_TABLE} AS (\n`;

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The reader's SQL without trailing semicolons and space (it is wrapped in a statement of ours). */
export const trimStatement = (sql: string) => sql.replace(/[\s;]+$/, "");

/**
 * Start DuckDB in a module worker, locked down (no extensions, no files or URLs). Each of `tables`
 * is fetched and inserted under its name when a query first names it (lazyTables: a word match),
 * inside that query's turn on the connection.
 */
export async function openDatabase(tables: readonly TableSource[]): Promise<ExploreDatabase> {
  const bundle = chooseBundle(await duckdb.getPlatformFeatures(), EH_BUNDLE);
  // Framework re-bundles the worker file as an ES module: it must be started as a module worker.
  const worker = new Worker(bundle.mainWorker, {type: "module"});
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule);
    await db.open({query: {castBigIntToDouble: true, castDecimalToDouble: true}});
    const conn = await db.connect();
    // Nothing may leave the origin: no extension downloads (DuckDB would fetch them from its
    // extension host), no reading of URLs or files from a query.
    await conn.query("SET autoinstall_known_extensions = false");
    await conn.query("SET autoload_known_extensions = false");
    const sources = new Map(tables.map((t) => [t.name, t]));
    const lazy = lazyTables(
      tables.map((t) => t.name),
      async (name) => {
        const bytes = await sources.get(name)!.load();
        // The site's files are in the Arrow IPC file format; DuckDB ingests the stream format.
        const stream = tableToIPC(tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)), "stream");
        await conn.insertArrowFromIPCStream(stream, {name, create: true});
      }
    );
    // (Inserting a table still works once external access is off and the configuration locked.)
    await conn.query("SET enable_external_access = false");
    await conn.query("SET lock_configuration = true");
    const version = await db.getVersion();
    const swedishCollation = await conn.query("SELECT 'a' COLLATE sv < 'b'").then(
      () => true,
      () => false
    );
    let running = false;
    // One query at a time on the connection: a new query would end the stream of one still being
    // read (the grid's pages, the summaries and the downloads ask for theirs at the same time).
    let queue: Promise<unknown> = Promise.resolve();
    const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
      const next = queue.then(task, task);
      queue = next.catch(() => undefined);
      return next;
    };

    /** Every batch of a query, as plain cells. */
    const collect = async (reader: AsyncIterable<ArrowLikeBatch> & {schema: ArrowLikeSchema}): Promise<QueryResult> => {
      // Read the schema before iterating: the reader drops it when the stream ends.
      const schema = reader.schema;
      const batches: (ArrowLikeBatch & {schema?: ArrowLikeSchema})[] = [];
      for await (const batch of reader) batches.push(batch);
      return resultFromArrow(batches[0]?.schema ?? schema, batches);
    };
    const send = async (sql: string, params: readonly (string | number)[]) => {
      if (params.length === 0) return conn.send(sql);
      const statement = await conn.prepare(sql);
      try {
        return await statement.send(...params);
      } finally {
        await statement.close().catch(() => undefined);
      }
    };
    const plainNow = async (sql: string) => collect((await conn.send(sql)) as never);

    const keptResult = async (elapsedMs: number): Promise<ResultSet> => {
      // (inside run's turn on the connection)
      const columns = (await plainNow(`SELECT * FROM ${RESULT_TABLE} LIMIT 0`)).columns;
      const rowCount = Number((await plainNow(`SELECT count(*) FROM ${RESULT_TABLE}`)).rows[0][0]);
      const generation = ++generations;
      const stale = () => Object.assign(new Error("Resultatet har ersatts av en nyare fråga."), {name: "StaleResult"});
      const check = () => {
        if (generation !== generations) throw stale();
      };
      // Queued behind a newer query, a read of this result would read the newer one's table.
      const plain = (sql: string) =>
        exclusive(() => {
          check();
          return plainNow(sql);
        });
      const orderBy = (sort: SortKey | null) => {
        if (!sort) return "ORDER BY rowid";
        const c = columns[sort.column];
        const id = quoteId(c.name);
        const dir = sort.descending ? "DESC" : "ASC";
        const text = c.kind === "text";
        const key = text ? (swedishCollation ? `${id} COLLATE sv ${dir}` : `${svOrder(id)} ${dir}, ${id} ${dir}`) : `${id} ${dir}`;
        return `ORDER BY ${key} NULLS LAST, rowid`;
      };
      return {
        columns,
        rowCount,
        elapsedMs,
        async rows(offset, limit, sort) {
          check();
          return (await plain(`SELECT * FROM ${RESULT_TABLE} ${orderBy(sort)} LIMIT ${Math.max(0, limit | 0)} OFFSET ${Math.max(0, offset | 0)}`)).rows;
        },
        async summaries() {
          check();
          const out: ColumnSummary[] = [];
          for (const c of columns) {
            const id = quoteId(c.name);
            if (c.kind === "number" || c.kind === "integer") {
              const [min, max, nulls, whole] = (
                await plain(
                  `SELECT min(${id})::DOUBLE, max(${id})::DOUBLE, count(*) - count(${id}), bool_and(${id} = round(${id})) FROM ${RESULT_TABLE} WHERE NOT isinf(${id}::DOUBLE) OR ${id} IS NULL`
                )
              ).rows[0] as [number | null, number | null, number, boolean | null];
              if (min === null || max === null) {
                out.push({kind: "histogram", bins: [], min: NaN, max: NaN, nulls: Number(nulls)});
                continue;
              }
              const e = binEdges(min, max, c.kind === "integer" || whole === true);
              const counts = new Array<number>(e.n).fill(0);
              const rows = (
                await plain(
                  `SELECT least(${e.n - 1}, greatest(0, floor((${id} - ${e.x0}) / ${e.width})))::INTEGER AS b, count(*)::INTEGER FROM ${RESULT_TABLE} WHERE ${id} IS NOT NULL AND NOT isinf(${id}::DOUBLE) GROUP BY b`
                )
              ).rows;
              for (const [b, n] of rows) counts[b as number] = n as number;
              out.push({
                kind: "histogram",
                bins: counts.map((count, i) => ({x0: e.x0 + i * e.width, x1: e.x0 + (i + 1) * e.width, count})),
                min,
                max,
                nulls: Number(nulls)
              });
            } else {
              const order = c.kind === "text" ? (swedishCollation ? "v COLLATE sv" : `${svOrder("v")}, v`) : "v";
              const top = (
                await plain(
                  `SELECT ${id}::VARCHAR AS v, count(*)::INTEGER AS n FROM ${RESULT_TABLE} WHERE ${id} IS NOT NULL GROUP BY v ORDER BY n DESC, ${order} LIMIT ${TOP_VALUES}`
                )
              ).rows;
              const [distinct, nulls] = (await plain(`SELECT count(DISTINCT ${id})::INTEGER, (count(*) - count(${id}))::INTEGER FROM ${RESULT_TABLE}`)).rows[0];
              out.push({
                kind: "top",
                values: top.map(([v, n]) => ({value: v === null ? null : String(v), count: n as number})),
                distinct: distinct as number,
                nulls: nulls as number
              });
            }
          }
          return out;
        },
        async all() {
          check();
          return plain(`SELECT * FROM ${RESULT_TABLE} ORDER BY rowid`);
        },
        async arrow() {
          check();
          // DuckDB hands a query's result over as an Arrow IPC stream; the download is the file format.
          const stream = await exclusive(
            () => (check(), conn.useUnsafe((bindings, id) => bindings.runQuery(id, `SELECT * FROM ${RESULT_TABLE} ORDER BY rowid`)))
          );
          return tableToIPC(tableFromIPC(stream), "file");
        }
      };
    };
    let generations = 0;

    return {
      version,
      swedishCollation,
      run: (sql, params) =>
        exclusive(async () => {
          running = true;
          try {
            // The tables the query names, fetched and inserted the first time (within this turn;
            // the query's time shown is its own, after them).
            await lazy.need(sql);
            const started = performance.now();
            const body = trimStatement(sql);
            try {
              // Kept as a table, so the grid reads it a page at a time and DuckDB sorts and summarises it.
              const reader = await send(`${WRAP}${body}\n)`, params);
              for await (const _ of reader) void _;
              return await keptResult(performance.now() - started);
            } catch (error) {
              const type = errorType(error);
              // A statement that is not a query (SET, PRAGMA, several statements, …) runs as it is.
              if (type !== "Parser" && type !== "Invalid Input" && type !== "Not implemented") throw shiftError(error, WRAP.length, 1);
            }
            const result = await collect((await send(sql, params)) as never);
            return memoryResultSet(result, performance.now() - started);
          } finally {
            running = false;
          }
        }),
      async cancel() {
        if (!running) return false;
        return conn.cancelSent();
      },
      async terminate() {
        await db.terminate();
      }
    };
  } catch (error) {
    await db.terminate();
    throw error;
  }
}
