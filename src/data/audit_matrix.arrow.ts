// Served as /data/audit_matrix.arrow: every theme × every audit with what it found (derived, loaders/analysis/audits.ts).
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {auditMatrixRows} from "../../loaders/analysis/audits.js";
import {auditQuestionTable, auditReportTable, reportThemeRows} from "../../loaders/analysis/reportInputs.js";
import {auditMatrix} from "../../model/tables/audits.js";

await runArrowLoader(() => toArrowBytes(auditMatrix, auditMatrixRows(auditReportTable(), auditQuestionTable(), reportThemeRows())));
