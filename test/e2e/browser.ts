// Browser-suite helpers: Debian's Chromium driven by playwright-core, the built site served on
// 127.0.0.1, and a page wrapper that records console errors and requests to other origins.
import {existsSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {startStaticServer, type StaticServer, type StaticServerOptions} from "../../loaders/site/staticServer.js";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DIST = join(PROJECT_ROOT, process.env.UPPF_OUTPUT_DIR ?? "dist");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"
    ]
  });
}

export function serveDist(options?: StaticServerOptions): Promise<StaticServer> {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST}/index.html is missing: run "npm run build" before the browser suite`);
  return startStaticServer(DIST, options);
}

/** Every built page as a URL path ("/", "/resultat-vid-avslut", …), 404 excluded. */
export function builtPages(dir = DIST): string[] {
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
  return out.sort();
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

/** Wait until Framework has settled the page: no pending cells and no running indicator. */
export async function waitForRender(page: Page, selector = "#observablehq-main svg"): Promise<void> {
  await page.waitForSelector(selector, {timeout: 20_000});
}

/** Pages that are text only (no chart expected). */
export const TEXT_PAGES = new Set(["/tillganglighet"]);

/** Wait for a page's main content: a chart, or the heading on text-only pages. */
export function waitForPage(page: Page, path: string): Promise<void> {
  return waitForRender(page, TEXT_PAGES.has(path) ? "#observablehq-main h1" : undefined);
}
