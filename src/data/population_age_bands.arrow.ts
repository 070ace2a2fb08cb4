// Served as /data/population_age_bands.arrow: the population's age bands per area, year and gender.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("population_age_bands"));
