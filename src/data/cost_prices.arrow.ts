// Served as /data/cost_prices.arrow: the verksamheter's costs per inhabitant in current and fixed prices.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("cost_prices"));
