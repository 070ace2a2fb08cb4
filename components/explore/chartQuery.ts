// From a chart to its query: the one place that makes the link "Öppna i Utforska" and the small
// SQL helpers the charts' queries are written with. A chart declares, beside the code that picks
// its rows, the SQL that returns exactly those rows from the served tables (the tables Utforska
// registers under their names, model/dataModel.ts): the same columns in the same order, headed as
// its CSV is (columnHeader), in the same row order. test/e2e/chartQueries.test.ts runs every
// chart's query with DuckDB and compares the result with the chart's table. docs/utforska.md,
// "Från ett diagram till dess fråga", says how a new chart adopts it.
import {columnHeader, type TableColumn} from "../kit/chartKit.js";

/** Utforska's address; the SQL goes in `?sql=` (the page runs it on opening). */
export const EXPLORE_PATH = "/utforska";

/** The link to Utforska that opens (and runs) `sql`. The link's format is decided here only. */
export function exploreHref(sql: string): string {
  return `${EXPLORE_PATH}?${new URLSearchParams({sql}).toString()}`;
}

/** The SQL in a link made by exploreHref, or null (for tests and readers of a page's links). */
export function sqlOfHref(href: string): string | null {
  const q = href.indexOf("?");
  return q < 0 ? null : new URLSearchParams(href.slice(q + 1)).get("sql");
}

/** A SQL string literal ('Vänersborg', quotes doubled). */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** A SQL literal for a string, a number or null. */
export const sqlValue = (v: string | number | null): string => (v === null ? "NULL" : typeof v === "number" ? String(v) : sqlString(v));

/** A DuckDB list of strings: ['1487', '1489'] (for IN and for list_position, the reader's order). */
export const sqlList = (values: readonly string[]): string => `[${values.map(sqlString).join(", ")}]`;

/** A quoted identifier: "Värde (%)". */
export const sqlName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * The SELECT list of a chart's table: each column's expression named as the CSV heads it
 * (columnHeader), in the table's order. `exprs` gives one SQL expression per column key.
 */
export function selectColumns(columns: readonly TableColumn[], exprs: Readonly<Record<string, string>>): string {
  return columns
    .map((c) => {
      const expr = exprs[c.key];
      if (expr === undefined) throw new Error(`chartQuery: no SQL expression for the column "${c.key}" (${c.label})`);
      return `  ${expr} AS ${sqlName(columnHeader(c))}`;
    })
    .join(",\n");
}

/** A one-line comment naming what the query is (the first line Utforska shows). */
export const sqlComment = (text: string): string => `-- ${text.replace(/\s+/g, " ").trim()}`;

/**
 * The query of a line chart's table (kit/trendChart.ts): `points` is SQL giving rows (area, year,
 * value) and, for a chart with a band, (low, high); the chart's series are `areas` in that order
 * (named as the chart names them: kolada_areas.title, else the id), each by year. With `areas`
 * "first-listed", the series are the areas of the points in the order they first appear in their
 * table: the points then give that order as a column `i` (the table's rowid).
 */
export function trendQuery(comment: string, columns: readonly TableColumn[], points: string, areas: readonly string[] | "first-listed"): string {
  const listed = areas === "first-listed";
  return `${sqlComment(comment)}
WITH punkter AS (
${points}
)${listed ? ",\nserier AS (SELECT area, min(i) AS forst FROM punkter GROUP BY area)" : ""}
SELECT
${selectColumns(columns, {omrade: areaNameOf("p.area"), ar: "p.year", varde: "p.value", nedre: "p.low", ovre: "p.high"})}
FROM punkter AS p
${listed ? "JOIN serier AS s ON s.area = p.area\n" : ""}${areaNameJoins("p.area")}
${listed ? "ORDER BY s.forst, p.year, p.i" : `WHERE list_contains(${sqlList(areas)}, p.area)\nORDER BY list_position(${sqlList(areas)}, p.area), p.year`}`;
}

/**
 * SQL rows (area, year, value) for every year from..to for each of `areas`, the value from the
 * row of `table` (alias k) of that area (municipality) and year (period) that also meets `on`; a
 * year without such a row gets an empty value (as sections/sentences.ts seriesOf gives them).
 */
export function everyYear(table: string, on: string, select: {areas: readonly string[]; from: number; to: number}, areaColumn = "municipality"): string {
  return `  SELECT a.area, y.year, k.value
  FROM unnest(${sqlList(select.areas)}) AS a(area)
  CROSS JOIN generate_series(${select.from}, ${select.to}) AS y(year)
  LEFT JOIN ${table} AS k ON k.${areaColumn} = a.area AND k.period = y.year AND ${on}`;
}

/** everyYear of one KPI and kön of a Kolada-shaped table (kolada, kolada_all). */
export const everyYearOf = (table: string, select: {kpi: string; areas: readonly string[]; gender: string; from: number; to: number}): string =>
  everyYear(table, `k.kpi = ${sqlString(select.kpi)} AND k.gender = ${sqlString(select.gender)}`, select);

/** everyYear of one KPI and kön of group_values: Riket and the comparison groups, by the one comparison rule. */
export const everyYearOfGroups = (select: {kpi: string; areas: readonly string[]; gender: string; from: number; to: number}): string =>
  everyYear("group_values", `k.kpi = ${sqlString(select.kpi)} AND k.gender = ${sqlString(select.gender)}`, select, "area");

/** `column = value`, or `column IS NULL` for null (a price level: null is current prices). */
export const sqlIs = (column: string, value: string | number | null): string => (value === null ? `${column} IS NULL` : `${column} = ${sqlValue(value)}`);

/**
 * An ORDER BY key for Swedish order without a collation (DuckDB-wasm's bundle has no ICU): lower
 * case, then å, ä (and æ), ö (and ø) after z (the characters { | } follow z in byte order), é/è as e
 * and ü as y, as Svenska Akademiens ordlista sorts them; the text itself breaks ties. For the names
 * the site shows it sorts as the charts do (localeCompare "sv"). Utforska's grid sorts with it too.
 */
export const svOrder = (expr: string): string => `translate(lower(${expr}), 'åäæöøéèêëüáàâç', '{||}}eeeeyaaac')`;

/** A CASE over a vocabulary: `expr`'s value mapped to its words (an unknown value gives an empty cell). */
export const sqlCase = (expr: string, words: Readonly<Record<string, string>>): string =>
  `CASE ${expr} ${Object.entries(words)
    .map(([k, v]) => `WHEN ${sqlString(k)} THEN ${sqlString(v)}`)
    .join(" ")} END`;

/**
 * An area's name as the charts give it: the catalogue's areas (kolada_areas), then any kommun by its
 * Kolada name (kommun_groups), else the id. Use with `areaNameJoins` of the same column.
 */
export const areaNameOf = (column: string): string => `coalesce(o.title, n.name, ${column})`;
export const areaNameJoins = (column: string): string =>
  `LEFT JOIN kolada_areas AS o ON o.id = ${column}\nLEFT JOIN kommun_groups AS n ON n.municipality = ${column}`;

/** The query of a rank strip's table (kit/rankStrip.ts): every kommun with a value and a place (kpi_ranks), by place, then kommunkod. */
export function rankQuery(comment: string, columns: readonly TableColumn[], select: {kpi: string; gender: string; year: number}): string {
  return `${sqlComment(comment)}
SELECT
${selectColumns(columns, {kommun: areaNameOf("r.municipality"), id: "r.municipality", varde: "r.value", plats: "r.rank"})}
FROM kpi_ranks AS r
${areaNameJoins("r.municipality")}
WHERE r.kpi = ${sqlString(select.kpi)} AND r.gender = ${sqlString(select.gender)} AND r.period = ${select.year}
  AND r.value IS NOT NULL AND r.rank IS NOT NULL AND r.lower_share IS NOT NULL
ORDER BY r.rank, r.municipality`;
}
