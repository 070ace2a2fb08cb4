// Served as /data/youth_reference_case.arrow: the audit's reference case (model/pages/alder.ts) beside the population.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("youth_reference_case"));
