// Served as /data/audit_matrix.arrow: every theme × every audit with what it found (derived, loaders/analysis/audits.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("audit_matrix"));
