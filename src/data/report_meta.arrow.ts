// Served as /data/report_meta.arrow: who audited what and when, the overall conclusion (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_meta"));
