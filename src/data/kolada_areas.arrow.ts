// Served as /data/kolada_areas.arrow: the catalogue's areas (kommuner, Riket, group means).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("kolada_areas"));
