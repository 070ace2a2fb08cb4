// Served as /data/reports/<report>/<table>.arrow, one file per table of the archive: an audit page's
// slices of the served report tables, the rows of the report and of the documents that refer to it
// (loaders/serve/reportSlices.ts).
import {parseArgs} from "node:util";
import {runLoader} from "../../../loaders/run.js";
import {reportSlicesTar} from "../../../loaders/serve/reportSlices.js";

await runLoader(() => reportSlicesTar(parseArgs({options: {report: {type: "string"}}}).values.report));
