// Served as /data/report_assessments.arrow: every audit question / kontrollmål with its verbatim assessment (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {reportTableArrow} from "../../loaders/reports/reportTables.js";

await runArrowLoader(() => reportTableArrow("report_assessments"));
