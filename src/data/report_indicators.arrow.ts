// Served as /data/report_indicators.arrow: per audit, the Kolada KPIs followed since the audit (data/reports/themes.yaml).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORT_TABLES} from "../../loaders/reports/reportTables.js";

await runArrowLoader(REPORT_TABLES.report_indicators.arrow);
