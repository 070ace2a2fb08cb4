// The audit pages' served tables from the committed data, made in-process by the serving stage
// (loaders/serve/tables.ts, the same rows the served files hold), for the component tests of
// components/audit/.
import {SERVED} from "../../loaders/serve/tables.js";
import type {RowOf} from "../../model/table.js";
import type {ComparisonTables} from "../../components/audit/comparison.js";
import type {AuditTables} from "../../components/audit/reportPage.js";

const rows = <K extends keyof typeof SERVED>(name: K) => [...SERVED[name].rows()] as RowOf<(typeof SERVED)[K]["table"]>[];

export function auditTables(): AuditTables {
  return {
    meta: rows("report_meta"),
    audits: rows("audit_reports"),
    assessments: rows("report_assessments"),
    recommendations: rows("report_recommendations"),
    lost: rows("report_lost"),
    figures: rows("audit_figures"),
    counts: rows("audit_figure_counts"),
    followUp: rows("audit_followup"),
    indicators: rows("report_indicators"),
    kpis: rows("kolada_kpis")
  };
}

export function comparisonTables(): ComparisonTables {
  return {
    audits: rows("audit_reports"),
    meta: rows("report_meta"),
    matrix: rows("audit_matrix"),
    questions: rows("audit_questions"),
    themes: rows("report_themes")
  };
}
