// Served as /data/report_indicators.arrow: per audit, the Kolada KPIs followed since the audit (data/reports/themes.yaml).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {reportTableArrow} from "../../loaders/reports/reportTables.js";

await runArrowLoader(() => reportTableArrow("report_indicators"));
