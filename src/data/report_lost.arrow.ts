// Served as /data/report_lost.arrow: tables and charts whose numbers did not survive extraction (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {reportTableArrow} from "../../loaders/reports/reportTables.js";

await runArrowLoader(() => reportTableArrow("report_lost"));
