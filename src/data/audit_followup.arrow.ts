// Served as /data/audit_followup.arrow: per audit and followed KPI, the kommun's values since the audit beside all kommuners' mean (derived, loaders/analysis/followUp.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {REPORT_TABLES} from "../../loaders/reports/reportTables.js";

await runArrowLoader(REPORT_TABLES.audit_followup.arrow);
