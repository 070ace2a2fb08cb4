// The result grid: every row of a result reachable by scrolling or by keyboard, only the rows in
// view drawn (read from the result a page at a time), columns sortable from their headers, each
// header with a summary of its column over the whole result (a histogram for numbers and years,
// the most common values for text). ARIA grid semantics: the grid tells its size (aria-rowcount,
// aria-colcount), each row and cell its index, and one cell at a time is a Tab stop; the arrow
// keys, Page Up/Down, Home/End and Ctrl+Home/End move between cells (WAI-ARIA's data grid pattern).
import {formatCount, formatNumber, formatYear, MISSING_TEXT} from "../kit/format.js";
import type {Cell, ResultColumn} from "./result.js";
import type {ColumnSummary, ResultSet, SortKey} from "./session.js";

/** Rows read from the result at a time. */
export const PAGE_ROWS = 100;
/** A row's height in pixels (fixed: the grid places rows by index). */
export const ROW_HEIGHT = 30;
/** The tallest the scrolled area may be; beyond it a scroll position stands for a proportional row. */
const MAX_SCROLL_HEIGHT = 4_000_000;

const YEAR_COLUMN = /^(year|period|år|ar)$/i;

/** One cell as the grid shows it (Swedish number formats). */
export function formatResultCell(value: Cell, column: ResultColumn): string {
  if (value === null) return MISSING_TEXT;
  if (typeof value === "number") {
    if (YEAR_COLUMN.test(column.name) && Number.isInteger(value)) return formatYear(value);
    return column.kind === "integer" ? formatNumber(value, {decimals: 0}) : formatNumber(value, {maxDecimals: 3});
  }
  if (typeof value === "boolean") return value ? "sant" : "falskt";
  return value;
}

const isYearColumn = (c: ResultColumn) => YEAR_COLUMN.test(c.name);
const bound = (v: number, c: ResultColumn) => (isYearColumn(c) && Number.isInteger(v) ? formatYear(v) : formatNumber(v, {maxDecimals: 2}));

/** A summary in words (the header's accessible description and tooltip). */
export function summaryText(s: ColumnSummary, c: ResultColumn): string {
  const nulls = s.nulls > 0 ? ` ${formatCount(s.nulls)} saknade.` : "";
  if (s.kind === "histogram") {
    if (s.bins.length === 0) return `Inga värden.${nulls}`;
    const top = s.bins.reduce((a, b) => (b.count > a.count ? b : a));
    return `Från ${bound(s.min, c)} till ${bound(s.max, c)}; flest värden mellan ${bound(top.x0, c)} och ${bound(top.x1, c)} (${formatCount(top.count)}).${nulls}`;
  }
  if (s.values.length === 0) return `Inga värden.${nulls}`;
  return `${formatCount(s.distinct)} olika värden; vanligast ${s.values.map((v) => `${v.value} (${formatCount(v.count)})`).join(", ")}.${nulls}`;
}

export interface GridOptions {
  document?: Document;
  /** The grid's accessible name. */
  label?: string;
  /** Called when reading rows or summaries fails (a Swedish message). */
  onError?: (message: string) => void;
  /** Called when the sort order changes. */
  onSort?: (sort: SortKey | null) => void;
}

export interface ResultGrid extends HTMLElement {
  /** Settles when the rows in view are drawn (tests and benches wait on it). */
  ready?: () => Promise<void>;
}

const SVG = "http://www.w3.org/2000/svg";

export function resultGrid(set: ResultSet, summaries: Promise<ColumnSummary[]>, options: GridOptions = {}): ResultGrid {
  const doc = options.document ?? document;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const cols = set.columns;
  const n = set.rowCount;
  const root = el("div", {
    class: "explorer-grid",
    role: "grid",
    "aria-label": options.label ?? "Frågans resultat",
    "aria-rowcount": String(n + 1),
    "aria-colcount": String(cols.length),
    "aria-readonly": "true"
  }) as ResultGrid;
  root.style.setProperty("--grid-columns", String(cols.length));
  const scroller = el("div", {class: "explorer-grid-scroll"});
  const head = el("div", {role: "rowgroup", class: "explorer-grid-head"});
  const headRow = el("div", {role: "row", "aria-rowindex": "1", class: "explorer-grid-row"});
  const body = el("div", {role: "rowgroup", class: "explorer-grid-body"});
  const fullHeight = n * ROW_HEIGHT;
  const scaled = fullHeight > MAX_SCROLL_HEIGHT;
  body.style.height = `${Math.min(fullHeight, MAX_SCROLL_HEIGHT)}px`;
  head.append(headRow);
  scroller.append(head, body);
  root.append(scroller);

  let sort: SortKey | null = null;
  let active = {row: n > 0 ? 1 : 0, col: 0}; // row 0 is the header row
  const pages = new Map<number, Promise<Cell[][]> | Cell[][]>();
  let pending: Promise<void> = Promise.resolve();

  // Headers: the name (a button that sorts), the type, the summary (filled in when computed).
  const headers = cols.map((c, j) => {
    const cell = el("div", {
      role: "columnheader",
      "aria-colindex": String(j + 1),
      tabindex: "-1",
      class: `explorer-grid-header${c.kind === "number" || c.kind === "integer" ? " num" : ""}`
    });
    // The header cell itself takes focus (the grid is one Tab stop); a click, Enter or Space sorts.
    const button = el("span", {class: "explorer-sort"}, c.name);
    // busy until DuckDB has summarised the column (assistive technology, and tests, wait for it)
    const summary = el("div", {class: "explorer-summary", id: `explorer-summary-${j}`, "aria-busy": "true"}, "…");
    cell.append(button, summary);
    cell.addEventListener("click", () => toggleSort(j));
    headRow.append(cell);
    return {cell, button, summary};
  });

  const drawSummary = (s: ColumnSummary, j: number) => {
    const c = cols[j];
    const box = headers[j].summary;
    const text = summaryText(s, c);
    box.replaceChildren();
    box.setAttribute("title", text);
    headers[j].cell.setAttribute("aria-description", text);
    const w = 96;
    const h = 28;
    if (s.kind === "histogram") {
      const svg = doc.createElementNS(SVG, "svg");
      svg.setAttribute("width", String(w));
      svg.setAttribute("height", String(h));
      svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
      svg.setAttribute("aria-hidden", "true");
      const max = Math.max(1, ...s.bins.map((b) => b.count));
      const bw = w / Math.max(1, s.bins.length);
      s.bins.forEach((b, i) => {
        const r = doc.createElementNS(SVG, "rect");
        const bh = b.count === 0 ? 0 : Math.max(1, (b.count / max) * (h - 2));
        r.setAttribute("x", String(i * bw + 0.5));
        r.setAttribute("y", String(h - bh));
        r.setAttribute("width", String(Math.max(1, bw - 1)));
        r.setAttribute("height", String(bh));
        svg.append(r);
      });
      box.append(svg);
      if (s.bins.length > 0) box.append(el("span", {class: "explorer-summary-range"}, `${bound(s.min, c)}–${bound(s.max, c)}`));
    } else {
      const list = el("ol", {class: "explorer-summary-top"});
      const total = Math.max(1, ...s.values.map((v) => v.count));
      for (const v of s.values) {
        const li = el("li");
        li.style.setProperty("--share", String(v.count / total));
        li.append(el("span", {class: "explorer-summary-value"}, v.value ?? MISSING_TEXT), el("span", {class: "explorer-summary-count"}, formatCount(v.count)));
        list.append(li);
      }
      box.append(list);
    }
  };
  summaries.then(
    (all) => {
      all.forEach(drawSummary);
      for (const h of headers) h.summary.removeAttribute("aria-busy");
    },
    (e: unknown) => {
      for (const h of headers) {
        h.summary.textContent = "";
        h.summary.removeAttribute("aria-busy");
      }
      if (e instanceof Error && e.name === "StaleResult") return; // a newer query replaced this result
      options.onError?.(`Kolumnsammanfattningarna kunde inte räknas fram: ${e instanceof Error ? e.message : String(e)}`);
    }
  );

  const page = (p: number): Promise<Cell[][]> | Cell[][] => {
    let got = pages.get(p);
    if (!got) {
      const promise = set.rows(p * PAGE_ROWS, PAGE_ROWS, sort);
      got = promise;
      pages.set(p, promise);
      const key = sort;
      promise.then(
        (rows) => {
          if (key === sort && pages.get(p) === promise) {
            pages.set(p, rows);
            draw();
          }
        },
        (e: unknown) => {
          pages.delete(p);
          if (e instanceof Error && e.name === "StaleResult") return;
          options.onError?.(`Raderna kunde inte läsas: ${e instanceof Error ? e.message : String(e)}`);
        }
      );
    }
    return got;
  };

  const viewport = () => Math.max(ROW_HEIGHT * 4, scroller.clientHeight - head.offsetHeight);
  const visibleRows = () => Math.max(1, Math.floor(viewport() / ROW_HEIGHT));
  /** The first row in view for a scroll position. */
  const firstRow = () => {
    if (!scaled) return Math.floor(scroller.scrollTop / ROW_HEIGHT);
    const range = Math.max(1, body.offsetHeight - viewport());
    return Math.round((scroller.scrollTop / range) * Math.max(0, n - visibleRows()));
  };
  /** The scroll position that shows data row `i` (0-based) at the top. */
  const scrollFor = (i: number) => (scaled ? (i / Math.max(1, n - visibleRows())) * Math.max(1, body.offsetHeight - viewport()) : i * ROW_HEIGHT);

  const rowEls = new Map<number, HTMLElement>();
  const cellFor = (row: number, col: number): HTMLElement | null =>
    (row === 0 ? headers[col]?.cell : (rowEls.get(row - 1)?.children[col] as HTMLElement | undefined)) ?? null;

  function draw(): void {
    const first = Math.max(0, Math.min(firstRow(), Math.max(0, n - 1)));
    const last = Math.min(n, first + visibleRows() + 3);
    const top = scaled ? scroller.scrollTop : 0;
    const promises: Promise<unknown>[] = [];
    const keep = new Set<number>();
    for (let i = Math.max(0, first - 2); i < last; i += 1) {
      keep.add(i);
      const got = page(Math.floor(i / PAGE_ROWS));
      const rows = Array.isArray(got) ? got : null;
      if (!rows) promises.push(got as Promise<unknown>);
      let tr = rowEls.get(i);
      const state = rows ? "loaded" : "loading";
      if (!tr || tr.dataset.state !== state || tr.dataset.sort !== sortKey()) {
        const fresh = el("div", {role: "row", class: "explorer-grid-row", "aria-rowindex": String(i + 2), ...(rows ? {} : {"aria-busy": "true"})});
        fresh.dataset.state = state;
        fresh.dataset.sort = sortKey();
        const values = rows?.[i % PAGE_ROWS];
        cols.forEach((c, j) => {
          const v = values ? values[j] : undefined;
          const td = el(
            "div",
            {role: "gridcell", "aria-colindex": String(j + 1), class: typeof v === "number" ? "num" : "", tabindex: "-1"},
            v === undefined ? "…" : formatResultCell(v, c)
          );
          fresh.append(td);
        });
        const focused = tr ? Array.prototype.indexOf.call(tr.children, doc.activeElement) : -1;
        if (tr) tr.replaceWith(fresh);
        else body.append(fresh);
        // the focused cell is redrawn (its row loaded or re-sorted): focus stays on its place
        if (focused >= 0) (fresh.children[focused] as HTMLElement).focus({preventScroll: true});
        tr = fresh;
        rowEls.set(i, tr);
      }
      tr.style.transform = `translateY(${scaled ? top + (i - first) * ROW_HEIGHT : i * ROW_HEIGHT}px)`;
    }
    for (const [i, tr] of rowEls) {
      if (!keep.has(i)) {
        if (tr.contains(doc.activeElement)) continue; // the focused cell stays until focus moves
        tr.remove();
        rowEls.delete(i);
      }
    }
    applyTabStop();
    pending = Promise.all(promises).then(() => undefined);
  }
  const sortKey = () => (sort ? `${sort.column}${sort.descending ? "d" : "a"}` : "");

  function applyTabStop(): void {
    for (const c of root.querySelectorAll('[tabindex="0"]')) c.setAttribute("tabindex", "-1");
    const target = cellFor(active.row, active.col);
    (target ?? headers[0]?.cell)?.setAttribute("tabindex", "0");
  }

  function toggleSort(j: number): void {
    sort = sort?.column !== j ? {column: j, descending: false} : sort.descending ? null : {column: j, descending: true};
    headers.forEach((h, k) => h.cell.setAttribute("aria-sort", sort?.column === k ? (sort.descending ? "descending" : "ascending") : "none"));
    pages.clear();
    options.onSort?.(sort);
    draw();
  }
  headers.forEach((h) => h.cell.setAttribute("aria-sort", "none"));

  const focusActive = async () => {
    if (active.row > 0) {
      const i = active.row - 1;
      const first = firstRow();
      const vis = visibleRows();
      if (i < first || i >= first + vis) scroller.scrollTop = scrollFor(i < first ? i : i - vis + 1);
    }
    draw();
    const target = cellFor(active.row, active.col);
    target?.focus({preventScroll: active.row > 0});
    if (active.row > 0 && target?.textContent === "…") {
      await pending;
      (cellFor(active.row, active.col) ?? target).focus({preventScroll: true});
    }
  };

  root.addEventListener("keydown", (event: KeyboardEvent) => {
    const {key, ctrlKey, metaKey} = event;
    const move = (row: number, col: number) => {
      active = {row: Math.max(0, Math.min(n, row)), col: Math.max(0, Math.min(cols.length - 1, col))};
      event.preventDefault();
      void focusActive();
    };
    const page = visibleRows();
    if (key === "ArrowDown") move(active.row + 1, active.col);
    else if (key === "ArrowUp") move(active.row - 1, active.col);
    else if (key === "ArrowRight") move(active.row, active.col + 1);
    else if (key === "ArrowLeft") move(active.row, active.col - 1);
    else if (key === "PageDown") move(active.row + page, active.col);
    else if (key === "PageUp") move(active.row - page, active.col);
    else if (key === "Home") move(ctrlKey || metaKey ? 0 : active.row, 0);
    else if (key === "End") move(ctrlKey || metaKey ? n : active.row, cols.length - 1);
    else if ((key === "Enter" || key === " ") && active.row === 0) {
      event.preventDefault();
      toggleSort(active.col);
    }
  });
  root.addEventListener("focusin", (event) => {
    // a click on a cell makes it the active one
    const cell = (event.target as HTMLElement).closest?.('[role="gridcell"], [role="columnheader"]');
    const row = cell?.parentElement?.getAttribute("aria-rowindex");
    const col = cell?.getAttribute("aria-colindex");
    if (row && col) {
      active = {row: Number(row) - 1, col: Number(col) - 1};
      applyTabStop();
    }
  });

  let frame = 0;
  scroller.addEventListener("scroll", () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  });
  // Drawn once attached (its height is known then); tests without layout draw at once.
  queueMicrotask(draw);
  root.ready = async () => {
    draw();
    let last: Promise<void> | null = null;
    while (last !== pending) {
      last = pending;
      await pending;
    }
  };
  return root;
}
