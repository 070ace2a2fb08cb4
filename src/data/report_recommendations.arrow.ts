// Served as /data/report_recommendations.arrow: every formal recommendation, verbatim (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {reportTableArrow} from "../../loaders/reports/reportTables.js";

await runArrowLoader(() => reportTableArrow("report_recommendations"));
