// Static parts: what a page shows that depends on no choice of the reader, drawn at build time with
// the kit's and the sections' own functions under a DOM implementation (jsdom), in one process for
// every page, and written into the page's HTML where its Markdown says `<!-- static <name> -->`
// (the config's markdown-it rule, staticPartsPlugin). The HTML as served then holds the text, the
// tables and the charts as SVG: the page reads with script off, and needs script only for its
// downloads (hydrateDownloads). A chart is drawn twice, for a wide and a narrow screen, and the
// stylesheet shows one (a chart scaled down from 640 px to a phone's 340 px has unreadable text).
// A part of a parameterized page is drawn per parameter (an audit page: per report). The page Öppna
// data is drawn here too, from the open data's files as the data archive makes them
// (loaders/serve/published.ts: the same bytes, so the sizes it shows are the files').
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync} from "node:fs";
import {dirname, join} from "node:path";
import {JSDOM} from "jsdom";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {snapshotInfo} from "../../loaders/kolada/snapshotInfo.js";
import {sliceRows} from "../../loaders/serve/pageSlices.js";
import {auditPages} from "../../loaders/reports/pages.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {SERVED} from "../../loaders/serve/tables.js";
import {packageContext, publishedTables} from "../../loaders/serve/published.js";
import {OVERSIKT_DATA} from "../../model/pageData.js";
import type {RowOf} from "../../model/table.js";
import {responsive, staticHtml} from "../../components/kit/staticHtml.js";
import {
  auditHeader,
  auditPage,
  assessmentSection,
  figuresSection,
  lostSection,
  recommendationSection,
  type AuditTables
} from "../../components/audit/reportPage.js";
import {followUpSection} from "../../components/audit/followUp.js";
import {cardsSection} from "../../components/sections/oversikt/cards.js";
import {overviewTrendSection} from "../../components/sections/oversikt/trend.js";
import {auditList} from "../../components/sections/oversikt/audits.js";
import {freshnessSection} from "../../components/sections/oversikt/freshness.js";
import type {OversiktData} from "../../components/sections/oversikt/context.js";
import {KIT_FIXED_WIDTH, KIT_GALLERY, type KitData} from "../../components/gallery/kit.js";
import {kommunContext, kommunOthers, kommunPeers, kommunSummary, kommunTrend} from "../../components/kommun/page.js";
import {kommunList, kommunMap} from "../../components/kommun/index.js";
import {kommunIndexEntries, kommunPageData} from "../../loaders/analysis/kommunPages.js";
import {kommunPagesBuilt} from "./kommunRoutes.js";
import {snapshot as readSnapshotInput} from "../../loaders/analysis/inputs.js";
import {holdsMemberships, kommunGroups} from "../../loaders/kolada/groups.js";
import {readPopulation} from "../../loaders/facts/population.js";
import {GEO_CREDIT, projectKommunShapes, readKommunShapes} from "../../loaders/geo/kommuner.js";
import {knowGroupNames, kpiOf} from "../../model/catalogue.js";
import {groupNamesOf} from "../../components/frame/dashboardCatalogue.js";
import {KOMMUN_HEADLINE, type KommunPageData} from "../../model/pages/kommun.js";
import {duckdbSnippet, openDataAddress, openDataTables, openDataTerms, pythonSnippet, rSnippet} from "../../components/explore/openData.js";

/** Where the parts are written (generated, ignored by git; read by the config, not served by Framework). */
export const STATIC_DIR = join(PROJECT_ROOT, "src", ".static");

/** The widths a chart is drawn at: the main column on a wide screen, and a phone's (375 px less the page's margins). */
export const WIDE = 640;
export const NARROW = 340;

const rows = <K extends keyof typeof SERVED>(name: K) => [...SERVED[name].rows()] as RowOf<(typeof SERVED)[K]["table"]>[];

/** Översikt's data, as its page declares it (model/pageData.ts). */
function oversiktData(): OversiktData {
  const snapshot = snapshotInfo();
  const s = OVERSIKT_DATA.slices;
  return {
    snapshot,
    fetchedAt: snapshot.snapshot_date,
    kolada: sliceRows(s.kolada),
    latest: sliceRows(s.latest),
    freshness: sliceRows(s.freshness),
    audits: sliceRows(s.audits)
  };
}

/**
 * The tables an audit page draws from, whole (each part selects its report's rows). A report's
 * figures may name a group (Östersund's compare with its size group): its name is Kolada's, learnt
 * from the memberships (kommun_groups) as a dashboard learns it (dashboardCatalogue).
 */
export function auditTables(): AuditTables {
  knowGroupNames(groupNamesOf(rows("kommun_groups")));
  return {
    meta: rows("report_meta"),
    audits: rows("audit_reports"),
    assessments: rows("report_assessments"),
    recommendations: rows("report_recommendations"),
    lost: rows("report_lost"),
    figures: rows("audit_figures"),
    counts: rows("audit_figure_counts"),
    followUp: rows("audit_followup"),
    indicators: rows("report_indicators"),
    kpis: rows("kolada_kpis")
  };
}

/** The gallery's tables, whole. */
const kitData = (): KitData => ({
  kolada: rows("kolada"),
  kpis: rows("kolada_kpis"),
  figures: rows("report_figures"),
  summaries: rows("report_summaries"),
  ranks: rows("kpi_ranks"),
  latest: rows("kpi_latest"),
  kommuner: rows("kommun_groups")
});

/** Every kommun's page data (model/pages/kommun.ts), in one pass over the snapshot. */
export function kommunPages(): Map<string, KommunPageData> {
  const snap = readSnapshotInput();
  const known = new Set(snap.kommuner.map((m) => m.id));
  const pages = kommunPageData({
    kommuner: snap.kommuner,
    groups: holdsMemberships(snap.metadata.areas) ? kommunGroups(snap) : new Map(),
    rows: snap.rows,
    ranks: rows("kpi_ranks"),
    groupValues: rows("group_values"),
    population: readPopulation(known),
    audits: rows("report_summaries"),
    fetchedAt: snapshotInfo().snapshot_date
  });
  return new Map(pages.map((p) => [p.id, p]));
}

/** The kommun index's map: every kommun's latest value of the headline KPI on the projected boundaries. */
function kommunIndexMap(pages: Map<string, KommunPageData>): Element {
  const snap = readSnapshotInput();
  const shapes = readKommunShapes(new Map(snap.kommuner.map((m) => [m.id, m.name])));
  const {year, entries} = kommunIndexEntries([...pages.values()]);
  const kpi = kpiOf(KOMMUN_HEADLINE);
  return kommunMap(entries, {year, label: kpi.label, unit: kpi.unit, credit: GEO_CREDIT, ...projectKommunShapes(shapes)});
}

/** A part: its name and, for a parameterized page, the values of its parameter; it draws an element. */
interface Part {
  name: string;
  params?: () => readonly string[];
  draw: (param: string | undefined) => Element;
}

/** The audit reports with a page (what the config's dynamicPaths lists). */
const auditReportIds = () => auditPages(REPORTS_DIR).map((a) => a.report);

/** Every static part of the site. */
export function staticParts(): Part[] {
  let oversikt: OversiktData | undefined;
  const o = () => (oversikt ??= oversiktData());
  let audits: AuditTables | undefined;
  const audit = (report: string | undefined) => auditPage((audits ??= auditTables()), report!);
  let kit: KitData | undefined;
  const k = () => (kit ??= kitData());
  let kommuner: Map<string, KommunPageData> | undefined;
  const kommun = (id: string | undefined) => (kommuner ??= kommunPages()).get(id!)!;
  const kommunIds = () => (kommunPagesBuilt() ? [...(kommuner ??= kommunPages()).keys()] : []);
  const gallery: Part[] = Object.entries(KIT_GALLERY).map(([name, draw]) => ({
    name: `kit/${name}`,
    draw: () => (KIT_FIXED_WIDTH.has(name) ? draw(k(), WIDE) : responsive(draw(k(), WIDE), draw(k(), NARROW)))
  }));
  return [
    ...gallery,
    {name: "oversikt/cards", draw: () => cardsSection(o())},
    {name: "oversikt/trend", draw: () => responsive(overviewTrendSection(o(), {width: WIDE}), overviewTrendSection(o(), {width: NARROW}))},
    {name: "oversikt/audits", draw: () => auditList(o())},
    {name: "oversikt/freshness", draw: () => freshnessSection(o())},
    {name: "granskning/header", params: auditReportIds, draw: (r) => auditHeader(audit(r))},
    {name: "granskning/assessments", params: auditReportIds, draw: (r) => assessmentSection(audit(r))},
    {name: "granskning/recommendations", params: auditReportIds, draw: (r) => recommendationSection(audit(r))},
    {name: "granskning/figures", params: auditReportIds, draw: (r) => figuresSection(audit(r))},
    {name: "granskning/lost", params: auditReportIds, draw: (r) => lostSection(audit(r))},
    {name: "kommun/summary", params: kommunIds, draw: (id) => kommunSummary(kommun(id))},
    {name: "kommun/trend", params: kommunIds, draw: (id) => responsive(kommunTrend(kommun(id), {width: WIDE}), kommunTrend(kommun(id), {width: NARROW}))},
    {name: "kommun/peers", params: kommunIds, draw: (id) => kommunPeers(kommun(id))},
    {name: "kommun/others", params: kommunIds, draw: (id) => kommunOthers(kommun(id))},
    {name: "kommun/context", params: kommunIds, draw: (id) => kommunContext(kommun(id))},
    {name: "kommun-index/list", draw: () => kommunList(kommunIndexEntries([...(kommuner ??= kommunPages()).values()]).entries)},
    {name: "kommun-index/map", draw: () => kommunIndexMap((kommuner ??= kommunPages()))},
    {name: "oppna-data/address", draw: () => openDataAddress(packageContext())},
    {name: "oppna-data/r", draw: () => rSnippet(packageContext())},
    {name: "oppna-data/python", draw: () => pythonSnippet(packageContext())},
    {name: "oppna-data/duckdb", draw: () => duckdbSnippet(packageContext())},
    {name: "oppna-data/terms", draw: () => openDataTerms()},
    {name: "oppna-data/tables", draw: () => openDataTables(publishedTables(), packageContext())},
    {
      name: "granskning/followup",
      params: auditReportIds,
      draw: (r) => responsive(followUpSection(audit(r), {width: WIDE}), followUpSection(audit(r), {width: NARROW}))
    }
  ];
}

/** The file of a part (for a parameterized page, one per value). */
export const partFile = (dir: string, name: string, param?: string): string =>
  join(dir, ...name.split("/"), ...(param ? [`${param}.html`] : [])) + (param ? "" : ".html");

/** Run `draw` with a DOM implementation's document as the global one (what the kit draws into). */
function withDocument<T>(draw: () => T): T {
  const {window} = new JSDOM('<!doctype html><html lang="sv"><head></head><body></body></html>', {pretendToBeVisual: false});
  const g = globalThis as Record<string, unknown>;
  const names = ["window", "document", "navigator", "Node", "Element", "HTMLElement", "SVGElement", "XMLSerializer"] as const;
  const saved = Object.fromEntries(names.map((n) => [n, g[n]]));
  for (const n of names) Object.defineProperty(g, n, {value: (window as unknown as Record<string, unknown>)[n], configurable: true, writable: true});
  try {
    return draw();
  } finally {
    for (const n of names) Object.defineProperty(g, n, {value: saved[n], configurable: true, writable: true});
    window.close();
  }
}

/** Draw every part and write it under `dir` (what an earlier run left there is removed); returns the files. */
export function writeStaticParts(dir = STATIC_DIR, parts = staticParts()): string[] {
  rmSync(dir, {recursive: true, force: true});
  const written: string[] = [];
  withDocument(() => {
    for (const part of parts) {
      for (const param of part.params ? part.params() : [undefined]) {
        const file = partFile(dir, part.name, param);
        mkdirSync(dirname(file), {recursive: true});
        writeFileSync(file, staticHtml(part.draw(param)) + "\n");
        written.push(file);
      }
    }
  });
  return written;
}

// ---- the markdown-it rule ------------------------------------------------------------------------

interface HtmlBlockRules {
  html_block?(
    tokens: {content: string}[],
    idx: number,
    options: unknown,
    env: {path?: string; params?: Record<string, string>} | undefined,
    self: unknown
  ): string;
}
export interface MarkdownItLike {
  renderer: {rules: HtmlBlockRules};
}

/** `<!-- static oversikt/cards -->` on a line of its own. */
const MARKER = /^<!--\s*static\s+([\w/-]+)\s*-->$/;

/** The HTML of a part for a page (its parameter's value, for a parameterized page); throws naming the page and the part when there is none. */
export function partHtml(dir: string, name: string, env: {path?: string; params?: Record<string, string>} | undefined): string {
  const params = Object.values(env?.params ?? {});
  const file = partFile(dir, name, params[0]);
  if (!existsSync(file)) {
    const known = existsSync(dir) ? readdirSync(dir).join(", ") : "none: run the build's first step (npm run build or npm run dev)";
    throw new Error(`${env?.path ?? "page"}: no static part "${name}"${params.length ? ` for ${params.join(", ")}` : ""} (${file}; parts: ${known})`);
  }
  return readFileSync(file, "utf8");
}

/**
 * Parts written into the built HTML after Framework, not by it: the kommun pages' (290 pages, their
 * charts as SVG). Framework parses every page's HTML with jsdom twice (its assets, its links); for
 * the kommun pages that parse was most of the build's time. A deferred part is a placeholder in
 * what Framework builds (`<div data-static-part=…>`) that the build replaces with the part's HTML
 * (fillDeferredParts, scripts/build.ts) before it post-processes the page. The parts hold no
 * script, no asset and only relative links, so Framework has nothing to rewrite in them. Only in
 * the build (UPPF_STATIC_DEFER=1); the preview server gets the HTML inline.
 */
export const isDeferredPart = (name: string): boolean => name.startsWith("kommun/");
export const STATIC_DEFER_ENV = "UPPF_STATIC_DEFER";
const DEFERRED = /<div data-static-part="([\w/-]+)" data-static-param="(\d*)"><\/div>/g;

/** The placeholder of a deferred part. */
function deferredMarker(dir: string, name: string, env: {path?: string; params?: Record<string, string>} | undefined): string {
  partHtml(dir, name, env); // fails now, naming the page, when the part is missing
  const param = Object.values(env?.params ?? {})[0] ?? "";
  return `<div data-static-part="${name}" data-static-param="${param}"></div>`;
}

/** A built page's HTML with every deferred part's placeholder replaced by the part. */
export function fillDeferredParts(html: string, dir = STATIC_DIR): string {
  return html.replace(DEFERRED, (_, name: string, param: string) => readFileSync(partFile(dir, name, param || undefined), "utf8").trimEnd());
}

/** A markdown-it plugin for the config's `markdownIt`: each marker becomes its part's HTML. */
export function staticPartsPlugin(dir = STATIC_DIR, defer = process.env[STATIC_DEFER_ENV] === "1") {
  return <M extends MarkdownItLike>(md: M): M => {
    const base = md.renderer.rules.html_block!;
    md.renderer.rules.html_block = (tokens, idx, options, env, self) => {
      const match = MARKER.exec(tokens[idx].content.trim());
      if (!match) return base(tokens, idx, options, env, self);
      return defer && isDeferredPart(match[1]) ? deferredMarker(dir, match[1], env) : partHtml(dir, match[1], env);
    };
    return md;
  };
}
