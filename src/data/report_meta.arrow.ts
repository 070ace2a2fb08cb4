// Served as /data/report_meta.arrow: who audited what and when, the overall conclusion (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {reportTableArrow} from "../../loaders/reports/reportTables.js";

await runArrowLoader(() => reportTableArrow("report_meta"));
