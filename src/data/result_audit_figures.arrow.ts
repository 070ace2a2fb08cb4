// Served as /data/result_audit_figures.arrow: the audits' printed U40455 and category A figures beside Kolada, with their check status.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues, reports, snapshot} from "../../loaders/analysis/inputs.js";
import {resultAuditFigureRows} from "../../loaders/analysis/results.js";
import {crossCheck} from "../../loaders/reports/crossCheck.js";
import {resultAuditFigures} from "../../model/tables/results.js";

const checks = () => crossCheck(reports().flatMap((r) => r.figures), snapshot().rows);
await runArrowLoader(() => toArrowBytes(resultAuditFigures, resultAuditFigureRows(reports(), checks(), catalogueValues())));
