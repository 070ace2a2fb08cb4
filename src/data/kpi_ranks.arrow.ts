// Served as /data/kpi_ranks.arrow: every kommun's rank and percentile per headline KPI, year and gender.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {everyKommunValues} from "../../loaders/analysis/inputs.js";
import {kpiRankRows} from "../../loaders/analysis/ranks.js";
import {kpiRanks} from "../../model/tables/ranks.js";

await runArrowLoader(() => toArrowBytes(kpiRanks, kpiRankRows(everyKommunValues())));
