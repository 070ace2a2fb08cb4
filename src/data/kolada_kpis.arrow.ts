// Served as /data/kolada_kpis.arrow: one row per catalogue KPI (labels, units, Kolada metadata).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("kolada_kpis"));
