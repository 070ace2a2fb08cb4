// The page of one audit (src/granskningar/[report].md): the served rows selected for the report,
// and its sections: who audited what, the assessments, the recommendations (with the missiv that
// repeats them), the figures against Kolada and the lost tables. "Vad har hänt sedan" is in
// followUp.ts. Strings from the data are set as text only (never innerHTML).
import {el, getDocument} from "../kit/chartKit.js";
import {linesText, plural, reportWords} from "../kit/wording.js";
import type {RowOf} from "../../model/table.js";
import type {koladaKpis} from "../../model/tables/kolada.js";
import type {auditFigureCounts, auditFigures, auditFollowUp, auditReports} from "../../model/tables/audits.js";
import type {reportAssessments, reportIndicators, reportLost, reportMeta, reportRecommendations} from "../../model/tables/reports.js";
import {CROSS_CHECK_STATUSES, DOCUMENT_TEXT, SCALES, type DocumentKind, type FigureStatus} from "../../model/vocabulary.js";
import {assessmentMatrix} from "./assessmentMatrix.js";
import {crossCheckTable, lostList} from "./figureTables.js";
import {recommendationsByAddressee} from "./recommendations.js";
import {
  assessmentSummary,
  auditedSentence,
  crossCheckLine,
  figuresSummary,
  lostSummary,
  recommendationSummary,
  relatedSentence,
  titleSentence
} from "./sentences.js";

/** The served tables the page loads. */
export interface AuditTables {
  meta: RowOf<typeof reportMeta>[];
  audits: RowOf<typeof auditReports>[];
  assessments: RowOf<typeof reportAssessments>[];
  recommendations: RowOf<typeof reportRecommendations>[];
  lost: RowOf<typeof reportLost>[];
  figures: RowOf<typeof auditFigures>[];
  counts: RowOf<typeof auditFigureCounts>[];
  followUp: RowOf<typeof auditFollowUp>[];
  indicators: RowOf<typeof reportIndicators>[];
  kpis: RowOf<typeof koladaKpis>[];
}

/** One audit's rows, selected from the served tables (the same columns, this audit's rows). */
export interface AuditPage extends Pick<AuditTables, "assessments" | "recommendations" | "lost" | "figures" | "counts" | "followUp" | "indicators" | "kpis"> {
  report: string;
  audit: RowOf<typeof auditReports>;
  meta: RowOf<typeof reportMeta>;
  /** "Vänersborgs rapport": what the line references refer to. */
  sourceLabel: string;
  /** Recommendations of other documents that repeat this report's. */
  repeatedBy: RowOf<typeof reportRecommendations>[];
  /** Related documents that are not audit reports (the revisorer's missiv), with their own recommendations. */
  related: {meta: RowOf<typeof reportMeta>; own: RowOf<typeof reportRecommendations>[]}[];
  /** The kind of any document by its report id. */
  kindOf: (report: string) => DocumentKind;
}

/** The rows of `report` in the served tables; throws for a report without a page. */
export function auditPage(t: AuditTables, report: string): AuditPage {
  const audit = t.audits.find((a) => a.report === report);
  const meta = t.meta.find((m) => m.report === report);
  if (!audit || !meta) throw new Error(`Okänd granskning: ${report}`);
  const mine = <R extends {report: string}>(rows: readonly R[]): R[] => rows.filter((r) => r.report === report);
  const kindOf = (r: string) => (t.meta.find((m) => m.report === r)?.document ?? "rapport") as DocumentKind;
  const related = t.meta
    .filter((m) => m.report !== report && m.document !== "rapport" && (m.related ?? "").split("; ").includes(report))
    .map((m) => ({meta: m, own: t.recommendations.filter((r) => r.report === m.report && r.repeats === null)}));
  return {
    report,
    audit,
    meta,
    sourceLabel: reportWords.document(meta),
    assessments: mine(t.assessments),
    recommendations: mine(t.recommendations),
    repeatedBy: t.recommendations.filter((r) => r.repeats !== null && r.repeats.startsWith(`${report}#`)),
    related,
    lost: mine(t.lost),
    figures: mine(t.figures),
    counts: mine(t.counts),
    followUp: mine(t.followUp),
    indicators: mine(t.indicators).sort((a, b) => a.order - b.order),
    kpis: t.kpis,
    kindOf
  };
}

/** The id of a related document's section: the target of the recommendations' links. */
export const relatedId = (report: string): string => `missiv-${report}`;

interface Options {
  document?: Document;
}

const paragraph = (doc: Document, className: string | undefined, text: string): HTMLParagraphElement => el(doc, "p", className, text);

/** A quote from the report with its line reference. */
function quote(doc: Document, p: AuditPage, text: string, from: number | null, to: number | null): HTMLElement {
  const b = el(doc, "blockquote");
  b.append(paragraph(doc, undefined, `”${text}”`), paragraph(doc, "source", `${p.sourceLabel}, ${linesText(from, to)}.`));
  return b;
}

/** Who audited what and when, the title, and the purpose and overall conclusion quoted. */
export function auditHeader(p: AuditPage, options: Options = {}): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "audit-header");
  div.dataset.name = p.audit.name;
  const m = p.meta;
  div.append(
    paragraph(doc, "audit-meta", auditedSentence(m, {named: p.audit.auditor_named})),
    paragraph(doc, "audit-title", titleSentence(m, p.audit.title_printed))
  );
  if (m.purpose) div.append(paragraph(doc, undefined, "Syftet med granskningen:"), quote(doc, p, m.purpose, m.purpose_line_from, m.purpose_line_to));
  if (m.conclusion)
    div.append(paragraph(doc, undefined, "Revisorernas samlade bedömning:"), quote(doc, p, m.conclusion, m.conclusion_line_from, m.conclusion_line_to));
  return div;
}

/** The assessments: a summary and the question × scale table. */
export function assessmentSection(p: AuditPage, options: Options = {}): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "audit-assessments");
  div.append(
    paragraph(doc, "assessment-summary", assessmentSummary(p.assessments, SCALES)),
    assessmentMatrix(p.assessments, {sourceLabel: p.sourceLabel, document: doc})
  );
  return div;
}

/** The recommendations by addressee, and each related document (the missiv) in its own section. */
export function recommendationSection(p: AuditPage, options: Options = {}): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "audit-recommendations-section");
  const own = p.recommendations.filter((r) => r.repeats === null);
  div.append(
    paragraph(doc, "recommendation-summary", recommendationSummary(own, p.repeatedBy, p.kindOf)),
    recommendationsByAddressee(p.recommendations, {
      sourceLabel: p.sourceLabel,
      repeatedBy: p.repeatedBy,
      repeatLabel: (report) => ({label: DOCUMENT_TEXT[p.kindOf(report)].name, href: `#${relatedId(report)}`}),
      document: doc
    })
  );
  for (const r of p.related) {
    const section = el(doc, "section", "missiv");
    section.id = relatedId(r.meta.report);
    const repeats = p.repeatedBy.filter((x) => x.report === r.meta.report);
    section.append(
      el(doc, "h3", undefined, DOCUMENT_TEXT[p.kindOf(r.meta.report)].heading),
      paragraph(doc, undefined, relatedSentence(r.meta, p.meta, repeats, r.own))
    );
    div.append(section);
  }
  return div;
}

/** The report's figures against Kolada: the summary, a line per compared indicator, every figure behind <details>. */
export function figuresSection(p: AuditPage, options: Options = {}): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "audit-figures");
  const reportCounts = p.counts.filter((c) => c.kpi === null);
  const count = (status: FigureStatus) => reportCounts.find((c) => c.status === status)?.figures ?? 0;
  div.append(paragraph(doc, "figures-summary", figuresSummary(p.meta.figures, p.audit.figures_compared, count)));
  const byIndicator = p.counts.filter((c) => c.kpi !== null && (CROSS_CHECK_STATUSES as readonly string[]).includes(c.status));
  if (p.audit.figures_compared > 0 && byIndicator.length) {
    const ul = el(doc, "ul", "crosscheck-summary");
    const keys = [...new Set(byIndicator.map((c) => JSON.stringify([c.kpi, c.indicator])))];
    for (const key of keys) {
      const [kpi, indicator] = JSON.parse(key) as [string, string];
      ul.append(
        el(
          doc,
          "li",
          undefined,
          crossCheckLine(
            kpi,
            indicator,
            byIndicator.filter((c) => c.kpi === kpi && c.indicator === indicator)
          )
        )
      );
    }
    div.append(ul);
  }
  if (p.figures.length) {
    const d = el(doc, "details", "crosscheck-details");
    d.append(
      el(doc, "summary", undefined, `Visa alla ${plural(p.figures.length, "siffra", "siffror")} i rapporten`),
      crossCheckTable(p.figures, {caption: `Rapportens siffror och Kolada i dag (${p.sourceLabel})`, document: doc})
    );
    div.append(d);
  }
  return div;
}

/** The tables and charts whose values were lost, said plainly. */
export function lostSection(p: AuditPage, options: Options = {}): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "audit-lost-section");
  div.append(paragraph(doc, "lost-summary", lostSummary(p.lost)));
  if (p.lost.length) div.append(lostList(p.lost, {sourceLabel: p.sourceLabel, document: doc}));
  return div;
}
