// Served as /data/audit_questions.arrow: the audits' questions with their theme and lack (derived, loaders/analysis/audits.ts).
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {auditQuestionTable} from "../../loaders/analysis/reportInputs.js";
import {auditQuestions} from "../../model/tables/audits.js";

await runArrowLoader(() => toArrowBytes(auditQuestions, auditQuestionTable()));
