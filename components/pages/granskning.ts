// An audit page (src/granskningar/[report].md): drawn at build time (scripts/site/staticParts.ts);
// its script only gives the charts' downloads their actions. Bundled into src/bundles/granskning.js
// (scripts/site/bundle.ts): no charting library.
export {hydrateDownloads} from "../kit/download.js";
