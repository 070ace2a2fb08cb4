// Served as /data/cost_vs_result.arrow: nettokostnad and resultat vid avslut per kommun and year, every kommun.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrowWriter.js";
import {everyKommunValues} from "../../loaders/analysis/inputs.js";
import {costResultPairs, costVsResultRows} from "../../loaders/analysis/cost.js";
import {costVsResult} from "../../model/tables/cost.js";

await runArrowLoader(() => toArrowBytes(costVsResult, costVsResultRows(costResultPairs(everyKommunValues()))));
