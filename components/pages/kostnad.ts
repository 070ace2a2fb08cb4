// Kostnad per invånare (src/kostnad-per-invanare.md): everything the page's code uses, bundled into
// src/bundles/kostnad.js (scripts/site/bundle.ts), which is the page's one import.
export {loadPage} from "../kit/pageData.js";
export {withAdded, withoutUnavailable, unavailableNote} from "../kit/addedKommun.js";
export {isKommunId, kommunOf} from "../../model/catalogue.js";
export {deferred} from "../kit/deferred.js";
export {KOSTNAD_DATA, KOSTNAD_ADDED} from "../../model/pageData.js";
export {kostnadChoices, kostnadFrame, pricesInput, syncPriceBase, verksamhetInput} from "../sections/kostnad/context.js";
export {costTrendSection} from "../sections/kostnad/trend.js";
export {perParticipantSection} from "../sections/kostnad/perParticipant.js";
export {costResultSection} from "../sections/kostnad/scatter.js";
export {auditTableSection} from "../sections/kostnad/auditTable.js";
