// Served as /data/result_audit_figures.arrow: the audits' printed U40455 and category A figures beside Kolada, with their check status.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("result_audit_figures"));
