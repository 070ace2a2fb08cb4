// The Utforska explorer: SQL editor, example queries, result table, quick chart and downloads.
// DuckDB is opened through `loadDuckDB` (a dynamic import on the page) the first time a query runs,
// so the page's text renders first and no other page downloads DuckDB. Tests pass a fake.
import {room} from "../kit/room.js";
import {formatNumber, formatYear, MISSING_TEXT, unitLabel} from "../kit/format.js";
import {UNITS, type Unit} from "../../model/vocabulary.js";
import {AREA_NAMES} from "../../model/catalogue.js";
import {trendChart} from "../kit/trendChart.js";
import {toCsv} from "../../model/csv.js";
import type {ExampleQuery} from "./examples.js";
import {errorMessage, type Cell, type QueryResult, type ResultColumn} from "./result.js";
import {detectTrendShape, isTrendShape} from "./shape.js";
import {readSql, withSql} from "./urlState.js";

/** The catalogue's areas by the names the site gives them. */
const AREA_IDS: ReadonlyMap<string, string> = new Map([...AREA_NAMES].map(([id, name]) => [name, id]));

/** A query result as CSV (the project's one CSV writer, model/csv.ts). */
export const resultCsv = (r: QueryResult): string =>
  toCsv(
    r.columns.map((c) => c.name),
    r.rows
  );

export interface ExplorerDatabase {
  query(sql: string): Promise<QueryResult>;
  cancel(): Promise<boolean>;
  terminate(): Promise<void>;
  version: string;
}

export interface ExplorerTable {
  name: string;
  load: () => Promise<ArrayBuffer | Uint8Array>;
}

export interface ExplorerOptions {
  tables: readonly ExplorerTable[];
  examples: readonly ExampleQuery[];
  /** Opens DuckDB with the tables registered (the page passes a dynamic import of duckdb.js). */
  openDatabase: (tables: readonly ExplorerTable[]) => Promise<ExplorerDatabase>;
  /** Writes a result as Parquet (the page passes a dynamic import of parquet.js). */
  toParquet: (result: QueryResult) => Promise<Uint8Array>;
  /** Rows shown in the result table (the downloads hold every row). */
  displayCap?: number;
  /** Run the initial query at once (the URL's ?sql= or the first example). */
  runOnStart?: boolean;
  /** What the page says while DuckDB downloads (e.g. the compressed size). */
  loadingText?: string;
  document?: Document;
  window?: Window;
}

export const DISPLAY_CAP = 500;
const YEAR_COLUMN = /^(year|period|år|ar)$/i;

/** One cell as the result table shows it (Swedish number formats). */
export function formatResultCell(value: Cell, column: ResultColumn): string {
  if (value === null) return MISSING_TEXT;
  if (typeof value === "number") {
    if (YEAR_COLUMN.test(column.name) && Number.isInteger(value)) return formatYear(value);
    return column.kind === "integer" ? formatNumber(value, {decimals: 0}) : formatNumber(value, {maxDecimals: 3});
  }
  if (typeof value === "boolean") return value ? "sant" : "falskt";
  return value;
}

const rowsText = (n: number) => `${formatNumber(n, {decimals: 0})} ${n === 1 ? "rad" : "rader"}`;

export function createExplorer(options: ExplorerOptions): HTMLElement {
  const doc = options.document ?? document;
  const win = options.window ?? doc.defaultView ?? window;
  const cap = options.displayCap ?? DISPLAY_CAP;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, text?: string) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const root = el("section", {class: "explorer", "aria-label": "SQL-frågor mot sajtens data"});

  // Examples.
  const examples = el("div", {class: "explorer-examples"});
  examples.append(el("h3", {}, "Exempelfrågor"));
  const exampleList = el("ul");
  for (const ex of options.examples) {
    const li = el("li");
    const button = el("button", {type: "button", "data-example": ex.id}, ex.title);
    button.addEventListener("click", () => {
      textarea.value = ex.sql;
      void run();
    });
    li.append(button, el("p", {}, ex.description));
    exampleList.append(li);
  }
  examples.append(exampleList);

  // Editor.
  const editor = el("div", {class: "explorer-editor"});
  const label = el("label", {for: "explorer-sql"}, "SQL-fråga (DuckDB)");
  const textarea = el("textarea", {
    id: "explorer-sql",
    rows: "12",
    spellcheck: "false",
    autocapitalize: "off",
    autocomplete: "off",
    "aria-describedby": "explorer-hint explorer-error"
  });
  const hint = el("p", {id: "explorer-hint", class: "explorer-hint"}, "Kör frågan med Ctrl+Enter (⌘+Enter på Mac) eller knappen.");
  const runButton = el("button", {type: "button", class: "explorer-run"}, "Kör fråga");
  // Shown only while a query runs (a hidden button is not a Tab stop).
  const cancelButton = el("button", {type: "button", class: "explorer-cancel", hidden: ""}, "Avbryt");
  const share = el("a", {class: "explorer-share", href: "?"}, "Länk till frågan");
  const buttons = el("div", {class: "explorer-buttons"});
  buttons.append(runButton, cancelButton, share);
  const status = el("div", {class: "explorer-status", role: "status", "aria-live": "polite"});
  const error = el("div", {id: "explorer-error", class: "explorer-error", role: "alert"});
  editor.append(label, textarea, hint, buttons, status, error);

  // Result.
  const result = el("div", {class: "explorer-result", "aria-live": "polite"});

  root.append(examples, editor, result);

  const initial = readSql(win.location.search) ?? options.examples[0]?.sql ?? "SELECT 42";
  textarea.value = initial;
  const updateShare = (sql: string) => {
    try {
      share.setAttribute("href", `${win.location.pathname}${withSql(win.location.search, sql)}`);
      share.removeAttribute("aria-disabled");
    } catch {
      share.setAttribute("aria-disabled", "true");
    }
  };
  updateShare(initial);
  textarea.addEventListener("input", () => updateShare(textarea.value));

  let database: Promise<ExplorerDatabase> | null = null;
  let running = false;
  let cancelRequested: (() => void) | null = null;
  let last: {sql: string; result: QueryResult} | null = null;

  const setStatus = (text: string, busy = false) => {
    status.replaceChildren();
    if (busy) status.append(el("progress", {"aria-label": text}));
    status.append(el("span", {}, text));
    root.toggleAttribute("data-busy", busy);
  };

  const getDatabase = (): Promise<ExplorerDatabase> => {
    if (!database) {
      setStatus(options.loadingText ?? "Laddar DuckDB …", true);
      database = options.openDatabase(options.tables).catch((e: unknown) => {
        database = null;
        throw e;
      });
    }
    return database;
  };

  const showError = (message: string) => {
    error.replaceChildren(el("strong", {}, "Fel: "), el("span", {class: "explorer-error-message"}, message));
  };

  const download = (bytes: BlobPart, type: string, name: string) => {
    const url = URL.createObjectURL(new Blob([bytes], {type}));
    const a = el("a", {href: url, download: name});
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  const renderResult = (r: QueryResult) => {
    result.replaceChildren();
    const shown = Math.min(r.rows.length, cap);
    result.append(
      el(
        "p",
        {class: "explorer-count"},
        r.rows.length > cap
          ? `${rowsText(r.rows.length)}; de första ${formatNumber(cap, {decimals: 0})} visas. Nedladdningarna innehåller alla rader.`
          : rowsText(r.rows.length)
      )
    );
    const downloads = el("div", {class: "explorer-downloads"});
    const csvButton = el("button", {type: "button", class: "explorer-csv"}, "Ladda ned CSV");
    const parquetButton = el("button", {type: "button", class: "explorer-parquet"}, "Ladda ned Parquet");
    csvButton.addEventListener("click", () => download(resultCsv(r), "text/csv;charset=utf-8", "utforska-resultat.csv"));
    parquetButton.addEventListener("click", async () => {
      parquetButton.setAttribute("disabled", "");
      try {
        const bytes = await options.toParquet(r);
        download(bytes.slice(), "application/vnd.apache.parquet", "utforska-resultat.parquet");
        error.replaceChildren();
      } catch (e) {
        showError(`Parquet-exporten misslyckades: ${errorMessage(e)}`);
      } finally {
        parquetButton.removeAttribute("disabled");
      }
    });
    downloads.append(csvButton, parquetButton);
    result.append(downloads);

    const shape = detectTrendShape(r);
    // The chart's numbers are the result table below it (data-table points screen readers and tests there).
    const chartBox = el("figure", {class: "explorer-chart", "data-table": "explorer-result-table"});
    if (isTrendShape(shape)) {
      const unitSelect = el("select", {id: "explorer-unit"});
      for (const u of UNITS) {
        const o = el("option", {value: u}, unitLabel(u));
        unitSelect.append(o);
      }
      unitSelect.value = shape.unit ?? "kvot";
      const unitLabelEl = el("label", {for: "explorer-unit"}, "Enhet i diagrammet: ");
      const draw = () => {
        const data = r.rows
          .filter((row) => typeof row[shape.year] === "number")
          .map((row) => ({
            // a series named as the site names an area (a kommun, "Riket", …) is drawn in that area's style
            area: AREA_IDS.get(String(row[shape.series])),
            series: row[shape.series] === null ? MISSING_TEXT : String(row[shape.series]),
            year: row[shape.year] as number,
            value: typeof row[shape.value] === "number" ? (row[shape.value] as number) : null
          }));
        const width = Math.max(320, Math.min(960, root.clientWidth || 640));
        chartBox.replaceChildren(
          el("figcaption", {}, "Snabbdiagram över resultatet"),
          trendChart(data, {unit: unitSelect.value as Unit, title: "Frågans resultat", width, document: doc})
        );
      };
      unitSelect.addEventListener("change", draw);
      draw();
      const controls = el("p", {class: "explorer-chart-controls"});
      controls.append(unitLabelEl, unitSelect);
      result.append(controls, chartBox);
    } else {
      result.append(el("p", {class: "explorer-chart-note"}, `Inget snabbdiagram: ${shape.reason}`));
    }

    const wrap = el("div", {
      class: "explorer-table-wrap",
      tabindex: "0",
      role: "region",
      "aria-label": "Frågans resultat"
    });
    const table = el("table", {class: "explorer-table", id: "explorer-result-table"});
    const thead = el("thead");
    const htr = el("tr");
    for (const c of r.columns) htr.append(el("th", {scope: "col", class: c.kind === "number" || c.kind === "integer" ? "num" : ""}, c.name));
    thead.append(htr);
    const tbody = el("tbody");
    for (const row of r.rows.slice(0, shown)) {
      const tr = el("tr");
      r.columns.forEach((c, j) => tr.append(el("td", {class: typeof row[j] === "number" ? "num" : ""}, formatResultCell(row[j], c))));
      tbody.append(tr);
    }
    table.append(thead, tbody);
    wrap.append(table);
    result.append(wrap);
  };

  const run = async (): Promise<void> => {
    if (running) return;
    const sql = textarea.value;
    if (sql.trim() === "") {
      showError("Frågan är tom.");
      return;
    }
    running = true;
    runButton.setAttribute("disabled", "");
    error.replaceChildren();
    try {
      try {
        win.history.replaceState(win.history.state, "", `${win.location.pathname}${withSql(win.location.search, sql)}${win.location.hash}`);
      } catch {
        // A query too long for the URL still runs; the link is just not updated.
      }
      updateShare(sql);
      const db = await getDatabase();
      setStatus("Frågan körs …", true);
      cancelButton.removeAttribute("disabled");
      cancelButton.removeAttribute("hidden");
      const cancelled = new Promise<"cancelled">((resolve) => {
        cancelRequested = () => resolve("cancelled");
      });
      const query = db.query(sql);
      query.catch(() => undefined); // after a cancel its rejection is expected and not shown
      const outcome = await Promise.race([query, cancelled]);
      if (outcome === "cancelled") {
        setStatus("Frågan avbröts.");
        return;
      }
      last = {sql, result: outcome};
      renderResult(outcome);
      setStatus(`Klar: ${rowsText(outcome.rows.length)}. DuckDB ${db.version}, ${options.tables.length} tabeller.`);
    } catch (e) {
      showError(errorMessage(e));
      setStatus(last ? "Frågan misslyckades; resultatet nedan är från föregående fråga." : "Frågan misslyckades.");
    } finally {
      running = false;
      cancelRequested = null;
      runButton.removeAttribute("disabled");
      cancelButton.setAttribute("hidden", "");
    }
  };

  cancelButton.addEventListener("click", async () => {
    const settle = cancelRequested;
    if (!running || !settle || !database) return;
    cancelButton.setAttribute("disabled", "");
    setStatus("Avbryter …", true);
    const db = await database;
    const stopped = await db.cancel().catch(() => false);
    if (!stopped) {
      // DuckDB could not interrupt it: stop the worker; the next query starts a fresh one.
      database = null;
      await db.terminate().catch(() => undefined);
    }
    settle();
  });

  runButton.addEventListener("click", () => void run());
  textarea.addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });

  if (options.runOnStart ?? true) void run();
  return root;
}
/** The room it takes before it is drawn (components/kit/room.ts): the editor, the examples and the first result. */
createExplorer.room = room("40rem");
