// Översikt, "Vad granskningarna kom fram till": one line per audit report (report_summaries), the
// first sentence of its conclusion quoted with its lines, and a link to the report's page.
import {formatYear} from "../../kit/format.js";
import {el, getDocument} from "../../kit/chartKit.js";
import type {OversiktData} from "./context.js";

/** An auditor name as printed, or a neutral phrase where the report does not name one ("[not named …]"). */
export function auditorText(auditor: string): string {
  return /^\[.*\]$/.test(auditor.trim()) ? "granskaren anges inte i rapporten" : auditor;
}

/** The link to a report's page, relative to a top-level page. */
export const reportHref = (report: string): string => `./granskningar/${encodeURIComponent(report)}`;

export function auditList(data: Pick<OversiktData, "audits">): HTMLElement {
  const doc = getDocument();
  const list = el(doc, "ul", "overview-audits");
  for (const a of data.audits) {
    const li = el(doc, "li");
    const by = doc.createTextNode(` (${auditorText(a.auditor)}): `);
    const link = el(doc, "a", undefined, `Läs om granskningen i ${a.kommun_name}`);
    link.href = reportHref(a.report);
    const head = el(doc, "strong", undefined, `${a.kommun_name} ${formatYear(a.year)}`);
    if (a.first_sentence === null) {
      li.append(head, by, doc.createTextNode("rapporten har ingen samlad bedömning. "), link);
    } else {
      const lines = a.line_from === a.line_to ? `${a.line_from}` : `${a.line_from}–${a.line_to}`;
      li.append(head, by, el(doc, "q", undefined, a.first_sentence), doc.createTextNode(` (rad ${lines}) `), link);
    }
    list.append(li);
  }
  return list;
}
