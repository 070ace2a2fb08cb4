// Served as /data/kpi_latest.arrow: the site's kommuner's latest value, change and rank per headline KPI and gender.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {everyKommunValues} from "../../loaders/analysis/inputs.js";
import {kpiLatestRows, kpiRankRows} from "../../loaders/analysis/ranks.js";
import {kpiLatest} from "../../model/tables/ranks.js";

await runArrowLoader(() => toArrowBytes(kpiLatest, kpiLatestRows(kpiRankRows(everyKommunValues()))));
