// Served as /data/report_lost.arrow: tables and charts whose numbers did not survive extraction (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_lost"));
