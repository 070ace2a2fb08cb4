// Served as /data/…, one file per file of the archive: the open data (every table as CSV, Parquet
// and Arrow, the data package), the pages' copies and slices and the snapshot's metadata, made in
// one run (loaders/serve/archive.ts).
import {runLoader} from "../loaders/run.js";
import {servedArchive} from "../loaders/serve/archive.js";

await runLoader(() => servedArchive());
