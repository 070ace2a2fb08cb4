// Served as /data/kommun/<page>/<kommun>.tar: what a dashboard fetches when the reader adds a kommun
// outside the catalogue, one archive per page (Framework runs this once for each page the config's
// paths name, with --page=<page>; loaders/serve/kommunFiles.ts).
import {loaderParam, runLoader} from "../../../loaders/run.js";
import {addedKommunArchive} from "../../../loaders/serve/kommunFiles.js";

await runLoader(() => addedKommunArchive(loaderParam("page")));
