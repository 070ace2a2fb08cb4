// Served as /data/youth_representation.arrow: young participants against the young in the population, and the ratio.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("youth_representation"));
