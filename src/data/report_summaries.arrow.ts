// Served as /data/report_summaries.arrow: one line per audit report, the first sentence of its conclusion.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_summaries"));
