// Served as /data/report_assessments.arrow: every audit question / kontrollmål with its verbatim assessment (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {reportAssessmentsArrow} from "../../loaders/reports/reportArrows.js";

await runArrowLoader(() => reportAssessmentsArrow(REPORTS_DIR));
