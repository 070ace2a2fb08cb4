// The audit pages' served tables from the committed data, made in-process by the serving stage
// (loaders/serve/tables.ts, the same rows the served files hold), for the component tests of
// components/audit/: the audit page's are the ones its parts are drawn from at build time.
import {SERVED} from "../../loaders/serve/tables.js";
import type {RowOf} from "../../model/table.js";
import type {ComparisonTables} from "../../components/audit/comparison.js";

const rows = <K extends keyof typeof SERVED>(name: K) => [...SERVED[name].rows()] as RowOf<(typeof SERVED)[K]["table"]>[];

export {auditTables} from "../../scripts/site/staticParts.js";

export function comparisonTables(): ComparisonTables {
  return {
    audits: rows("audit_reports"),
    meta: rows("report_meta"),
    matrix: rows("audit_matrix"),
    questions: rows("audit_questions"),
    themes: rows("report_themes")
  };
}
