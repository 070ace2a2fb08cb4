// Served as /data/report_recommendations.arrow: every formal recommendation, verbatim (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {reportRecommendationsArrow} from "../../loaders/reports/reportArrows.js";

await runArrowLoader(() => reportRecommendationsArrow(REPORTS_DIR));
