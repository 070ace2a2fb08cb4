// Served as /data/reports/<report>/<table>.arrow: an audit page's slice of one of the served report
// tables (loaders/reports/reportTables.ts), the rows of the report and of the documents that refer to it.
import {parseArgs} from "node:util";
import {runArrowLoader} from "../../../../loaders/arrowWriter.js";
import {reportSliceArrow} from "../../../../loaders/reports/reportTables.js";

await runArrowLoader(() => {
  const {values} = parseArgs({options: {report: {type: "string"}, table: {type: "string"}}});
  return reportSliceArrow(values.table, values.report);
});
