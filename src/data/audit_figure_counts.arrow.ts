// Served as /data/audit_figure_counts.arrow: the printed figures counted per report, status and compared indicator (derived, loaders/analysis/auditFigures.ts).
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {auditFigureCountRows} from "../../loaders/analysis/auditFigures.js";
import {auditFigureTable} from "../../loaders/analysis/reportInputs.js";
import {auditFigureCounts} from "../../model/tables/audits.js";

await runArrowLoader(() => toArrowBytes(auditFigureCounts, auditFigureCountRows(auditFigureTable())));
