// dataTable: the numbers behind a chart as an accessible HTML table (caption, header cells with
// scope, Swedish formats), for screen readers and copying. Data strings are set as text only.
import {attachTable, columnHeader, el, formatCell, getDocument, type ChartTable, type TableColumn} from "./chartKit.js";

export interface DataTableOptions {
  /** Overrides the table's caption. */
  caption?: string;
  /** Show at most this many rows (a note says how many were left out); default: all. */
  maxRows?: number;
  document?: Document;
}

const numeric = (c: TableColumn) => c.kind !== "text";

/** An HTML table of `table` (usually `tableOf(chart)`), or an empty-state message. */
export function dataTable(table: ChartTable, options: DataTableOptions = {}): HTMLElement {
  const doc = getDocument(options.document);
  if (table.rows.length === 0 || table.columns.length === 0) {
    const p = el(doc, "p", "chart-empty", "Det finns inga siffror att visa i tabellen.");
    return attachTable(p, table);
  }
  const t = el(doc, "table", "kit-table");
  t.append(el(doc, "caption", undefined, options.caption ?? table.caption));
  const thead = el(doc, "thead");
  const hr = el(doc, "tr");
  for (const c of table.columns) {
    const th = el(doc, "th", numeric(c) ? "kit-num" : undefined, columnHeader(c));
    th.setAttribute("scope", "col");
    hr.append(th);
  }
  thead.append(hr);
  const tbody = el(doc, "tbody");
  const shown = options.maxRows === undefined ? table.rows : table.rows.slice(0, options.maxRows);
  for (const row of shown) {
    const tr = el(doc, "tr");
    table.columns.forEach((c, i) => {
      const cell = el(doc, i === 0 ? "th" : "td", numeric(c) ? "kit-num" : undefined, formatCell(row[c.key] ?? null, c.kind));
      if (i === 0) cell.setAttribute("scope", "row");
      tr.append(cell);
    });
    tbody.append(tr);
  }
  t.append(thead, tbody);
  if (shown.length < table.rows.length) {
    const wrap = el(doc, "div", "kit-table-wrap");
    wrap.append(t, el(doc, "p", "kit-note", `Tabellen visar ${shown.length} av ${table.rows.length} rader; CSV-filen innehåller alla.`));
    return attachTable(wrap, table);
  }
  return attachTable(t, table);
}

/** A data table behind a disclosure (class "kit-data") with `summary`; `scroll` lets a wide table scroll sideways in its own box. */
export function tableDetails(summary: string, table: ChartTable, options: DataTableOptions & {scroll?: boolean} = {}): HTMLDetailsElement {
  const doc = getDocument(options.document);
  const details = el(doc, "details", "kit-data");
  const body = dataTable(table, options);
  let content: HTMLElement = body;
  if (options.scroll) {
    content = el(doc, "div", "table-scroll");
    content.append(body);
  }
  details.append(el(doc, "summary", undefined, summary), content);
  return details;
}
