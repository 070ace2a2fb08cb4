// Served as /data/report_figures.arrow: the figures printed in the audit reports.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("report_figures"));
