// The Markdown summary of a benchmark run, with the targets of the quality-gates issue, and the
// README section that shows the latest summary.
import {readFileSync, writeFileSync} from "node:fs";
import type {LighthouseFigures} from "./lighthouse.js";
import type {PageWeight} from "./measure.js";
import type {UtforskaBench} from "./utforska.js";

export interface PageResult {
  path: string;
  weight: PageWeight;
  timeToFirstChartMs: number | null;
  timeRunsMs: number[] | null;
  lighthouse?: LighthouseFigures;
}

/** The snapshots the site is measured on: the committed one, and a full one (every catalogue KPI, synthetic values). */
export const SNAPSHOTS = {
  committed: "Committed snapshot (data/kolada as committed: U40455 for every kommun)",
  full: "Full snapshot (a refresh against the mock Kolada: every catalogue KPI, SYNTHETIC values)"
} as const;
export type SnapshotName = keyof typeof SNAPSHOTS;

export interface SiteResults {
  snapshot: SnapshotName;
  /** Clean build of the site from this snapshot. */
  buildMs: number;
  /** The same clean build without the 290 kommun pages (issue 26: they add at most 60 s). */
  withoutKommunPagesMs?: number;
  pages: PageResult[];
  /** Utforska's targets (issue 27) on this snapshot (bench/utforska.ts). */
  utforska?: UtforskaBench;
}

export interface BenchResults {
  date: string;
  machine: {node: string; cpus: number};
  runs: number;
  build: {floorMs: number};
  floor: {weight: PageWeight; timeToFirstChartMs: number; timeRunsMs: number[]; lighthouse?: LighthouseFigures};
  /** The site measured on each snapshot, in the same run as the floor. */
  sites: SiteResults[];
  /** Lighthouse runs per page (medians reported). */
  lighthouseRuns?: number;
  kolada?: {
    naive?: {requests: number; wall_ms: number};
    batched?: {requests: number; wall_ms: number};
    [k: string]: unknown;
  };
  duckdb?: {readyMs?: number; createMs?: number; queryMs?: number; rows?: number; [k: string]: unknown};
}

/** The reader-experience targets (issue 14), each against the floor page measured in the same run. */
export const TARGETS = {
  bytesVsFloor: 1.2,
  timeVsFloor: 1.3,
  performanceBelowFloor: 3,
  accessibility: 95,
  cls: 0.05,
  tbtMs: 200,
  refreshRequestRatio: 25,
  /** An audit page is drawn at build time and loads no charting library (issue 24). */
  auditBytesVsFloor: 0.6,
  /** A clean build (no dist/, no Framework cache) against the floor page's clean build (issue 24). */
  cleanBuildVsFloor: 5,
  /** A kommun page: everything it loads, gzip, accessibility and layout shift (issue 26). */
  kommunPageBytes: 60 * 1024,
  kommunAccessibility: 100,
  /** A kommun page's Lighthouse performance: at least the floor's (no points below it). */
  kommunPerformanceBelowFloor: 0,
  /** What the 290 kommun pages add to a clean build, in ms (absolute: "on these machines"). */
  kommunPagesBuildMs: 60_000,
  kommunCls: 0,
  /** The kommun index with its map (issue 26). */
  kommunIndexBytes: 150 * 1024,
  /** Utforska (issue 27): the editor usable, and a shared link's first result, against the floor's first chart. */
  editorUsableVsFloor: 2,
  sharedLinkVsFloor: 12,
  /** The editor's code (CodeMirror), gzip, loaded on Utforska only. */
  editorBytes: 130 * 1024,
  /** The longest long task while a 1 000 000-row synthetic result is sorted and scrolled. */
  sortScrollLongTaskMs: 200,
  /** Serious or critical axe violations with a result, a chart and the completion list open. */
  utforskaAxeSerious: 0
};
/** Pages without the dashboards' targets: the SQL explorer (DuckDB) and text pages (Öppna data among them). The chart gallery (/kit) has them. */
export const NOT_DASHBOARDS = new Set(["/utforska", "/tillganglighet", "/oppna-data"]);

/** A kommun page (/kommun/<kod>) and the kommun index (/kommun/): absolute byte targets. */
export const isKommunPage = (path: string): boolean => /^\/kommun\/\d{4}$/.test(path);
export const KOMMUN_INDEX = "/kommun/";

/** An audit page (its bytes target is AUDIT_BYTES_VS_FLOOR). */
export const isAuditPage = (path: string): boolean => /^\/granskningar\/[^/]+$/.test(path);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const ratio = (n: number) => `${n.toFixed(2)}×`;
const mark = (ok: boolean) => (ok ? "✅" : "❌");

export interface Check {
  kind: "bytes" | "time" | "performance" | "accessibility" | "cls" | "tbt";
  ok: boolean;
  miss: string;
}

/** The targets one dashboard page meets or misses. */
export function pageChecks(p: PageResult, floor: BenchResults["floor"]): Check[] {
  const checks: Check[] = [];
  const bytesRatio = p.weight.total / floor.weight.total;
  const bytesTarget = isAuditPage(p.path) ? TARGETS.auditBytesVsFloor : TARGETS.bytesVsFloor;
  const kommun = isKommunPage(p.path);
  const absolute = kommun ? TARGETS.kommunPageBytes : p.path === KOMMUN_INDEX ? TARGETS.kommunIndexBytes : null;
  checks.push(
    absolute !== null
      ? {kind: "bytes", ok: p.weight.total <= absolute, miss: `${kb(p.weight.total)} gzip in all (target ≤ ${kb(absolute)})`}
      : {kind: "bytes", ok: bytesRatio <= bytesTarget, miss: `${ratio(bytesRatio)} the floor's gzip bytes (target ≤ ${bytesTarget}×)`}
  );
  if (p.timeToFirstChartMs !== null) {
    const timeRatio = p.timeToFirstChartMs / floor.timeToFirstChartMs;
    checks.push({
      kind: "time",
      ok: timeRatio <= TARGETS.timeVsFloor,
      miss: `first chart ${ratio(timeRatio)} the floor's time (target ≤ ${TARGETS.timeVsFloor}×)`
    });
  }
  const lh = p.lighthouse;
  const floorLh = floor.lighthouse;
  if (lh && floorLh) {
    const gap = floorLh.performance - lh.performance;
    const below = kommun ? TARGETS.kommunPerformanceBelowFloor : TARGETS.performanceBelowFloor;
    checks.push({
      kind: "performance",
      ok: gap <= below,
      miss: `Lighthouse performance ${lh.performance}, ${gap} below the floor's ${floorLh.performance} (target ${below === 0 ? "≥ the floor's" : `≤ ${below} below`})`
    });
    const a11y = kommun ? TARGETS.kommunAccessibility : TARGETS.accessibility;
    const cls = kommun ? TARGETS.kommunCls : TARGETS.cls;
    checks.push({
      kind: "accessibility",
      ok: lh.accessibility >= a11y,
      miss: `Lighthouse accessibility ${lh.accessibility} (target ≥ ${a11y})`
    });
    checks.push({
      kind: "cls",
      ok: lh.cls <= cls,
      miss: `cumulative layout shift ${lh.cls.toFixed(3)} (target ≤ ${cls})`
    });
    checks.push({
      kind: "tbt",
      ok: lh.tbtMs <= TARGETS.tbtMs,
      miss: `total blocking time ${ms(lh.tbtMs)} (target ≤ ${TARGETS.tbtMs} ms)`
    });
  }
  return checks;
}

/** What a page loads beyond the floor page, largest first (files of at least 1 KB gzip). */
function extrasBeyondFloor(p: PageResult, floor: BenchResults["floor"]): string {
  const floorFiles = new Set(floor.weight.files.map((x) => x.file));
  return p.weight.files
    .filter((x) => !floorFiles.has(x.file) && x.bytes >= 1024)
    .slice(0, 6)
    .map((x) => `\`${x.file}\` ${kb(x.bytes)}`)
    .join(", ");
}

/** The longest main-thread tasks of a page in Lighthouse, with their scripts. */
function longestTasksText(p: PageResult): string {
  const tasks = p.lighthouse?.longTasks ?? [];
  return tasks.map((t) => `${ms(t.durationMs)} (\`${t.script}\`)`).join(", ");
}

/**
 * Why a page missed: for bytes and first-chart time, what it loads beyond the floor; for blocking
 * time and performance, its longest main-thread tasks in Lighthouse (simulated at 4× CPU).
 */
export function whyMissed(p: PageResult, floor: BenchResults["floor"], failed: readonly Check[]): string {
  const out: string[] = [];
  if (failed.some((c) => c.kind === "bytes" || c.kind === "time")) out.push(`Beyond the floor it loads ${extrasBeyondFloor(p, floor) || "nothing over 1 KB"}.`);
  const tasks = longestTasksText(p);
  if (failed.some((c) => c.kind === "tbt" || c.kind === "performance") && tasks) out.push(`Its longest tasks in Lighthouse: ${tasks}.`);
  return out.join(" ");
}

/** Utforska's targets on one snapshot (issue 27), each met or not with its measured figure. */
export function utforskaChecks(u: UtforskaBench, floor: BenchResults["floor"]): {label: string; ok: boolean; text: string}[] {
  const editorRatio = u.editorUsableMs / floor.timeToFirstChartMs;
  const sharedRatio = u.sharedLinkFirstResultMs / floor.timeToFirstChartMs;
  const elsewhere = u.editor.pagesLoadingIt.filter((p) => p !== "/utforska");
  const d = u.shownBeforeDuckdbDetail;
  return [
    {
      label: "text, examples and schema panel before DuckDB",
      ok: u.shownBeforeDuckdb,
      text: `${u.shownBeforeDuckdb ? "yes" : "no"} (with DuckDB's files held back: heading ${d.h1 ? "shown" : "missing"}, ${d.examples} examples, ${d.schemaTables} tables in the schema panel; ${d.heldRequests} DuckDB requests held)`
    },
    {
      label: "editor usable",
      ok: editorRatio <= TARGETS.editorUsableVsFloor,
      text: `${ms(u.editorUsableMs)}, ${ratio(editorRatio)} the floor's first chart (target ≤ ${TARGETS.editorUsableVsFloor}×)`
    },
    {
      label: "first result of a shared link",
      ok: sharedRatio <= TARGETS.sharedLinkVsFloor,
      text: `${ms(u.sharedLinkFirstResultMs)}, ${ratio(sharedRatio)} the floor's first chart (target ≤ ${TARGETS.sharedLinkVsFloor}×; a ${u.sharedLinkChars}-character fragment)`
    },
    {
      label: "editor's code",
      ok: u.editor.pagesLoadingIt.includes("/utforska") && u.editor.addedGzipBytes <= TARGETS.editorBytes && elsewhere.length === 0,
      text: `adds ${kb(u.editor.addedGzipBytes)} gzip (editor.ts with CodeMirror, minified as bundled; target ≤ ${kb(TARGETS.editorBytes)}), in ${u.editor.files.map((f) => `\`${f.file}\` ${kb(f.bytes)}`).join(", ") || "no built file (CodeMirror not found)"} with the rest of Utforska's code, loaded ${elsewhere.length ? `also on ${elsewhere.join(", ")}` : "on Utforska only"}`
    },
    {
      label: "1 000 000 rows sorted and scrolled",
      ok: u.sortScroll.longestTaskMs <= TARGETS.sortScrollLongTaskMs,
      text: `longest long task ${ms(u.sortScroll.longestTaskMs)} (target ≤ ${TARGETS.sortScrollLongTaskMs} ms; ${u.sortScroll.longTasks} long tasks; ${u.sortScroll.rows.toLocaleString("en")} SYNTHETIC rows from DuckDB's range(), sorted three times and scrolled in ${u.sortScroll.scrollSteps} steps)`
    },
    {
      label: "axe, every rule",
      ok: u.axeSerious.length <= TARGETS.utforskaAxeSerious,
      text: `${u.axeSerious.length} serious violation${u.axeSerious.length === 1 ? "" : "s"} with a result, a chart and the completion list open (target ${TARGETS.utforskaAxeSerious})${u.axeSerious.length ? `: ${u.axeSerious.join("; ")}` : ""}`
    }
  ];
}

export function renderSummary(r: BenchResults): string {
  const lines: string[] = [];
  const f = r.floor;
  lines.push(
    `Measured ${r.date.slice(0, 16).replace("T", " ")} UTC on ${r.machine.cpus} CPUs, Node ${r.machine.node}. First chart: median of ${r.runs} cold loads in headless Chromium (1280 × 720) on 127.0.0.1, until the first animation frame showing the first chart or section drawn from the page's data, timed in the page (sections further down are built when the reader comes near them);` +
      ` Lighthouse 12 (mobile profile, simulated throttling)${r.lighthouseRuns ? `: median of ${r.lighthouseRuns} runs per page` : ""}; bytes: gzip as served.`,
    ""
  );
  const misses: string[] = [];
  const builds = r.sites.map((site) => {
    const buildRatio = site.buildMs / r.build.floorMs;
    if (buildRatio > TARGETS.cleanBuildVsFloor)
      misses.push(`clean build on the ${site.snapshot} snapshot: ${ratio(buildRatio)} the floor page's (target ≤ ${TARGETS.cleanBuildVsFloor}×)`);
    return `site on the ${site.snapshot} snapshot ${ms(site.buildMs)} (${ratio(buildRatio)} ${mark(buildRatio <= TARGETS.cleanBuildVsFloor)})`;
  });
  lines.push(`Clean build: ${builds.join(", ")}; floor page ${ms(r.build.floorMs)} (target ≤ ${TARGETS.cleanBuildVsFloor}×).`, "");
  const kommunBuilds = r.sites.flatMap((site) => {
    if (site.withoutKommunPagesMs === undefined) return [];
    const added = site.buildMs - site.withoutKommunPagesMs;
    const ok = added <= TARGETS.kommunPagesBuildMs;
    if (!ok) misses.push(`the kommun pages add ${ms(added)} to a clean build on the ${site.snapshot} snapshot (target ≤ ${ms(TARGETS.kommunPagesBuildMs)})`);
    return [`${ms(added)} on the ${site.snapshot} snapshot (${ms(site.withoutKommunPagesMs)} without them) ${mark(ok)}`];
  });
  if (kommunBuilds.length)
    lines.push(`The 290 kommun pages add to a clean build: ${kommunBuilds.join(", ")} (target ≤ ${ms(TARGETS.kommunPagesBuildMs)}).`, "");
  const lhCells = (lh: LighthouseFigures | undefined) =>
    lh ? `${lh.performance} | ${lh.accessibility} | ${lh.cls.toFixed(3)} | ${ms(lh.tbtMs)}` : "– | – | – | –";
  for (const site of r.sites) {
    lines.push(
      `**${SNAPSHOTS[site.snapshot]}**`,
      "",
      "| page | gzip | × floor | first chart | × floor | performance | accessibility | CLS | TBT | targets |",
      "|---|---|---|---|---|---|---|---|---|---|"
    );
    lines.push(`| floor (one Plot chart) | ${kb(f.weight.total)} | 1.00× | ${ms(f.timeToFirstChartMs)} | 1.00× | ${lhCells(f.lighthouse)} | |`);
    for (const p of site.pages) {
      const timeRatio = p.timeToFirstChartMs === null ? null : p.timeToFirstChartMs / f.timeToFirstChartMs;
      let targets = "–";
      if (!NOT_DASHBOARDS.has(p.path)) {
        const checks = pageChecks(p, f);
        const failed = checks.filter((c) => !c.ok);
        targets = failed.length ? `❌ ${failed.length} of ${checks.length}` : `✅ ${checks.length} of ${checks.length}`;
        if (failed.length) misses.push(`${p.path} (${site.snapshot} snapshot): ${failed.map((c) => c.miss).join("; ")}. ${whyMissed(p, f, failed)}`);
      }
      lines.push(
        `| ${p.path} | ${kb(p.weight.total)} | ${ratio(p.weight.total / f.weight.total)} | ${p.timeToFirstChartMs === null ? "–" : ms(p.timeToFirstChartMs)} | ${timeRatio === null ? "–" : ratio(timeRatio)} | ${lhCells(p.lighthouse)} | ${targets} |`
      );
    }
    lines.push("");
  }
  lines.push(
    `Targets for every dashboard and audit page, the chart gallery and the kommun pages (not /utforska, /tillganglighet, /oppna-data), on both snapshots: gzip bytes ≤ ${TARGETS.bytesVsFloor}× the floor's (an audit page ≤ ${TARGETS.auditBytesVsFloor}×; a kommun page ≤ ${kb(TARGETS.kommunPageBytes)} in all, with accessibility ${TARGETS.kommunAccessibility} and CLS ${TARGETS.kommunCls}; the kommun index ≤ ${kb(TARGETS.kommunIndexBytes)}; the kommun pages measured are a sample picked from the data: highest, lowest, a shared place, no value, a catalogue kommun), first chart ≤ ${TARGETS.timeVsFloor}× the floor's, Lighthouse performance at most ${TARGETS.performanceBelowFloor} points below the floor's (a kommun page: at least the floor's), accessibility ≥ ${TARGETS.accessibility}, CLS ≤ ${TARGETS.cls}, TBT ≤ ${TARGETS.tbtMs} ms.`,
    ""
  );
  for (const site of r.sites) {
    if (!site.utforska) continue;
    const checks = utforskaChecks(site.utforska, r.floor);
    lines.push(
      `**Utforska on the ${site.snapshot} snapshot** (issue 27; times against the floor's first chart in this run)`,
      "",
      "| target | met | measured |",
      "|---|---|---|"
    );
    for (const c of checks) {
      lines.push(`| ${c.label} | ${mark(c.ok)} | ${c.text} |`);
      if (!c.ok) misses.push(`Utforska (${site.snapshot} snapshot), ${c.label}: ${c.text}.`);
    }
    lines.push("");
  }
  if (r.kolada?.naive && r.kolada?.batched) {
    const reqRatio = r.kolada.naive.requests / r.kolada.batched.requests;
    const ok = reqRatio >= TARGETS.refreshRequestRatio;
    if (!ok) misses.push(`Kolada refresh: ${ratio(reqRatio)} fewer requests than naive (target 25×)`);
    lines.push(
      `Kolada refresh against the mock (50 ms latency): ${r.kolada.batched.requests} requests in ${ms(r.kolada.batched.wall_ms)} vs the naive client's ${r.kolada.naive.requests} in ${ms(r.kolada.naive.wall_ms)}: ${ratio(reqRatio)} fewer requests ${mark(ok)} (target ≥25×), ${ratio(r.kolada.naive.wall_ms / r.kolada.batched.wall_ms)} faster (synthetic mock values).`,
      ""
    );
  }
  if (r.duckdb?.readyMs !== undefined) {
    lines.push(
      `DuckDB-wasm on Utforska: ready ${ms(r.duckdb.readyMs)} after navigation; generating ${r.duckdb.rows?.toLocaleString("en") ?? "?"} synthetic rows (bench-only data) ${ms(r.duckdb.createMs ?? NaN)}, a grouped aggregate over them ${ms(r.duckdb.queryMs ?? NaN)}.`,
      ""
    );
  }
  lines.push(misses.length ? "Targets missed, and why:" : "All targets met.");
  for (const m of misses) lines.push(`- ${m}`);
  return lines.join("\n") + "\n";
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replace the README's benchmark section (between markers) with the latest summary. */
export function updateReadme(readmePath: string, summary: string): void {
  const text = readFileSync(readmePath, "utf8");
  const i = text.indexOf(START);
  const j = text.indexOf(END);
  if (i < 0 || j < i) throw new Error(`${readmePath}: markers ${START} … ${END} not found`);
  writeFileSync(readmePath, text.slice(0, i + START.length) + "\n" + summary + text.slice(j));
}
