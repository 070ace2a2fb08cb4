// Served as /data/audit_questions.arrow: the audits' questions with their theme and lack (derived, loaders/analysis/audits.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("audit_questions"));
