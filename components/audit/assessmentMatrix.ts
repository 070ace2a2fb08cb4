// The assessments of one audit as a table: one row per question, one column per scale value
// (colour plus text), the verbatim wording and line references behind <details>. Strings from the
// data are set as text only (never innerHTML).
import {el, getDocument, scrollRegion} from "../kit/chartKit.js";
import {linesText} from "../kit/wording.js";
import type {RowOf} from "../../model/table.js";
import type {reportAssessments} from "../../model/tables/reports.js";
import {SCALES, type Scale} from "../../model/vocabulary.js";
import {scaleTag} from "./scale.js";

export type AssessmentRow = RowOf<typeof reportAssessments>;

export interface MatrixOptions {
  /** What the line numbers refer to ("Vänersborgs rapport"). */
  sourceLabel: string;
  /** The id prefix of each row (default "bedomning-"), the target of the comparison page's links. */
  idPrefix?: string;
  document?: Document;
}

/** The assessments as a table: one row per question, one column per scale value. */
export function assessmentMatrix(rows: readonly AssessmentRow[], options: MatrixOptions): HTMLElement {
  const doc = getDocument(options.document);
  const prefix = options.idPrefix ?? "bedomning-";
  const wrap = scrollRegion(doc, "audit-matrix-wrap", "Bedömningarna fråga för fråga");
  const table = el(doc, "table", "audit-matrix");
  table.append(el(doc, "caption", undefined, "Bedömningarna fråga för fråga, på en gemensam skala (ja, i huvudsak ja, delvis, nej, ingen bedömning)"));
  const thead = el(doc, "thead");
  const hr = el(doc, "tr");
  const th0 = el(doc, "th", undefined, "Fråga");
  th0.setAttribute("scope", "col");
  hr.append(th0);
  for (const s of SCALES) {
    const th = el(doc, "th", "scale-col", s);
    th.setAttribute("scope", "col");
    hr.append(th);
  }
  thead.append(hr);
  const tbody = el(doc, "tbody");
  for (const a of [...rows].sort((x, y) => x.order - y.order)) {
    const scale = a.scale as Scale;
    const other = (a.other_scale ?? null) as Scale | null;
    const tr = el(doc, "tr");
    tr.id = `${prefix}${a.id}`;
    tr.dataset.id = a.id;
    tr.dataset.scale = scale;
    if (a.contradictory) tr.classList.add("contradictory");
    const qcell = el(doc, "th");
    qcell.setAttribute("scope", "row");
    const qp = el(doc, "p", "question");
    qp.append(el(doc, "strong", undefined, `${a.id}. `), doc.createTextNode(a.question));
    qcell.append(qp);
    if (a.contradictory && other) {
      const c = el(
        doc,
        "p",
        "contradiction",
        `Källan motsäger sig själv: bedömningen står både som ”${scale}” (${linesText(a.line_from, a.line_to)}) och som ”${other}” (${linesText(a.other_line_from, a.other_line_to)}). Båda visas; ingen av dem har valts.`
      );
      qcell.append(c);
    }
    const details = el(doc, "details", "verbatim");
    details.append(el(doc, "summary", undefined, "Ordalydelse och radhänvisning"));
    const dl = el(doc, "dl");
    dl.append(
      el(doc, "dt", undefined, `Frågan (${options.sourceLabel}, ${linesText(a.question_line_from, a.question_line_to)})`),
      el(doc, "dd", undefined, `”${a.question}”`)
    );
    dl.append(el(doc, "dt", undefined, "Granskat organ"), el(doc, "dd", undefined, a.body));
    dl.append(
      el(doc, "dt", undefined, `Bedömningen (${options.sourceLabel}, ${linesText(a.line_from, a.line_to)})`),
      el(doc, "dd", "assessment-text", `”${a.assessment}”`)
    );
    if (a.other_text) {
      dl.append(
        el(doc, "dt", undefined, `Den andra läsningen (${options.sourceLabel}, ${linesText(a.other_line_from, a.other_line_to)})`),
        el(doc, "dd", "assessment-text", `”${a.other_text}”`)
      );
    }
    details.append(dl);
    qcell.append(details);
    tr.append(qcell);
    for (const s of SCALES) {
      const td = el(doc, "td", "scale-cell");
      const isMain = s === scale;
      const isOther = other !== null && s === other && other !== scale;
      if (isMain || isOther) {
        td.append(scaleTag(doc, s));
        if (a.contradictory) td.append(el(doc, "span", "scale-note", isMain ? " (en läsning)" : " (andra läsningen)"));
        td.classList.add("scale-hit");
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  return wrap;
}
