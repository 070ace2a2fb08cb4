// @vitest-environment jsdom
// From a chart to its query: the link's format (components/explore/chartQuery.ts), the SQL helpers,
// and the link in the kit's download menu. Whether each chart's SQL returns its rows is checked in
// the browser suite (test/e2e/chartQueries.test.ts, DuckDB over a built site). Values synthetic.
import {describe, expect, test} from "vitest";
import {EXPLORE_PATH, exploreHref, selectColumns, sqlCase, sqlIs, sqlList, sqlOfHref, sqlString, trendQuery} from "../../../components/explore/chartQuery.js";
import {chartFigure} from "../../../components/kit/chartFigure.js";
import {download} from "../../../components/kit/download.js";
import {attachTable, type ChartTable, type TableColumn} from "../../../components/kit/chartKit.js";

const columns: TableColumn[] = [
  {key: "omrade", label: "Område", kind: "text"},
  {key: "ar", label: "År", kind: "year"},
  {key: "varde", label: "Värde", kind: "procent"}
];
const table: ChartTable = {caption: "Syntetiskt", columns, rows: [{omrade: "Östersund", ar: 2020, varde: 12.5}]};
const chart = () => {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  return attachTable(svg, table);
};

describe("the link", () => {
  test("carries any SQL unchanged: quotes, %, &, +, #, =, newlines, å ä ö", () => {
    const sql = `-- Värde (%) & "x" + y #1\nSELECT 'a''b' AS "Värde (%)", 1 + 2 = 3 WHERE x LIKE '%ö%'`;
    const href = exploreHref(sql);
    expect(href.startsWith(`${EXPLORE_PATH}?sql=`)).toBe(true);
    expect(href).not.toMatch(/[\s#&"']/);
    expect(sqlOfHref(href)).toBe(sql);
    expect(new URL(href, "http://127.0.0.1/").searchParams.get("sql")).toBe(sql);
  });

  test("the download menu gets Öppna i Utforska with the chart's query, and none without one", () => {
    const menu = download(chart(), {filename: "x", query: "SELECT 1"});
    const a = menu.querySelector<HTMLAnchorElement>("a.kit-explore")!;
    expect(a.textContent).toBe("Öppna i Utforska");
    expect(sqlOfHref(a.getAttribute("href")!)).toBe("SELECT 1");
    // Framework leaves a link marked external as it is (no decodeURI/encodeURI of a page drawn at build time)
    expect(a.rel).toBe("external");
    expect(download(chart(), {filename: "x"}).querySelector("a.kit-explore")).toBeNull();
  });

  test("chartFigure passes a query function the chart's table, and the link survives serialisation", () => {
    let seen: ChartTable | undefined;
    const figure = chartFigure(chart(), {
      source: {other: ["syntetiska testvärden"]},
      filename: "x",
      query: (t) => {
        seen = t;
        return `SELECT ${t.rows.length} AS n`;
      }
    });
    expect(seen).toBe(table);
    const copy = document.createElement("div");
    copy.innerHTML = figure.outerHTML;
    expect(sqlOfHref(copy.querySelector("a.kit-explore")!.getAttribute("href")!)).toBe("SELECT 1 AS n");
  });
});

describe("SQL helpers", () => {
  test("literals and lists quote as SQL does", () => {
    expect(sqlString("Kommuner 15 000–19 999 invånare (ovägt medel)")).toBe("'Kommuner 15 000–19 999 invånare (ovägt medel)'");
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
    expect(sqlList(["1487", "0764"])).toBe("['1487', '0764']");
    expect(sqlIs("k.price_year", null)).toBe("k.price_year IS NULL");
    expect(sqlIs("k.price_year", 2024)).toBe("k.price_year = 2024");
    expect(sqlCase("s", {a: "ett", b: "två"})).toBe("CASE s WHEN 'a' THEN 'ett' WHEN 'b' THEN 'två' END");
  });

  test("selectColumns heads each column as the CSV does, in the table's order, and names a column without an expression", () => {
    expect(selectColumns(columns, {omrade: "o", ar: "y", varde: "v"})).toBe('  o AS "Område",\n  y AS "År",\n  v AS "Värde (%)"');
    expect(() => selectColumns(columns, {omrade: "o", ar: "y"})).toThrow(/"varde" \(Värde\)/);
  });

  test("trendQuery orders series as given, or by their first row when first-listed", () => {
    const given = trendQuery("t", columns, "SELECT 1", ["2380", "G2328"]);
    expect(given).toContain("ORDER BY list_position(['2380', 'G2328'], p.area), p.year");
    const listed = trendQuery("t", columns, "SELECT 1", "first-listed");
    expect(listed).toContain("ORDER BY s.forst, p.year, p.i");
    expect(given.split("\n")[0]).toBe("-- t");
  });
});
