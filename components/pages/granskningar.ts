// Jämförelse av granskningarna (src/granskningar/index.md): everything the page's code uses,
// bundled into src/bundles/granskningar.js (scripts/site/bundle.ts), which is the page's one import.
export {loadTables} from "../kit/arrow.js";
export {comparison, comparisonSummary, followUpTable, themeGridFigure, themeSections} from "../audit/comparison.js";
export {auditMatrix, auditQuestions, auditReports} from "../../model/tables/audits.js";
export {reportMeta, reportThemes} from "../../model/tables/reports.js";
