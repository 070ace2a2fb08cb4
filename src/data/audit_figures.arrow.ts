// Served as /data/audit_figures.arrow: every printed report figure with its status against Kolada (derived, loaders/analysis/auditFigures.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("audit_figures"));
