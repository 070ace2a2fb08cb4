// Served as /data/cost_vs_result_summary.arrow: per year the counts, medians and Pearson's r of cost against result.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("cost_vs_result_summary"));
