// The one place that touches DuckDB-wasm. Imported lazily (dynamic import) by the Utforska page only,
// so no other page downloads DuckDB. Self-hosted: Framework copies the files resolved here from
// node_modules and serves them from the site itself; no CDN.
import * as duckdb from "@duckdb/duckdb-wasm";
import {tableFromIPC, tableToIPC} from "apache-arrow";
import {chooseBundle} from "./bundle.js";
import {resultFromArrow, type QueryResult} from "./result.js";

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
  /** Run `sql` and return its result (cancel with `cancel()`). */
  query(sql: string): Promise<QueryResult>;
  /** Ask DuckDB to stop the running query; resolves true when a query was cancelled. */
  cancel(): Promise<boolean>;
  /** DuckDB's version string ("v1.4.3"). */
  version: string;
  /** Stop the worker. */
  terminate(): Promise<void>;
}

/** Start DuckDB in a module worker and register every table. */
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
    for (const t of tables) {
      const bytes = await t.load();
      // The site's files are in the Arrow IPC file format; DuckDB ingests the stream format.
      const stream = tableToIPC(tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)), "stream");
      await conn.insertArrowFromIPCStream(stream, {name: t.name, create: true});
    }
    await conn.query("SET enable_external_access = false");
    await conn.query("SET lock_configuration = true");
    const version = await db.getVersion();
    let running = false;
    return {
      version,
      async query(sql: string) {
        running = true;
        try {
          // send() runs the query as a pending query polled step by step, so cancelSent() can stop it.
          const reader = await conn.send(sql);
          // Read the schema before iterating: the reader drops it when the stream ends.
          const schema = reader.schema;
          const batches = [];
          for await (const batch of reader) batches.push(batch);
          return resultFromArrow(batches[0]?.schema ?? schema, batches);
        } finally {
          running = false;
        }
      },
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
