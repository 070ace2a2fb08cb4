// Stage 3 of the pipeline, serving: every table of the data model (model/dataModel.ts) with the
// rows it is made of, declared once here. Each served file is made from this list and only from
// it: the whole tables, the pages' slices (./pageSlices.ts) and the audit pages' report slices
// (./reportSlices.ts), all in the one data archive (./archive.ts). The rows come from the
// validated inputs (loaders/analysis/inputs.ts) and the analysis stage (loaders/analysis/), each
// computed once per process.
import {DATA_MODEL} from "../../model/dataModel.js";
import type {RowOf, Table} from "../../model/table.js";
import {groupValues, kpiMeans} from "../../model/tables/analysis.js";
import {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import {populationAgeBands, youthReferenceCase, youthRepresentation, youthUnemployment} from "../../model/tables/age.js";
import {auditKpiFigures} from "../../model/tables/auditKpiFigures.js";
import {auditFigureCounts, auditFigures, auditFollowUp, auditMatrix, auditQuestions, auditReports} from "../../model/tables/audits.js";
import {costPerParticipant, costPrices, costVsResult, costVsResultSummary} from "../../model/tables/cost.js";
import {prisbasbelopp} from "../../model/tables/facts.js";
import {kolada, koladaAll, koladaAreas, koladaKpis} from "../../model/tables/kolada.js";
import {kpiFreshness, reportSummaries} from "../../model/tables/overview.js";
import {kpiLatest, kpiRanks} from "../../model/tables/ranks.js";
import {
  reportAssessments,
  reportFigures,
  reportIndicators,
  reportLost,
  reportMeta,
  reportRecommendations,
  reportThemes,
  reportVsKolada
} from "../../model/tables/reports.js";
import {intervalWidths, resultAuditFigures, resultComposition, resultShares} from "../../model/tables/results.js";
import {catalogueYears} from "../../model/catalogue.js";
import {ALDER} from "../../model/pages/alder.js";
import {DASHBOARD_COMPARISON_AREAS} from "../../model/groups.js";
import {toArrowBytes} from "../arrowWriter.js";
import {auditFigureCountRows} from "../analysis/auditFigures.js";
import {auditKpiFigureRows} from "../analysis/auditKpiFigures.js";
import {auditMatrixRows} from "../analysis/audits.js";
import {populationAgeBandRows, referenceKommun, youthReferenceRows, youthRepresentationRows, youthUnemploymentRows} from "../analysis/age.js";
import {costPerParticipantRows, costPriceRows, costResultPairs, costVsResultRows, costVsResultSummaryRows} from "../analysis/cost.js";
import {areas, catalogueValues, everyKommunIds, everyKommunValues, koladaValues, memo, prisbasbeloppSeries, reports, snapshot} from "../analysis/inputs.js";
import {kpiFreshnessRows, reportSummaryRows} from "../analysis/overview.js";
import {groupValueKoladaRows, groupValueRows} from "../analysis/groupValues.js";
import {kommunGroupRows} from "../analysis/kommunGroups.js";
import {kpiLatestRows, kpiRankRows} from "../analysis/ranks.js";
import {
  assessmentRows,
  auditFigureTable,
  auditQuestionTable,
  auditReportTable,
  meanRows,
  reportIndicatorRows,
  reportThemeRows,
  crossCheckRows,
  figureRows
} from "../analysis/reportInputs.js";
import {intervalWidthRows, resultAuditFigureRows, resultCompositionRows, resultShareRows} from "../analysis/results.js";
import {auditFollowUpRows} from "../analysis/followUp.js";
import {crossCheck} from "../reports/crossCheck.js";
import {lostRow, metaRow, ordered, recommendationRow} from "../reports/reportArrows.js";
import {prisbasbeloppRow} from "../facts/prisbasbelopp.js";
import {areaRow, koladaRow, kpiRow, kpiRows} from "../kolada/servedTables.js";
import {snapshotDir} from "../kolada/snapshot.js";

/** A served table and how its rows are made. */
export interface Served<T extends Table = Table> {
  table: T;
  rows: () => readonly RowOf<T>[];
}
const served = <T extends Table>(table: T, rows: () => readonly RowOf<T>[]): Served<T> => ({table, rows: memo(rows)});

const rankRows = memo(() => kpiRankRows(everyKommunValues()));
const costPairs = memo(() => costResultPairs(everyKommunValues()));
const figures = () => reports().flatMap((r) => r.figures);
const groupRows = memo(() => groupValueRows(snapshot().rows, snapshot().metadata.areas));
/** The dashboards' comparison areas' values (group_values, by the one rule) as Kolada rows, for the age tables' comparison rows. */
const comparisonValues = memo(() => groupValueKoladaRows(groupRows().filter((r) => DASHBOARD_COMPARISON_AREAS.includes(r.area))));

/**
 * Every served table by name, in the data model's order. The per-kommun tables a dashboard draws
 * (kolada, result_shares, result_composition, cost_prices, cost_per_participant,
 * youth_representation, population_age_bands, youth_unemployment) hold every kommun of the snapshot
 * (everyKommunIds: the catalogue's first), besides the comparison areas they held before: a
 * dashboard's slices keep the catalogue's rows (model/pageData.ts DASHBOARD_AREAS), a kommun the
 * reader adds gets its own rows cut from the same table (./kommunFiles.ts), and a chart's query
 * over the served tables returns the rows the chart draws for either.
 */
export const SERVED = {
  kolada: served(kolada, () => koladaValues().map(koladaRow)),
  kolada_all: served(koladaAll, () => everyKommunValues().map(koladaRow)),
  kolada_kpis: served(koladaKpis, () => kpiRows(snapshot().metadata.kpis).map(kpiRow)),
  kolada_areas: served(koladaAreas, () => areas().map(areaRow)),
  kommun_groups: served(kommunGroupsTable, () => kommunGroupRows(snapshot(), snapshotDir())),
  report_figures: served(reportFigures, figureRows),
  report_meta: served(reportMeta, () => reports().map(metaRow)),
  report_assessments: served(reportAssessments, assessmentRows),
  report_recommendations: served(reportRecommendations, () => reports().flatMap((d) => ordered(d.recommendations).map(recommendationRow))),
  report_lost: served(reportLost, () => reports().flatMap((d) => ordered(d.lost).map(lostRow))),
  report_vs_kolada: served(reportVsKolada, crossCheckRows),
  report_themes: served(reportThemes, reportThemeRows),
  report_indicators: served(reportIndicators, reportIndicatorRows),
  prisbasbelopp: served(prisbasbelopp, () => prisbasbeloppSeries().map(prisbasbeloppRow)),
  kpi_means: served(kpiMeans, meanRows),
  group_values: served(groupValues, groupRows),
  result_shares: served(resultShares, () => resultShareRows(koladaValues(), {kommuner: everyKommunIds(), years: catalogueYears()})),
  interval_widths: served(intervalWidths, () => intervalWidthRows()),
  result_composition: served(resultComposition, () => resultCompositionRows(koladaValues(), everyKommunIds())),
  result_audit_figures: served(resultAuditFigures, () => resultAuditFigureRows(reports(), crossCheck(figures(), snapshot().rows), catalogueValues())),
  kpi_ranks: served(kpiRanks, rankRows),
  kpi_latest: served(kpiLatest, () => kpiLatestRows(rankRows())),
  kpi_freshness: served(kpiFreshness, () => kpiFreshnessRows(snapshot().rows, snapshot().metadata.kpis)),
  report_summaries: served(reportSummaries, () => reportSummaryRows(reports().map((r) => r.meta))),
  cost_prices: served(costPrices, () => costPriceRows(koladaValues(), prisbasbeloppSeries(), {kommuner: everyKommunIds(), groups: groupRows()})),
  cost_per_participant: served(costPerParticipant, () => costPerParticipantRows(koladaValues(), prisbasbeloppSeries(), everyKommunIds())),
  cost_vs_result: served(costVsResult, () => costVsResultRows(costPairs())),
  cost_vs_result_summary: served(costVsResultSummary, () => costVsResultSummaryRows(costPairs())),
  youth_representation: served(youthRepresentation, () => [
    ...youthRepresentationRows(koladaValues(), undefined, everyKommunIds()),
    ...youthRepresentationRows(comparisonValues(), undefined, DASHBOARD_COMPARISON_AREAS)
  ]),
  population_age_bands: served(populationAgeBands, () => populationAgeBandRows(koladaValues(), undefined, [...everyKommunIds(), ALDER.ageReference])),
  youth_unemployment: served(youthUnemployment, () => [
    ...youthUnemploymentRows(koladaValues(), undefined, everyKommunIds()),
    ...youthUnemploymentRows(comparisonValues(), undefined, DASHBOARD_COMPARISON_AREAS)
  ]),
  youth_reference_case: served(youthReferenceCase, () => youthReferenceRows(figures(), referenceKommun(reports()), youthRepresentationRows(catalogueValues()))),
  audit_kpi_figures: served(auditKpiFigures, () => auditKpiFigureRows(figures(), snapshot().rows)),
  audit_reports: served(auditReports, auditReportTable),
  audit_followup: served(auditFollowUp, () => auditFollowUpRows(auditReportTable(), reportIndicatorRows(), catalogueValues(), everyKommunValues(), meanRows())),
  audit_figures: served(auditFigures, auditFigureTable),
  audit_figure_counts: served(auditFigureCounts, () => auditFigureCountRows(auditFigureTable())),
  audit_matrix: served(auditMatrix, () => auditMatrixRows(auditReportTable(), auditQuestionTable(), reportThemeRows())),
  audit_questions: served(auditQuestions, auditQuestionTable)
} as const satisfies Record<string, Served>;

export type ServedName = keyof typeof SERVED;

/** Whether `name` is a served table. */
export const isServed = (name: string): name is ServedName => Object.hasOwn(SERVED, name);

/** The served table with this name, with its rows. */
export function servedTable(name: ServedName): Served {
  return SERVED[name] as unknown as Served;
}

/** A whole served table as Arrow bytes, with the schema the model declares. */
export function servedArrow(name: ServedName): Uint8Array {
  const s = servedTable(name);
  return toArrowBytes(s.table, s.rows());
}

/** Every table of the data model is served, under its own name, and nothing else. */
export function checkServedList(): void {
  const names = Object.keys(SERVED);
  const model = DATA_MODEL.map((t) => t.name);
  const missing = model.filter((n) => !names.includes(n));
  const extra = names.filter((n) => !model.includes(n));
  const misnamed = Object.entries(SERVED).filter(([name, s]) => s.table.name !== name);
  if (missing.length || extra.length || misnamed.length)
    throw new Error(
      `loaders/serve/tables.ts: the served list differs from model/dataModel.ts (missing ${missing.join(", ") || "none"}; extra ${extra.join(", ") || "none"}; misnamed ${misnamed.map(([n]) => n).join(", ") || "none"})`
    );
}
