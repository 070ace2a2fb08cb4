// Served as /data/kolada_kpis.arrow: one row per catalogue KPI (labels, units, Kolada metadata).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {koladaKpisArrow} from "../../loaders/kolada/servedTables.js";

await runArrowLoader(() => koladaKpisArrow());
