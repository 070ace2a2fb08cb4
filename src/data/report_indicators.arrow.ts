// Served as /data/report_indicators.arrow: per audit, the Kolada KPIs followed since the audit (data/reports/themes.yaml).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_indicators"));
