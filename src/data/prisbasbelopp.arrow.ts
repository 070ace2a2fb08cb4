// Served as /data/prisbasbelopp.arrow: the prisbasbelopp fact table (year, kronor, source, checked).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {prisbasbeloppArrow} from "../../loaders/facts/prisbasbelopp.js";

await runArrowLoader(() => prisbasbeloppArrow());
