// Served as /data/report_vs_kolada.arrow: each report figure with a KPI against the Kolada snapshot (columns: docs/data-model.md).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {KOLADA_DIR, REPORTS_DIR} from "../../loaders/paths.js";
import {readSnapshotRows} from "../../loaders/kolada/snapshot.js";
import {reportVsKoladaArrow} from "../../loaders/reports/crossCheck.js";

await runArrowLoader(() => reportVsKoladaArrow(REPORTS_DIR, readSnapshotRows(KOLADA_DIR)));
