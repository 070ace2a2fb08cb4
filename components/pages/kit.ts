// Diagrambiblioteket (src/kit.md): drawn at build time (components/gallery/kit.ts,
// scripts/site/staticParts.ts); its script only gives the charts' downloads their actions.
// Bundled into src/bundles/kit.js (scripts/site/bundle.ts): no charting library.
export {hydrateDownloads} from "../kit/download.js";
