// Served as /data/youth_unemployment.arrow: youth unemployment as one series across Kolada's break.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues} from "../../loaders/analysis/inputs.js";
import {youthUnemploymentRows} from "../../loaders/analysis/age.js";
import {youthUnemployment} from "../../model/tables/age.js";

await runArrowLoader(() => toArrowBytes(youthUnemployment, youthUnemploymentRows(catalogueValues())));
