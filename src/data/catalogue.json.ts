// Served as /data/catalogue.json: the one catalogue (model/catalogue.ts) for the pages.
import {catalogueJson} from "../../model/catalogue.js";

process.stdout.write(JSON.stringify(catalogueJson(), null, 2) + "\n");
