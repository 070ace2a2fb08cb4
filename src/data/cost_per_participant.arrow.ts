// Served as /data/cost_per_participant.arrow: nettokostnad per deltagare in current and fixed prices, with its parts.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues, prisbasbeloppSeries} from "../../loaders/analysis/inputs.js";
import {costPerParticipantRows} from "../../loaders/analysis/cost.js";
import {costPerParticipant} from "../../model/tables/cost.js";

await runArrowLoader(() => toArrowBytes(costPerParticipant, costPerParticipantRows(catalogueValues(), prisbasbeloppSeries())));
