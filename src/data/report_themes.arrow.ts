// Served as /data/report_themes.arrow: every audit question's theme (data/reports/themes.yaml), one row per question.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {reportThemesArrow} from "../../loaders/reports/themes.js";

await runArrowLoader(() => reportThemesArrow(REPORTS_DIR));
