// Served as /data/report_recommendations.arrow: every formal recommendation, verbatim (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_recommendations"));
