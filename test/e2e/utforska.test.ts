// Utforska in Chromium: DuckDB-wasm starts from the site's own files, the examples query the real
// snapshot, errors are shown and recovered from, downloads match the result, queries can be
// cancelled, the SQL is in the URL, nothing leaves the origin, and no other page loads DuckDB.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {parquetReadObjects} from "hyparquet";
import {formatNumber} from "../../components/kit/format.js";
import {EXAMPLES} from "../../components/explore/examples.js";
import {SEED_DIR} from "../support/seed.js";
import {builtPages, useSite, waitForPage, type PageVisit} from "./browser.js";

const FOUR = {"1487": "Vänersborg", "1489": "Alingsås", "2380": "Östersund", "0764": "Alvesta"} as Record<string, string>;

interface Value {
  kpi: string;
  municipality: string;
  period: number;
  gender: string;
  value: number | null;
}
// The seed snapshot the site under test is built with, read independently of the loaders (a plain CSV parse).
const snapshot: Value[] = readFileSync(join(SEED_DIR, "values.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(","))
  .map(([kpi, municipality, period, gender, value]) => ({
    kpi,
    municipality,
    period: Number(period),
    gender,
    value: value === "" ? null : Number(value)
  }));
const u40455 = snapshot.filter((r) => r.kpi === "U40455" && r.gender === "T");

const site = useSite();
let v: PageVisit;
let page: Page;

beforeAll(async () => {
  v = await site.visit("/utforska");
  page = v.page;
});
afterAll(async () => {
  await page?.close();
});

async function runSql(sql: string): Promise<void> {
  const before = await page.locator(".explorer-status").innerText();
  await page.locator("#explorer-sql").fill(sql);
  await page.locator("#explorer-sql").press("Control+Enter");
  // Each run ends with a new status text ("Klar: …", "Frågan misslyckades…", "Frågan avbröts.").
  await page.waitForFunction(
    (prev) => {
      const s = document.querySelector(".explorer-status")?.textContent ?? "";
      return !document.querySelector(".explorer[data-busy]") && s !== prev && !s.includes("körs");
    },
    before,
    {timeout: 30_000}
  );
}

async function tableRows(): Promise<string[][]> {
  return page.locator(".explorer-table tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")));
}

describe("Utforska", () => {
  test("DuckDB starts from the site's files and the default example gives U40455 for the four kommuner and the unweighted mean", async () => {
    await page.waitForSelector(".explorer-count", {timeout: 30_000});
    expect(await page.locator(".explorer-status").innerText()).toMatch(/^Klar: .*DuckDB v1\.4\.\d+, \d+ tabeller\.$/);
    const wasm = v.requests.filter((r) => r.endsWith(".wasm"));
    expect(wasm).toHaveLength(1);
    expect(wasm[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_node\/@duckdb\/duckdb-wasm@1\.32\.0\/dist\/duckdb-eh\.wasm$/);

    const expected: string[][] = [];
    const own = u40455.filter((r) => r.municipality in FOUR);
    for (const r of own) expected.push([FOUR[r.municipality], String(r.period), formatNumber(Math.round(r.value! * 10) / 10), "procent"]);
    for (const period of [...new Set(u40455.map((r) => r.period))]) {
      const values = u40455.filter((r) => r.period === period && r.value !== null).map((r) => r.value!);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      expected.push(["Alla kommuner (ovägt medel)", String(period), formatNumber(Math.round(mean * 10) / 10), "procent"]);
    }
    expected.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : Number(a[1]) - Number(b[1])));
    expect(own.length).toBeGreaterThan(20);
    const rows = await tableRows();
    expect(rows.map((r) => r[0])).toEqual(expected.map((r) => r[0]));
    expect(rows).toEqual(expected);
    expect(await page.locator(".explorer-count").innerText()).toBe(`${expected.length} rader`);
    // The quick chart of the default example.
    expect(await page.locator(".explorer-chart svg").count()).toBe(1);
    expect(await page.locator(".explorer-chart svg").getAttribute("aria-label")).toMatch(/^Frågans resultat\b.*2016–2023/);
  });

  test("a malformed query shows DuckDB's message next to the editor, and the next query works", async () => {
    await runSql("SELEC 1 FROM kolada");
    const message = await page.locator(".explorer-error").innerText();
    expect(message).toMatch(/Parser Error: syntax error at or near "SELEC"/);
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    await runSql("SELECT 41 + 1 AS svar");
    expect(await tableRows()).toEqual([["42"]]);
    expect(await page.locator(".explorer-error").innerText()).toBe("");
  });

  test("every example query runs on the real data without an error", async () => {
    for (const ex of EXAMPLES) {
      await page.locator(`button[data-example="${ex.id}"]`).click();
      await page.waitForFunction((sql) => (document.querySelector("#explorer-sql") as HTMLTextAreaElement).value === sql, ex.sql);
      await page.waitForFunction(
        () => !document.querySelector(".explorer[data-busy]") && /^Klar|misslyckades/.test(document.querySelector(".explorer-status")?.textContent ?? ""),
        undefined,
        {timeout: 30_000}
      );
      expect(await page.locator(".explorer-error").innerText(), ex.id).toBe("");
      expect((await tableRows()).length, ex.id).toBeGreaterThan(0);
    }
  });

  test("the rank example ranks the four kommuner among all kommuner with a 2023 value", async () => {
    await runSql(EXAMPLES.find((e) => e.id === "rang-2023")!.sql);
    const values2023 = u40455.filter((r) => r.period === 2023 && r.value !== null);
    const rank = (id: string) => {
      const own = values2023.find((r) => r.municipality === id);
      return own ? 1 + values2023.filter((r) => r.value! > own.value!).length : null;
    };
    const expected = Object.keys(FOUR)
      .filter((id) => rank(id) !== null)
      .map((id) => [
        id,
        FOUR[id],
        formatNumber(values2023.find((r) => r.municipality === id)!.value!, {maxDecimals: 3}),
        formatNumber(rank(id)!, {decimals: 0}),
        formatNumber(values2023.length, {decimals: 0})
      ])
      .sort((a, b) => rank(a[0])! - rank(b[0])!);
    expect(await tableRows()).toEqual(expected);
  });

  test("the CSV download is the whole result, value for value", async () => {
    await runSql("SELECT municipality, period, value FROM kolada WHERE kpi = 'U40455' AND gender = 'T' ORDER BY municipality, period");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".explorer-csv").click()]);
    expect(download.suggestedFilename()).toBe("utforska-resultat.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    const rows = u40455
      .filter((r) => r.municipality in FOUR)
      .sort((a, b) => (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : a.period - b.period));
    const expected =
      ["municipality,period,value", ...rows.map((r) => `${r.municipality},${r.period},${r.value === null ? "" : String(r.value)}`)].join("\r\n") + "\r\n";
    expect(csv).toBe(expected);
  });

  test("the Parquet download holds the same rows as the result", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".explorer-parquet").click()]);
    expect(download.suggestedFilename()).toBe("utforska-resultat.parquet");
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("PAR1");
    const rows = await parquetReadObjects({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    });
    const expected = u40455
      .filter((r) => r.municipality in FOUR)
      .sort((a, b) => (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : a.period - b.period))
      .map((r) => ({municipality: r.municipality, period: r.period, value: r.value}));
    expect(rows).toEqual(expected);
    expect(await page.locator(".explorer-error").innerText()).toBe("");
  });

  test("a long query shows that it runs and can be cancelled; the page keeps working", async () => {
    await page.locator("#explorer-sql").fill("SELECT sum(hash(i)) FROM range(1000000000000) t(i)");
    await page.locator(".explorer-run").click();
    await page.waitForFunction(() => document.querySelector(".explorer-status")?.textContent === "Frågan körs …");
    expect(await page.locator(".explorer-status progress").count()).toBe(1);
    await page.locator(".explorer-cancel").click();
    await page.waitForFunction(() => document.querySelector(".explorer-status")?.textContent === "Frågan avbröts.", undefined, {timeout: 30_000});
    await runSql("SELECT count(*) AS n FROM report_figures");
    expect(await page.locator(".explorer-error").innerText()).toBe("");
    expect((await tableRows()).length).toBe(1);
  });

  test("the SQL is in the URL, and opening that URL runs it", async () => {
    const sql = "SELECT id, title FROM kolada_areas WHERE role = 'kommun' ORDER BY id";
    await runSql(sql);
    const url = page.url();
    expect(new URL(url).searchParams.get("sql")).toBe(sql);
    const shared = await site.visit(new URL(url).pathname + new URL(url).search);
    try {
      await shared.page.waitForSelector(".explorer-count", {timeout: 30_000});
      expect(await shared.page.locator("#explorer-sql").inputValue()).toBe(sql);
      const rows = await shared.page.locator(".explorer-table tbody tr td:first-child").allInnerTexts();
      expect(rows).toEqual(Object.keys(FOUR).sort());
      expect(shared.consoleErrors).toEqual([]);
    } finally {
      await shared.page.close();
    }
  });

  test("no request left the origin and nothing was logged as an error", () => {
    expect(v.requests.length).toBeGreaterThan(5);
    expect(v.foreignRequests).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
  });
});

describe("other pages", () => {
  const others = builtPages().filter((p) => p !== "/utforska");
  test("there are other pages to check", () => {
    expect(others.length).toBeGreaterThan(0);
  });
  test.each(others)("%s does not load DuckDB", async (path) => {
    const other = await site.visit(path);
    try {
      await waitForPage(other.page, path);
      expect(other.requests.filter((r) => /duckdb/i.test(r))).toEqual([]);
      // nor names it in an address or a script (a page's prose may: Öppna data shows DuckDB examples)
      const refs = await other.page.evaluate(() => [
        ...Array.from(document.querySelectorAll("[src], [href]"), (e) => e.getAttribute("src") ?? e.getAttribute("href") ?? ""),
        ...Array.from(document.querySelectorAll("script"), (s) => s.textContent ?? "")
      ]);
      expect(refs.filter((r) => /duckdb/i.test(r))).toEqual([]);
    } finally {
      await other.page.close();
    }
  });
});
