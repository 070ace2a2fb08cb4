// Utforska in Chromium: DuckDB-wasm starts from the site's own files, the examples query the real
// snapshot, errors are shown, marked in the editor and recovered from, the editor completes the
// served tables and columns, the grid sorts (Swedish order), summarises and reaches every row,
// parameters become inputs, downloads (CSV, Parquet, Arrow) match the result, queries can be
// cancelled, a long query survives a shared link, history is kept, nothing leaves the origin, and
// no other page loads DuckDB.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {parquetReadObjects} from "hyparquet";
import {tableFromIPC} from "apache-arrow";
import {formatNumber} from "../../components/kit/format.js";
import {EXAMPLES} from "../../components/explore/examples.js";
import {tablesNamedIn} from "../../components/explore/lazyTables.js";
import {DATA_MODEL} from "../../model/dataModel.js";
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
// (kolada holds every catalogue KPI for every kommun and the catalogue's areas: its U40455 rows
// are all of these; the seed holds U40455 for kommuner only)
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

/** Put `sql` in the editor as a reader pasting it would (select all, then the text). */
async function setSql(sql: string, p: Page = page): Promise<void> {
  await p.locator(".cm-content").click();
  await p.keyboard.press("Control+A");
  await p.keyboard.press("Delete");
  await p.keyboard.insertText(sql);
  // the text as the editor holds it (no bracket or indent was added)
  expect(await editorValue(p)).toBe(sql);
}

const editorValue = (p: Page = page) =>
  p.evaluate(() => (document.querySelector(".explorer") as HTMLElement & {editor: {getValue(): string}}).editor.getValue());

/** Wait until the run started by `start` has ended (the explorer counts ended runs in data-runs). */
async function afterRun(start: () => Promise<void>, p: Page = page): Promise<void> {
  const before = (await p.locator(".explorer").getAttribute("data-runs")) ?? "0";
  await start();
  await p.waitForFunction((prev) => ((document.querySelector(".explorer") as HTMLElement).dataset.runs ?? "0") !== prev, before, {timeout: 60_000});
}

async function runSql(sql: string, p: Page = page): Promise<void> {
  await setSql(sql, p);
  await afterRun(() => p.locator(".cm-content").press("Control+Enter"), p);
}

/** Every row of the result grid, read by scrolling it from top to bottom (only rows in view are drawn). */
async function tableRows(p: Page = page): Promise<string[][]> {
  return p.evaluate(async () => {
    const grid = document.querySelector(".explorer-grid")!;
    const scroller = grid.querySelector(".explorer-grid-scroll") as HTMLElement;
    const total = Number(grid.getAttribute("aria-rowcount")) - 1;
    const rows = new Map<number, string[]>();
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    scroller.scrollTop = 0;
    for (let guard = 0; rows.size < total && guard < 10_000; guard += 1) {
      await frame();
      const drawn = Array.from(grid.querySelectorAll('.explorer-grid-body [role="row"]'));
      const cells = drawn.map(
        (r) => [Number(r.getAttribute("aria-rowindex")), Array.from(r.querySelectorAll('[role="gridcell"]'), (c) => c.textContent ?? "")] as const
      );
      if (cells.some(([, c]) => c.includes("…"))) continue; // a page still loading
      for (const [i, c] of cells) rows.set(i, c);
      scroller.scrollTop += Math.max(30, scroller.clientHeight - 120);
    }
    return [...rows].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
  });
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
    expect(await page.locator(".explorer-count").innerText()).toMatch(new RegExp(`^${expected.length} rader · \\d+,\\d+ s$`));
    expect(await page.locator(".explorer-grid").getAttribute("aria-rowcount")).toBe(String(expected.length + 1));
    // The quick chart of the default example.
    expect(await page.locator(".explorer-chart svg").count()).toBe(1);
    expect(await page.locator(".explorer-chart svg").getAttribute("aria-label")).toMatch(/^Frågans resultat\b.*2016–2023/);
  });

  test("a table is fetched the first time a query names it: the first example's tables only, then the next query's, each once", async () => {
    await page.waitForSelector(".explorer-count", {timeout: 30_000});
    const names = DATA_MODEL.map((t) => t.name);
    const fetched = () => v.requests.flatMap((u) => /\/_file\/data\/tables\/([a-z_]+)\.[0-9a-f]+\.arrow$/.exec(u)?.[1] ?? []);
    const first = tablesNamedIn(EXAMPLES[0].sql, names);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(names.length);
    expect(fetched().sort()).toEqual([...first].sort());
    const other = names.find((n) => !first.includes(n) && n !== "kolada")!;
    await runSql(`SELECT count(*) AS antal FROM ${other}`);
    expect(await page.locator(".explorer-error").innerText()).toBe("");
    expect(fetched().sort()).toEqual([...first, other].sort());
    await runSql(`SELECT count(*) AS antal FROM ${other} JOIN ${first[0]} ON true`);
    expect(fetched().sort()).toEqual([...first, other].sort());
  });

  test("a malformed query shows DuckDB's message with its line and column, marked in the editor, and the next query works", async () => {
    await runSql("SELECT period,\n  vaule FROM kolada");
    expect(await page.locator(".explorer-error").innerText()).toMatch(/^Fel: Binder Error: Referenced column "vaule" not found.*\(rad 2, kolumn 3\)$/s);
    expect(await page.locator(".cm-content .explorer-error-mark").allInnerTexts()).toEqual(["vaule"]);
    await runSql("SELEC 1 FROM kolada");
    const message = await page.locator(".explorer-error").innerText();
    expect(message).toMatch(/Parser Error: syntax error at or near "SELEC".*\(rad 1, kolumn 1\)$/s);
    expect(await page.locator(".cm-content .explorer-error-mark").allInnerTexts()).toEqual(["SELEC"]);
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    await runSql("SELECT 41 + 1 AS svar");
    expect(await tableRows()).toEqual([["42"]]);
    expect(await page.locator(".explorer-error").innerText()).toBe("");
    expect(await page.locator(".explorer-error-mark").count()).toBe(0);
  });

  test("every example query runs on the real data without an error", async () => {
    for (const ex of EXAMPLES) {
      await page.locator(`button[data-example="${ex.id}"]`).click();
      await page.waitForFunction(
        (sql) => (document.querySelector(".explorer") as HTMLElement & {editor: {getValue(): string}}).editor.getValue() === sql,
        ex.sql
      );
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
    const rows = u40455.slice().sort((a, b) => (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : a.period - b.period));
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
      .slice()
      .sort((a, b) => (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : a.period - b.period))
      .map((r) => ({municipality: r.municipality, period: r.period, value: r.value}));
    expect(rows).toEqual(expected);
    expect(await page.locator(".explorer-error").innerText()).toBe("");
  });

  test("a long query shows that it runs and can be cancelled; the page keeps working", async () => {
    await setSql("SELECT sum(hash(i)) FROM range(1000000000000) t(i)");
    await page.locator(".explorer-run").click();
    await page.waitForFunction(() => document.querySelector(".explorer-status")?.textContent === "Frågan körs …");
    expect(await page.locator(".explorer-status progress").count()).toBe(1);
    await page.locator(".explorer-cancel").click();
    await page.waitForFunction(() => document.querySelector(".explorer-status")?.textContent === "Frågan avbröts.", undefined, {timeout: 30_000});
    await runSql("SELECT count(*) AS n FROM report_figures");
    expect(await page.locator(".explorer-error").innerText()).toBe("");
    expect((await tableRows()).length).toBe(1);
  });

  test("the Arrow download holds the same rows and types as the result", async () => {
    await runSql("SELECT municipality, period, value FROM kolada WHERE kpi = 'U40455' AND gender = 'T' ORDER BY municipality, period");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".explorer-arrow").click()]);
    expect(download.suggestedFilename()).toBe("utforska-resultat.arrow");
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 6).toString("latin1")).toBe("ARROW1");
    const table = tableFromIPC(bytes);
    expect(table.schema.fields.map((f) => f.name)).toEqual(["municipality", "period", "value"]);
    const rows = table.toArray().map((r) => ({municipality: r.municipality, period: Number(r.period), value: r.value}));
    const expected = u40455
      .slice()
      .sort((a, b) => (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : a.period - b.period))
      .map((r) => ({municipality: r.municipality, period: r.period, value: r.value}));
    expect(rows).toEqual(expected);
  });

  test("the editor completes the served tables, and a table's columns with type and Swedish description", async () => {
    await setSql("");
    await page.keyboard.type("SELECT * FROM kolada_a");
    await page.waitForSelector(".cm-tooltip-autocomplete");
    const tables = await page.locator(".cm-tooltip-autocomplete li .cm-completionLabel").allInnerTexts();
    expect(tables).toEqual(expect.arrayContaining(["kolada_all", "kolada_areas"]));
    await page.keyboard.press("Escape");
    await setSql("");
    await page.keyboard.type("SELECT kolada_all.per");
    await page.waitForSelector(".cm-tooltip-autocomplete");
    const option = page.locator(".cm-tooltip-autocomplete li", {hasText: "period"}).first();
    expect(await option.locator(".cm-completionDetail").innerText()).toBe("INTEGER NOT NULL");
    await page.waitForSelector(".cm-completionInfo");
    expect(await page.locator(".cm-completionInfo").innerText()).toBe("År som värdet avser");
    await page.waitForSelector('.cm-tooltip-autocomplete li[aria-selected="true"]');
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !document.querySelector(".cm-tooltip-autocomplete"));
    expect(await editorValue()).toBe("SELECT kolada_all.period");
  });

  test("Escape then Tab leaves the editor (Tab alone indents)", async () => {
    await setSql("SELECT 1");
    await page.keyboard.press("Tab");
    expect(await editorValue()).toMatch(/^\s+SELECT 1$|^SELECT 1\s+$/);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".cm-editor") === null)).toBe(true);
  });

  test("choosing a name in the schema panel (row counts shown from the build) inserts it at the cursor", async () => {
    const summary = page.locator(".explorer-schema summary", {hasText: /^kolada_all/});
    await runSql("SELECT count(*) AS n FROM kolada_all");
    const [[n]] = await tableRows();
    expect(await summary.innerText()).toMatch(new RegExp(`^kolada_all\\s+${n} rader$`));
    await setSql("SELECT  FROM kolada_all");
    await page.locator(".cm-content").press("Control+Home");
    for (let i = 0; i < 7; i += 1) await page.keyboard.press("ArrowRight");
    await summary.click();
    await page.locator('.explorer-schema details[open] button[data-insert="period"]').click();
    expect(await editorValue()).toBe("SELECT period FROM kolada_all");
  });

  test("sorting: text in Swedish order (å, ä, ö after z), numbers by value, over the whole result", async () => {
    await runSql("SELECT name FROM (VALUES ('Örebro'), ('Alingsås'), ('Ängelholm'), ('Åre'), ('Zinkgruvan'), ('avesta'), (NULL)) t(name)");
    const header = page.locator('.explorer-grid [role="columnheader"]').first();
    await header.click();
    await page.waitForFunction(() => !document.querySelector('.explorer-grid [role="gridcell"]')?.textContent?.includes("…"));
    expect((await tableRows()).map((r) => r[0])).toEqual(["Alingsås", "avesta", "Zinkgruvan", "Åre", "Ängelholm", "Örebro", "–"]);
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await header.focus();
    await page.keyboard.press("Enter"); // the header cell sorts by keyboard too
    expect((await tableRows()).map((r) => r[0])).toEqual(["Örebro", "Ängelholm", "Åre", "Zinkgruvan", "avesta", "Alingsås", "–"]);
    expect(await header.getAttribute("aria-sort")).toBe("descending");

    await runSql("SELECT municipality, value FROM kolada_all WHERE kpi = 'U40455' AND gender = 'T' AND period = 2023 AND value IS NOT NULL");
    await page.locator('.explorer-grid [role="columnheader"]').nth(1).click();
    await page.locator('.explorer-grid [role="columnheader"]').nth(1).click();
    const sorted = u40455.filter((r) => r.period === 2023 && r.value !== null).sort((a, b) => b.value! - a.value!);
    const rows = await tableRows();
    expect(rows.map((r) => r[1])).toEqual(sorted.map((r) => formatNumber(r.value!, {maxDecimals: 3})));
  });

  test("each column is headed by a summary computed over the whole result: years and numbers a histogram, text its most common values", async () => {
    await runSql("SELECT k.municipality, k.period, k.value FROM kolada_all k WHERE kpi = 'U40455' AND gender = 'T'");
    await page.waitForFunction(() => document.querySelectorAll(".explorer-grid .explorer-summary svg").length === 2, undefined, {timeout: 30_000});
    const headers = page.locator('.explorer-grid [role="columnheader"]');
    const years = [...new Set(u40455.map((r) => r.period))].sort((a, b) => a - b);
    const perYear = years.map((y) => u40455.filter((r) => r.period === y).length);
    // one bar per year, its height proportional to the year's rows
    const heights = await headers
      .nth(1)
      .locator("rect")
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("height"))));
    expect(heights.length).toBe(years.length);
    const max = Math.max(...perYear);
    heights.forEach((h, i) => expect(h).toBeCloseTo((perYear[i] / max) * 26, 5));
    expect(await headers.nth(1).getAttribute("aria-description")).toMatch(new RegExp(`^Från ${years[0]} till ${years.at(-1)};`));
    const values = u40455.filter((r) => r.value !== null).map((r) => r.value!);
    const nulls = u40455.length - values.length;
    expect(await headers.nth(2).getAttribute("aria-description")).toMatch(
      new RegExp(`^Från ${formatNumber(Math.min(...values), {maxDecimals: 2}).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} till `)
    );
    if (nulls > 0) expect(await headers.nth(2).getAttribute("aria-description")).toMatch(new RegExp(`${formatNumber(nulls, {decimals: 0})} saknade\\.$`));
    const counts = new Map<string, number>();
    for (const r of u40455) counts.set(r.municipality, (counts.get(r.municipality) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const firstTop = await headers.nth(0).locator(".explorer-summary-top li").first().innerText();
    expect(firstTop).toMatch(new RegExp(`\\s${top}$`));
    expect(await headers.nth(0).getAttribute("aria-description")).toMatch(new RegExp(`^${formatNumber(counts.size, {decimals: 0})} olika värden;`));
  });

  test("a $kommun parameter offers every kommun and its value reaches DuckDB; a wrong-typed $år gets a Swedish message", async () => {
    await runSql("SELECT period, value FROM kolada_all WHERE kpi = 'U40455' AND gender = 'T' AND municipality = $kommun ORDER BY period");
    const select = page.locator("#explorer-param-kommun");
    expect(await select.locator("option").count()).toBe(290);
    expect(await page.locator('label[for="explorer-param-kommun"]').innerText()).toBe("$kommun");
    await select.selectOption("2380");
    await afterRun(() => page.locator(".explorer-run").click());
    const expected = u40455
      .filter((r) => r.municipality === "2380")
      .map((r) => [String(r.period), r.value === null ? "–" : formatNumber(r.value, {maxDecimals: 3})]);
    expect(await tableRows()).toEqual(expected);
    expect(await page.locator(".explorer-error").innerText()).toBe("");
    const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(hash.get("p.kommun")).toBe("2380");

    await runSql("SELECT count(*) AS n FROM kolada_all WHERE period = 2023");
    const [[n2023]] = await tableRows();
    await runSql("SELECT count(*) AS n FROM kolada_all WHERE period = $år");
    await page.locator("#explorer-param-år").fill("tjugotjugo");
    await page.locator(".explorer-run").click();
    await page.waitForFunction(() => /Parametern \$år ska vara ett årtal/.test(document.querySelector(".explorer-error")?.textContent ?? ""));
    await page.locator("#explorer-param-år").fill("2023");
    await afterRun(() => page.locator(".explorer-run").click());
    expect(await tableRows()).toEqual([[n2023]]);
    expect(Number(n2023.replace(/\s/g, ""))).toBeGreaterThan(0);
  });

  test("a shared link carries a 100 KB query in its fragment, and opening it runs it; old ?sql= links still work", async () => {
    // A long query as an analyst might paste it: a list of ids (all real kommun codes), repeated.
    const ids = [...new Set(snapshot.map((r) => r.municipality))].map((id) => `'${id}'`);
    let list = ids.join(", ");
    while (list.length < 99_000) list += ", " + ids.join(", ");
    const head = "SELECT count(DISTINCT municipality) AS kommuner FROM kolada_all WHERE municipality IN (";
    const sql = `${head}${list.slice(0, 99_000 - head.length - 1).replace(/,[^,]*$/, "")})`;
    expect(sql.length).toBeGreaterThan(95_000);
    await runSql(sql);
    expect(await page.locator(".explorer-error").innerText()).toBe("");
    const url = new URL(page.url());
    expect(url.search).toBe("");
    expect(url.hash.length).toBeLessThan(sql.length / 5);
    const shared = await site.visit(url.pathname + url.hash);
    try {
      await shared.page.waitForSelector(".explorer-count", {timeout: 60_000});
      expect(await editorValue(shared.page)).toBe(sql);
      expect(await tableRows(shared.page)).toEqual(await tableRows());
      expect(shared.consoleErrors).toEqual([]);
    } finally {
      await shared.page.close();
    }
    const old = "SELECT id, title FROM kolada_areas WHERE role = 'kommun' ORDER BY id";
    const legacy = await site.visit(`/utforska?sql=${encodeURIComponent(old)}`);
    try {
      await legacy.page.waitForSelector(".explorer-count", {timeout: 60_000});
      expect(await editorValue(legacy.page)).toBe(old);
      expect((await tableRows(legacy.page)).map((r) => r[0])).toEqual(Object.keys(FOUR).sort());
    } finally {
      await legacy.page.close();
    }
  });

  test("a cut link says so in Swedish, and the page still works", async () => {
    const url = new URL(page.url());
    const broken = await site.visit(url.pathname + url.hash.slice(0, Math.floor(url.hash.length / 2)));
    try {
      await broken.page.waitForFunction(() => /skadad eller avkortad/.test(document.querySelector(".explorer-error")?.textContent ?? ""));
      await runSql("SELECT 1 AS ett", broken.page);
      expect(await tableRows(broken.page)).toEqual([["1"]]);
    } finally {
      await broken.page.close();
    }
  });

  test("the last queries are kept across visits, can be run again and cleared", async () => {
    await runSql("SELECT 'historik' AS h");
    // a new visit in the same browser (a new page would start without the browser's storage)
    await page.reload();
    await page.waitForSelector(".explorer-count", {timeout: 60_000});
    await page.locator(".explorer-history summary").click();
    const item = page.locator(".explorer-history-list li", {hasText: "SELECT 'historik' AS h"});
    expect(await item.count()).toBe(1);
    expect(await page.locator(".explorer-history-list li").count()).toBeGreaterThan(5); // this visit's and the earlier ones
    await afterRun(() => item.locator(".explorer-rerun").click());
    expect(await tableRows()).toEqual([["historik"]]);
    expect(await page.locator(".explorer-history-list li").first().locator("code").innerText()).toBe("SELECT 'historik' AS h");
    await page.locator(".explorer-history-clear").click();
    expect(await page.locator(".explorer-history-list li").count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem("uppfoljning.utforska.historik"))).toBeNull();
  });

  test("reading a file or a URL is refused with a Swedish explanation, and nothing leaves the origin", async () => {
    await runSql("SELECT * FROM read_csv('https://example.com/data.csv')");
    expect(await page.locator(".explorer-error").innerText()).toMatch(/^Fel: Frågor på den här sidan kan inte läsa filer eller webbadresser/);
    await runSql("SELECT * FROM '/etc/passwd'");
    expect(await page.locator(".explorer-error").innerText()).toMatch(/kan inte läsa filer eller webbadresser/);
    expect(v.foreignRequests).toEqual([]);
  });

  test("a 10-million-row result: browsed to its last row by keyboard, with a note instead of downloads", async () => {
    await runSql("SELECT i, i % 7 AS rest FROM range(10000000) t(i)");
    expect(await page.locator(".explorer-grid").getAttribute("aria-rowcount")).toBe("10000001");
    expect(await page.locator(".explorer-huge").innerText()).toMatch(new RegExp(`^Resultatet har ${formatNumber(10_000_000, {decimals: 0})} rader\\.`));
    expect(await page.locator(".explorer-csv").isDisabled()).toBe(true);
    await page.locator('.explorer-grid [role="gridcell"]').first().focus();
    await page.keyboard.press("Control+End"); // the last row's last cell
    await page.waitForFunction(
      () => document.activeElement?.parentElement?.getAttribute("aria-rowindex") === "10000001" && document.activeElement.textContent !== "…",
      undefined,
      {
        timeout: 90_000
      }
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(String(9_999_999 % 7));
    await page.keyboard.press("Home");
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-colindex") === "1");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(formatNumber(9_999_999, {decimals: 0}));
  }, 180_000);

  test("quick charts for more shapes: bars, a scatter, lines per column; the type can be changed or the chart hidden, with PNG/SVG downloads", async () => {
    await runSql(
      "SELECT a.title AS kommun, k.value FROM kolada k JOIN kolada_areas a ON a.id = k.municipality WHERE k.kpi = 'U40455' AND k.gender = 'T' AND k.period = 2023 ORDER BY k.value"
    );
    await page.waitForSelector(".explorer-quick-chart");
    expect(await page.locator("#explorer-chart-kind").inputValue()).toBe("bars");
    expect(await page.locator(".explorer-chart svg").first().getAttribute("aria-label")).toMatch(/^Stapeldiagram: value per kommun/);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('.explorer-chart [data-download="svg"]').click()]);
    expect(readFileSync((await svg.path())!, "utf8")).toMatch(/<svg/);
    await page.locator("#explorer-chart-kind").selectOption("none");
    expect(await page.locator(".explorer-chart").isHidden()).toBe(true);

    await runSql("SELECT value AS andel, value / 100 AS kvot FROM kolada_all WHERE kpi = 'U40455' AND gender = 'T' AND value IS NOT NULL");
    await page.waitForSelector(".explorer-quick-chart");
    const kinds = await page.locator("#explorer-chart-kind option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(kinds).toContain("scatter");
    expect(await page.locator(".explorer-chart svg").first().getAttribute("aria-label")).toMatch(/^Punktdiagram: kvot mot andel/);

    await runSql(
      "SELECT period AS year, avg(value) AS medel, median(value) AS median FROM kolada_all WHERE kpi = 'U40455' AND gender = 'T' GROUP BY period ORDER BY period"
    );
    await page.waitForSelector(".explorer-quick-chart");
    expect(await page.locator("#explorer-chart-kind").inputValue()).toBe("lines");
    expect(await page.locator('.explorer-chart [data-download="png"]').count()).toBe(1);
  });

  test("axe (every rule) finds nothing serious with a result, a chart and the completion list open", async () => {
    await runSql(EXAMPLES[0].sql);
    await page.waitForSelector(".explorer-chart svg");
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(";\nSELECT * FROM kolada_a");
    await page.waitForSelector(".cm-tooltip-autocomplete");
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, {
        runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "experimental"]}
      });
      return (result.violations as {id: string; impact: string; nodes: {target: string[]}[]}[])
        .filter((x) => x.impact === "serious" || x.impact === "critical")
        .map((x) => `${x.id} @ ${x.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(await page.locator(".cm-tooltip-autocomplete").count()).toBe(1);
    expect(violations).toEqual([]);
    await page.keyboard.press("Escape");
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
