// Served as /data/audit_followup.arrow: per audit and followed KPI, the kommun's values since the audit beside all kommuners' mean (derived, loaders/analysis/followUp.ts).
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {auditFollowUpRows} from "../../loaders/analysis/followUp.js";
import {catalogueValues, everyKommunValues} from "../../loaders/analysis/inputs.js";
import {auditReportTable, meanRows, reportIndicatorRows} from "../../loaders/analysis/reportInputs.js";
import {auditFollowUp} from "../../model/tables/audits.js";

await runArrowLoader(() => toArrowBytes(auditFollowUp, auditFollowUpRows(auditReportTable(), reportIndicatorRows(), catalogueValues(), everyKommunValues(), meanRows())));
