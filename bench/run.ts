// `npm run bench`: figures, not tests. Everything compared is measured in this one run, on two
// snapshots: the committed one (data/kolada) and a full one, made by a refresh against the mock
// Kolada (every catalogue KPI, SYNTHETIC values; test/e2e/syntheticSite.ts), as the first real
// refresh will make one:
// - clean build time of the site from each snapshot, and of the same build without the 290 kommun
//   pages (what they add);
// - per page: gzip bytes transferred (JS, CSS, data, wasm), against a floor page (a minimal
//   Framework page with one Plot chart, built now with the same packages);
// - Lighthouse (mobile profile) per page and for the floor: performance, accessibility, CLS, TBT;
// - time to first chart in headless Chromium (median of several cold loads), against the floor;
// - the Kolada refresh's request count and wall time against a naive client (bench/kolada-refresh.ts);
// - DuckDB-wasm ready time and an aggregate over a synthetic table (bench/duckdb.ts);
// - Utforska's targets on each snapshot (bench/utforska.ts): page before DuckDB, editor usable,
//   a shared link's first result, the editor's bytes, 1 000 000 synthetic rows sorted, axe.
// Results: bench/results/latest.json and bench/results/summary.md; the README shows the summary.
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "../loaders/paths.js";
import {startStaticServer} from "../scripts/site/staticServer.js";
import {clearCache} from "../scripts/site/framework.js";
import {WITHOUT_KOMMUN_PAGES_ENV} from "../scripts/site/kommunRoutes.js";
import {builtPages, launchChromium, servedRows, TEXT_PAGES} from "../test/e2e/browser.js";
import {KOMMUNER, kommunOf} from "../model/catalogue.js";
import {kommunGroupsTable} from "../model/tables/kommunGroups.js";
import {benchDuckdb} from "./duckdb.js";
import {lighthouseFigures} from "./lighthouse.js";
import {benchUtforska} from "./utforska.js";
import {measurePageWeight, timeToFirstChart, type PageWeight} from "./measure.js";
import {renderSummary, updateReadme, type BenchResults, type PageResult, type SiteResults, type SnapshotName} from "./summary.js";
import {writeFullData} from "../test/e2e/syntheticSite.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const tmp = join(PROJECT_ROOT, "bench", "tmp");
const results = join(PROJECT_ROOT, "bench", "results");
mkdirSync(tmp, {recursive: true});
mkdirSync(results, {recursive: true});

function timed(label: string, cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {cwd, stdio: ["ignore", "ignore", "inherit"], env: {...process.env, ...env}});
  if (r.status !== 0) throw new Error(`bench: ${label} failed (exit ${r.status})`);
  return performance.now() - t0;
}

console.error("bench: Kolada refresh against the mock, batched vs naive…");
timed("kolada refresh bench", "npx", ["tsx", "bench/kolada-refresh.ts"], PROJECT_ROOT);
console.error("bench: clean build of the site from the committed snapshot…");
const distDir = join(tmp, "site-dist");
const buildMs = timed("site build", "npx", ["tsx", "scripts/build.ts"], PROJECT_ROOT, {
  UPPF_OUTPUT_DIR: "bench/tmp/site-dist"
});
// The same build without the 290 kommun pages (their routes and parts), into a directory of its
// own: the difference is what the pages add to a clean build.
const withoutKommunDir = "bench/tmp/site-without-kommun-pages";
const withoutKommunPages = (label: string, env: NodeJS.ProcessEnv = {}): number => {
  console.error(`bench: ${label} without the kommun pages…`);
  const spent = timed(`${label} without kommun pages`, "npx", ["tsx", "scripts/build.ts"], PROJECT_ROOT, {
    ...env,
    UPPF_OUTPUT_DIR: withoutKommunDir,
    [WITHOUT_KOMMUN_PAGES_ENV]: "1"
  });
  rmSync(join(PROJECT_ROOT, withoutKommunDir), {recursive: true, force: true});
  return spent;
};
const withoutKommunMs = withoutKommunPages("site build");
console.error("bench: a full snapshot (refresh against the mock, synthetic values) and the site built from it…");
const fullData = await writeFullData();
const fullDistDir = join(tmp, "site-full-dist");
let fullBuildMs: number;
let fullWithoutKommunMs: number;
try {
  fullBuildMs = timed("site build (full snapshot)", "npx", ["tsx", "scripts/build.ts"], PROJECT_ROOT, {
    UPPF_OUTPUT_DIR: "bench/tmp/site-full-dist",
    UPPF_DATA_DIR: fullData
  });
  fullWithoutKommunMs = withoutKommunPages("site build (full snapshot)", {UPPF_DATA_DIR: fullData});
} finally {
  rmSync(fullData, {recursive: true, force: true});
}
console.error("bench: build of the floor page…");
const floorDist = join(tmp, "floor-dist");
clearCache(join(PROJECT_ROOT, "bench", "floor", "src"));
rmSync(floorDist, {recursive: true, force: true}); // Framework does not clear an output outside its cwd
const floorBuildMs = timed("floor build", join(PROJECT_ROOT, "node_modules", ".bin", "observable"), ["build"], join(PROJECT_ROOT, "bench", "floor"), {
  FLOOR_OUTPUT_DIR: floorDist
});

const sites: {
  snapshot: SnapshotName;
  dir: string;
  buildMs: number;
  withoutKommunPagesMs: number;
  server: Awaited<ReturnType<typeof startStaticServer>>;
}[] = [
  {snapshot: "committed", dir: distDir, buildMs, withoutKommunPagesMs: withoutKommunMs, server: await startStaticServer(distDir)},
  {snapshot: "full", dir: fullDistDir, buildMs: fullBuildMs, withoutKommunPagesMs: fullWithoutKommunMs, server: await startStaticServer(fullDistDir)}
];
/**
 * Besides every built page, a dashboard with a kommun added outside the catalogue (its data fetched
 * when added): Resultat with the four and the first other kommun of the served kommun list.
 */
function addedKommunPath(dir: string): string {
  const other = servedRows(dir, kommunGroupsTable).find((k) => !kommunOf(k.municipality))!;
  return `/resultat-vid-avslut?kommuner=${[...KOMMUNER.map((k) => k.id), other.municipality].join(",")}`;
}
const floor = await startStaticServer(floorDist);
const browser = await launchChromium();
const chart = "#observablehq-main svg";
// A site page's first drawing: a chart, or a section built from its data (components/kit/deferred.ts
// builds sections near the first screen only, so a page whose first screen holds a table and no
// chart draws its first chart only when the reader scrolls to it).
const drawn = `${chart}, #observablehq-main [data-deferred="built"]`;
try {
  const floorWeight = await measurePageWeight(browser, floor.url, "/", chart);
  const floorTime = await timeToFirstChart(browser, floor.url + "/", chart, RUNS);
  const measured: (SiteResults & {url: string})[] = [];
  for (const site of sites) {
    const pages: PageResult[] = [];
    for (const path of [...builtPages(site.dir), addedKommunPath(site.dir)]) {
      const selector = TEXT_PAGES.has(path) ? "#observablehq-main h1" : drawn;
      console.error(`bench: ${site.snapshot} ${path}`);
      const weight: PageWeight = await measurePageWeight(browser, site.server.url, path, selector);
      const time = TEXT_PAGES.has(path) ? null : await timeToFirstChart(browser, site.server.url + path, selector, RUNS);
      pages.push({path, weight, timeToFirstChartMs: time?.median ?? null, timeRunsMs: time?.runs ?? null});
    }
    let utforska: SiteResults["utforska"];
    if (builtPages(site.dir).includes("/utforska")) {
      console.error(`bench: ${site.snapshot} Utforska's targets (editor, shared link, editor bytes, 1 000 000 synthetic rows, axe)…`);
      utforska = await benchUtforska(browser, site.server.url, site.dir, RUNS);
    }
    measured.push({snapshot: site.snapshot, buildMs: site.buildMs, withoutKommunPagesMs: site.withoutKommunPagesMs, pages, utforska, url: site.server.url});
  }
  // Lighthouse last, in its own Chromium, the floor first and then every page of both sites, in one run.
  console.error("bench: Lighthouse…");
  const lhUrls = [floor.url + "/", ...measured.flatMap((m) => m.pages.map((p) => m.url + p.path))];
  const lh = await lighthouseFigures(lhUrls, LIGHTHOUSE_RUNS, (line) => console.error(`bench: ${line}`));
  for (const m of measured) for (const p of m.pages) p.lighthouse = lh.get(m.url + p.path);
  const floorLighthouse = lh.get(floor.url + "/");
  const extra: Record<string, unknown> = {};
  const koladaResults = join(results, "kolada-refresh.json");
  if (existsSync(koladaResults)) extra.kolada = JSON.parse(readFileSync(koladaResults, "utf8"));
  if (builtPages(distDir).includes("/utforska")) {
    console.error("bench: DuckDB-wasm on /utforska…");
    extra.duckdb = await benchDuckdb(browser, sites[0].server.url);
  }
  const out: BenchResults = {
    date: new Date().toISOString(),
    machine: {node: process.version, cpus: (await import("node:os")).cpus().length},
    runs: RUNS,
    build: {floorMs: floorBuildMs},
    floor: {
      weight: floorWeight,
      timeToFirstChartMs: floorTime.median,
      timeRunsMs: floorTime.runs,
      lighthouse: floorLighthouse
    },
    lighthouseRuns: LIGHTHOUSE_RUNS,
    sites: measured.map(({url: _url, ...site}) => site),
    ...extra
  };
  writeFileSync(join(results, "latest.json"), JSON.stringify(out, null, 2) + "\n");
  const summary = renderSummary(out);
  writeFileSync(join(results, "summary.md"), summary);
  updateReadme(join(PROJECT_ROOT, "README.md"), summary);
  console.log(summary);
} finally {
  await browser.close();
  for (const site of sites) await site.server.close();
  await floor.close();
}
