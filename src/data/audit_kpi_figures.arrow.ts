// Served as /data/audit_kpi_figures.arrow: the audits' printed figures of the cost and age pages' KPIs beside Kolada.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {reports, snapshot} from "../../loaders/analysis/inputs.js";
import {auditKpiFigureRows} from "../../loaders/analysis/auditKpiFigures.js";
import {auditKpiFigures} from "../../model/tables/auditKpiFigures.js";

await runArrowLoader(() => toArrowBytes(auditKpiFigures, auditKpiFigureRows(reports().flatMap((r) => r.figures), snapshot().rows)));
