// The served tables an audit page reads that hold rows of every report, each with how it is made,
// and an audit page's slice of them. Whole, each is served as /data/<table>.arrow (Utforska, the
// comparison page, docs/data-model.md). An audit page reads only the rows about its report:
// /data/reports/<report>/<table>.arrow, the same table with the rows of the report and of the
// documents that refer to it (a missiv that names it as related, a later report whose
// recommendation repeats one of its recommendations). Loading every report's rows cost each audit
// page 13–17 KB gzip of rows it never drew. One loader run makes a report's slices, as a tar
// archive whose files Framework serves one by one (src/data/reports/[report].tar.ts): a run per
// slice took 2.7 s each, 32 of them.
import {toArrowBytes} from "../arrowWriter.js";
import {tarArchive} from "../tarWriter.js";
import {InputError} from "../errors.js";
import {REPORTS_DIR} from "../paths.js";
import {auditFigureCountRows} from "../analysis/auditFigures.js";
import {auditFollowUpRows} from "../analysis/followUp.js";
import {catalogueValues, everyKommunValues} from "../analysis/inputs.js";
import {auditFigureTable, auditReportTable, meanRows, reportIndicatorRows} from "../analysis/reportInputs.js";
import type {RowOf, Table} from "../../model/table.js";
import {auditFigureCounts, auditFigures, auditFollowUp} from "../../model/tables/audits.js";
import {reportAssessments, reportIndicators, reportLost, reportMeta, reportRecommendations} from "../../model/tables/reports.js";
import {reportAssessmentRows, reportLostRows, reportMetaRows, reportRecommendationRows} from "./reportArrows.js";

interface ReportTable {
  table: Table;
  /** The whole table's rows. */
  rows: () => readonly {report: string}[];
}

/** The tables with a `report` column that an audit page reads, by served name. */
export const REPORT_TABLES = {
  report_meta: {table: reportMeta, rows: () => reportMetaRows(REPORTS_DIR)},
  report_assessments: {table: reportAssessments, rows: () => reportAssessmentRows(REPORTS_DIR)},
  report_recommendations: {table: reportRecommendations, rows: () => reportRecommendationRows(REPORTS_DIR)},
  report_lost: {table: reportLost, rows: () => reportLostRows(REPORTS_DIR)},
  report_indicators: {table: reportIndicators, rows: reportIndicatorRows},
  audit_figures: {table: auditFigures, rows: auditFigureTable},
  audit_figure_counts: {table: auditFigureCounts, rows: () => auditFigureCountRows(auditFigureTable())},
  audit_followup: {
    table: auditFollowUp,
    rows: () => auditFollowUpRows(auditReportTable(), reportIndicatorRows(), catalogueValues(), everyKommunValues(), meanRows())
  }
} as const satisfies Record<string, ReportTable>;

export type ReportTableName = keyof typeof REPORT_TABLES;

/**
 * The documents whose rows an audit page of `report` reads: the report, the documents that name it
 * as related (report_meta.related), and those with a recommendation that repeats one of its own
 * (report_recommendations.repeats = "<report>#<id>").
 */
export function reportDocuments(
  report: string,
  meta: readonly Pick<RowOf<typeof reportMeta>, "report" | "related">[],
  recommendations: readonly Pick<RowOf<typeof reportRecommendations>, "report" | "repeats">[]
): Set<string> {
  return new Set([
    report,
    ...meta.filter((m) => (m.related ?? "").split("; ").includes(report)).map((m) => m.report),
    ...recommendations.filter((r) => r.repeats?.startsWith(`${report}#`)).map((r) => r.report)
  ]);
}

/** A whole served table's Arrow bytes (its loader in src/data/). */
export function reportTableArrow(name: ReportTableName): Uint8Array {
  const {table, rows} = REPORT_TABLES[name];
  return toArrowBytes(table, rows() as RowOf<typeof table>[]);
}

type Rows = (name: ReportTableName) => readonly {report: string}[];

/** The whole tables' rows, made once for all the slices of one run. */
function wholeRows(): Rows {
  const made = new Map<ReportTableName, readonly {report: string}[]>();
  return (name) => {
    if (!made.has(name)) made.set(name, REPORT_TABLES[name].rows());
    return made.get(name)!;
  };
}

const SOURCE = "src/data/reports/[report].tar.ts";

/** The documents of `report` (see reportDocuments), after checking that it names a report. */
function documentsOf(report: string | undefined, rows: Rows): Set<string> {
  const meta = rows("report_meta") as RowOf<typeof reportMeta>[];
  const reports = meta.filter((m) => m.document === "rapport").map((m) => m.report);
  if (!report || !reports.includes(report)) {
    throw new InputError(SOURCE, null, `no report named "${report ?? ""}"; the reports are ${reports.join(", ")}`, {field: "--report"});
  }
  return reportDocuments(report, meta, rows("report_recommendations") as RowOf<typeof reportRecommendations>[]);
}

function slice(name: ReportTableName, documents: ReadonlySet<string>, rows: Rows): Uint8Array {
  const {table} = REPORT_TABLES[name];
  return toArrowBytes(table, rows(name).filter((r) => documents.has(r.report)) as RowOf<typeof table>[]);
}

/** An audit page's slice of one served table: the rows of `report`'s documents (see reportDocuments). */
export function reportSliceArrow(name: ReportTableName, report: string | undefined): Uint8Array {
  const rows = wholeRows();
  return slice(name, documentsOf(report, rows), rows);
}

/** Every slice of `report`, as a tar archive of `<table>.arrow` files. */
export function reportSlicesTar(report: string | undefined): Uint8Array {
  const rows = wholeRows();
  const documents = documentsOf(report, rows);
  const names = Object.keys(REPORT_TABLES) as ReportTableName[];
  return tarArchive(names.map((name) => ({name: `${name}.arrow`, bytes: slice(name, documents, rows)})));
}
