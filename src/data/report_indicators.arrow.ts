// Served as /data/report_indicators.arrow: per audit, the Kolada KPIs followed since the audit (data/reports/themes.yaml).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {reportIndicatorsArrow} from "../../loaders/reports/themes.js";

await runArrowLoader(() => reportIndicatorsArrow(REPORTS_DIR));
