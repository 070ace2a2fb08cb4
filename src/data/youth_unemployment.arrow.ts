// Served as /data/youth_unemployment.arrow: youth unemployment as one series across Kolada's break.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("youth_unemployment"));
