// DuckDB-wasm on the Utforska page, driven through its own editor: time from navigation until
// the engine has answered the default example, then one aggregate over a SYNTHETIC table of one
// million rows generated inside DuckDB (bench-only data, never shown on the site).
import type {Browser, Page} from "playwright-core";

export const SYNTHETIC_ROWS = 1_000_000;
const CREATE = `CREATE OR REPLACE TABLE synthetic_bench AS
  SELECT (i % 290) AS kommun, 2016 + (i % 10) AS period, ((i * 7919) % 1000) / 10.0 AS value
  FROM range(${SYNTHETIC_ROWS}) t(i)`;
const AGGREGATE = `SELECT period, count(*) AS n, avg(value) AS medel, quantile_cont(value, 0.5) AS median
  FROM synthetic_bench GROUP BY period ORDER BY period`;

async function run(page: Page, sql: string): Promise<number> {
  const before = await page.locator(".explorer-status").innerText();
  await page.locator("#explorer-sql").fill(sql);
  const t0 = await page.evaluate(() => performance.now());
  await page.locator("#explorer-sql").press("Control+Enter");
  await page.waitForFunction(
    (prev) => {
      const s = document.querySelector(".explorer-status")?.textContent ?? "";
      return !document.querySelector(".explorer[data-busy]") && s !== prev && !s.includes("körs");
    },
    before,
    {timeout: 120_000}
  );
  const status = await page.locator(".explorer-status").innerText();
  if (!status.startsWith("Klar")) throw new Error(`bench duckdb: query failed: ${status}`);
  return (await page.evaluate(() => performance.now())) - t0;
}

export async function benchDuckdb(browser: Browser, origin: string): Promise<{readyMs: number; createMs: number; queryMs: number; rows: number; note: string}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/utforska`, {waitUntil: "commit"});
    await page.waitForSelector(".explorer-count", {timeout: 120_000});
    const readyMs = await page.evaluate(() => performance.now());
    const createMs = await run(page, CREATE);
    const queryMs = await run(page, AGGREGATE);
    return {
      readyMs,
      createMs,
      queryMs,
      rows: SYNTHETIC_ROWS,
      note: "synthetic table generated in DuckDB for the benchmark only"
    };
  } finally {
    await context.close();
  }
}
