// chartFigure: what pages put on the page for every chart: a <figure> with an optional heading,
// the chart, its source note, its data table behind <details>, and the download buttons.
import {attachTable, el, getDocument, tableOf, type ChartTable} from "./chartKit.js";
import {dataTable} from "./dataTable.js";
import {download} from "./download.js";
import {sourceNote, type SourceNoteOptions} from "./sourceNote.js";

export interface ChartFigureOptions {
  /** Visible heading of the figure (a <figcaption>). */
  title?: string;
  /** The source note: options for sourceNote, or an element made earlier. Required: every chart credits its source. */
  source: SourceNoteOptions | HTMLElement;
  /** Base file name for downloads; false hides the download buttons. */
  filename: string | false;
  /**
   * The chart's query (components/explore/chartQuery.ts): SQL over the served tables returning
   * exactly the rows of its table, or a function of that table (its columns depend on the data,
   * e.g. a band); gives the download menu the link "Öppna i Utforska".
   */
  query?: string | ((table: ChartTable) => string);
  /** Show the data table behind a <details> element (default true). */
  table?: boolean;
  /** Rows shown in the HTML table (the CSV always holds all). */
  maxTableRows?: number;
  document?: Document;
}

function isElement(x: unknown): x is HTMLElement {
  return typeof x === "object" && x !== null && "nodeType" in x && (x as Node).nodeType === 1;
}

export function chartFigure(chart: Element, options: ChartFigureOptions): HTMLElement {
  const doc = getDocument(options.document);
  const figure = el(doc, "figure", "kit-figure");
  if (options.title) figure.append(el(doc, "figcaption", undefined, options.title));
  figure.append(chart);
  const note = isElement(options.source) ? options.source : sourceNote({document: doc, ...options.source});
  figure.append(note);
  const table = tableOf(chart);
  if (table && table.rows.length > 0) {
    if (options.table !== false) {
      const details = el(doc, "details", "kit-data");
      details.append(el(doc, "summary", undefined, "Visa siffrorna som tabell"), dataTable(table, {document: doc, maxRows: options.maxTableRows}));
      figure.append(details);
    }
    const query = typeof options.query === "function" ? options.query(table) : options.query;
    if (options.filename !== false) figure.append(download(chart, {filename: options.filename, query, document: doc}));
    attachTable(figure, table);
  }
  return figure;
}
