// The Utforska explorer: example queries, a schema panel, the SQL editor with its parameters, the
// result grid with column summaries, a quick chart, downloads, a shareable link and the reader's
// history. DuckDB is opened through `openDatabase` (a dynamic import on the page) the first time a
// query runs, so the page's text, the examples and the schema panel render first and no other page
// downloads DuckDB. The page passes the CodeMirror editor (editor.ts); tests use the plain textarea
// editor below and a fake database.
import {room} from "../kit/room.js";
import {formatNumber} from "../kit/format.js";
import {toCsv} from "../../model/csv.js";
import {DATA_MODEL} from "../../model/dataModel.js";
import {columnsOf} from "../../model/table.js";
import {COLUMN_TYPES} from "../../model/vocabulary.js";
import type {ExampleQuery} from "./examples.js";
import {errorLocation, errorMessage, errorType, type QueryResult} from "./result.js";
import {quickChart} from "./quickChart.js";
import {resultGrid} from "./grid.js";
import {paramValue, queryParams, toPositional, type QueryParam} from "./params.js";
import type {ResultSet} from "./session.js";
import {addToHistory, clearHistory, readHistory, type HistoryEntry} from "./history.js";
import {decodeFragment, encodeFragment, readSql, withoutSql, type UrlQuery} from "./urlState.js";

export {formatResultCell} from "./grid.js";

/** A query result as CSV (the project's one CSV writer, model/csv.ts). */
export const resultCsv = (r: QueryResult): string =>
  toCsv(
    r.columns.map((c) => c.name),
    r.rows
  );

export interface ExplorerDatabase {
  run(sql: string, params: readonly (string | number)[]): Promise<ResultSet>;
  cancel(): Promise<boolean>;
  terminate(): Promise<void>;
  version: string;
  /** Whether DuckDB sorts text with a Swedish collation of its own (else the sort key in duckdb.ts). */
  swedishCollation?: boolean;
}

export interface ExplorerTable {
  name: string;
  load: () => Promise<ArrayBuffer | Uint8Array>;
}

export interface SqlEditorOptions {
  value: string;
  id: string;
  labelId: string;
  describedBy: string;
  /** The registered tables (completion offers them and their columns). */
  tables: readonly string[];
  rows?: Readonly<Record<string, number>>;
  onRun: () => void;
  onChange: (value: string) => void;
}

export interface SqlEditor {
  element: HTMLElement;
  getValue(): string;
  setValue(value: string): void;
  /** Insert text at the cursor (replacing a selection). */
  insert(text: string): void;
  /** Mark DuckDB's error at a character offset. */
  markError(position: number, message: string): void;
  clearError(): void;
  focus(): void;
}

export interface Kommun {
  id: string;
  name: string;
}

export interface ExplorerOptions {
  tables: readonly ExplorerTable[];
  examples: readonly ExampleQuery[];
  /** Opens DuckDB with the tables registered (the page passes a dynamic import of duckdb.js). */
  openDatabase: (tables: readonly ExplorerTable[]) => Promise<ExplorerDatabase>;
  /** Writes a result as Parquet (the page passes a dynamic import of parquet.js). */
  toParquet: (result: QueryResult) => Promise<Uint8Array>;
  /** The editor (the page passes CodeMirror's); a plain textarea otherwise. */
  createEditor?: (parent: HTMLElement, options: SqlEditorOptions) => SqlEditor;
  /** Each table's number of rows, known from the build (the schema panel). */
  rows?: Readonly<Record<string, number>>;
  /** Every kommun (the `$kommun` input). */
  kommuner?: readonly Kommun[];
  /** Run the initial query at once (the link's query or the first example). */
  runOnStart?: boolean;
  /** What the page says while DuckDB downloads (e.g. the compressed size). */
  loadingText?: string;
  /** After this long a running query gets a note (cancel stays available). */
  slowMs?: number;
  document?: Document;
  window?: Window;
}

/** Results larger than this are browsed in the grid but not converted for downloads or the chart. */
export const EXPORT_LIMIT = 1_000_000;
/** The quick chart is drawn for results up to this many rows. */
export const CHART_LIMIT = 20_000;
/** A query running this long gets a note. */
export const SLOW_MS = 60_000;

const rowsText = (n: number) => `${formatNumber(n, {decimals: 0})} ${n === 1 ? "rad" : "rader"}`;
const secondsText = (ms: number) => `${formatNumber(ms / 1000, {decimals: ms < 10_000 ? 2 : 1})} s`;

/** The plain editor: a textarea (tests; and a fallback where CodeMirror is not passed). */
export function textareaEditor(parent: HTMLElement, o: SqlEditorOptions): SqlEditor {
  const doc = parent.ownerDocument;
  const textarea = doc.createElement("textarea");
  for (const [k, v] of Object.entries({
    id: o.id,
    rows: "12",
    spellcheck: "false",
    autocapitalize: "off",
    autocomplete: "off",
    "aria-labelledby": o.labelId,
    "aria-describedby": o.describedBy
  })) {
    textarea.setAttribute(k, v);
  }
  textarea.value = o.value;
  textarea.addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      o.onRun();
    }
  });
  textarea.addEventListener("input", () => o.onChange(textarea.value));
  parent.append(textarea);
  return {
    element: textarea,
    getValue: () => textarea.value,
    setValue(value) {
      textarea.value = value;
      o.onChange(value);
    },
    insert(text) {
      const {selectionStart: a, selectionEnd: b, value} = textarea;
      textarea.value = value.slice(0, a) + text + value.slice(b);
      textarea.selectionStart = textarea.selectionEnd = a + text.length;
      textarea.focus();
      o.onChange(textarea.value);
    },
    markError(position) {
      textarea.setSelectionRange(position, position + 1);
      textarea.setAttribute("aria-invalid", "true");
    },
    clearError() {
      textarea.removeAttribute("aria-invalid");
    },
    focus: () => textarea.focus()
  };
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, position: number): {line: number; column: number} {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return {line, column: position - before.lastIndexOf("\n")};
}

/** A Swedish explanation for errors the reader can act on, before DuckDB's own message. */
export function explainError(error: unknown, hasParams: boolean): string {
  const message = errorMessage(error);
  const type = errorType(error);
  const fileAsTable = /^Catalog Error: Table with name (\S*[/\\:]\S*|\S+\.(csv|tsv|parquet|json|arrow|txt|xlsx?)) does not exist/i.test(message);
  if (type === "Permission" || fileAsTable || /external access|disabled by configuration|file system operations are disabled/i.test(message)) {
    return `Frågor på den här sidan kan inte läsa filer eller webbadresser: DuckDB kör med extern åtkomst avstängd, så att ingenting lämnar webbläsaren. Sajtens tabeller nås med sina namn, till exempel FROM kolada_all. (${message})`;
  }
  if (hasParams && (type === "Conversion" || /Could not convert|Conversion Error/i.test(message))) {
    return `Ett parametervärde har fel typ för frågan: DuckDB kunde inte tolka det där frågan använder det. Kontrollera värdena ovanför frågan. (${message})`;
  }
  return message;
}

/** The explorer's element, with its editor (for scripts and tests) and the promise of its first query. */
export interface ExplorerElement extends HTMLElement {
  editor: SqlEditor;
  started: Promise<void>;
}

export function createExplorer(options: ExplorerOptions): ExplorerElement {
  const doc = options.document ?? document;
  const win = options.window ?? doc.defaultView ?? window;
  const storage = (() => {
    try {
      return win.localStorage;
    } catch {
      return null;
    }
  })();
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, text?: string) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const tableNames = options.tables.map((t) => t.name);

  const root = el("section", {class: "explorer", "aria-label": "SQL-frågor mot sajtens data"});

  // Examples.
  const examples = el("div", {class: "explorer-examples"});
  examples.append(el("h3", {}, "Exempelfrågor"));
  const exampleList = el("ul");
  for (const ex of options.examples) {
    const li = el("li");
    const button = el("button", {type: "button", "data-example": ex.id}, ex.title);
    button.addEventListener("click", () => {
      editor.setValue(ex.sql);
      void run();
    });
    li.append(button, el("p", {}, ex.description));
    exampleList.append(li);
  }
  examples.append(exampleList);

  // Schema panel: every table, its columns, types, descriptions and rows (from the build).
  const schemaPanel = el("nav", {class: "explorer-schema", "aria-labelledby": "explorer-schema-title"});
  schemaPanel.append(
    el("h3", {id: "explorer-schema-title"}, "Tabeller och kolumner"),
    el("p", {class: "explorer-schema-hint"}, "Välj ett namn för att skriva in det i frågan där markören står.")
  );
  const schemaList = el("ul", {class: "explorer-schema-tables"});
  for (const t of DATA_MODEL.filter((x) => tableNames.includes(x.name))) {
    const li = el("li");
    const details = el("details");
    const summary = el("summary");
    const rows = options.rows?.[t.name];
    summary.append(el("span", {class: "explorer-schema-name"}, t.name), el("span", {class: "explorer-schema-rows"}, rows === undefined ? "" : rowsText(rows)));
    const insertTable = el(
      "button",
      {type: "button", class: "explorer-insert", "data-insert": t.name, "aria-label": `Skriv in tabellen ${t.name}`},
      `Skriv in ${t.name}`
    );
    insertTable.addEventListener("click", () => editor.insert(t.name));
    const cols = el("ul", {class: "explorer-schema-columns"});
    for (const c of columnsOf(t)) {
      const item = el("li");
      const b = el(
        "button",
        {
          type: "button",
          class: "explorer-insert",
          "data-insert": c.name,
          "aria-label": `Skriv in kolumnen ${c.name} (${COLUMN_TYPES[c.type]}): ${c.description}`
        },
        c.name
      );
      b.addEventListener("click", () => editor.insert(c.name));
      item.append(
        b,
        " ",
        el("span", {class: "explorer-schema-type"}, COLUMN_TYPES[c.type]),
        " ",
        el("span", {class: "explorer-schema-description"}, c.description)
      );
      cols.append(item);
    }
    details.append(summary, el("p", {class: "explorer-schema-title"}, t.title), insertTable, cols);
    li.append(details);
    schemaList.append(li);
  }
  schemaPanel.append(schemaList);

  // Editor.
  const editorBox = el("div", {class: "explorer-editor"});
  const label = el("label", {id: "explorer-sql-label", for: "explorer-sql"}, "SQL-fråga (DuckDB)");
  const hint = el(
    "p",
    {id: "explorer-hint", class: "explorer-hint"},
    "Kör frågan med Ctrl+Enter (⌘+Enter på Mac) eller knappen. Förslag på tabeller och kolumner visas medan du skriver; välj med piltangenterna och Enter. Tab drar in raden; tryck Escape och sedan Tab för att lämna rutan."
  );
  const editorHost = el("div", {class: "explorer-editor-host"});
  const paramsBox = el("fieldset", {class: "explorer-params", hidden: ""});
  const runButton = el("button", {type: "button", class: "explorer-run"}, "Kör fråga");
  // Shown only while a query runs (a hidden button is not a Tab stop).
  const cancelButton = el("button", {type: "button", class: "explorer-cancel", hidden: ""}, "Avbryt");
  const copyButton = el("button", {type: "button", class: "explorer-copy"}, "Kopiera länk");
  const buttons = el("div", {class: "explorer-buttons"});
  buttons.append(runButton, cancelButton, copyButton);
  const status = el("div", {class: "explorer-status", role: "status", "aria-live": "polite"});
  const error = el("div", {id: "explorer-error", class: "explorer-error", role: "alert"});
  const historyBox = el("details", {class: "explorer-history"});
  editorBox.append(label, hint, editorHost, paramsBox, buttons, status, error, historyBox);

  // Result.
  const result = el("div", {class: "explorer-result"});

  const workbench = el("div", {class: "explorer-workbench"});
  workbench.append(editorBox, schemaPanel);
  root.append(examples, workbench, result);

  // ---- parameters -------------------------------------------------------------------------------
  let params: QueryParam[] = [];
  const paramValues: Record<string, string> = {};
  const paramInputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const drawParams = (sql: string) => {
    const next = queryParams(sql);
    if (next.map((p) => `${p.name}:${p.kind}`).join() === params.map((p) => `${p.name}:${p.kind}`).join()) return;
    params = next;
    paramInputs.clear();
    paramsBox.replaceChildren(el("legend", {}, "Parametrar i frågan"));
    paramsBox.toggleAttribute("hidden", params.length === 0);
    for (const p of params) {
      const id = `explorer-param-${p.name}`;
      const wrap = el("div", {class: "explorer-param"});
      const lab = el("label", {for: id}, `$${p.name}`);
      let input: HTMLInputElement | HTMLSelectElement;
      if (p.kind === "kommun") {
        input = el("select", {id, "data-param": p.name});
        for (const k of options.kommuner ?? []) input.append(el("option", {value: k.id}, `${k.name} (${k.id})`));
        if (!(options.kommuner ?? []).some((k) => k.id === paramValues[p.name])) paramValues[p.name] = options.kommuner?.[0]?.id ?? "";
      } else if (p.kind === "year") {
        input = el("input", {id, "data-param": p.name, type: "text", inputmode: "numeric", pattern: "[0-9]{4}", size: "6", "aria-describedby": `${id}-hint`});
        paramValues[p.name] ??= String(new Date().getFullYear() - 2);
      } else {
        input = el("input", {id, "data-param": p.name, type: "text"});
        paramValues[p.name] ??= "";
      }
      input.value = paramValues[p.name];
      input.addEventListener("change", () => {
        paramValues[p.name] = input.value;
      });
      input.addEventListener("keydown", (event: Event) => {
        if ((event as KeyboardEvent).key === "Enter") void run();
      });
      paramInputs.set(p.name, input);
      wrap.append(lab, input);
      if (p.kind === "year") wrap.append(el("span", {id: `${id}-hint`, class: "explorer-param-hint"}, "årtal, t.ex. 2023"));
      paramsBox.append(wrap);
    }
  };
  const currentParams = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const p of params) out[p.name] = paramInputs.get(p.name)?.value ?? paramValues[p.name] ?? "";
    return out;
  };

  let changeTimer: ReturnType<typeof setTimeout> | null = null;
  const editor = (options.createEditor ?? textareaEditor)(editorHost, {
    value: "",
    id: "explorer-sql",
    labelId: "explorer-sql-label",
    describedBy: "explorer-hint explorer-error",
    tables: tableNames,
    rows: options.rows,
    onRun: () => void run(),
    onChange: (value) => {
      if (changeTimer) clearTimeout(changeTimer);
      changeTimer = setTimeout(() => drawParams(value), 150);
    }
  });

  // ---- the link ---------------------------------------------------------------------------------
  const linkFor = async (q: UrlQuery): Promise<string> =>
    `${win.location.origin}${win.location.pathname}${withoutSql(win.location.search)}${await encodeFragment(q)}`;
  copyButton.addEventListener("click", async () => {
    let link: string;
    try {
      link = await linkFor({sql: editor.getValue(), params: currentParams()});
    } catch (e) {
      showError(errorMessage(e));
      return;
    }
    try {
      await win.navigator.clipboard.writeText(link);
      setStatus("Länken till frågan är kopierad.");
    } catch {
      // No clipboard (permissions, an old browser): the link to copy by hand.
      const field = el("input", {type: "text", readonly: "", class: "explorer-link-field", "aria-label": "Länk till frågan"});
      field.value = link;
      status.replaceChildren(el("span", {}, "Kopiera länken: "), field);
      field.select();
    }
  });

  // ---- history ----------------------------------------------------------------------------------
  const drawHistory = (list: HistoryEntry[]) => {
    historyBox.replaceChildren(el("summary", {}, `Tidigare frågor (${list.length})`));
    if (list.length === 0) {
      historyBox.append(el("p", {}, "Inga sparade frågor. Frågor du kör sparas här, bara i den här webbläsaren."));
      return;
    }
    const ol = el("ol", {class: "explorer-history-list"});
    for (const h of list) {
      const li = el("li");
      const again = el("button", {type: "button", class: "explorer-rerun"}, "Kör igen");
      again.addEventListener("click", () => {
        editor.setValue(h.sql);
        drawParams(h.sql);
        for (const [k, v] of Object.entries(h.params)) {
          paramValues[k] = v;
          const input = paramInputs.get(k);
          if (input) input.value = v;
        }
        void run();
      });
      const firstLine = h.sql.split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("--")) ?? h.sql;
      li.append(again, " ", el("code", {class: "explorer-history-sql", title: h.sql}, firstLine.length > 90 ? `${firstLine.slice(0, 90)} …` : firstLine));
      ol.append(li);
    }
    const clear = el("button", {type: "button", class: "explorer-history-clear"}, "Rensa historiken");
    clear.addEventListener("click", () => {
      clearHistory(storage);
      drawHistory([]);
    });
    historyBox.append(el("p", {}, "Sparas bara i den här webbläsaren."), ol, clear);
  };
  drawHistory(readHistory(storage));

  // ---- running ----------------------------------------------------------------------------------
  let database: Promise<ExplorerDatabase> | null = null;
  let running = false;
  let cancelRequested: (() => void) | null = null;
  let runs = 0;

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

  const renderResult = (set: ResultSet, db: ExplorerDatabase) => {
    result.replaceChildren();
    const huge = set.rowCount > EXPORT_LIMIT;
    result.append(el("p", {class: "explorer-count", id: "explorer-count"}, `${rowsText(set.rowCount)} · ${secondsText(set.elapsedMs)}`));
    if (huge) {
      result.append(
        el(
          "p",
          {class: "explorer-huge"},
          `Resultatet har ${rowsText(set.rowCount)}. Alla går att bläddra i nedan, men nedladdning och diagram görs bara för resultat upp till ${rowsText(EXPORT_LIMIT)}. Begränsa frågan med WHERE, GROUP BY eller LIMIT för att ladda ned den.`
        )
      );
    }

    // Downloads.
    const downloads = el("div", {class: "explorer-downloads"});
    const button = (cls: string, text: string, action: () => Promise<void>) => {
      const b = el("button", {type: "button", class: cls}, text);
      if (huge) b.setAttribute("disabled", "");
      b.addEventListener("click", async () => {
        b.setAttribute("disabled", "");
        try {
          await action();
          error.replaceChildren();
        } catch (e) {
          showError(`${text} misslyckades: ${errorMessage(e)}`);
        } finally {
          b.removeAttribute("disabled");
        }
      });
      downloads.append(b);
    };
    button("explorer-csv", "Ladda ned CSV", async () => download(resultCsv(await set.all()), "text/csv;charset=utf-8", "utforska-resultat.csv"));
    button("explorer-parquet", "Ladda ned Parquet", async () =>
      download((await options.toParquet(await set.all())).slice(), "application/vnd.apache.parquet", "utforska-resultat.parquet")
    );
    if (set.arrow) {
      const arrow = set.arrow;
      button("explorer-arrow", "Ladda ned Arrow", async () =>
        download((await arrow()).slice(), "application/vnd.apache.arrow.file", "utforska-resultat.arrow")
      );
    }
    result.append(downloads);

    // The quick chart.
    const chartBox = el("div", {class: "explorer-chart-box"});
    result.append(chartBox);
    if (set.rowCount <= CHART_LIMIT && set.rowCount > 0) {
      set.all().then(
        (all) =>
          chartBox.replaceChildren(
            quickChart(all, {document: doc, width: Math.max(320, Math.min(960, root.clientWidth || 640)), tableId: "explorer-result-grid"})
          ),
        () => chartBox.replaceChildren()
      );
    } else {
      chartBox.append(
        el(
          "p",
          {class: "explorer-chart-note"},
          set.rowCount === 0
            ? "Inget snabbdiagram: resultatet är tomt."
            : `Inget snabbdiagram: diagrammet ritas för resultat upp till ${rowsText(CHART_LIMIT)}.`
        )
      );
    }

    const sortNote = db.swedishCollation
      ? "Klicka på en kolumnrubrik för att sortera; text sorteras i svensk ordning."
      : "Klicka på en kolumnrubrik, eller tryck Enter på den, för att sortera (en gång stigande, två gånger fallande, tre gånger frågans egen ordning). Text sorteras i svensk ordning: å, ä, ö efter z, utan skillnad på stora och små bokstäver.";
    result.append(el("p", {class: "explorer-grid-note"}, sortNote));
    const grid = resultGrid(set, set.summaries(), {document: doc, onError: showError});
    grid.id = "explorer-result-grid";
    grid.setAttribute("aria-describedby", "explorer-count");
    result.append(grid);
  };

  const run = async (): Promise<void> => {
    if (running) return;
    const sql = editor.getValue();
    if (sql.trim() === "") {
      showError("Frågan är tom.");
      return;
    }
    drawParams(sql);
    const values = currentParams();
    let typed: (string | number)[];
    try {
      typed = params.map((p) => paramValue(p, values[p.name]));
    } catch (e) {
      showError(errorMessage(e));
      return;
    }
    running = true;
    runButton.setAttribute("disabled", "");
    error.replaceChildren();
    editor.clearError();
    let slow: ReturnType<typeof setTimeout> | null = null;
    try {
      try {
        win.history.replaceState(
          win.history.state,
          "",
          `${win.location.pathname}${withoutSql(win.location.search)}${await encodeFragment({sql, params: values})}`
        );
      } catch {
        // A query too long for a link still runs; the address is just not updated.
      }
      const db = await getDatabase();
      setStatus("Frågan körs …", true);
      cancelButton.removeAttribute("disabled");
      cancelButton.removeAttribute("hidden");
      slow = setTimeout(
        () =>
          setStatus(
            "Frågan har kört i över en minut. Den kan behöva lång tid på stora tabeller; du kan avbryta den med Avbryt och begränsa den, till exempel med WHERE eller LIMIT.",
            true
          ),
        options.slowMs ?? SLOW_MS
      );
      const cancelled = new Promise<"cancelled">((resolve) => {
        cancelRequested = () => resolve("cancelled");
      });
      const query = db.run(params.length ? toPositional(sql, params) : sql, typed);
      query.catch(() => undefined); // after a cancel its rejection is expected and not shown
      const outcome = await Promise.race([query, cancelled]);
      if (outcome === "cancelled") {
        setStatus("Frågan avbröts.");
        return;
      }
      drawHistory(addToHistory(storage, {sql, params: values, at: new Date().toISOString()}));
      renderResult(outcome, db);
      setStatus(`Klar: ${rowsText(outcome.rowCount)} på ${secondsText(outcome.elapsedMs)}. DuckDB ${db.version}, ${options.tables.length} tabeller.`);
    } catch (e) {
      const message = explainError(e, params.length > 0);
      const position = errorLocation(e, sql);
      if (position !== null) {
        const {line, column} = lineColumn(sql, position);
        editor.markError(position, message);
        showError(`${message} (rad ${line}, kolumn ${column})`);
      } else showError(message);
      setStatus(result.childElementCount ? "Frågan misslyckades; resultatet nedan är från en tidigare fråga." : "Frågan misslyckades.");
    } finally {
      if (slow) clearTimeout(slow);
      running = false;
      cancelRequested = null;
      runs += 1;
      root.dataset.runs = String(runs); // each ended run (tests and scripts wait on it)
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

  // The initial query: the link's (fragment, or the old ?sql=), else the first example.
  const start = async () => {
    let initial: UrlQuery | null = null;
    try {
      initial = await decodeFragment(win.location.hash);
    } catch (e) {
      showError(errorMessage(e));
      editor.setValue(options.examples[0]?.sql ?? "SELECT 42");
      drawParams(editor.getValue());
      return; // a broken link runs nothing
    }
    const sql = initial?.sql ?? readSql(win.location.search) ?? options.examples[0]?.sql ?? "SELECT 42";
    Object.assign(paramValues, initial?.params ?? {});
    editor.setValue(sql);
    drawParams(sql);
    if (options.runOnStart ?? true) await run();
  };
  const explorer = root as ExplorerElement;
  explorer.editor = editor;
  explorer.started = start();
  return explorer;
}
/** The room it takes before it is drawn (components/kit/room.ts): the editor, the examples and the first result. */
createExplorer.room = room("40rem");
