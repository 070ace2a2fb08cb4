// What an audit printed: its figures against Kolada today (one row per figure, from audit_figures)
// and the tables and charts whose values were lost in the text, said plainly.
import {el, getDocument, scrollRegion} from "../kit/chartKit.js";
import {formatList, linesText} from "../kit/wording.js";
import {formatByUnit, type Unit} from "../kit/format.js";
import type {RowOf} from "../../model/table.js";
import type {auditFigures} from "../../model/tables/audits.js";
import type {reportLost} from "../../model/tables/reports.js";
import {FIGURE_STATUS_TEXT, type FigureStatus} from "../../model/vocabulary.js";

export type CheckedFigureRow = RowOf<typeof auditFigures>;

/** The report's figures against Kolada today, one row per figure (audit_figures rows). */
export function crossCheckTable(rows: readonly CheckedFigureRow[], options: {document?: Document; caption: string}): HTMLElement {
  const doc = getDocument(options.document);
  const wrap = scrollRegion(doc, "audit-table-wrap", options.caption);
  const table = el(doc, "table", "audit-crosscheck");
  table.append(el(doc, "caption", undefined, options.caption));
  const head = el(doc, "tr");
  for (const h of ["Siffra i rapporten", "Område", "År", "I rapporten", "I Kolada i dag", "Jämförelse", "Rad"]) {
    const th = el(doc, "th", undefined, h);
    th.setAttribute("scope", "col");
    head.append(th);
  }
  const thead = el(doc, "thead");
  thead.append(head);
  const tbody = el(doc, "tbody");
  for (const r of rows) {
    const tr = el(doc, "tr");
    tr.dataset.status = r.status;
    tr.dataset.id = r.id;
    const th = el(doc, "th", undefined, r.kpi ? `${r.indicator} (${r.kpi})` : r.indicator);
    th.setAttribute("scope", "row");
    tr.append(
      th,
      el(doc, "td", undefined, r.area),
      el(doc, "td", "kit-num", String(r.year)),
      el(doc, "td", "kit-num", r.printed),
      el(doc, "td", "kit-num", r.kolada_value === null ? "–" : formatByUnit(r.kolada_value, r.unit as Unit)),
      el(doc, "td", `status status-${r.status}`, FIGURE_STATUS_TEXT[r.status as FigureStatus] ?? r.status),
      el(doc, "td", "kit-num", linesText(r.line_from, r.line_to))
    );
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  return wrap;
}

export type LostRow = RowOf<typeof reportLost>;

/** The tables and charts whose values were lost, said plainly, with what the text says of them. */
export function lostList(rows: readonly LostRow[], options: {document?: Document; sourceLabel: string}): HTMLElement {
  const doc = getDocument(options.document);
  const ul = el(doc, "ul", "audit-lost");
  for (const l of [...rows].sort((a, b) => a.order - b.order)) {
    const li = el(doc, "li");
    li.dataset.id = l.id;
    const described = /^\[.*\]$/s.test(l.title.trim());
    const kind = l.kind === "chart" ? "Diagrammet" : "Tabellen";
    const bits = [
      l.kpi ? `nyckeltal ${formatList(l.kpi.split(","))}` : null,
      l.years ? `år ${formatList(l.years.split(","))}` : null,
      l.categories ? `serier: ${formatList(l.categories.split("; "))}` : null
    ].filter((x): x is string => x !== null);
    li.append(
      el(
        doc,
        "strong",
        undefined,
        described
          ? `${l.kind === "chart" ? "Ett diagram" : "En tabell"} utan bevarad rubrik (vår beskrivning: ${l.title.trim().slice(1, -1)})`
          : `${kind} ”${l.title}”`
      ),
      doc.createTextNode(
        ` (${linesText(l.line_from, l.line_to)}${bits.length ? `; ${bits.join("; ")}` : ""}): värdena gick förlorade när rapporten omvandlades till text och kan inte visas här.`
      )
    );
    if (l.prose) {
      const d = el(doc, "details", "verbatim");
      d.append(
        el(doc, "summary", undefined, "Vad rapportens text säger om den"),
        el(doc, "p", "assessment-text", `”${l.prose}” (${options.sourceLabel}, ${linesText(l.prose_line_from, l.prose_line_to)})`)
      );
      li.append(d);
    }
    ul.append(li);
  }
  return ul;
}
