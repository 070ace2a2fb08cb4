// Åldersprofiler (src/aldersprofiler.md): everything the page's code uses, bundled into
// src/bundles/alder.js (scripts/site/bundle.ts), which is the page's one import.
export {loadPage} from "../kit/pageData.js";
export {deferred} from "../kit/deferred.js";
export {ALDER_DATA} from "../../model/pageData.js";
export {alderFrame, alderChoices} from "../sections/alder/context.js";
export {representationSection} from "../sections/alder/representation.js";
export {referenceSection} from "../sections/alder/reference.js";
export {ageStructureSection} from "../sections/alder/ageStructure.js";
export {contextSection, youthUnemploymentSection} from "../sections/alder/youth.js";
export {seriesBreakSentence} from "../sections/alder/sentences.js";
