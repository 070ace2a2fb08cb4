// Served as /data/audit_figure_counts.arrow: the printed figures counted per report, status and compared indicator (derived, loaders/analysis/auditFigures.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORT_TABLES} from "../../loaders/reports/reportTables.js";

await runArrowLoader(REPORT_TABLES.audit_figure_counts.arrow);
