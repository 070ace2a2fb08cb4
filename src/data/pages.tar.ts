// Served as /data/pages/<page>/<key>.arrow, one file per slice of the archive: each dashboard
// page's slices of the served tables, as model/pageData.ts declares them (loaders/serve/pageSlices.ts).
import {runLoader} from "../../loaders/run.js";
import {pageSlicesTar} from "../../loaders/serve/pageSlices.js";

await runLoader(() => pageSlicesTar());
