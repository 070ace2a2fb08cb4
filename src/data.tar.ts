// Served as /data/…, one file per file of the archive: every table, page slice, report slice and
// the snapshot's metadata, made in one run (loaders/serve/archive.ts).
import {runLoader} from "../loaders/run.js";
import {servedArchive} from "../loaders/serve/archive.js";

await runLoader(() => servedArchive());
