// Served as /data/population_age_bands.arrow: the population's age bands per area, year and gender.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues} from "../../loaders/analysis/inputs.js";
import {populationAgeBandRows} from "../../loaders/analysis/age.js";
import {populationAgeBands} from "../../model/tables/age.js";

await runArrowLoader(() => toArrowBytes(populationAgeBands, populationAgeBandRows(catalogueValues())));
