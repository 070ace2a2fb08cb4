// Served as /data/kolada.arrow: catalogue KPIs × catalogue areas, from the committed snapshot.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("kolada"));
