// Browser-suite helpers: Debian's Chromium driven by playwright-core, the built site served on
// 127.0.0.1, and a page wrapper that records console errors and requests to other origins.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {outputDir} from "../../loaders/paths.js";
import type {RowOf, Table} from "../../model/table.js";
import {readTable} from "../../components/kit/arrow.js";
import {publishedFile} from "../../model/published.js";
import {seedSite} from "./syntheticSite.js";
import {isKommunPage, kommunSample} from "./kommunSample.js";
import {startStaticServer, type StaticServer, type StaticServerOptions} from "../../scripts/site/staticServer.js";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DIST = outputDir();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync"
    ]
  });
}

/** The published build (dist/, from data/ as it is), which `npm run build` makes before the browser suite. */
function publishedDir(): string {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST}/index.html is missing: run "npm run build" before the browser suite`);
  return DIST;
}

/** The directory of the site the browser tests of the thin snapshot read (its served files, for servedRows). */
export const seedSiteDir = (): string => seedSite(publishedDir());

/** Serve the site the browser tests of the thin snapshot read: built with the frozen seed snapshot (see seedSite). */
export function serveSeedSite(options?: StaticServerOptions): Promise<StaticServer> {
  return startStaticServer(seedSite(publishedDir()), options);
}

/** Serve the published build itself (dist/, whatever data/kolada holds). */
export function servePublished(options?: StaticServerOptions): Promise<StaticServer> {
  return startStaticServer(publishedDir(), options);
}

/**
 * Every built page as a URL path ("/", "/resultat-vid-avslut", …), 404 excluded, with the kommun
 * pages (/kommun/<kod>, 290 pages drawn by the same code) as the sample picked from the data
 * (./kommunSample.ts); `{allKommuner: true}` lists all of them.
 */
export function builtPages(dir = DIST, options: {allKommuner?: boolean} = {}): string[] {
  const sample = new Set(kommunSample(dir).map((k) => k.path));
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true})) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith("_")) walk(p);
      } else if (e.name.endsWith(".html") && e.name !== "404.html") {
        const rel = "/" + relative(dir, p).replace(/\.html$/, "");
        out.push(rel.endsWith("/index") ? rel.slice(0, -"index".length) : rel);
      }
    }
  };
  walk(dir);
  return out.filter((p) => options.allKommuner || !isKommunPage(p) || sample.has(p)).sort();
}

export interface PageVisit {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  requests: string[];
}

/** Open `path` on `origin` in a new page, recording console errors and every request. */
export async function visit(browser: Browser, origin: string, path: string, options: {width?: number} = {}): Promise<PageVisit> {
  const page = await browser.newPage({viewport: {width: options.width ?? 1280, height: 900}});
  const visitRecord: PageVisit = {page, consoleErrors: [], foreignRequests: [], requests: []};
  page.on("console", (m) => {
    // Failed loads are reported with their URL by the response listener below.
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) visitRecord.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => visitRecord.consoleErrors.push(`pageerror: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) visitRecord.consoleErrors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on("request", (r) => {
    const url = r.url();
    visitRecord.requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) visitRecord.foreignRequests.push(url);
  });
  await page.goto(origin + path, {waitUntil: "networkidle"});
  return visitRecord;
}

/**
 * Scroll through the page as a reader would, until every section built on approach
 * (components/kit/deferred.ts) is built, then back to the top. Fails naming the section's
 * heading if one stays a placeholder.
 */
export async function readToEnd(page: Page): Promise<void> {
  const stuck = await page.evaluate(async () => {
    const deadline = performance.now() + 15_000;
    for (;;) {
      const next = document.querySelector<HTMLElement>('[data-deferred="pending"]');
      if (!next) break;
      next.scrollIntoView({block: "start"});
      while (next.isConnected && next.dataset.deferred === "pending") {
        if (performance.now() > deadline) {
          let h: Element | null = next;
          while (h && !/^H[1-4]$/.test(h.tagName)) h = h.previousElementSibling ?? h.parentElement;
          return h?.textContent ?? "(no heading)";
        }
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
    }
    window.scrollTo(0, 0);
    return null;
  });
  if (stuck !== null) throw new Error(`readToEnd: the section under "${stuck}" was never built`);
}

/**
 * Wait until the page has drawn (`selector`, by default a chart) with every section built: once
 * its cells have run (the selector or a section placeholder is there), scroll through it.
 */
export async function waitForRender(page: Page, selector = "#observablehq-main svg"): Promise<void> {
  await page.waitForSelector(`${selector}, [data-deferred]`, {state: "attached", timeout: 20_000});
  await readToEnd(page);
  // a visible one: a chart drawn at build time is there twice, for a wide and a narrow screen, one hidden
  await page.waitForSelector(`${selector} >> visible=true`, {timeout: 20_000});
  // and nothing still says it is being filled in (Utforska's grid: rows and column summaries from DuckDB)
  await page.waitForFunction(() => !document.querySelector('#observablehq-main [aria-busy="true"]'), undefined, {timeout: 20_000});
}

/** The rows of a served table as a built site publishes it (`<dir>/data/<name>.arrow`), read against the model. */
export function servedRows<T extends Table>(dir: string, table: T): RowOf<T>[] {
  return readTable(table, readFileSync(join(dir, "data", publishedFile(table.name, "arrow"))));
}

/** Pages that are text only (no chart expected). */
export const TEXT_PAGES = new Set(["/tillganglighet", "/oppna-data"]);

/** Wait for a page's main content: a chart, or the heading on text-only pages. */
export function waitForPage(page: Page, path: string): Promise<void> {
  return waitForRender(page, TEXT_PAGES.has(path) ? "#observablehq-main h1" : undefined);
}

export interface SiteSession {
  readonly browser: Browser;
  readonly url: string;
  /** `visit(browser, url, path, options)` on this session's browser and site. */
  visit(path: string, options?: {width?: number}): Promise<PageVisit>;
}

/**
 * Serve the site built with the frozen seed snapshot (the published dist/ itself while data/kolada
 * is the seed) and launch Chromium before the calling test file's tests, close both after them.
 * Call at the top level of a test file.
 */
export function useSite(): SiteSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveSeedSite(); // after a refresh of data/kolada, the first file builds the seed's site
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSite: ${what} is not ready (used outside a test?)`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, "the browser");
    },
    get url() {
      return ready(server, "the site").url;
    },
    visit(path, options) {
      return visit(ready(browser, "the browser"), ready(server, "the site").url, path, options);
    }
  };
}
