// Served as /data/report_vs_kolada.arrow: each report figure with a KPI against the Kolada snapshot (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_vs_kolada"));
