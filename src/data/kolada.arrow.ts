// Served as /data/kolada.arrow: catalogue KPIs × catalogue areas, from the committed snapshot.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {koladaArrow} from "../../loaders/kolada/servedTables.js";

await runArrowLoader(() => koladaArrow());
