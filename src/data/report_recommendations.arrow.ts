// Served as /data/report_recommendations.arrow: every formal recommendation, verbatim (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORT_TABLES} from "../../loaders/reports/reportTables.js";

await runArrowLoader(REPORT_TABLES.report_recommendations.arrow);
