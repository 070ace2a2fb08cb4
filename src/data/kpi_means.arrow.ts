// Served as /data/kpi_means.arrow: the unweighted mean of all kommuner per headline KPI, year and gender.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrowWriter.js";
import {everyKommunValues} from "../../loaders/analysis/inputs.js";
import {kpiMeanRows} from "../../loaders/analysis/means.js";
import {kpiMeans} from "../../model/tables/analysis.js";

await runArrowLoader(() => toArrowBytes(kpiMeans, kpiMeanRows(everyKommunValues())));
