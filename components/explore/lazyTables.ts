// Which of the site's tables a query needs, and loading each one into DuckDB the first time a query
// names it (components/explore/duckdb.ts). Utforska used to fetch and insert every served table
// before the first query; the tables of every kommun (kolada, result_shares, cost_prices, …) made
// that most of a shared link's wait. The rule is a word match of the known names in the SQL:
// over-matching (a name in a comment or a string) only loads a table more, and a query over
// DuckDB's own catalogue (information_schema, duckdb_tables(), SHOW TABLES) loads every table so
// that it lists them all. No DuckDB here: the rule is tested on its own.

/** Words that read DuckDB's catalogue: a query naming one of them sees every table, so every table is loaded first. */
export const CATALOGUE_WORDS: readonly string[] = [
  "information_schema",
  "pg_catalog",
  "duckdb_tables",
  "duckdb_columns",
  "duckdb_views",
  "duckdb_constraints",
  "duckdb_indexes",
  "duckdb_dependencies",
  "sqlite_master",
  "show_tables",
  "show_tables_expanded"
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `word` as a whole SQL word (not part of a longer identifier: kolada is not kolada_all), in any case. */
const wordIn = (word: string, sql: string) => new RegExp(`(?<![A-Za-z0-9_$])${escape(word)}(?![A-Za-z0-9_$])`, "i").test(sql);

/**
 * The tables of `names` that `sql` needs: every name it holds as a word, in the order of `names`;
 * every name when it reads DuckDB's catalogue (CATALOGUE_WORDS, SHOW TABLES, SHOW ALL TABLES).
 */
export function tablesNamedIn(sql: string, names: readonly string[]): string[] {
  if (CATALOGUE_WORDS.some((w) => wordIn(w, sql)) || /(?<![A-Za-z0-9_])show\s+(all\s+)?tables(?![A-Za-z0-9_])/i.test(sql)) return [...names];
  return names.filter((name) => wordIn(name, sql));
}

/**
 * Loads tables on first use: `need(sql)` inserts, one after another, each table the query names
 * that is not in yet (`insert` is called at most once per table; a failed insert is tried again by
 * the next query that names the table) and resolves when all of them are in.
 */
export function lazyTables(names: readonly string[], insert: (name: string) => Promise<void>): {need: (sql: string) => Promise<void>; loaded: () => string[]} {
  const done = new Set<string>();
  return {
    async need(sql) {
      for (const name of tablesNamedIn(sql, names)) {
        if (done.has(name)) continue;
        await insert(name);
        done.add(name);
      }
    },
    loaded: () => names.filter((n) => done.has(n))
  };
}
