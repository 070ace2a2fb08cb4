// The audit pages' served tables computed from the committed data in-process (the same derivations
// the Arrow loaders run), for the component tests of components/audit/.
import {auditFigureCountRows} from "../../loaders/analysis/auditFigures.js";
import {auditMatrixRows} from "../../loaders/analysis/audits.js";
import {auditFollowUpRows} from "../../loaders/analysis/followUp.js";
import {catalogueValues, everyKommunValues, reports} from "../../loaders/analysis/inputs.js";
import {
  assessmentRows,
  auditFigureTable,
  auditQuestionTable,
  auditReportTable,
  meanRows,
  reportIndicatorRows,
  reportThemeRows
} from "../../loaders/analysis/reportInputs.js";
import {kpiRows, kpiRow} from "../../loaders/kolada/servedTables.js";
import {lostRow, metaRow, ordered, recommendationRow} from "../../loaders/reports/reportArrows.js";
import type {ComparisonTables} from "../../components/audit/comparison.js";
import type {AuditTables} from "../../components/audit/reportPage.js";

export function auditTables(): AuditTables {
  return {
    meta: reports().map(metaRow),
    audits: auditReportTable(),
    assessments: assessmentRows(),
    recommendations: reports()
      .flatMap((d) => ordered(d.recommendations))
      .map(recommendationRow),
    lost: reports()
      .flatMap((d) => ordered(d.lost))
      .map(lostRow),
    figures: auditFigureTable(),
    counts: auditFigureCountRows(auditFigureTable()),
    followUp: auditFollowUpRows(auditReportTable(), reportIndicatorRows(), catalogueValues(), everyKommunValues(), meanRows()),
    indicators: reportIndicatorRows(),
    kpis: kpiRows().map(kpiRow)
  };
}

export function comparisonTables(): ComparisonTables {
  return {
    audits: auditReportTable(),
    meta: reports().map(metaRow),
    matrix: auditMatrixRows(auditReportTable(), auditQuestionTable(), reportThemeRows()),
    questions: auditQuestionTable(),
    themes: reportThemeRows()
  };
}
