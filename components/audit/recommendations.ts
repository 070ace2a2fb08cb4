// An audit's recommendations grouped by addressee; a recommendation that another document (the
// revisorer's missiv) repeats word for word is shown once, with a link to it.
import {el, getDocument} from "../kit/chartKit.js";
import {linesText} from "../kit/wording.js";
import type {RowOf} from "../../model/table.js";
import type {reportRecommendations} from "../../model/tables/reports.js";

export type RecommendationRow = RowOf<typeof reportRecommendations>;

export interface RecommendationOptions {
  sourceLabel: string;
  /** Recommendations of other documents that repeat these (e.g. the missiv's), to show once with a link. */
  repeatedBy?: readonly RecommendationRow[];
  /** How a repeating document is named and linked: "revisorernas missiv", "#missiv". */
  repeatLabel?: (report: string) => {label: string; href: string};
  document?: Document;
}

/** The recommendations grouped by addressee (first appearance order); repetitions shown once, linked. */
export function recommendationsByAddressee(rows: readonly RecommendationRow[], options: RecommendationOptions): HTMLElement {
  const doc = getDocument(options.document);
  const wrap = el(doc, "div", "audit-recommendations");
  const own = rows.filter((r) => r.repeats === null).sort((a, b) => a.order - b.order);
  const addressees = [...new Set(own.map((r) => r.addressee))];
  for (const who of addressees) {
    const section = el(doc, "section", "addressee");
    const mine = own.filter((r) => r.addressee === who);
    // an addressee the report does not print is recorded in parentheses: "(ej angiven)"
    const label = /^\(.*\)$/.test(who.trim()) ? `Mottagare ${who.trim().slice(1, -1)}` : who;
    section.append(el(doc, "h3", undefined, `${label} (${mine.length})`));
    const ol = el(doc, "ol");
    for (const r of mine) {
      const li = el(doc, "li", "recommendation");
      li.dataset.id = r.id;
      li.append(
        el(doc, "span", "rec-text", `”${r.text}”`),
        doc.createTextNode(" "),
        el(doc, "span", "rec-ref", `(${r.id}, ${options.sourceLabel}, ${linesText(r.line_from, r.line_to)})`)
      );
      const reps = (options.repeatedBy ?? []).filter((x) => x.repeats === `${r.report}#${r.id}`);
      for (const rep of reps) {
        const info = options.repeatLabel?.(rep.report) ?? {label: rep.report, href: `#${rep.report}`};
        const p = el(doc, "span", "rec-repeat");
        p.append(doc.createTextNode(" Upprepas ordagrant i "));
        const a = el(doc, "a", undefined, info.label);
        a.href = info.href;
        p.append(a, doc.createTextNode(`, ${linesText(rep.line_from, rep.line_to)}.`));
        li.append(p);
      }
      ol.append(li);
    }
    section.append(ol);
    wrap.append(section);
  }
  return wrap;
}
