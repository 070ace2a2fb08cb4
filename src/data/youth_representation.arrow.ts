// Served as /data/youth_representation.arrow: young participants against the young in the population, and the ratio.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues} from "../../loaders/analysis/inputs.js";
import {youthRepresentationRows} from "../../loaders/analysis/age.js";
import {youthRepresentation} from "../../model/tables/age.js";

await runArrowLoader(() => toArrowBytes(youthRepresentation, youthRepresentationRows(catalogueValues())));
