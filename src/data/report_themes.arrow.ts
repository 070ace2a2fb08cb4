// Served as /data/report_themes.arrow: every audit question's theme (data/reports/themes.yaml), one row per question.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_themes"));
