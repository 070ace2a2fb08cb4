// Observable Framework configuration for Uppföljning.
// No CDN: no Google Fonts (own stylesheet with a system font stack), no search (English UI),
// no pager (English UI strings); page HTML is post-processed by scripts/build.ts (lang, viewport).
import {PROJECT_ROOT, REPORTS_DIR} from "./loaders/paths.js";
import {readBuildProvenance, renderFooter} from "./scripts/site/footer.js";
import {snapshotNoticePlugin, snapshotNotices} from "./scripts/site/snapshotNotice.js";
import {pageWords, pageWordsPlugin} from "./scripts/site/pageWords.js";
import {auditPages} from "./loaders/reports/pages.js";
import {KOMMUNER} from "./model/catalogue.js";
import {formatList} from "./components/kit/format.js";

// One page per audit report: src/granskningar/[report].md, listed from data/reports.
const audits = auditPages(REPORTS_DIR);

export default {
  title: "Uppföljning",
  root: "src",
  output: process.env.UPPF_OUTPUT_DIR ?? "dist",
  style: "style.css",
  globalStylesheets: [],
  pages: [
    {name: "Översikt", path: "/"},
    {name: "Resultat vid avslut", path: "/resultat-vid-avslut"},
    {name: "Kostnad per invånare", path: "/kostnad-per-invanare"},
    {name: "Åldersprofiler", path: "/aldersprofiler"},
    {
      name: "Granskningar",
      open: true,
      pages: [{name: "Jämförelse av granskningarna", path: "/granskningar/"}, ...audits.map((a) => ({name: a.name, path: a.path}))]
    },
    {name: "Utforska data", path: "/utforska"},
    {name: "Diagrambiblioteket", path: "/kit"},
    {name: "Tillgänglighetsredogörelse", path: "/tillganglighet"}
  ],
  dynamicPaths: audits.map((a) => a.path),
  toc: {show: true, label: "Innehåll"},
  pager: false,
  search: false,
  sidebar: true,
  head: `<link rel="icon" href="data:,"><meta name="description" content="Uppföljning: kommunala arbetsmarknadsinsatser i ${formatList(KOMMUNER.map((m) => m.name))} – resultat, kostnader och åldersprofiler från Kolada och revisionsrapporter.">`,
  footer: renderFooter(readBuildProvenance(PROJECT_ROOT)),
  // Written into the pages at build time: `{{word}}` model facts in prose (scripts/site/pageWords.ts) and
  // `<!-- snapshot-notice <page> -->`, what the Kolada snapshot holds of the page's KPIs.
  markdownIt: (md: Parameters<ReturnType<typeof snapshotNoticePlugin>>[0] & Parameters<ReturnType<typeof pageWordsPlugin>>[0]) =>
    pageWordsPlugin(pageWords(audits))(snapshotNoticePlugin(snapshotNotices())(md))
};
