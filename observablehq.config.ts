// Observable Framework configuration for Uppföljning.
// No CDN: no Google Fonts (own stylesheet with a system font stack), no search (English UI),
// no pager (English UI strings). What Framework is fed before it runs (the pages' bundles, the parts
// drawn at build time) is scripts/site/prepare.ts; what still touches its output is
// scripts/site/framework.ts (docs/framework-contract.md).
import {PROJECT_ROOT, REPORTS_DIR} from "./loaders/paths.js";
import {formatList} from "./components/kit/wording.js";
import {escapeHtml, readBuildProvenance, renderFooter} from "./scripts/site/footer.js";
import {snapshotNoticePlugin, snapshotNotices} from "./scripts/site/snapshotNotice.js";
import {pageWords, pageWordsPlugin} from "./scripts/site/pageWords.js";
import {staticPartsPlugin} from "./scripts/site/staticParts.js";
import {unhashedCopies} from "./scripts/site/framework.js";
import {publishedNames} from "./model/published.js";
import {roomsPlugin} from "./scripts/site/rooms.js";
import {ROOMS} from "./components/sections/rooms.js";
import {auditPages} from "./loaders/reports/pages.js";
import {KOMMUNER} from "./model/catalogue.js";
import {addedKommunPaths} from "./model/pageData.js";
import {kommunDescription, kommunPagesBuilt, kommunRoutes} from "./scripts/site/kommunRoutes.js";

// One page per audit report: src/granskningar/[report].md, listed from data/reports.
const audits = auditPages(REPORTS_DIR);
// One page per kommun: src/kommun/[kommun].md, listed from the snapshot's kommuner.csv.
const kommuner = kommunRoutes();

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
    {name: "Hitta din kommun", path: "/kommun/"},
    {
      name: "Granskningar",
      open: true,
      pages: [{name: "Jämförelse av granskningarna", path: "/granskningar/"}, ...audits.map((a) => ({name: a.name, path: a.path}))]
    },
    {name: "Utforska data", path: "/utforska"},
    {name: "Öppna data", path: "/oppna-data"},
    {name: "Diagrambiblioteket", path: "/kit"},
    {name: "Tillgänglighetsredogörelse", path: "/tillganglighet"}
  ],
  // The audit pages, the kommun pages, the open data at its stable addresses (/data/<table>.csv, …:
  // model/published.ts) and the files a dashboard fetches when the reader adds a kommun outside the
  // catalogue (src/data.tar.ts makes them).
  dynamicPaths: [
    ...audits.map((a) => a.path),
    ...(kommunPagesBuilt() ? kommuner.map((k) => k.path) : []),
    ...unhashedCopies("data", publishedNames()),
    ...addedKommunPaths(kommuner.map((k) => k.id)).map((p) => `/${p}`)
  ],
  toc: {show: true, label: "Innehåll"},
  pager: false,
  search: false,
  sidebar: true,
  // A kommun page's description names its kommun; every other page's names the catalogue's.
  // The names come from data: escaped, so a name cannot end the attribute (test/e2e/security.test.ts).
  head: ({path}: {path: string}) =>
    `<link rel="icon" href="data:,"><meta name="description" content="${escapeHtml(
      kommunDescription(kommuner, path) ??
        `Uppföljning: kommunala arbetsmarknadsinsatser i ${formatList(KOMMUNER.map((m) => m.name))} – resultat, kostnader och åldersprofiler från Kolada och revisionsrapporter.`
    )}">`,
  footer: renderFooter(readBuildProvenance(PROJECT_ROOT)),
  // Written into the pages at build time: `{{word}}` model facts in prose (scripts/site/pageWords.ts),
  // `<!-- snapshot-notice <page> -->`, what the Kolada snapshot holds of the page's KPIs, and
  // `<!-- static <part> -->`, a part drawn at build time (scripts/site/staticParts.ts), and
  // `data-room="<name>"`, the room a section takes before it is drawn (scripts/site/rooms.ts).
  markdownIt: (
    md: Parameters<ReturnType<typeof snapshotNoticePlugin>>[0] &
      Parameters<ReturnType<typeof pageWordsPlugin>>[0] &
      Parameters<ReturnType<typeof staticPartsPlugin>>[0] &
      Parameters<ReturnType<typeof roomsPlugin>>[0]
  ) =>
    roomsPlugin(ROOMS)(
      pageWordsPlugin(pageWords(audits, new Map(kommuner.map((k) => [k.id, k.name]))))(staticPartsPlugin()(snapshotNoticePlugin(snapshotNotices())(md)))
    )
};
