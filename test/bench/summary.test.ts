// The bench summary's verdicts and its explanation of a miss. All figures are synthetic.
import {describe, expect, test} from "vitest";
import {longestTasks} from "../../bench/lighthouse.js";
import type {PageWeight} from "../../bench/measure.js";
import {pageChecks, renderSummary, utforskaChecks, type BenchResults, type PageResult} from "../../bench/summary.js";
import type {UtforskaBench} from "../../bench/utforska.js";

const weight = (path: string, files: [string, number][]): PageWeight => ({
  path,
  gzipBytes: {html: 0, js: files.reduce((a, [, b]) => a + b, 0), css: 0, data: 0, wasm: 0, other: 0},
  total: files.reduce((a, [, b]) => a + b, 0),
  requests: files.length,
  files: files.map(([file, bytes]) => ({file, kind: "js" as const, bytes}))
});
const lighthouse = (tbtMs: number, longTasks = [{script: "/_import/pages/shared-ABCDEFGH.js", durationMs: 372}]) => ({
  performance: 95,
  accessibility: 100,
  cls: 0,
  tbtMs,
  lcpMs: 1000,
  performanceRuns: [95, 95],
  longTasks
});

function results(page: PageResult, full: PageResult = page, buildMs: [number, number] = [400, 480]): BenchResults {
  return {
    date: "2026-11-29T09:00:00Z",
    machine: {node: "v20", cpus: 2},
    runs: 5,
    build: {floorMs: 100},
    floor: {weight: weight("/", [["/_node/plot.js", 100_000]]), timeToFirstChartMs: 600, timeRunsMs: [600], lighthouse: lighthouse(100)},
    sites: [
      {snapshot: "committed", buildMs: buildMs[0], pages: [page]},
      {snapshot: "full", buildMs: buildMs[1], pages: [full]}
    ]
  };
}

describe("bench summary", () => {
  test("a blocking-time miss is explained by the page's longest tasks, not by its files", () => {
    const page = {
      path: "/resultat",
      weight: weight("/resultat", [["/data/big.arrow", 30_000]]),
      timeToFirstChartMs: 610,
      timeRunsMs: [610],
      lighthouse: lighthouse(314)
    };
    const text = renderSummary(results(page));
    expect(text).toContain("| /resultat |");
    expect(text).toContain("❌ 1 of 6");
    expect(text).toContain(
      "- /resultat (committed snapshot): total blocking time 314 ms (target ≤ 200 ms). Its longest tasks in Lighthouse: 372 ms (`/_import/pages/shared-ABCDEFGH.js`)."
    );
    expect(text).not.toContain("big.arrow");
  });
  test("a bytes miss names the files beyond the floor's, largest first", () => {
    const page = {
      path: "/kostnad",
      weight: weight("/kostnad", [
        ["/_node/plot.js", 100_000],
        ["/data/big.arrow", 30_000],
        ["/data/small.arrow", 2_000]
      ]),
      timeToFirstChartMs: 610,
      timeRunsMs: [610],
      lighthouse: lighthouse(100)
    };
    const text = renderSummary(results(page));
    expect(text).toMatch(
      /- \/kostnad \(committed snapshot\): 1\.32× the floor's gzip bytes \(target ≤ 1\.2×\)\. Beyond the floor it loads `\/data\/big\.arrow` 29\.3 KB, `\/data\/small\.arrow` 2\.0 KB\.$/m
    );
    expect(text).not.toContain("Its longest tasks");
  });
  test("a page meeting every target is not listed among the misses", () => {
    const page = {path: "/", weight: weight("/", [["/x.js", 90_000]]), timeToFirstChartMs: 500, timeRunsMs: [500], lighthouse: lighthouse(120)};
    const text = renderSummary(results(page));
    expect(text).toContain("✅ 6 of 6");
    expect(text).toContain("All targets met.");
  });
  test("both snapshots are shown, each with its own table and build time; a miss on one is named with it", () => {
    const ok = {path: "/", weight: weight("/", [["/x.js", 90_000]]), timeToFirstChartMs: 500, timeRunsMs: [500], lighthouse: lighthouse(120)};
    const heavy = {
      ...ok,
      weight: weight("/", [
        ["/x.js", 90_000],
        ["/data/pages/resultat/ranks.arrow", 40_000]
      ])
    };
    const text = renderSummary(results(ok, heavy, [1000, 1200]));
    expect(text).toContain(
      "Clean build: site on the committed snapshot 1000 ms (10.00× ❌), site on the full snapshot 1200 ms (12.00× ❌); floor page 100 ms (target ≤ 5×)."
    );
    expect(text).toMatch(/^- clean build on the full snapshot: 12\.00× the floor page's \(target ≤ 5×\)$/m);
    expect(text.indexOf("**Committed snapshot")).toBeLessThan(text.indexOf("**Full snapshot"));
    expect(text.match(/^\| \/ \|/gm)).toHaveLength(2);
    expect(text).toMatch(/^- \/ \(full snapshot\): 1\.30× the floor's gzip bytes/m);
    expect(text).not.toMatch(/^- \/ \(committed snapshot\)/m);
  });
  test("Lighthouse's long tasks: the longest first, each with its script's path", () => {
    const tasks = longestTasks(
      [
        {url: "http://127.0.0.1:4455/_import/pages/A.js", duration: 80},
        {url: "Unattributable", duration: 300},
        {duration: 120},
        {url: "http://127.0.0.1:4455/resultat-vid-avslut", duration: 95},
        {url: "x", duration: "long"}
      ],
      3
    );
    expect(tasks).toEqual([
      {script: "Unattributable", durationMs: 300},
      {script: "Unattributable", durationMs: 120},
      {script: "/resultat-vid-avslut", durationMs: 95}
    ]);
  });

  test("an audit page's bytes target is 0.6× the floor's (drawn at build time); the chart gallery has the dashboards' targets", () => {
    const f = results({path: "/", weight: weight("/", []), timeToFirstChartMs: 500, timeRunsMs: [500], lighthouse: lighthouse(100)}).floor;
    const at = (path: string, bytes: number): PageResult => ({
      path,
      weight: weight(path, [["/x.js", bytes]]),
      timeToFirstChartMs: 500,
      timeRunsMs: [500],
      lighthouse: lighthouse(100)
    });
    const bytesOk = (p: PageResult) => pageChecks(p, f).find((c) => c.kind === "bytes")!.ok;
    expect(bytesOk(at("/granskningar/alvesta-2018", 70_000))).toBe(false);
    expect(bytesOk(at("/granskningar/alvesta-2018", 50_000))).toBe(true);
    expect(bytesOk(at("/resultat-vid-avslut", 70_000))).toBe(true);
    const text = renderSummary(results(at("/kit", 130_000)));
    expect(text).toMatch(/^\| \/kit \|.*❌ 1 of 6 \|$/m);
  });

  test("a kommun page's Lighthouse performance must reach the floor's; a dashboard may be 3 points below", () => {
    const f = results({path: "/", weight: weight("/", []), timeToFirstChartMs: 500, timeRunsMs: [500], lighthouse: lighthouse(100)}).floor;
    const at = (path: string, performance: number): PageResult => ({
      path,
      weight: weight(path, [["/x.js", 40_000]]),
      timeToFirstChartMs: 500,
      timeRunsMs: [500],
      lighthouse: {...lighthouse(100), performance}
    });
    const perf = (p: PageResult) => pageChecks(p, f).find((c) => c.kind === "performance")!;
    expect(perf(at("/kommun/1488", 95)).ok).toBe(true); // the floor's 95
    expect(perf(at("/kommun/1488", 94)).ok).toBe(false);
    expect(perf(at("/kommun/1488", 94)).miss).toContain("target ≥ the floor's");
    expect(perf(at("/resultat-vid-avslut", 92)).ok).toBe(true);
    expect(perf(at("/resultat-vid-avslut", 91)).ok).toBe(false);
  });
  test("what the kommun pages add to a clean build: each snapshot's difference, a miss over 60 s named with its snapshot", () => {
    const page = {path: "/", weight: weight("/", [["/x.js", 90_000]]), timeToFirstChartMs: 500, timeRunsMs: [500], lighthouse: lighthouse(120)};
    const r = results(page, page, [400, 480]);
    r.build.floorMs = 100_000;
    r.sites[0].buildMs = 90_000;
    r.sites[0].withoutKommunPagesMs = 50_000;
    r.sites[1].buildMs = 130_000;
    r.sites[1].withoutKommunPagesMs = 60_000;
    const text = renderSummary(r);
    expect(text).toContain(
      "The 290 kommun pages add to a clean build: 40000 ms on the committed snapshot (50000 ms without them) ✅, 70000 ms on the full snapshot (60000 ms without them) ❌ (target ≤ 60000 ms)."
    );
    expect(text).toMatch(/^- the kommun pages add 70000 ms to a clean build on the full snapshot \(target ≤ 60000 ms\)$/m);
    expect(text).not.toMatch(/kommun pages add 40000 ms to a clean build/);
    // a run without that measurement says nothing of it
    expect(renderSummary(results(page))).not.toContain("kommun pages add");
  });

  const utforska = (over: Partial<UtforskaBench> = {}): UtforskaBench => ({
    shownBeforeDuckdb: true,
    shownBeforeDuckdbDetail: {h1: true, examples: 6, schemaTables: 40, heldRequests: 3},
    editorUsableMs: 900,
    editorUsableRunsMs: [900],
    sharedLinkFirstResultMs: 5400,
    sharedLinkRunsMs: [5400],
    sharedLinkChars: 180,
    editor: {addedGzipBytes: 120_000, files: [{file: "/_import/bundles/utforska.js", bytes: 140_000}], gzipBytes: 140_000, pagesLoadingIt: ["/utforska"]},
    sortScroll: {rows: 1_000_000, synthetic: true, longestTaskMs: 150, longTasks: 2, sortMs: 3000, scrollSteps: 7},
    axeSerious: [],
    ...over
  });
  const page = {path: "/", weight: weight("/", [["/x.js", 90_000]]), timeToFirstChartMs: 500, timeRunsMs: [500], lighthouse: lighthouse(120)};
  const withUtforska = (committed: UtforskaBench, full: UtforskaBench): BenchResults => {
    const r = results(page);
    r.sites[0].utforska = committed;
    r.sites[1].utforska = full;
    return r;
  };

  test("Utforska's targets: a table per snapshot, each target met with its ratio to the floor's first chart", () => {
    const text = renderSummary(withUtforska(utforska(), utforska()));
    expect(text).toContain("**Utforska on the committed snapshot**");
    expect(text).toContain("**Utforska on the full snapshot**");
    // floor 600 ms: 900 ms is 1.50×, 5400 ms is 9.00×
    expect(text).toContain("| editor usable | ✅ | 900 ms, 1.50× the floor's first chart (target ≤ 2×) |");
    expect(text).toMatch(/^\| first result of a shared link \| ✅ \| 5400 ms, 9\.00× the floor's first chart \(target ≤ 12×; a 180-character fragment\) \|$/m);
    expect(text).toMatch(/^\| text, examples and schema panel before DuckDB \| ✅ \| yes /m);
    expect(text).toMatch(/^\| editor's code \| ✅ \| adds 117\.2 KB gzip .*`\/_import\/bundles\/utforska\.js` 136\.7 KB .*loaded on Utforska only \|$/m);
    expect(text).toMatch(/^\| 1 000 000 rows sorted and scrolled \| ✅ \| longest long task 150 ms \(target ≤ 200 ms; .*SYNTHETIC/m);
    expect(text).toMatch(/^\| axe, every rule \| ✅ \| 0 serious violations/m);
    expect(text).toContain("All targets met.");
  });

  test("Utforska's misses are listed with their snapshot and figure; each target can fail on its own", () => {
    const floor = results(page).floor;
    const failing = (over: Partial<UtforskaBench>) =>
      utforskaChecks(utforska(over), floor)
        .filter((c) => !c.ok)
        .map((c) => c.label);
    expect(failing({})).toEqual([]);
    expect(failing({shownBeforeDuckdb: false})).toEqual(["text, examples and schema panel before DuckDB"]);
    expect(failing({editorUsableMs: 1300})).toEqual(["editor usable"]);
    expect(failing({sharedLinkFirstResultMs: 7300})).toEqual(["first result of a shared link"]);
    const files = [{file: "/a.js", bytes: 150_000}];
    expect(failing({editor: {addedGzipBytes: 134_000, files, gzipBytes: 150_000, pagesLoadingIt: ["/utforska"]}})).toEqual(["editor's code"]);
    expect(failing({editor: {addedGzipBytes: 100_000, files, gzipBytes: 150_000, pagesLoadingIt: ["/kit", "/utforska"]}})).toEqual(["editor's code"]);
    expect(failing({editor: {addedGzipBytes: 100_000, files: [], gzipBytes: 0, pagesLoadingIt: []}})).toEqual(["editor's code"]);
    expect(failing({sortScroll: {rows: 1_000_000, synthetic: true, longestTaskMs: 240, longTasks: 1, sortMs: 1, scrollSteps: 7}})).toEqual([
      "1 000 000 rows sorted and scrolled"
    ]);
    expect(failing({axeSerious: ["color-contrast @ .x"]})).toEqual(["axe, every rule"]);

    const text = renderSummary(withUtforska(utforska(), utforska({editorUsableMs: 1500, axeSerious: ["aria-required-children @ .cm-tooltip"]})));
    expect(text).toContain("| editor usable | ❌ | 1500 ms, 2.50× the floor's first chart (target ≤ 2×) |");
    expect(text).toMatch(/^- Utforska \(full snapshot\), editor usable: 1500 ms, 2\.50× the floor's first chart \(target ≤ 2×\)\.$/m);
    expect(text).toMatch(/^- Utforska \(full snapshot\), axe, every rule: 1 serious violation .*: aria-required-children @ \.cm-tooltip\.$/m);
    expect(text).not.toMatch(/^- Utforska \(committed snapshot\)/m);
    expect(text).not.toContain("All targets met.");
  });
});
