// Page weight and time-to-first-chart measurements in headless Chromium (used by bench/run.ts).
import {gzipSync} from "node:zlib";
import type {Browser} from "playwright-core";

export type ByteKind = "html" | "js" | "css" | "data" | "wasm" | "other";

export function byteKind(url: string, contentType: string): ByteKind {
  const path = new URL(url).pathname;
  if (/\.wasm$/.test(path) || contentType.includes("wasm")) return "wasm";
  if (/\.(m?js)$/.test(path) || contentType.includes("javascript")) return "js";
  if (/\.css$/.test(path) || contentType.includes("css")) return "css";
  if (/\.(arrow|parquet|json|csv|txt)$/.test(path)) return "data";
  if (contentType.includes("html") || path.endsWith("/") || !/\.\w+$/.test(path)) return "html";
  return "other";
}

export interface PageWeight {
  path: string;
  gzipBytes: Record<ByteKind, number>;
  total: number;
  requests: number;
  /** gzip bytes per requested file (URL path without the content hash), largest first. */
  files: {file: string; kind: ByteKind; bytes: number}[];
}

/** "/bundles/resultat.1a2b3c4d.js" → "/bundles/resultat.js" (comparable across builds). */
export const unhashed = (path: string) => path.replace(/\.[0-9a-f]{8}(\.\w+)$/, "$1");

/** Bytes a static host would send gzip-compressed (level 6), per kind, for one page load. */
export async function measurePageWeight(browser: Browser, origin: string, path: string, waitSelector: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const bodies: Promise<{file: string; kind: ByteKind; bytes: number}>[] = [];
  page.on("response", (r) => {
    if (!r.url().startsWith(origin) || r.status() >= 300) return;
    const file = unhashed(new URL(r.url()).pathname);
    bodies.push(
      r
        .body()
        .then((b) => ({
          file,
          kind: byteKind(r.url(), r.headers()["content-type"] ?? ""),
          bytes: gzipSync(b, {level: 6}).length
        }))
        .catch(() => ({file, kind: "other" as ByteKind, bytes: 0}))
    );
  });
  await page.goto(origin + path, {waitUntil: "networkidle"});
  await page.waitForSelector(waitSelector, {timeout: 60_000});
  await page.waitForLoadState("networkidle");
  const all = await Promise.all(bodies);
  await page.close();
  const gzipBytes: Record<ByteKind, number> = {html: 0, js: 0, css: 0, data: 0, wasm: 0, other: 0};
  for (const b of all) gzipBytes[b.kind] += b.bytes;
  const files = [...all].sort((a, b) => b.bytes - a.bytes);
  return {path, gzipBytes, total: Object.values(gzipBytes).reduce((a, b) => a + b, 0), requests: all.length, files};
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Milliseconds from navigation start to the first animation frame that shows `selector`, median of
 * `runs` cold loads. The page records the time itself: a MutationObserver notes when the selector
 * first matches and the next requestAnimationFrame stamps the frame. (Timing Playwright's
 * `waitForSelector` measured its polling instead: it checks at 0, 20, 70, 170 and 270 ms, then
 * every 500 ms, so a chart drawn at 800 ms counted as about 1270 ms.)
 */
export async function timeToFirstChart(browser: Browser, url: string, selector: string, runs: number): Promise<{median: number; runs: number[]}> {
  const times: number[] = [];
  for (let i = 0; i < runs; ++i) {
    const context = await browser.newContext(); // cold cache each run
    const page = await context.newPage();
    await page.addInitScript((selector: string) => {
      const w = window as unknown as {__firstChartFrame?: number};
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.__firstChartFrame = performance.now()));
      });
      observer.observe(document, {subtree: true, childList: true, attributes: true});
    }, selector);
    await page.goto(url, {waitUntil: "commit"});
    const handle = await page.waitForFunction(() => (window as unknown as {__firstChartFrame?: number}).__firstChartFrame, null, {timeout: 60_000});
    times.push((await handle.jsonValue()) as number);
    await context.close();
  }
  return {median: median(times), runs: times};
}
