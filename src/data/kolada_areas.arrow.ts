// Served as /data/kolada_areas.arrow: the catalogue's areas (kommuner, Riket, group means).
import {runArrowLoader} from "../../loaders/arrow.js";
import {koladaAreasArrow} from "../../loaders/kolada/servedTables.js";

await runArrowLoader(() => koladaAreasArrow());
