// Åldersprofiler (src/aldersprofiler.md): everything the page's code uses, bundled into
// src/bundles/alder.js (scripts/site/bundle.ts), which is the page's one import.
export {loadPage} from "../kit/pageData.js";
export {withAdded, withoutUnavailable, unavailableNote} from "../kit/addedKommun.js";
export {isKommunId, kommunOf} from "../../model/catalogue.js";
export {deferred} from "../kit/deferred.js";
export {ALDER_DATA, ALDER_ADDED} from "../../model/pageData.js";
export {COMPARISON_RULE_TEXT} from "../../model/comparisons.js";
export {alderFrame, alderChoices} from "../sections/alder/context.js";
export {representationSection} from "../sections/alder/representation.js";
export {referenceSection} from "../sections/alder/reference.js";
export {ageStructureSection} from "../sections/alder/ageStructure.js";
export {contextSection, youthUnemploymentSection} from "../sections/alder/youth.js";
export {seriesBreakSentence} from "../sections/alder/sentences.js";
