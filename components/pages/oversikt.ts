// Översikt (src/index.md): drawn at build time (scripts/site/staticParts.ts); its script only gives
// the charts' downloads their actions. Bundled into src/bundles/oversikt.js (scripts/site/bundle.ts).
export {hydrateDownloads} from "../kit/download.js";
