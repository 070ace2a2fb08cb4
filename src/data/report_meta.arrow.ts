// Served as /data/report_meta.arrow: who audited what and when, the overall conclusion (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORT_TABLES} from "../../loaders/reports/reportTables.js";

await runArrowLoader(REPORT_TABLES.report_meta.arrow);
