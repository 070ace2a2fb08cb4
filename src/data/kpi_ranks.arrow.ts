// Served as /data/kpi_ranks.arrow: every kommun's rank and percentile per headline KPI, year and gender.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("kpi_ranks"));
