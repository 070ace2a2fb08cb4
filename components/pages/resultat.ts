// Resultat vid avslut (src/resultat-vid-avslut.md): everything the page's code uses, bundled into
// src/bundles/resultat.js (scripts/site/bundle.ts), which is the page's one import.
export {loadPage} from "../kit/pageData.js";
export {withAdded, withoutUnavailable, unavailableNote} from "../kit/addedKommun.js";
export {isKommunId, kommunOf} from "../../model/catalogue.js";
export {deferred} from "../kit/deferred.js";
export {formatDate} from "../kit/format.js";
export {formatList} from "../kit/wording.js";
export {RESULTAT_DATA, RESULTAT_ADDED} from "../../model/pageData.js";
export {RESULTAT} from "../../model/pages/resultat.js";
export {COMPARISON_LABELS} from "../../model/vocabulary.js";
export {resultatChoices, noKommunNote, addedNote, resultatFrame} from "../sections/resultat/context.js";
export {shareTrendSection} from "../sections/resultat/trend.js";
export {compositionSection} from "../sections/resultat/composition.js";
export {intervalExample, uncertaintySection} from "../sections/resultat/uncertainty.js";
export {rankingSection, rankYearChoice} from "../sections/resultat/ranking.js";
export {auditSection} from "../sections/resultat/audits.js";
