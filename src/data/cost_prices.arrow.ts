// Served as /data/cost_prices.arrow: the verksamheter's costs per inhabitant in current and fixed prices.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues, prisbasbeloppSeries} from "../../loaders/analysis/inputs.js";
import {costPriceRows} from "../../loaders/analysis/cost.js";
import {costPrices} from "../../model/tables/cost.js";

await runArrowLoader(() => toArrowBytes(costPrices, costPriceRows(catalogueValues(), prisbasbeloppSeries())));
