// Served as /data/result_composition.arrow: the A–E exit categories per kommun, year and gender, long format.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("result_composition"));
