// Served as /data/report_assessments.arrow: every audit question / kontrollmål with its verbatim assessment (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_assessments"));
