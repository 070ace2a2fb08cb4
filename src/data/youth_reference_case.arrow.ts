// Served as /data/youth_reference_case.arrow: the audit's reference case (model/pages/alder.ts) beside the population.
import {runArrowLoader, toArrowBytes} from "../../loaders/arrow.js";
import {catalogueValues, reports} from "../../loaders/analysis/inputs.js";
import {referenceKommun, youthReferenceRows, youthRepresentationRows} from "../../loaders/analysis/age.js";
import {youthReferenceCase} from "../../model/tables/age.js";

const figures = () => reports().flatMap((r) => r.figures);
await runArrowLoader(() => toArrowBytes(youthReferenceCase, youthReferenceRows(figures(), referenceKommun(reports()), youthRepresentationRows(catalogueValues()))));
