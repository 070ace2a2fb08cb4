// Served as /data/result_composition.arrow: the A–E exit categories per kommun, year and gender, long format.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues} from "../../loaders/analysis/inputs.js";
import {resultCompositionRows} from "../../loaders/analysis/results.js";
import {resultComposition} from "../../model/tables/results.js";

await runArrowLoader(() => toArrowBytes(resultComposition, resultCompositionRows(catalogueValues())));
