// Observable Framework configuration for Uppföljning.
// No CDN: no Google Fonts (own stylesheet with a system font stack), no search (English UI),
// no pager (English UI strings); page HTML is post-processed by scripts/build.ts (lang, viewport).
import {PROJECT_ROOT} from "./loaders/paths.js";
import {readBuildProvenance, renderFooter} from "./loaders/site/footer.js";

export default {
  title: "Uppföljning",
  root: "src",
  output: process.env.UPPF_OUTPUT_DIR ?? "dist",
  style: "style.css",
  globalStylesheets: [],
  pages: [
    {name: "Översikt", path: "/"},
    {name: "Resultat vid avslut", path: "/resultat-vid-avslut"},
    {name: "Utforska data", path: "/utforska"},
    {name: "Diagrambiblioteket", path: "/kit"},
    {name: "Tillgänglighetsredogörelse", path: "/tillganglighet"}
  ],
  toc: {show: true, label: "Innehåll"},
  pager: false,
  search: false,
  sidebar: true,
  head: `<link rel="icon" href="data:,"><meta name="description" content="Uppföljning: kommunala arbetsmarknadsinsatser i Vänersborg, Alingsås, Östersund och Alvesta – resultat, kostnader och åldersprofiler från Kolada och revisionsrapporter.">`,
  footer: renderFooter(readBuildProvenance(PROJECT_ROOT))
};
