// Served as /data/catalogue.json: the one catalogue (loaders/catalogue.ts) for the pages.
import {catalogueJson} from "../../loaders/catalogue.js";

process.stdout.write(JSON.stringify(catalogueJson(), null, 2) + "\n");
