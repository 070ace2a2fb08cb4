// Lighthouse (mobile profile, simulated throttling) on Debian's Chromium against a local static
// server with gzip: performance and accessibility scores, cumulative layout shift, total blocking
// time. Each page is audited `runs` times in one Chromium and the median of each figure is kept,
// so the floor page and the site are measured in the same run on the same machine.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import {CHROMIUM_PATH} from "../test/e2e/browser.js";
import {median} from "./measure.js";

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  /** Every run's performance score, for the record. */
  performanceRuns: number[];
  /** The longest main-thread tasks of the run whose blocking time is nearest the median (Lighthouse's long-tasks audit, simulated durations), longest first. */
  longTasks?: LongTask[];
}

export interface LongTask {
  /** The script the task is attributed to (path only), or "Unattributable". */
  script: string;
  durationMs: number;
}

/** Lighthouse's long-tasks audit items → the `n` longest, with the script's path. */
export function longestTasks(items: readonly {url?: unknown; duration?: unknown}[], n = 5): LongTask[] {
  return items
    .filter((t) => typeof t.duration === "number")
    .map((t) => {
      const url = typeof t.url === "string" ? t.url : "";
      let script = url || "Unattributable";
      if (/^https?:/.test(url)) script = new URL(url).pathname;
      return {script, durationMs: t.duration as number};
    })
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, n);
}

const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic"
];

/** Audit each URL `runs` times; returns the medians per URL, in the order given. */
export async function lighthouseFigures(
  urls: readonly string[],
  runs: number,
  log: (line: string) => void = () => {}
): Promise<Map<string, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: FLAGS});
  const out = new Map<string, LighthouseFigures>();
  try {
    for (const url of urls) {
      const samples: {performance: number; accessibility: number; cls: number; tbtMs: number; lcpMs: number; longTasks: LongTask[]}[] = [];
      for (let i = 0; i < runs; ++i) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"]
        });
        if (!result) throw new Error(`lighthouse: no result for ${url}`);
        const {categories, audits} = result.lhr;
        const score = (s: number | null | undefined, what: string) => {
          if (s === null || s === undefined) throw new Error(`lighthouse: ${url}: no ${what} score (${result.lhr.runtimeError?.message ?? "see the report"})`);
          return Math.round(s * 100);
        };
        samples.push({
          performance: score(categories.performance?.score, "performance"),
          accessibility: score(categories.accessibility?.score, "accessibility"),
          cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
          tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
          lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
          longTasks: longestTasks((audits["long-tasks"]?.details as {items?: {url?: unknown; duration?: unknown}[]} | undefined)?.items ?? [])
        });
      }
      const m = (k: "performance" | "accessibility" | "cls" | "tbtMs" | "lcpMs") => median(samples.map((s) => s[k]));
      const tbt = m("tbtMs");
      const typical = samples.reduce((a, b) => (Math.abs(b.tbtMs - tbt) < Math.abs(a.tbtMs - tbt) ? b : a));
      const figures = {
        performance: m("performance"),
        accessibility: m("accessibility"),
        cls: m("cls"),
        tbtMs: m("tbtMs"),
        lcpMs: m("lcpMs"),
        performanceRuns: samples.map((s) => s.performance),
        longTasks: typical.longTasks
      };
      log(
        `lighthouse ${url}: performance ${figures.performance} (${figures.performanceRuns.join(", ")}), accessibility ${figures.accessibility}, CLS ${figures.cls.toFixed(3)}, TBT ${Math.round(figures.tbtMs)} ms`
      );
      out.set(url, figures);
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
