// Served as /data/audit_kpi_figures.arrow: the audits' printed figures of the cost and age pages' KPIs beside Kolada.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("audit_kpi_figures"));
