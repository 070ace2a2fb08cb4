// The data model: every table served to the pages, in the order Utforska and docs/data-model.md
// list them. Each table is declared once in model/tables/ (columns, types, Swedish descriptions,
// formula and inputs of derived tables); `npm run docs` writes docs/data-model.md from this list.
import type {Table} from "./table.js";
import {groupValues, kpiMeans} from "./tables/analysis.js";
import {kommunGroupsTable} from "./tables/kommunGroups.js";
import {intervalWidths, resultAuditFigures, resultComposition, resultShares} from "./tables/results.js";
import {kpiLatest, kpiRanks} from "./tables/ranks.js";
import {kpiFreshness, reportSummaries} from "./tables/overview.js";
import {populationAgeBands, youthReferenceCase, youthRepresentation, youthUnemployment} from "./tables/age.js";
import {auditKpiFigures} from "./tables/auditKpiFigures.js";
import {costPerParticipant, costPrices, costVsResult, costVsResultSummary} from "./tables/cost.js";
import {auditFigureCounts, auditFigures, auditFollowUp, auditMatrix, auditQuestions, auditReports} from "./tables/audits.js";
import {kolada, koladaAll, koladaAreas, koladaKpis} from "./tables/kolada.js";
import {prisbasbelopp} from "./tables/facts.js";
import {
  reportAssessments,
  reportFigures,
  reportIndicators,
  reportLost,
  reportMeta,
  reportRecommendations,
  reportThemes,
  reportVsKolada
} from "./tables/reports.js";

export const DATA_MODEL: readonly Table[] = [
  kolada,
  koladaAll,
  koladaKpis,
  koladaAreas,
  kommunGroupsTable,
  reportFigures,
  reportMeta,
  reportAssessments,
  reportRecommendations,
  reportLost,
  reportVsKolada,
  reportThemes,
  reportIndicators,
  prisbasbelopp,
  // derived at build time (loaders/analysis/)
  kpiMeans,
  groupValues,
  resultShares,
  intervalWidths,
  resultComposition,
  resultAuditFigures,
  kpiRanks,
  kpiLatest,
  kpiFreshness,
  reportSummaries,
  costPrices,
  costPerParticipant,
  costVsResult,
  costVsResultSummary,
  youthRepresentation,
  populationAgeBands,
  youthUnemployment,
  youthReferenceCase,
  auditKpiFigures,
  auditReports,
  auditFollowUp,
  auditFigures,
  auditFigureCounts,
  auditMatrix,
  auditQuestions
];

/** The table with this name; throws naming the known ones. */
export function tableNamed(name: string): Table {
  const t = DATA_MODEL.find((x) => x.name === name);
  if (!t) throw new Error(`dataModel: no table named "${name}" (known: ${DATA_MODEL.map((x) => x.name).join(", ")})`);
  return t;
}
