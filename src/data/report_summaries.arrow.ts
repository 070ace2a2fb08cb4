// Served as /data/report_summaries.arrow: one line per audit report, the first sentence of its conclusion.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {reports} from "../../loaders/analysis/inputs.js";
import {reportSummaryRows} from "../../loaders/analysis/overview.js";
import {reportSummaries} from "../../model/tables/overview.js";

await runArrowLoader(() => toArrowBytes(reportSummaries, reportSummaryRows(reports().map((r) => r.meta))));
