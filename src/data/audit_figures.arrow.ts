// Served as /data/audit_figures.arrow: every printed report figure with its status against Kolada (derived, loaders/analysis/auditFigures.ts).
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {auditFigureTable} from "../../loaders/analysis/reportInputs.js";
import {auditFigures} from "../../model/tables/audits.js";

await runArrowLoader(() => toArrowBytes(auditFigures, auditFigureTable()));
