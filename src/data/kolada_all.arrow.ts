// Served as /data/kolada_all.arrow: the headline KPIs for every kommun (for ranks), from the snapshot.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {koladaAllArrow} from "../../loaders/kolada/servedTables.js";

await runArrowLoader(() => koladaAllArrow());
