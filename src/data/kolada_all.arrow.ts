// Served as /data/kolada_all.arrow: the headline KPIs for every kommun (for ranks), from the snapshot.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("kolada_all"));
