// Served as /data/audit_figures.arrow: every printed report figure with its status against Kolada (derived, loaders/analysis/auditFigures.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {reportTableArrow} from "../../loaders/reports/reportTables.js";

await runArrowLoader(() => reportTableArrow("audit_figures"));
