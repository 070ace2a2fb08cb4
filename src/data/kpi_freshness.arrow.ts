// Served as /data/kpi_freshness.arrow: per catalogue KPI the years in the snapshot and Kolada's publication dates.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("kpi_freshness"));
