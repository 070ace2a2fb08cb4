// Served as /data/report_assessments.arrow: every audit question / kontrollmål with its verbatim assessment (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORT_TABLES} from "../../loaders/reports/reportTables.js";

await runArrowLoader(REPORT_TABLES.report_assessments.arrow);
