// Served as /data/kpi_latest.arrow: the site's kommuner's latest value, change and rank per headline KPI and gender.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("kpi_latest"));
