// Served as /data/cost_vs_result.arrow: nettokostnad and resultat vid avslut per kommun and year, every kommun.
import {runArrowLoader} from "../../loaders/arrowWriter.js";
import {servedArrow} from "../../loaders/serve/tables.js";

await runArrowLoader(() => servedArrow("cost_vs_result"));
