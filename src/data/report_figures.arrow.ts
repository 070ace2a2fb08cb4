// Served as /data/report_figures.arrow: the figures printed in the audit reports.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {reportFiguresArrow} from "../../loaders/reports/figuresArrow.js";

await runArrowLoader(() => reportFiguresArrow(REPORTS_DIR));
