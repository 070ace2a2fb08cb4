// Served as /data/interval_widths.arrow: the 95 % Wilson interval around 50 % for a few participant counts.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {intervalWidthRows} from "../../loaders/analysis/results.js";
import {intervalWidths} from "../../model/tables/results.js";

await runArrowLoader(() => toArrowBytes(intervalWidths, intervalWidthRows()));
