// Diagrambiblioteket (src/kit.md): everything the gallery's code uses, bundled into
// src/bundles/kit.js (scripts/site/bundle.ts), which is the page's one import.
export {rowsFromArrow} from "../kit/arrow.js";
export {trendChart, seriesLegend} from "../kit/trendChart.js";
export {rankStrip} from "../kit/rankStrip.js";
export {kpiCard} from "../kit/kpiCard.js";
export {dumbbell} from "../kit/dumbbell.js";
export {stacked100} from "../kit/stacked100.js";
export {ageProfile} from "../kit/ageProfile.js";
export {dataTable} from "../kit/dataTable.js";
export {sourceNote, reportSource} from "../kit/sourceNote.js";
export {download} from "../kit/download.js";
export {chartFigure} from "../kit/chartFigure.js";
export {tableOf} from "../kit/chartKit.js";
export {formatYear} from "../kit/format.js";
export {KOMMUNER} from "../../model/catalogue.js";
