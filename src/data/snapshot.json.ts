// Served as /data/snapshot.json: the Kolada snapshot's date, provenance and years per KPI (loaders/kolada/snapshotInfo.ts).
import {runLoader} from "../../loaders/run.js";
import {snapshotInfo} from "../../loaders/kolada/snapshotInfo.js";

await runLoader(() => JSON.stringify(snapshotInfo(), null, 2) + "\n");
