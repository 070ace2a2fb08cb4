// report_meta.arrow, report_assessments.arrow, report_recommendations.arrow, report_lost.arrow.
// Lists inside a cell are joined: texts with "; ", KPI ids and years with ",".
import {toArrowBytes} from "../arrowWriter.js";
import type {RowOf} from "../../model/table.js";
import {reportAssessments, reportLost, reportMeta, reportRecommendations} from "../../model/tables/reports.js";
import {loadCheckedReports, type ReportData} from "./check.js";
import type {Assessment, LostRecord, Recommendation} from "./records.js";

const joinOrNull = (xs: readonly (string | number)[], sep: string) => (xs.length ? xs.join(sep) : null);
const from = (r: [number, number] | undefined | null) => (r ? r[0] : null);
const to = (r: [number, number] | undefined | null) => (r ? r[1] : null);

export const metaRow = (d: ReportData): RowOf<typeof reportMeta> => ({
  report: d.report,
  kommun: d.meta.kommun,
  kommun_name: d.meta.kommun_name,
  document: d.meta.document,
  title: d.meta.title,
  auditor: d.meta.auditor,
  authors: joinOrNull(d.meta.authors, "; "),
  client: d.meta.client,
  date: d.meta.date,
  date_precision: d.meta.date_precision,
  date_line_from: d.meta.date_lines[0],
  date_line_to: d.meta.date_lines[1],
  audited_bodies: d.meta.audited_bodies.join("; "),
  purpose: d.meta.purpose?.text ?? null,
  purpose_line_from: from(d.meta.purpose?.lines),
  purpose_line_to: to(d.meta.purpose?.lines),
  conclusion: d.meta.conclusion?.text ?? null,
  conclusion_line_from: from(d.meta.conclusion?.lines),
  conclusion_line_to: to(d.meta.conclusion?.lines),
  source_file: d.meta.source_file,
  source_sha256: d.meta.source_sha256,
  source_lines: d.source.split(/\r?\n/).length,
  related: joinOrNull(d.meta.related, "; "),
  note: d.meta.note,
  figures: d.figures.length,
  lost: d.lost.length,
  assessments: d.assessments.length,
  recommendations: d.recommendations.filter((r) => r.repeats === null).length
});

type Ordered<T> = T & {order: number};
/** Records with their 1-based order in the file. */
export const ordered = <T>(xs: readonly T[]): Ordered<T>[] => xs.map((x, i) => ({...x, order: i + 1}));

export const assessmentRow = (a: Ordered<Assessment>): RowOf<typeof reportAssessments> => ({
  report: a.report,
  id: a.id,
  order: a.order,
  question: a.question,
  question_line_from: a.question_lines[0],
  question_line_to: a.question_lines[1],
  body: a.body,
  assessment: a.assessment,
  line_from: a.lines[0],
  line_to: a.lines[1],
  scale: a.scale,
  contradictory: a.contradictory,
  other_text: a.other_reading?.text ?? null,
  other_line_from: from(a.other_reading?.lines),
  other_line_to: to(a.other_reading?.lines),
  other_scale: a.other_reading?.scale ?? null,
  note: a.note
});

export const recommendationRow = (r: Ordered<Recommendation>): RowOf<typeof reportRecommendations> => ({
  report: r.report,
  id: r.id,
  order: r.order,
  text: r.text,
  addressee: r.addressee,
  line_from: r.lines[0],
  line_to: r.lines[1],
  repeats: r.repeats,
  note: r.note
});

export const lostRow = (l: Ordered<LostRecord>): RowOf<typeof reportLost> => ({
  report: l.report,
  id: l.id,
  order: l.order,
  title: l.title,
  kind: l.kind,
  kpi: joinOrNull(l.kpi, ","),
  categories: joinOrNull(l.categories, "; "),
  years: joinOrNull(l.years, ","),
  prose: l.prose?.text ?? null,
  prose_line_from: from(l.prose?.lines),
  prose_line_to: to(l.prose?.lines),
  line_from: l.lines[0],
  line_to: l.lines[1],
  note: l.note
});

/** The rows of each report table, from the checked reports in `reportsDir`. */
export const reportMetaRows = (reportsDir: string): RowOf<typeof reportMeta>[] => loadCheckedReports(reportsDir).map(metaRow);
export const reportAssessmentRows = (reportsDir: string): RowOf<typeof reportAssessments>[] =>
  loadCheckedReports(reportsDir)
    .flatMap((d) => ordered(d.assessments))
    .map(assessmentRow);
export const reportRecommendationRows = (reportsDir: string): RowOf<typeof reportRecommendations>[] =>
  loadCheckedReports(reportsDir)
    .flatMap((d) => ordered(d.recommendations))
    .map(recommendationRow);
export const reportLostRows = (reportsDir: string): RowOf<typeof reportLost>[] =>
  loadCheckedReports(reportsDir)
    .flatMap((d) => ordered(d.lost))
    .map(lostRow);

export const reportMetaArrow = (reportsDir: string): Uint8Array => toArrowBytes(reportMeta, reportMetaRows(reportsDir));
export const reportAssessmentsArrow = (reportsDir: string): Uint8Array => toArrowBytes(reportAssessments, reportAssessmentRows(reportsDir));
export const reportRecommendationsArrow = (reportsDir: string): Uint8Array => toArrowBytes(reportRecommendations, reportRecommendationRows(reportsDir));
export const reportLostArrow = (reportsDir: string): Uint8Array => toArrowBytes(reportLost, reportLostRows(reportsDir));
