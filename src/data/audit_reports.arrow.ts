// Served as /data/audit_reports.arrow: the audits that have a page, in the site's order (derived, loaders/analysis/audits.ts).
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {auditReportTable} from "../../loaders/analysis/reportInputs.js";
import {auditReports} from "../../model/tables/audits.js";

await runArrowLoader(() => toArrowBytes(auditReports, auditReportTable()));
