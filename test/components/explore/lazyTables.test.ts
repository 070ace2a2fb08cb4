// Utforska loads a table the first time a query names it (components/explore/lazyTables.ts): which
// tables a query needs (a word match of the known names; every table for a query over DuckDB's
// catalogue), and that each is inserted once, in the order of the names, a failed one again later.
import {describe, expect, test} from "vitest";
import {lazyTables, tablesNamedIn} from "../../../components/explore/lazyTables.js";
import {DATA_MODEL} from "../../../model/dataModel.js";
import {EXAMPLES, referencedTables} from "../../../components/explore/examples.js";
import {exploreHref, sqlOfHref} from "../../../components/explore/chartQuery.js";

const NAMES = DATA_MODEL.map((t) => t.name);

describe("tablesNamedIn", () => {
  test("a name counts as a whole word in any case, not as part of a longer name", () => {
    expect(tablesNamedIn("SELECT * FROM kolada_all WHERE kpi = 'U40455'", NAMES)).toEqual(["kolada_all"]);
    expect(tablesNamedIn("select * from KOLADA k join kolada_areas a on a.id = k.municipality", NAMES)).toEqual(["kolada", "kolada_areas"]);
    expect(tablesNamedIn('SELECT * FROM "cost_prices"', NAMES)).toEqual(["cost_prices"]);
    expect(tablesNamedIn("SELECT * FROM main.result_shares;", NAMES)).toEqual(["result_shares"]);
    expect(tablesNamedIn("SELECT 42", NAMES)).toEqual([]);
    // (kolada_allt, xkolada and kolada$1 are other words)
    expect(tablesNamedIn("SELECT kolada_allt, xkolada, kolada$1", NAMES)).toEqual([]);
  });
  test("over-matching only loads more: a name in a comment or a string counts", () => {
    expect(tablesNamedIn("-- like group_values\nSELECT 'kpi_ranks' AS t", NAMES)).toEqual(["group_values", "kpi_ranks"]);
  });
  test("the names come back in the order they are known, each once", () => {
    expect(tablesNamedIn("SELECT * FROM youth_unemployment, kolada, youth_unemployment", NAMES)).toEqual(["kolada", "youth_unemployment"]);
  });
  test("a query over DuckDB's catalogue needs every table, so that it lists them all", () => {
    for (const sql of [
      "SELECT table_name FROM information_schema.columns",
      "SELECT * FROM duckdb_tables()",
      "SHOW TABLES",
      "show all tables",
      "SELECT * FROM INFORMATION_SCHEMA.TABLES"
    ])
      expect(tablesNamedIn(sql, NAMES), sql).toEqual(NAMES);
    expect(tablesNamedIn("SELECT 'show' AS x, tables FROM (SELECT 1 AS tables)", NAMES)).toEqual([]);
  });
  test("every example needs at least the tables it reads, and a chart's link survives the rule (its SQL names its tables)", () => {
    for (const e of EXAMPLES) {
      const needed = tablesNamedIn(e.sql, NAMES);
      expect(needed.length, e.id).toBeGreaterThan(0);
      for (const t of referencedTables(e.sql).filter((t) => NAMES.includes(t))) expect(needed, e.id).toContain(t);
    }
    const sql = sqlOfHref(exploreHref("SELECT * FROM result_shares r JOIN kommun_groups n ON n.municipality = r.municipality"))!;
    expect(tablesNamedIn(sql, NAMES)).toEqual(["kommun_groups", "result_shares"]);
  });
});

describe("lazyTables", () => {
  test("inserts each named table once, in order, before the query; others not at all", async () => {
    const inserted: string[] = [];
    const lazy = lazyTables(NAMES, async (name) => void inserted.push(name));
    await lazy.need("SELECT * FROM kolada JOIN kolada_areas ON id = municipality");
    expect(inserted).toEqual(["kolada", "kolada_areas"]);
    await lazy.need("SELECT * FROM kolada, prisbasbelopp");
    expect(inserted).toEqual(["kolada", "kolada_areas", "prisbasbelopp"]);
    await lazy.need("SELECT 1");
    expect(lazy.loaded()).toEqual(["kolada", "kolada_areas", "prisbasbelopp"]);
    await lazy.need("SHOW TABLES");
    expect(inserted.length).toBe(NAMES.length);
    expect(new Set(inserted).size).toBe(NAMES.length);
  });
  test("a table whose insert fails is not counted as loaded: the query fails, and the next query that names it tries again", async () => {
    let fail = true;
    const inserted: string[] = [];
    const lazy = lazyTables(NAMES, async (name) => {
      if (name === "kpi_ranks" && fail) throw new Error("nätverksfel");
      inserted.push(name);
    });
    await expect(lazy.need("SELECT * FROM kolada, kpi_ranks")).rejects.toThrow("nätverksfel");
    expect(lazy.loaded()).toEqual(["kolada"]);
    fail = false;
    await lazy.need("SELECT * FROM kolada, kpi_ranks");
    expect(inserted).toEqual(["kolada", "kpi_ranks"]);
  });
});
