// Served as /data/cost_vs_result_summary.arrow: per year the counts, medians and Pearson's r of cost against result.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrowWriter.js";
import {everyKommunValues} from "../../loaders/analysis/inputs.js";
import {costResultPairs, costVsResultSummaryRows} from "../../loaders/analysis/cost.js";
import {costVsResultSummary} from "../../model/tables/cost.js";

await runArrowLoader(() => toArrowBytes(costVsResultSummary, costVsResultSummaryRows(costResultPairs(everyKommunValues()))));
