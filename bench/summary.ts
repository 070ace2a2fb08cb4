// The Markdown summary of a benchmark run, with the targets of the quality-gates issue, and the
// README section that shows the latest summary.
import {readFileSync, writeFileSync} from "node:fs";
import type {PageWeight} from "./measure.js";

export interface BenchResults {
  date: string;
  machine: {node: string; cpus: number};
  runs: number;
  build: {siteMs: number; floorMs: number};
  floor: {weight: PageWeight; timeToFirstChartMs: number; timeRunsMs: number[]};
  pages: {path: string; weight: PageWeight; timeToFirstChartMs: number | null; timeRunsMs: number[] | null}[];
  kolada?: {naive?: {requests: number; wall_ms: number}; batched?: {requests: number; wall_ms: number}; [k: string]: unknown};
  duckdb?: {readyMs?: number; createMs?: number; queryMs?: number; rows?: number; [k: string]: unknown};
}

export const TARGETS = {dashboardGzipBytes: 300 * 1024, bytesVsFloor: 1.2, timeVsFloor: 1.5, refreshRequestRatio: 25};
/** Pages that are not dashboards: the SQL explorer (DuckDB), the kit demo, text pages. */
export const NOT_DASHBOARDS = new Set(["/utforska", "/kit", "/tillganglighet"]);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const ratio = (n: number) => `${n.toFixed(2)}×`;
const mark = (ok: boolean) => (ok ? "✅" : "❌");

export function renderSummary(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`Measured ${r.date.slice(0, 16).replace("T", " ")} UTC on ${r.machine.cpus} CPUs, Node ${r.machine.node}; times are medians of ${r.runs} cold loads in headless Chromium on 127.0.0.1.`, "");
  lines.push(`Clean build: site ${ms(r.build.siteMs)}, floor page ${ms(r.build.floorMs)} (${ratio(r.build.siteMs / r.build.floorMs)}).`, "");
  lines.push("| page | JS | CSS | data | wasm | total gzip | × floor | first chart | × floor | targets |", "|---|---|---|---|---|---|---|---|---|---|");
  const f = r.floor;
  lines.push(`| floor (one Plot chart) | ${kb(f.weight.gzipBytes.js)} | ${kb(f.weight.gzipBytes.css)} | ${kb(f.weight.gzipBytes.data)} | – | ${kb(f.weight.total)} | 1.00× | ${ms(f.timeToFirstChartMs)} | 1.00× | |`);
  const misses: string[] = [];
  for (const p of r.pages) {
    const w = p.weight;
    const bytesRatio = w.total / f.weight.total;
    const timeRatio = p.timeToFirstChartMs === null ? null : p.timeToFirstChartMs / f.timeToFirstChartMs;
    let targets = "–";
    if (!NOT_DASHBOARDS.has(p.path)) {
      const okTotal = w.total <= TARGETS.dashboardGzipBytes;
      const okBytes = bytesRatio <= TARGETS.bytesVsFloor;
      const okTime = timeRatio === null || timeRatio <= TARGETS.timeVsFloor;
      targets = `${mark(okTotal)} ≤300 KB ${mark(okBytes)} ≤1.2× ${mark(okTime)} ≤1.5×`;
      if (!okTotal) misses.push(`${p.path}: ${kb(w.total)} gzip exceeds 300 KB`);
      if (!okBytes) misses.push(`${p.path}: ${ratio(bytesRatio)} the floor's bytes (target 1.2×)`);
      if (!okTime) misses.push(`${p.path}: first chart ${ratio(timeRatio!)} the floor's time (target 1.5×)`);
    }
    lines.push(`| ${p.path} | ${kb(w.gzipBytes.js)} | ${kb(w.gzipBytes.css)} | ${kb(w.gzipBytes.data)} | ${w.gzipBytes.wasm ? kb(w.gzipBytes.wasm) : "–"} | ${kb(w.total)} | ${ratio(bytesRatio)} | ${p.timeToFirstChartMs === null ? "–" : ms(p.timeToFirstChartMs)} | ${timeRatio === null ? "–" : ratio(timeRatio)} | ${targets} |`);
  }
  lines.push("");
  if (r.kolada?.naive && r.kolada?.batched) {
    const reqRatio = r.kolada.naive.requests / r.kolada.batched.requests;
    const ok = reqRatio >= TARGETS.refreshRequestRatio;
    if (!ok) misses.push(`Kolada refresh: ${ratio(reqRatio)} fewer requests than naive (target 25×)`);
    lines.push(`Kolada refresh against the mock (50 ms latency): ${r.kolada.batched.requests} requests in ${ms(r.kolada.batched.wall_ms)} vs the naive client's ${r.kolada.naive.requests} in ${ms(r.kolada.naive.wall_ms)}: ${ratio(reqRatio)} fewer requests ${mark(ok)} (target ≥25×), ${ratio(r.kolada.naive.wall_ms / r.kolada.batched.wall_ms)} faster (synthetic mock values).`, "");
  }
  if (r.duckdb?.readyMs !== undefined) {
    lines.push(`DuckDB-wasm on Utforska: ready ${ms(r.duckdb.readyMs)} after navigation; generating ${r.duckdb.rows?.toLocaleString("en") ?? "?"} synthetic rows (bench-only data) ${ms(r.duckdb.createMs ?? NaN)}, a grouped aggregate over them ${ms(r.duckdb.queryMs ?? NaN)}.`, "");
  }
  lines.push(misses.length ? "Targets missed:" : "All targets met.");
  for (const m of misses) lines.push(`- ${m}`);
  const heaviest = r.pages.filter((p) => !NOT_DASHBOARDS.has(p.path)).sort((a, b) => b.weight.total - a.weight.total)[0];
  if (misses.length && heaviest?.weight.files) {
    const floorFiles = new Set(f.weight.files?.map((x) => x.file) ?? []);
    const extra = heaviest.weight.files.filter((x) => !floorFiles.has(x.file) && x.bytes >= 2048).slice(0, 8);
    lines.push("", `Why: what the heaviest dashboard page (${heaviest.path}) loads beyond the floor page, largest first (gzip): ` +
      extra.map((x) => `\`${x.file}\` ${kb(x.bytes)}`).join(", ") + ".");
  }
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
