// Served as /data/result_shares.arrow: U40455 with N40450, its 95 % Wilson interval and the few-participants flag per kommun, year and gender.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues} from "../../loaders/analysis/inputs.js";
import {resultShareRows} from "../../loaders/analysis/results.js";
import {resultShares} from "../../model/tables/results.js";

await runArrowLoader(() => toArrowBytes(resultShares, resultShareRows(catalogueValues())));
