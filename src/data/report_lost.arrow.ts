// Served as /data/report_lost.arrow: tables and charts whose numbers did not survive extraction (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {reportLostArrow} from "../../loaders/reports/reportArrows.js";

await runArrowLoader(() => reportLostArrow(REPORTS_DIR));
