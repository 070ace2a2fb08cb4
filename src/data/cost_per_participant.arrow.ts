// Served as /data/cost_per_participant.arrow: nettokostnad per deltagare in current and fixed prices, with its parts.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("cost_per_participant"));
