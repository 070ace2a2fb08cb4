// @vitest-environment jsdom
// The explorer UI against a fake database (synthetic results, labelled so): run, errors and their
// position, the grid (sorting, summaries, keyboard), parameters, the link, history, cancel.
import {beforeEach, describe, expect, test, vi} from "vitest";
import {createExplorer, explainError, lineColumn, type ExplorerDatabase} from "../../../components/explore/explorer.js";
import type {QueryResult} from "../../../components/explore/result.js";
import {memoryResultSet, summarize} from "../../../components/explore/session.js";
import {decodeFragment, encodeFragment, BROKEN_LINK} from "../../../components/explore/urlState.js";
import {HISTORY_KEY} from "../../../components/explore/history.js";
import {chartKinds} from "../../../components/explore/quickChart.js";
import {formatNumber} from "../../../components/kit/format.js";

// Synthetic results for the UI only; the real data is queried in the browser suite.
const TREND: QueryResult = {
  columns: [
    {name: "kommun", kind: "text"},
    {name: "year", kind: "integer"},
    {name: "value", kind: "number"},
    {name: "unit", kind: "text"}
  ],
  rows: [
    ["Östersund", 2020, 10, "procent"],
    ["Alingsås", 2021, 12.5, "procent"],
    ["Vänersborg", 2020, 20, "procent"]
  ]
};
const MANY: QueryResult = {columns: [{name: "i", kind: "integer"}], rows: Array.from({length: 3000}, (_, i) => [i])};

function fakeDatabase(): ExplorerDatabase & {runs: {sql: string; params: readonly (string | number)[]}[]} {
  const runs: {sql: string; params: readonly (string | number)[]}[] = [];
  return {
    runs,
    version: "v0-fake",
    async run(sql, params) {
      runs.push({sql, params});
      if (sql.includes("BAD")) throw new Error('{"exception_type":"Parser","exception_message":"syntax error at or near \\"BAD\\"","position":"9"}');
      if (sql.includes("MANY")) return memoryResultSet(MANY, 5);
      if (sql.includes("NEVER")) return new Promise(() => undefined);
      return memoryResultSet(TREND, 120);
    },
    cancel: vi.fn(async () => true),
    terminate: vi.fn(async () => undefined)
  };
}

async function setup(hash = "", search = "") {
  window.history.replaceState(null, "", `/utforska${search}${hash}`);
  const db = fakeDatabase();
  const openDatabase = vi.fn(async () => db);
  const el = createExplorer({
    tables: [{name: "kolada", load: async () => new Uint8Array()}],
    examples: [{id: "ex", title: "Exempel", description: "Beskrivning", sql: "SELECT trend"}],
    openDatabase,
    toParquet: async () => new Uint8Array([80, 65, 82, 49]),
    rows: {kolada: 31},
    kommuner: [
      {id: "1487", name: "Vänersborg"},
      {id: "2380", name: "Östersund"}
    ],
    runOnStart: false
  });
  document.body.replaceChildren(el);
  await (el as HTMLElement & {started: Promise<void>}).started;
  const textarea = el.querySelector("textarea")!;
  const runWith = async (sql: string) => {
    textarea.value = sql;
    textarea.dispatchEvent(new Event("input"));
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
  };
  return {el, db, openDatabase, textarea, runWith};
}

const cells = (el: Element) =>
  Array.from(el.querySelectorAll('.explorer-grid-body [role="row"]'))
    .sort((a, b) => Number(a.getAttribute("aria-rowindex")) - Number(b.getAttribute("aria-rowindex")))
    .map((r) => Array.from(r.querySelectorAll('[role="gridcell"]'), (c) => c.textContent));

beforeEach(() => window.localStorage.clear());

describe("explorer", () => {
  test("the editor has a label, the schema panel shows before DuckDB, and DuckDB is not opened before the first query", async () => {
    const {el, openDatabase, textarea} = await setup();
    expect(el.querySelector(`#${textarea.getAttribute("aria-labelledby")}`)?.textContent).toMatch(/SQL-fråga/);
    expect(textarea.value).toBe("SELECT trend");
    const panel = el.querySelector(".explorer-schema")!;
    expect(panel.querySelector("summary")?.textContent).toBe("kolada31 rader");
    expect(panel.querySelector('button[data-insert="municipality"]')?.getAttribute("aria-label")).toMatch(
      /^Skriv in kolumnen municipality \(VARCHAR\): Koladas områdes-id/
    );
    expect(openDatabase).not.toHaveBeenCalled();
  });

  test("choosing a name in the schema panel inserts it at the cursor", async () => {
    const {el, textarea} = await setup();
    textarea.value = "SELECT  FROM t";
    textarea.setSelectionRange(7, 7);
    (el.querySelector('button[data-insert="period"]') as HTMLButtonElement).click();
    expect(textarea.value).toBe("SELECT period FROM t");
  });

  test("Ctrl+Enter runs the query: a grid of every row with its size, count and time, a chart, the query in the fragment", async () => {
    const {el, db, openDatabase, textarea} = await setup();
    textarea.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", ctrlKey: true, bubbles: true}));
    await vi.waitFor(() =>
      expect(cells(el)).toEqual([
        ["Östersund", "2020", "10", "procent"],
        ["Alingsås", "2021", "12,5", "procent"],
        ["Vänersborg", "2020", "20", "procent"]
      ])
    );
    expect(openDatabase).toHaveBeenCalledTimes(1);
    expect(db.runs).toEqual([{sql: "SELECT trend", params: []}]);
    expect(el.querySelector(".explorer-count")?.textContent).toBe("3 rader · 0,12 s");
    const grid = el.querySelector('[role="grid"]')!;
    expect(grid.getAttribute("aria-rowcount")).toBe("4");
    expect(grid.getAttribute("aria-colcount")).toBe("4");
    await vi.waitFor(() => expect(el.querySelector(".explorer-chart svg")).not.toBeNull());
    expect(await decodeFragment(window.location.hash)).toEqual({sql: "SELECT trend", params: {}});
  });

  test("sorting from a header (click, or Enter on it): Swedish order (Ö after V), then descending, then the query's order", async () => {
    const {el, runWith} = await setup();
    await runWith("SELECT trend");
    await vi.waitFor(() => expect(cells(el).length).toBe(3));
    const header = el.querySelector('[role="columnheader"]') as HTMLElement;
    header.click();
    await vi.waitFor(() => expect(cells(el).map((r) => r[0])).toEqual(["Alingsås", "Vänersborg", "Östersund"]));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    header.click();
    await vi.waitFor(() => expect(cells(el).map((r) => r[0])).toEqual(["Östersund", "Vänersborg", "Alingsås"]));
    // by keyboard: the header cell is part of the grid (Enter sorts)
    header.focus();
    header.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
    await vi.waitFor(() => expect(cells(el).map((r) => r[0])).toEqual(["Östersund", "Alingsås", "Vänersborg"]));
    expect(header.getAttribute("aria-sort")).toBe("none");
  });

  test("each header summarises its column over the whole result", async () => {
    const {el, runWith} = await setup();
    await runWith("SELECT trend");
    await vi.waitFor(() => expect(el.querySelectorAll(".explorer-summary svg").length).toBe(2));
    const headers = Array.from(el.querySelectorAll('[role="columnheader"]'));
    expect(headers[0].getAttribute("aria-description")).toBe("3 olika värden; vanligast Alingsås (1), Vänersborg (1), Östersund (1).");
    expect(headers[1].getAttribute("aria-description")).toBe("Från 2020 till 2021; flest värden mellan 2020 och 2021 (2).");
    expect(headers[1].querySelectorAll("rect").length).toBe(2);
    expect(headers[3].querySelector(".explorer-summary-top")?.textContent).toBe("procent3");
  });

  test("the keyboard moves through the grid as a grid: arrows, End, Ctrl+End reaches the last of 3 000 rows", async () => {
    const {el, runWith} = await setup();
    await runWith("SELECT MANY");
    await vi.waitFor(() => expect(cells(el)[0]).toEqual(["0"]));
    const grid = el.querySelector('[role="grid"]') as HTMLElement;
    expect(grid.getAttribute("aria-rowcount")).toBe("3001");
    const first = el.querySelector('[role="gridcell"]') as HTMLElement;
    expect(first.getAttribute("tabindex")).toBe("0");
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown", bubbles: true}));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe("1"));
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", {key: "End", ctrlKey: true, bubbles: true}));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(formatNumber(2999, {decimals: 0})));
    expect(document.activeElement?.parentElement?.getAttribute("aria-rowindex")).toBe("3001");
  });

  test("bad SQL: DuckDB's message with line and column, the place marked; the next query clears it", async () => {
    const {el, textarea, runWith} = await setup();
    await runWith("SELECT\n  BAD");
    await vi.waitFor(() => expect(el.querySelector(".explorer-error")?.textContent).toBe('Fel: Parser Error: syntax error at or near "BAD" (rad 2, kolumn 3)'));
    expect(el.querySelector(".explorer-error")?.getAttribute("role")).toBe("alert");
    expect(textarea.getAttribute("aria-invalid")).toBe("true");
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([9, 10]);
    await runWith("SELECT trend");
    await vi.waitFor(() => expect(cells(el).length).toBe(3));
    expect(el.querySelector(".explorer-error")?.textContent).toBe("");
    expect(textarea.hasAttribute("aria-invalid")).toBe(false);
  });

  test("$parameters become labelled inputs; their values are typed, checked and passed to DuckDB, and kept in the link", async () => {
    const {el, db, runWith} = await setup();
    await runWith("SELECT * FROM kolada WHERE municipality = $kommun AND period = $år AND status = $status");
    await vi.waitFor(() => expect(el.querySelectorAll(".explorer-param").length).toBe(3));
    await vi.waitFor(() => expect(el.querySelector(".explorer-status")?.textContent).toMatch(/^Klar/));
    const kommun = el.querySelector("#explorer-param-kommun") as HTMLSelectElement;
    expect(el.querySelector('label[for="explorer-param-kommun"]')?.textContent).toBe("$kommun");
    expect(Array.from(kommun.options, (o) => o.textContent)).toEqual(["Vänersborg (1487)", "Östersund (2380)"]);
    kommun.value = "2380";
    const year = el.querySelector("#explorer-param-år") as HTMLInputElement;
    year.value = "tjugo";
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(el.querySelector(".explorer-error")?.textContent).toBe("Fel: Parametern $år ska vara ett årtal med fyra siffror, till exempel 2023, inte ”tjugo”.")
    );
    expect(db.runs.length).toBe(1); // only the first run (with the defaults), not the wrong one
    year.value = "2023";
    (el.querySelector("#explorer-param-status") as HTMLInputElement).value = "preliminärt";
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(db.runs.length).toBe(2));
    expect(db.runs[1]).toEqual({
      sql: "SELECT * FROM kolada WHERE municipality = $1      AND period = $2  AND status = $3     ",
      params: ["2380", 2023, "preliminärt"]
    });
    expect((await decodeFragment(window.location.hash))?.params).toEqual({kommun: "2380", år: "2023", status: "preliminärt"});
  });

  test("a wrong-typed value DuckDB cannot convert, and reading a file, get Swedish explanations", () => {
    expect(explainError(new Error('{"exception_type":"Conversion","exception_message":"Could not convert string \'x\' to INT32"}'), true)).toMatch(
      /^Ett parametervärde har fel typ/
    );
    expect(
      explainError(
        new Error(
          '{"exception_type":"Permission","exception_message":"Permission Error: Cannot access file \\"x.csv\\" - file system operations are disabled by configuration"}'
        ),
        false
      )
    ).toMatch(/^Frågor på den här sidan kan inte läsa filer eller webbadresser/);
    expect(lineColumn("ab\ncd", 4)).toEqual({line: 2, column: 2});
  });

  test("a link's fragment is the initial query with its parameter values; the old ?sql= too", async () => {
    const hash = await encodeFragment({sql: "SELECT $år AS år", params: {år: "2019"}});
    const a = await setup(hash);
    expect(a.textarea.value).toBe("SELECT $år AS år");
    expect((a.el.querySelector("#explorer-param-år") as HTMLInputElement).value).toBe("2019");
    const b = await setup("", "?sql=SELECT%20'delad'");
    expect(b.textarea.value).toBe("SELECT 'delad'");
  });

  test("Kopiera länk copies a link that opens the query (shown to copy by hand where the clipboard is unavailable)", async () => {
    const {el, textarea} = await setup();
    textarea.value = "SELECT $år AS år";
    textarea.dispatchEvent(new Event("input"));
    const copied: string[] = [];
    Object.defineProperty(window.navigator, "clipboard", {configurable: true, value: {writeText: async (t: string) => void copied.push(t)}});
    (el.querySelector(".explorer-copy") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-status")?.textContent).toBe("Länken till frågan är kopierad."));
    const url = new URL(copied[0]);
    expect(url.pathname).toBe("/utforska");
    expect((await decodeFragment(url.hash))?.sql).toBe("SELECT $år AS år");
    Object.defineProperty(window.navigator, "clipboard", {configurable: true, value: undefined});
    (el.querySelector(".explorer-copy") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-link-field")).not.toBeNull());
    expect((await decodeFragment(new URL((el.querySelector(".explorer-link-field") as HTMLInputElement).value).hash))?.sql).toBe("SELECT $år AS år");
  });

  test("a cut link says so in Swedish and runs nothing", async () => {
    const hash = await encodeFragment({sql: "SELECT 1 AS ett", params: {}});
    const {el, openDatabase} = await setup(hash.slice(0, -5));
    expect(el.querySelector(".explorer-error")?.textContent).toBe(`Fel: ${BROKEN_LINK}`);
    expect(openDatabase).not.toHaveBeenCalled();
  });

  test("queries that ran are kept in the browser, can run again and be cleared", async () => {
    const {el, db, runWith} = await setup();
    await runWith("SELECT trend -- första");
    await vi.waitFor(() => expect(el.querySelectorAll(".explorer-history-list li").length).toBe(1));
    await runWith("SELECT MANY");
    await vi.waitFor(() => expect(el.querySelectorAll(".explorer-history-list li").length).toBe(2));
    expect(JSON.parse(window.localStorage.getItem(HISTORY_KEY)!).map((e: {sql: string}) => e.sql)).toEqual(["SELECT MANY", "SELECT trend -- första"]);
    (el.querySelectorAll(".explorer-rerun")[1] as HTMLButtonElement).click();
    await vi.waitFor(() => expect(db.runs.at(-1)?.sql).toBe("SELECT trend -- första"));
    await vi.waitFor(() => expect(el.querySelector(".explorer-history-sql")?.textContent).toBe("SELECT trend -- första"));
    (el.querySelector(".explorer-history-clear") as HTMLButtonElement).click();
    expect(window.localStorage.getItem(HISTORY_KEY)).toBeNull();
    expect(el.querySelectorAll(".explorer-history-list li").length).toBe(0);
  });

  test("a running query shows that it runs, gets a note after the slow limit, and can be cancelled", async () => {
    window.history.replaceState(null, "", "/utforska");
    const db = fakeDatabase();
    const el = createExplorer({
      tables: [],
      examples: [],
      openDatabase: async () => db,
      toParquet: async () => new Uint8Array(),
      runOnStart: false,
      slowMs: 400
    });
    document.body.replaceChildren(el);
    await (el as HTMLElement & {started: Promise<void>}).started;
    el.querySelector("textarea")!.value = "SELECT NEVER";
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-status")?.textContent).toBe("Frågan körs …"));
    expect(el.querySelector(".explorer-status progress")).not.toBeNull();
    await vi.waitFor(() => expect(el.querySelector(".explorer-status")?.textContent).toMatch(/^Frågan har kört i över en minut/));
    const cancel = el.querySelector(".explorer-cancel") as HTMLButtonElement;
    expect(cancel.hidden).toBe(false);
    cancel.click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-status")?.textContent).toBe("Frågan avbröts."));
    expect(db.cancel).toHaveBeenCalled();
    expect((el.querySelector(".explorer-run") as HTMLButtonElement).disabled).toBe(false);
    expect(cancel.hidden).toBe(true);
  });

  test("a failing DuckDB start is reported and retried on the next run", async () => {
    window.history.replaceState(null, "", "/utforska");
    const db = fakeDatabase();
    const openDatabase = vi.fn().mockRejectedValueOnce(new Error("wasm saknas")).mockResolvedValue(db);
    const el = createExplorer({tables: [], examples: [], openDatabase, toParquet: async () => new Uint8Array(), runOnStart: false});
    document.body.replaceChildren(el);
    await (el as HTMLElement & {started: Promise<void>}).started;
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector(".explorer-error")?.textContent).toContain("wasm saknas"));
    (el.querySelector(".explorer-run") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(cells(el).length).toBe(3));
    expect(openDatabase).toHaveBeenCalledTimes(2);
  });
});

describe("summaries and chart shapes", () => {
  test("whole-number columns get a bin per value, others twelve bins; text its most common values", () => {
    const r: QueryResult = {
      columns: [
        {name: "år", kind: "integer"},
        {name: "x", kind: "number"},
        {name: "t", kind: "text"}
      ],
      rows: [
        [2020, 0, "b"],
        [2020, 1.2, "a"],
        [2022, 12, "b"],
        [null, null, null]
      ]
    };
    const [years, xs, ts] = summarize(r);
    expect(years).toEqual({
      kind: "histogram",
      min: 2020,
      max: 2022,
      nulls: 1,
      bins: [
        {x0: 2020, x1: 2021, count: 2},
        {x0: 2021, x1: 2022, count: 0},
        {x0: 2022, x1: 2023, count: 1}
      ]
    });
    expect(xs.kind === "histogram" && xs.bins.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ts).toEqual({
      kind: "top",
      values: [
        {value: "b", count: 2},
        {value: "a", count: 1}
      ],
      distinct: 2,
      nulls: 1
    });
  });
  test("year + numbers draw lines, category + number bars, two numbers a scatter", () => {
    const r = (cols: [string, "text" | "integer" | "number"][], rows: QueryResult["rows"]): QueryResult => ({
      columns: cols.map(([name, kind]) => ({name, kind})),
      rows
    });
    expect(
      chartKinds(
        r(
          [
            ["year", "integer"],
            ["a", "number"],
            ["b", "number"]
          ],
          [[2020, 1, 2]]
        )
      )
    ).toEqual(["lines", "scatter"]);
    expect(
      chartKinds(
        r(
          [
            ["kommun", "text"],
            ["n", "integer"]
          ],
          [["A", 1]]
        )
      )
    ).toEqual(["bars"]);
    expect(
      chartKinds(
        r(
          [
            ["x", "number"],
            ["y", "number"]
          ],
          [[1, 2]]
        )
      )
    ).toEqual(["scatter"]);
    expect(
      chartKinds(
        r(
          [
            ["kommun", "text"],
            ["year", "integer"],
            ["value", "number"]
          ],
          [["A", 2020, 1]]
        )
      )
    ).toEqual(["trend", "bars"]);
    expect(chartKinds(r([["t", "text"]], [["A"]]))).toEqual([]);
  });
});
