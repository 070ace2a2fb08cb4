// The audit derivations' inputs: the report tables as served rows (report_meta with meta.yaml's
// flags, report_assessments, report_themes, report_indicators, report_figures, report_vs_kolada),
// and the audit tables other audit tables are computed from; each computed once per loader process.
import {REPORTS_DIR} from "../paths.js";
import {crossCheck, crossCheckRow} from "../reports/crossCheck.js";
import {figureRow, figureRowsOf} from "../reports/figuresArrow.js";
import {assessmentRow, metaRow, ordered} from "../reports/reportArrows.js";
import {indicatorRows, readThemes, themeRows} from "../reports/themes.js";
import {auditFigureRows} from "./auditFigures.js";
import {auditQuestionRows, auditReportRows, type AuditMetaInput} from "./audits.js";
import {everyKommunValues, memo, reports, snapshot} from "./inputs.js";
import {kpiMeanRows} from "./means.js";
import {groupMeanMinKommuner} from "../../model/comparisons.js";

export const auditMeta = memo((): AuditMetaInput[] =>
  reports().map((d) => ({...metaRow(d), title_printed: d.meta.title_printed, auditor_named: d.meta.auditor_named}))
);
export const assessmentRows = memo(() =>
  reports()
    .flatMap((d) => ordered(d.assessments))
    .map(assessmentRow)
);
const themeMapping = memo(() => readThemes(REPORTS_DIR, reports()));
export const reportThemeRows = memo(() => themeRows(themeMapping()));
export const reportIndicatorRows = memo(() => indicatorRows(themeMapping()));
export const figureRows = memo(() => figureRowsOf(reports()).map(figureRow));
export const crossCheckRows = memo(() =>
  crossCheck(
    reports().flatMap((r) => r.figures),
    snapshot().rows
  ).map(crossCheckRow)
);

/** kpi_means, as the follow-up compares with it. */
export const meanRows = memo(() => kpiMeanRows(everyKommunValues(), groupMeanMinKommuner(snapshot().kommuner.length)));
export const auditQuestionTable = memo(() => auditQuestionRows(auditMeta(), assessmentRows(), reportThemeRows()));
export const auditFigureTable = memo(() => auditFigureRows(figureRows(), crossCheckRows()));
export const auditReportTable = memo(() => auditReportRows(auditMeta(), auditQuestionTable(), auditFigureTable()));
