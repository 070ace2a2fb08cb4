// "Öppna i Utforska" from every chart: on every built page in its default state, every chart with
// rows to download has the link, and its SQL, run by DuckDB over the tables the site serves to
// Utforska, returns exactly the chart's table (the rows its data table and CSV carry): the same
// columns, headed as the CSV heads them, in the same order, the same rows in the same order, the
// same values (numbers within 1e-9, relative). On the site of the frozen seed snapshot and on the
// synthetic full-data site (SYNTHETIC values, test/e2e/syntheticSite.ts), each built once.
import {afterAll, describe, expect, test} from "vitest";
import {builtPages, servedRows, useSite} from "./browser.js";
import {openRendered, useSyntheticSite} from "./pageChecks.js";
import {seedSite} from "./syntheticSite.js";
import {DIST} from "./browser.js";
import {chartsOnPage, difference, duckdbOverSite, sqlOfChart, type NodeDuckDB, type PageChart} from "./chartQueries.js";
import {formatNumber} from "../../components/kit/format.js";
import {KOMMUNER, kommunOf} from "../../model/catalogue.js";
import {ADDED_KOMMUN_DATA, addedKommunPath} from "../../model/pageData.js";
import {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import {readTable} from "../../components/kit/arrow.js";
import {untar} from "../../components/kit/addedKommun.js";
import {readFileSync} from "node:fs";
import {join} from "node:path";

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
async function checkSite(
  origin: string,
  dir: string,
  paths = chartPages(dir)
): Promise<{failures: string[]; checked: number; pages: Set<string>; charts: {path: string; chart: PageChart}[]}> {
  const db = await duckdbOverSite(dir);
  opened.push(db);
  const failures: string[] = [];
  const pages = new Set<string>();
  const charts: {path: string; chart: PageChart}[] = [];
  let checked = 0;
  for (const path of paths) {
    const v = await openRendered(site, path, {origin});
    try {
      for (const chart of await chartsOnPage(v.page)) {
        checked++;
        pages.add(path);
        charts.push({path, chart});
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
  return {failures, checked, pages, charts};
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

describe("a kommun outside the catalogue, added on a dashboard", () => {
  test("every chart's query returns exactly its table's rows, the added kommun's included (synthetic full-data site)", async () => {
    // Per dashboard, a kommun outside the catalogue that has rows for the page: the first (in
    // kommun_groups' order, each page another) whose added-kommun file holds rows in every key.
    const others = servedRows(full.dir, kommunGroupsTable).filter((k) => !kommunOf(k.municipality));
    const used = new Set<string>();
    const pick = (page: string) => {
      const added = ADDED_KOMMUN_DATA.find((a) => a.data.page === page)!;
      const kommun = others.find((k) => {
        if (used.has(k.municipality)) return false;
        const files = untar(new Uint8Array(readFileSync(join(full.dir, addedKommunPath(page, k.municipality)))).buffer);
        return added.keys.every((key) => readTable(added.data.slices[key].table, files.get(`${key}.arrow`)!).length > 0);
      });
      if (!kommun) throw new Error(`no kommun outside the catalogue has rows in every key of ${page}'s added-kommun file`);
      used.add(kommun.municipality);
      return kommun;
    };
    const [a, b] = KOMMUNER.map((m) => m.id);
    const cases = [
      {path: "/resultat-vid-avslut", kommun: pick("resultat"), with: [a]},
      {path: "/kostnad-per-invanare", kommun: pick("kostnad"), with: [b]},
      {path: "/aldersprofiler", kommun: pick("alder"), with: [a]}
    ].map((c) => ({...c, path: `${c.path}?kommuner=${[...c.with, c.kommun.municipality].join(",")}`}));
    const {failures, pages, charts} = await checkSite(
      full.url,
      full.dir,
      cases.map((c) => c.path)
    );
    expect(failures).toEqual([]);
    expect(pages.size).toBe(cases.length);
    // On each page the added kommun is drawn (its name in some chart's rows), so the equality above covers its rows.
    for (const c of cases) {
      const drawn = charts.filter((x) => x.path === c.path && JSON.stringify(x.chart.table.rows).includes(JSON.stringify(c.kommun.name)));
      expect(drawn.length, `${c.path}: charts with ${c.kommun.name}`).toBeGreaterThan(0);
    }
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
