// Served as /data/result_shares.arrow: U40455 with N40450, its 95 % Wilson interval and the few-participants flag per kommun, year and gender.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("result_shares"));
