// "Öppna i Utforska" from every chart: on every built page in its default state, every chart with
// rows to download has the link, and its SQL, run by DuckDB over the tables the site serves to
// Utforska, returns exactly the chart's table (the rows its data table and CSV carry): the same
// columns, headed as the CSV heads them, in the same order, the same rows in the same order, the
// same values (numbers within 1e-9, relative). On the site of the frozen seed snapshot and on the
// synthetic full-data site (SYNTHETIC values, test/e2e/syntheticSite.ts), each built once.
import {afterAll, describe, expect, test} from "vitest";
import {builtPages, useSite} from "./browser.js";
import {openRendered, useSyntheticSite} from "./pageChecks.js";
import {seedSite} from "./syntheticSite.js";
import {DIST} from "./browser.js";
import {chartsOnPage, difference, duckdbOverSite, sqlOfChart, type NodeDuckDB} from "./chartQueries.js";
import {formatNumber} from "../../components/kit/format.js";
import {KOMMUNER} from "../../model/catalogue.js";

const site = useSite();
const full = useSyntheticSite();
const opened: NodeDuckDB[] = [];
afterAll(() => opened.forEach((db) => db.close()));

/**
 * Every page with charts drawn from the served tables: all but Utforska, whose quick chart draws the
 * reader's own query (it is already there).
 */
const chartPages = (dir: string): string[] => builtPages(dir).filter((p) => p !== "/utforska");

/** Walk every page of the site built in `dir` and served at `origin`; returns the failures in words and the charts checked. */
async function checkSite(origin: string, dir: string, paths = chartPages(dir)): Promise<{failures: string[]; checked: number; pages: Set<string>}> {
  const db = await duckdbOverSite(dir);
  opened.push(db);
  const failures: string[] = [];
  const pages = new Set<string>();
  let checked = 0;
  for (const path of paths) {
    const v = await openRendered(site, path, {origin});
    try {
      for (const chart of await chartsOnPage(v.page)) {
        checked++;
        pages.add(path);
        const sql = sqlOfChart(chart);
        if (sql === null) {
          failures.push(`${path} ${chart.name}: no "Öppna i Utforska" link`);
          continue;
        }
        let why: string | null;
        try {
          why = difference(chart.table, db.query(sql));
        } catch (error) {
          why = `the query fails: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
        }
        if (why) failures.push(`${path} ${chart.name}: ${why}\n${sql}`);
      }
    } finally {
      await v.page.close();
    }
  }
  return {failures, checked, pages};
}

describe("every chart opens in Utforska with a query that returns its rows", () => {
  test("the seed snapshot's site", async () => {
    const {failures, checked, pages} = await checkSite(site.url, seedSite(DIST));
    expect(failures).toEqual([]);
    // the dashboards and every audit page have charts (not a typed list: at least these kinds of page)
    expect([...pages].some((p) => p.startsWith("/granskningar/") && p !== "/granskningar/")).toBe(true);
    expect(pages.has("/resultat-vid-avslut")).toBe(true);
    expect([...pages].some((p) => /^\/kommun\/\d{4}$/.test(p))).toBe(true);
    expect(checked).toBeGreaterThan(10);
  }, 600_000);

  test("the synthetic full-data site", async () => {
    const {failures, checked} = await checkSite(full.url, full.dir);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  }, 600_000);
});

describe("the link follows the reader's choices", () => {
  test("other kommuner, kön, years, price level and comparison (synthetic full-data site)", async () => {
    const [a, b, c] = KOMMUNER.map((m) => m.id);
    const paths = [
      `/resultat-vid-avslut?kon=K&kommuner=${c},${a}&fran=2018&till=2022`,
      `/kostnad-per-invanare?priser=fasta&prisar=2020&kommuner=${b},${c}&jamfor=riket`,
      `/aldersprofiler?kon=M&kommuner=${b}&fran=2017&till=2023`
    ];
    const {failures, pages} = await checkSite(full.url, full.dir, paths);
    expect(failures).toEqual([]);
    expect(pages.size).toBe(paths.length);
  }, 300_000);
});

describe("the link as a reader follows it", () => {
  test("a chart's link opens Utforska, which runs the query and shows as many rows as the chart's table", async () => {
    const v = await openRendered(site, "/resultat-vid-avslut");
    try {
      const [chart] = await chartsOnPage(v.page);
      expect(chart.href).toMatch(/^\/utforska\?sql=/);
      await v.page.locator("a.kit-explore").first().click();
      await v.page.waitForURL(/\/utforska\?sql=/);
      const n = chart.table.rows.length;
      const rows = `${formatNumber(n, {decimals: 0})} ${n === 1 ? "rad" : "rader"}`;
      await v.page.waitForFunction((text) => document.querySelector("#observablehq-main")?.textContent?.includes(text), rows, {timeout: 60_000});
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  }, 120_000);
});
