// An audit page's slices of the served tables that hold rows of every report. Whole, each is served
// as /data/<table>.arrow (Utforska, the comparison page, docs/data-model.md). An audit page reads
// only the rows about its report: /data/reports/<report>/<table>.arrow, the same table with the
// rows of the report and of the documents that refer to it (a missiv that names it as related, a
// later report whose recommendation repeats one of its recommendations). Loading every report's
// rows cost each audit page 13–17 KB gzip of rows it never drew. One loader run makes a report's
// slices, as a tar archive whose files Framework serves one by one (src/data/reports/[report].tar.ts):
// a run per slice took 2.7 s each, 32 of them.
import {toArrowBytes} from "../arrowWriter.js";
import {tarArchive} from "../tarWriter.js";
import {InputError} from "../errors.js";
import type {RowOf} from "../../model/table.js";
import type {reportMeta, reportRecommendations} from "../../model/tables/reports.js";
import {SERVED} from "./tables.js";

/** The served tables with a `report` column that an audit page reads a slice of. */
export const REPORT_SLICES = [
  "report_meta",
  "report_assessments",
  "report_recommendations",
  "report_lost",
  "report_indicators",
  "audit_figures",
  "audit_figure_counts",
  "audit_followup"
] as const satisfies readonly (keyof typeof SERVED)[];

export type ReportTableName = (typeof REPORT_SLICES)[number];

const wholeRows = (name: ReportTableName): readonly {report: string}[] => SERVED[name].rows();

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

const SOURCE = "src/data/reports/[report].tar.ts";

/** The documents of `report` (see reportDocuments), after checking that it names a report. */
function documentsOf(report: string | undefined): Set<string> {
  const meta = SERVED.report_meta.rows();
  const reports = meta.filter((m) => m.document === "rapport").map((m) => m.report);
  if (!report || !reports.includes(report)) {
    throw new InputError(SOURCE, null, `no report named "${report ?? ""}"; the reports are ${reports.join(", ")}`, {field: "--report"});
  }
  return reportDocuments(report, meta, SERVED.report_recommendations.rows());
}

function slice(name: ReportTableName, documents: ReadonlySet<string>): Uint8Array {
  const {table} = SERVED[name];
  return toArrowBytes(table, wholeRows(name).filter((r) => documents.has(r.report)) as RowOf<typeof table>[]);
}

/** An audit page's slice of one served table: the rows of `report`'s documents (see reportDocuments). */
export function reportSliceArrow(name: ReportTableName, report: string | undefined): Uint8Array {
  return slice(name, documentsOf(report));
}

/** Every slice of `report`, as a tar archive of `<table>.arrow` files. */
export function reportSlicesTar(report: string | undefined): Uint8Array {
  const documents = documentsOf(report);
  return tarArchive(REPORT_SLICES.map((name) => ({name: `${name}.arrow`, bytes: slice(name, documents)})));
}
