// Served as /data/audit_figure_counts.arrow: the printed figures counted per report, status and compared indicator (derived, loaders/analysis/auditFigures.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("audit_figure_counts"));
