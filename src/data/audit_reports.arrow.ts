// Served as /data/audit_reports.arrow: the audits that have a page, in the site's order (derived, loaders/analysis/audits.ts).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("audit_reports"));
