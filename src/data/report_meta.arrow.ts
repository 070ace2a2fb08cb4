// Served as /data/report_meta.arrow: who audited what and when, the overall conclusion (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {reportMetaArrow} from "../../loaders/reports/reportArrows.js";

await runArrowLoader(() => reportMetaArrow(REPORTS_DIR));
