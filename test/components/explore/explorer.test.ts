// @vitest-environment jsdom
// The explorer UI against a fake database (synthetic results, labelled so): run, errors, cap, chart.
import {describe, expect, test, vi} from "vitest";
import {createExplorer, type ExplorerDatabase} from "../../../components/explore/explorer.js";
import type {QueryResult} from "../../../components/explore/result.js";

// Synthetic results for the UI only; the real data is queried in the browser suite.
const TREND: QueryResult = {
  columns: [
    {name: "kommun", kind: "text"},
    {name: "year", kind: "integer"},
    {name: "value", kind: "number"},
    {name: "unit", kind: "text"}
  ],
  rows: [
    ["A", 2020, 10, "procent"],
    ["A", 2021, 12.5, "procent"],
    ["B", 2020, 20, "procent"]
  ]
};
const MANY: QueryResult = {columns: [{name: "i", kind: "integer"}], rows: Array.from({length: 30}, (_, i) => [i])};

function fakeDatabase(): ExplorerDatabase & {queries: string[]} {
  const queries: string[] = [];
  return {
    queries,
    version: "v0-fake",
    async query(sql: string) {
      queries.push(sql);
      if (sql.includes("BAD")) throw new Error('{"exception_type":"Parser","exception_message":"syntax error at or near \\"BAD\\"","position":"7"}');
      if (sql.includes("MANY")) return MANY;
      if (sql.includes("NEVER")) return new Promise<QueryResult>(() => undefined);
      return TREND;
    },
    cancel: vi.fn(async () => true),
    terminate: vi.fn(async () => undefined)
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(search = "") {
  window.history.replaceState(null, "", `/utforska${search}`);
  const db = fakeDatabase();
  const openDatabase = vi.fn(async () => db);
  const el = createExplorer({
    tables: [{name: "t", load: async () => new Uint8Array()}],
    examples: [{id: "ex", title: "Exempel", description: "Beskrivning", sql: "SELECT trend"}],
    openDatabase,
    toParquet: async () => new Uint8Array([80, 65, 82, 49]),
    displayCap: 10,
    runOnStart: false
  });
  document.body.replaceChildren(el);
  return {el, db, openDatabase, textarea: el.querySelector("textarea")!};
}

describe("explorer", () => {
  test("the editor has a label, and DuckDB is not opened before the first query", async () => {
    const {el, openDatabase, textarea} = setup();
    expect(el.querySelector(`label[for="${textarea.id}"]`)?.textContent).toMatch(/SQL-fråga/);
    expect(textarea.value).toBe("SELECT trend");
    await settle();
    expect(openDatabase).not.toHaveBeenCalled();
  });

  test("Ctrl+Enter runs the query: rows, count, a chart, and the SQL in the URL", async () => {
    const {el, db, openDatabase, textarea} = setup();
    textarea.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", ctrlKey: true, bubbles: true}));
    await vi.waitFor(() => expect(el.querySelectorAll("tbody tr").length).toBe(3));
    expect(openDatabase).toHaveBeenCalledTimes(1);
    expect(db.queries).toEqual(["SELECT trend"]);
    expect(el.querySelector(".explorer-count")?.textContent).toBe("3 rader");
    expect(el.querySelector(".explorer-chart svg")).not.toBeNull();
    expect(el.querySelector("tbody td:nth-child(3)")?.textContent).toBe("10");
    expect(new URLSearchParams(window.location.search).get("sql")).toBe("SELECT trend");
    expect(el.querySelector(".explorer-share")?.getAttribute("href")).toBe("/utforska?sql=SELECT+trend");
  });

  test("bad SQL shows DuckDB's message next to the editor; the next query works and clears it", async () => {
    const {el, textarea} = setup();
    textarea.value = "SELECT BAD";
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-error")?.textContent).toContain('Parser Error: syntax error at or near "BAD"'));
    expect(el.querySelector(".explorer-error")?.getAttribute("role")).toBe("alert");
    textarea.value = "SELECT trend";
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelectorAll("tbody tr").length).toBe(3));
    expect(el.querySelector(".explorer-error")?.textContent).toBe("");
  });

  test("the table shows at most the display cap and says so", async () => {
    const {el, textarea} = setup();
    textarea.value = "SELECT MANY";
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelectorAll("tbody tr").length).toBe(10));
    expect(el.querySelector(".explorer-count")?.textContent).toBe("30 rader; de första 10 visas. Nedladdningarna innehåller alla rader.");
    expect(el.querySelector(".explorer-chart-note")?.textContent).toMatch(/^Inget snabbdiagram/);
  });

  test("a running query shows that it runs and can be cancelled", async () => {
    const {el, db, textarea} = setup();
    textarea.value = "SELECT NEVER";
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-status")?.textContent).toBe("Frågan körs …"));
    expect(el.querySelector(".explorer-status progress")).not.toBeNull();
    const cancel = el.querySelector(".explorer-cancel") as HTMLButtonElement;
    expect(cancel.hidden).toBe(false);
    cancel.click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-status")?.textContent).toBe("Frågan avbröts."));
    expect(db.cancel).toHaveBeenCalled();
    expect((el.querySelector(".explorer-run") as HTMLButtonElement).disabled).toBe(false);
    expect(cancel.hidden).toBe(true);
  });

  test("the URL's ?sql= is the initial query", () => {
    const {textarea} = setup("?sql=SELECT%20'delad'");
    expect(textarea.value).toBe("SELECT 'delad'");
  });

  test("a failing DuckDB start is reported and retried on the next run", async () => {
    window.history.replaceState(null, "", "/utforska");
    const db = fakeDatabase();
    const openDatabase = vi.fn().mockRejectedValueOnce(new Error("wasm saknas")).mockResolvedValue(db);
    const el = createExplorer({
      tables: [],
      examples: [],
      openDatabase,
      toParquet: async () => new Uint8Array(),
      runOnStart: false
    });
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-error")?.textContent).toContain("wasm saknas"));
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelectorAll("tbody tr").length).toBe(3));
    expect(openDatabase).toHaveBeenCalledTimes(2);
  });
});
