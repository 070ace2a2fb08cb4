// Served as /data/audit_followup.arrow: per audit and followed KPI, the kommun's values since the audit beside all kommuners' mean (derived, loaders/analysis/followUp.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("audit_followup"));
