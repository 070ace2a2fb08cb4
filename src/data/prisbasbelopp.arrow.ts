// Served as /data/prisbasbelopp.arrow: the prisbasbelopp fact table (year, kronor, source, checked).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("prisbasbelopp"));
