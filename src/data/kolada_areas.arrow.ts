// Served as /data/kolada_areas.arrow: the catalogue's areas (kommuner, Riket, group means).
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {koladaAreasArrow} from "../../loaders/kolada/servedTables.js";

await runArrowLoader(() => koladaAreasArrow());
