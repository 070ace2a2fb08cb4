// report_meta.arrow, report_assessments.arrow, report_recommendations.arrow, report_lost.arrow.
// Lists inside a cell are joined: texts with "; ", KPI ids and years with ",".
import {toArrowBytes, type ColumnSpec} from "../arrow.js";
import {loadCheckedReports, type ReportData} from "./check.js";
import type {Assessment, LostRecord, Recommendation} from "./records.js";

const joinOrNull = (xs: readonly (string | number)[], sep: string) => (xs.length ? xs.join(sep) : null);
const from = (r: [number, number] | undefined | null) => (r ? r[0] : null);
const to = (r: [number, number] | undefined | null) => (r ? r[1] : null);

export const META_ARROW_COLUMNS: ColumnSpec<ReportData>[] = [
  {name: "report", type: "utf8", nullable: false, get: (d) => d.report},
  {name: "kommun", type: "utf8", nullable: false, get: (d) => d.meta.kommun},
  {name: "kommun_name", type: "utf8", nullable: false, get: (d) => d.meta.kommun_name},
  {name: "document", type: "utf8", nullable: false, get: (d) => d.meta.document},
  {name: "title", type: "utf8", nullable: false, get: (d) => d.meta.title},
  {name: "auditor", type: "utf8", nullable: false, get: (d) => d.meta.auditor},
  {name: "authors", type: "utf8", nullable: true, get: (d) => joinOrNull(d.meta.authors, "; ")},
  {name: "client", type: "utf8", nullable: false, get: (d) => d.meta.client},
  {name: "date", type: "utf8", nullable: false, get: (d) => d.meta.date},
  {name: "date_precision", type: "utf8", nullable: false, get: (d) => d.meta.date_precision},
  {name: "date_line_from", type: "int32", nullable: false, get: (d) => d.meta.date_lines[0]},
  {name: "date_line_to", type: "int32", nullable: false, get: (d) => d.meta.date_lines[1]},
  {name: "audited_bodies", type: "utf8", nullable: false, get: (d) => d.meta.audited_bodies.join("; ")},
  {name: "purpose", type: "utf8", nullable: true, get: (d) => d.meta.purpose?.text ?? null},
  {name: "purpose_line_from", type: "int32", nullable: true, get: (d) => from(d.meta.purpose?.lines)},
  {name: "purpose_line_to", type: "int32", nullable: true, get: (d) => to(d.meta.purpose?.lines)},
  {name: "conclusion", type: "utf8", nullable: true, get: (d) => d.meta.conclusion?.text ?? null},
  {name: "conclusion_line_from", type: "int32", nullable: true, get: (d) => from(d.meta.conclusion?.lines)},
  {name: "conclusion_line_to", type: "int32", nullable: true, get: (d) => to(d.meta.conclusion?.lines)},
  {name: "source_file", type: "utf8", nullable: false, get: (d) => d.meta.source_file},
  {name: "source_sha256", type: "utf8", nullable: false, get: (d) => d.meta.source_sha256},
  {name: "source_lines", type: "int32", nullable: false, get: (d) => d.source.split(/\r?\n/).length},
  {name: "related", type: "utf8", nullable: true, get: (d) => joinOrNull(d.meta.related, "; ")},
  {name: "note", type: "utf8", nullable: true, get: (d) => d.meta.note},
  {name: "figures", type: "int32", nullable: false, get: (d) => d.figures.length},
  {name: "lost", type: "int32", nullable: false, get: (d) => d.lost.length},
  {name: "assessments", type: "int32", nullable: false, get: (d) => d.assessments.length},
  {name: "recommendations", type: "int32", nullable: false, get: (d) => d.recommendations.filter((r) => r.repeats === null).length}
];

type Ordered<T> = T & {order: number};
const ordered = <T>(xs: readonly T[]): Ordered<T>[] => xs.map((x, i) => ({...x, order: i + 1}));

export const ASSESSMENT_ARROW_COLUMNS: ColumnSpec<Ordered<Assessment>>[] = [
  {name: "report", type: "utf8", nullable: false, get: (a) => a.report},
  {name: "id", type: "utf8", nullable: false, get: (a) => a.id},
  {name: "order", type: "int32", nullable: false, get: (a) => a.order},
  {name: "question", type: "utf8", nullable: false, get: (a) => a.question},
  {name: "question_line_from", type: "int32", nullable: false, get: (a) => a.question_lines[0]},
  {name: "question_line_to", type: "int32", nullable: false, get: (a) => a.question_lines[1]},
  {name: "body", type: "utf8", nullable: false, get: (a) => a.body},
  {name: "assessment", type: "utf8", nullable: false, get: (a) => a.assessment},
  {name: "line_from", type: "int32", nullable: false, get: (a) => a.lines[0]},
  {name: "line_to", type: "int32", nullable: false, get: (a) => a.lines[1]},
  {name: "scale", type: "utf8", nullable: false, get: (a) => a.scale},
  {name: "contradictory", type: "bool", nullable: false, get: (a) => a.contradictory},
  {name: "other_text", type: "utf8", nullable: true, get: (a) => a.other_reading?.text ?? null},
  {name: "other_line_from", type: "int32", nullable: true, get: (a) => from(a.other_reading?.lines)},
  {name: "other_line_to", type: "int32", nullable: true, get: (a) => to(a.other_reading?.lines)},
  {name: "other_scale", type: "utf8", nullable: true, get: (a) => a.other_reading?.scale ?? null},
  {name: "note", type: "utf8", nullable: true, get: (a) => a.note}
];

export const RECOMMENDATION_ARROW_COLUMNS: ColumnSpec<Ordered<Recommendation>>[] = [
  {name: "report", type: "utf8", nullable: false, get: (r) => r.report},
  {name: "id", type: "utf8", nullable: false, get: (r) => r.id},
  {name: "order", type: "int32", nullable: false, get: (r) => r.order},
  {name: "text", type: "utf8", nullable: false, get: (r) => r.text},
  {name: "addressee", type: "utf8", nullable: false, get: (r) => r.addressee},
  {name: "line_from", type: "int32", nullable: false, get: (r) => r.lines[0]},
  {name: "line_to", type: "int32", nullable: false, get: (r) => r.lines[1]},
  {name: "repeats", type: "utf8", nullable: true, get: (r) => r.repeats},
  {name: "note", type: "utf8", nullable: true, get: (r) => r.note}
];

export const LOST_ARROW_COLUMNS: ColumnSpec<Ordered<LostRecord>>[] = [
  {name: "report", type: "utf8", nullable: false, get: (l) => l.report},
  {name: "id", type: "utf8", nullable: false, get: (l) => l.id},
  {name: "order", type: "int32", nullable: false, get: (l) => l.order},
  {name: "title", type: "utf8", nullable: false, get: (l) => l.title},
  {name: "kind", type: "utf8", nullable: false, get: (l) => l.kind},
  {name: "kpi", type: "utf8", nullable: true, get: (l) => joinOrNull(l.kpi, ",")},
  {name: "categories", type: "utf8", nullable: true, get: (l) => joinOrNull(l.categories, "; ")},
  {name: "years", type: "utf8", nullable: true, get: (l) => joinOrNull(l.years, ",")},
  {name: "prose", type: "utf8", nullable: true, get: (l) => l.prose?.text ?? null},
  {name: "prose_line_from", type: "int32", nullable: true, get: (l) => from(l.prose?.lines)},
  {name: "prose_line_to", type: "int32", nullable: true, get: (l) => to(l.prose?.lines)},
  {name: "line_from", type: "int32", nullable: false, get: (l) => l.lines[0]},
  {name: "line_to", type: "int32", nullable: false, get: (l) => l.lines[1]},
  {name: "note", type: "utf8", nullable: true, get: (l) => l.note}
];

export function reportMetaArrow(reportsDir: string): Uint8Array {
  return toArrowBytes(loadCheckedReports(reportsDir), META_ARROW_COLUMNS);
}
export function reportAssessmentsArrow(reportsDir: string): Uint8Array {
  return toArrowBytes(loadCheckedReports(reportsDir).flatMap((d) => ordered(d.assessments)), ASSESSMENT_ARROW_COLUMNS);
}
export function reportRecommendationsArrow(reportsDir: string): Uint8Array {
  return toArrowBytes(loadCheckedReports(reportsDir).flatMap((d) => ordered(d.recommendations)), RECOMMENDATION_ARROW_COLUMNS);
}
export function reportLostArrow(reportsDir: string): Uint8Array {
  return toArrowBytes(loadCheckedReports(reportsDir).flatMap((d) => ordered(d.lost)), LOST_ARROW_COLUMNS);
}
