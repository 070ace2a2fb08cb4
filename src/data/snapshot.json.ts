// Served as /data/snapshot.json: the Kolada snapshot's date, provenance and years per KPI (loaders/kolada/snapshotInfo.ts).
import {snapshotInfo} from "../../loaders/kolada/snapshotInfo.js";

process.stdout.write(JSON.stringify(snapshotInfo(), null, 2) + "\n");
