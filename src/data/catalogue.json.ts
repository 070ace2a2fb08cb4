// Served as /data/catalogue.json: the one catalogue (model/catalogue.ts) for the pages.
import {runLoader} from "../../loaders/run.js";
import {catalogueJson} from "../../model/catalogue.js";

await runLoader(() => JSON.stringify(catalogueJson(), null, 2) + "\n");
