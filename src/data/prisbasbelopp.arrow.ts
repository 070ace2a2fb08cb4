// Served as /data/prisbasbelopp.arrow: the prisbasbelopp fact table (year, kronor, source, checked).
import {runArrowLoader} from "../../loaders/arrow.js";
import {prisbasbeloppArrow} from "../../loaders/facts/prisbasbelopp.js";

await runArrowLoader(() => prisbasbeloppArrow());
