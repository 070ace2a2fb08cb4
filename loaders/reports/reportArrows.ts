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
/** The fields of `o` named in `keys`, as they are: the columns a record and its row share by name. */
const pick = <T, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
/** A record's place in its file as a row's line_from and line_to. */
const lineColumns = (lines: [number, number]) => ({line_from: lines[0], line_to: lines[1]});

export const metaRow = (d: ReportData): RowOf<typeof reportMeta> => ({
  report: d.report,
  ...pick(d.meta, ["kommun", "kommun_name", "document", "title", "auditor", "client", "date", "date_precision", "source_file", "source_sha256", "note"]),
  authors: joinOrNull(d.meta.authors, "; "),
  date_line_from: d.meta.date_lines[0],
  date_line_to: d.meta.date_lines[1],
  audited_bodies: d.meta.audited_bodies.join("; "),
  purpose: d.meta.purpose?.text ?? null,
  purpose_line_from: from(d.meta.purpose?.lines),
  purpose_line_to: to(d.meta.purpose?.lines),
  conclusion: d.meta.conclusion?.text ?? null,
  conclusion_line_from: from(d.meta.conclusion?.lines),
  conclusion_line_to: to(d.meta.conclusion?.lines),
  source_lines: d.source.split(/\r?\n/).length,
  related: joinOrNull(d.meta.related, "; "),
  figures: d.figures.length,
  lost: d.lost.length,
  assessments: d.assessments.length,
  recommendations: d.recommendations.filter((r) => r.repeats === null).length
});

type Ordered<T> = T & {order: number};
/** Records with their 1-based order in the file. */
export const ordered = <T>(xs: readonly T[]): Ordered<T>[] => xs.map((x, i) => ({...x, order: i + 1}));

export const assessmentRow = (a: Ordered<Assessment>): RowOf<typeof reportAssessments> => ({
  ...pick(a, ["report", "id", "order", "question", "body", "assessment", "scale", "contradictory", "note"]),
  ...lineColumns(a.lines),
  question_line_from: a.question_lines[0],
  question_line_to: a.question_lines[1],
  other_text: a.other_reading?.text ?? null,
  other_line_from: from(a.other_reading?.lines),
  other_line_to: to(a.other_reading?.lines),
  other_scale: a.other_reading?.scale ?? null
});

export const recommendationRow = (r: Ordered<Recommendation>): RowOf<typeof reportRecommendations> => ({
  ...pick(r, ["report", "id", "order", "text", "addressee", "repeats", "note"]),
  ...lineColumns(r.lines)
});

export const lostRow = (l: Ordered<LostRecord>): RowOf<typeof reportLost> => ({
  ...pick(l, ["report", "id", "order", "title", "kind", "note"]),
  ...lineColumns(l.lines),
  kpi: joinOrNull(l.kpi, ","),
  categories: joinOrNull(l.categories, "; "),
  years: joinOrNull(l.years, ","),
  prose: l.prose?.text ?? null,
  prose_line_from: from(l.prose?.lines),
  prose_line_to: to(l.prose?.lines)
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
