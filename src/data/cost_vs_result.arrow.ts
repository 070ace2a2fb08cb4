// Served as /data/cost_vs_result.arrow: nettokostnad and resultat vid avslut per kommun and year, every kommun.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {everyKommunValues} from "../../loaders/analysis/inputs.js";
import {costVsResultRows} from "../../loaders/analysis/cost.js";
import {costVsResult} from "../../model/tables/cost.js";

await runArrowLoader(() => toArrowBytes(costVsResult, costVsResultRows(everyKommunValues())));
