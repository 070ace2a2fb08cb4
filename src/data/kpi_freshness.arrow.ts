// Served as /data/kpi_freshness.arrow: per catalogue KPI the years in the snapshot and Kolada's publication dates.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {snapshot} from "../../loaders/analysis/inputs.js";
import {kpiFreshnessRows} from "../../loaders/analysis/overview.js";
import {kpiFreshness} from "../../model/tables/overview.js";

await runArrowLoader(() => toArrowBytes(kpiFreshness, kpiFreshnessRows(snapshot().rows, snapshot().metadata.kpis)));
