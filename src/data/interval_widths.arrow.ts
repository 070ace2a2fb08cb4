// Served as /data/interval_widths.arrow: the 95 % Wilson interval around 50 % for a few participant counts.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("interval_widths"));
