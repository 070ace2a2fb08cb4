// Served as /data/audit_kpi_figures.arrow: the audits' printed figures of the cost and age pages' KPIs beside Kolada.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {reports, snapshot} from "../../loaders/analysis/inputs.js";
import {auditFigureRows} from "../../loaders/analysis/auditFigures.js";
import {auditKpiFigures} from "../../model/tables/auditFigures.js";

await runArrowLoader(() => toArrowBytes(auditKpiFigures, auditFigureRows(reports().flatMap((r) => r.figures), snapshot().rows)));
