// Served as /data/kpi_means.arrow: the unweighted mean of all kommuner per headline KPI, year and gender.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("kpi_means"));
