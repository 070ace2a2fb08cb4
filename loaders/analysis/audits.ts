// The audits compared: which reports have a page and in what order (audit_reports), every question
// with its theme and whether a reading is a shortcoming (audit_questions), and the theme × audit
// matrix with what each audit found (audit_matrix).
import * as aq from "arquero";
import {FOLLOW_UP_THEMES} from "../../model/pages/granskningar.js";
import type {RowOf} from "../../model/table.js";
import {auditFigures, auditMatrix, auditQuestions, auditReports} from "../../model/tables/audits.js";
import type {reportAssessments, reportThemes} from "../../model/tables/reports.js";
import {CROSS_CHECK_STATUSES, LACKING_SCALES, type Finding, type Scale} from "../../model/vocabulary.js";
import {auditOrder, type AuditOrderInput} from "../reports/auditOrder.js";
import {fromRows, toRows, type ColumnTable} from "./tables.js";

/** A report_meta row with the flags of meta.yaml that the served table does not carry. */
export type AuditMetaInput = AuditOrderInput & {
  title_printed: boolean;
  auditor_named: boolean;
};

const META_COLUMNS = ["report", "kommun", "kommun_name", "document", "date", "title_printed", "auditor_named"] as const;
const AUDIT_COLUMNS = ["report", "kommun", "order", "name", "year"] as const;

/** A question as the audit tables derive it (audit_questions' row, before and after `lacking`). */
type Question = Pick<RowOf<typeof auditQuestions>, "report" | "theme" | "scale" | "other_scale" | "lacking">;

/** The audits in the site's order (loaders/reports/auditOrder.ts) with their metadata and `order` (1 …), `name` and `year`. */
function auditsInOrder(meta: readonly AuditMetaInput[]): ColumnTable {
  return fromRows(auditOrder(meta), [...AUDIT_COLUMNS])
    .join(fromRows(meta, [...META_COLUMNS]).select(aq.not("kommun")), "report")
    .orderby("order");
}

/** audit_questions: the audits' questions with their theme (report_themes) and whether a reading is lacking. */
export function auditQuestionRows(
  meta: readonly AuditMetaInput[],
  assessments: readonly RowOf<typeof reportAssessments>[],
  themes: readonly RowOf<typeof reportThemes>[]
): RowOf<typeof auditQuestions>[] {
  const audits = auditsInOrder(meta).select({report: "report", order: "audit_order"});
  const questions = fromRows(assessments, ["report", "id", "order", "question", "scale", "other_scale"])
    .select("report", "id", "order", "question", "scale", "other_scale")
    .join(audits, "report");
  const mapped = fromRows(themes, ["report", "id", "theme", "why"])
    .filter((d: RowOf<typeof reportThemes>) => d.report !== null)
    .select("report", "id", "theme", "why")
    .semijoin(audits, "report");
  const unmapped = questions.antijoin(mapped, [["report", "id"]]).objects() as {report: string; id: string}[];
  if (unmapped.length) throw new Error(`audit_questions: assessment ${unmapped[0].report}#${unmapped[0].id} has no theme (data/reports/themes.yaml)`);
  const orphans = mapped.antijoin(questions, [["report", "id"]]).objects() as {report: string; id: string}[];
  if (orphans.length) throw new Error(`audit_questions: themes.yaml maps ${orphans[0].report}#${orphans[0].id}, which is not an assessment`);
  const derived = questions
    .join(mapped, [["report", "id"]])
    .params({lackingScales: [...LACKING_SCALES]})
    .derive({
      lacking: (d: Question, $: {lackingScales: string[]}) =>
        aq.op.includes($.lackingScales, d.scale) || (d.other_scale !== null && aq.op.includes($.lackingScales, d.other_scale))
    })
    .orderby("audit_order", "order")
    .select("report", "id", "order", "theme", "question", "scale", "other_scale", "lacking", "why");
  return toRows(auditQuestions, derived);
}

/** audit_reports: the audit pages in order, with the figures compared with Kolada and whether follow-up was found lacking. */
export function auditReportRows(
  meta: readonly AuditMetaInput[],
  questions: readonly RowOf<typeof auditQuestions>[],
  figures: readonly Pick<RowOf<typeof auditFigures>, "report" | "status">[]
): RowOf<typeof auditReports>[] {
  const lacking = fromRows(questions, ["report", "theme", "lacking"])
    .params({themes: [...FOLLOW_UP_THEMES]})
    .filter((d: Question, $: {themes: string[]}) => d.lacking && aq.op.includes($.themes, d.theme))
    .groupby("report")
    .count({as: "lacking_questions"});
  const compared = fromRows(figures, ["report", "status"])
    .params({statuses: [...CROSS_CHECK_STATUSES]})
    .filter((d: {status: string}, $: {statuses: string[]}) => aq.op.includes($.statuses, d.status))
    .groupby("report")
    .count({as: "figures_compared"});
  const derived = auditsInOrder(meta)
    .join_left(lacking, "report")
    .join_left(compared, "report")
    .impute({figures_compared: () => 0, lacking_questions: () => 0})
    .derive({follow_up_lacking: (d: {lacking_questions: number}) => d.lacking_questions > 0})
    .orderby("order")
    .select("report", "order", "kommun", "name", "year", "title_printed", "auditor_named", "figures_compared", "follow_up_lacking");
  return toRows(auditReports, derived);
}

/** The finding of a cell from its counts: no question, a lacking one, none judged, or judged without a lack. */
const FINDING_OF = {
  none: "ej granskat",
  lacking: "brist",
  unjudged: "ej bedömt",
  fine: "ingen brist"
} as const satisfies Record<string, Finding>;

/** audit_matrix: every theme × every audit, with its questions, those lacking, and the finding. */
export function auditMatrixRows(
  audits: readonly Pick<RowOf<typeof auditReports>, "report" | "order">[],
  questions: readonly RowOf<typeof auditQuestions>[],
  themes: readonly Pick<RowOf<typeof reportThemes>, "theme" | "theme_order">[]
): RowOf<typeof auditMatrix>[] {
  const counts = fromRows(questions, ["report", "theme", "scale", "other_scale", "lacking"])
    .params({noJudgement: "ingen bedömning" satisfies Scale})
    .groupby("theme", "report")
    .rollup({
      questions: aq.op.count(),
      lacking: (d: Question) => aq.op.sum(d.lacking ? 1 : 0),
      judged: (d: Question, $: {noJudgement: string}) => aq.op.sum(d.scale === $.noJudgement && d.other_scale === null ? 0 : 1)
    });
  const derived = fromRows(themes, ["theme", "theme_order"])
    .select("theme", "theme_order")
    .dedupe("theme")
    .cross(fromRows(audits, ["report", "order"]).select("report", "order"))
    .join_left(counts, [["theme", "report"]])
    .impute({questions: () => 0, lacking: () => 0})
    .params(FINDING_OF)
    .derive({
      finding: (d: {questions: number; lacking: number; judged?: number}, $: typeof FINDING_OF) =>
        !d.questions ? $.none : d.lacking > 0 ? $.lacking : !d.judged ? $.unjudged : $.fine
    })
    .orderby("theme_order", "order")
    .select("theme", "report", "questions", "lacking", "finding");
  return toRows(auditMatrix, derived);
}
