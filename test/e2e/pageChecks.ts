// Checks the page browser tests share: open a page and wait for it to settle, print on A4 with
// nothing wider than the page, a 375 px screen without horizontal scroll, and a server of the
// site built from SYNTHETIC values for the file's tests.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, expect} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import type {Page} from "playwright-core";
import {startStaticServer, type StaticServer} from "../../scripts/site/staticServer.js";
import {builtPages, visit, waitForPage, type PageVisit, type SiteSession} from "./browser.js";
import {syntheticSite} from "./syntheticSite.js";

/** Visit `path` on `origin` (default: the session's built site) and wait until its charts and cells have settled. */
export async function openRendered(site: SiteSession, path: string, options: {width?: number; origin?: string} = {}): Promise<PageVisit> {
  const v = await visit(site.browser, options.origin ?? site.url, path, {width: options.width ?? 1280});
  await waitForPage(v.page, path);
  await v.page.waitForSelector("#observablehq-main .observablehq--loading", {state: "detached", timeout: 20_000}).catch(() => undefined);
  return v;
}

/** Elements of main that reach outside the page's width (left or right), as "tag.class left–right". */
export function outsidePage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageWidth = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll("#observablehq-main *"))
      .filter((el) => {
        // Wide tables scroll inside their own box on screen: skip what sits in a scrolling (or clipping) ancestor.
        for (let a = el.parentElement; a && a.id !== "observablehq-main"; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return false;
        return true;
      })
      .map((el) => ({el, r: el.getBoundingClientRect()}))
      .filter(({r}) => r.width > 0 && (r.right > pageWidth + 1 || r.left < -1))
      .map(({el, r}) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} ${Math.round(r.left)}–${Math.round(r.right)}`);
  });
}

/** Printed on A4 (794 px): nothing wider than the page, the inputs and downloads hidden, the source lines visible. */
export async function expectPrintsOnA4(site: SiteSession, path: string): Promise<void> {
  const v = await openRendered(site, path, {width: 794});
  try {
    await v.page.emulateMedia({media: "print"});
    await v.page.waitForTimeout(800); // charts re-render to the print width
    const result = await v.page.evaluate(() => {
      const pageWidth = document.documentElement.clientWidth;
      const tooWide = Array.from(document.querySelectorAll("#observablehq-main *"))
        .map((el) => ({el, r: el.getBoundingClientRect()}))
        .filter(({r}) => r.width > 0 && (r.right > pageWidth + 1 || r.left < -1))
        .map(({el, r}) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className} ${Math.round(r.left)}–${Math.round(r.right)}`);
      const inputs = Array.from(
        document.querySelectorAll("#observablehq-main .frame-inputs, #observablehq-main .year-param, #observablehq-main .kit-download")
      ).filter((el) => (el as HTMLElement).offsetParent !== null).length;
      const sources = Array.from(document.querySelectorAll("#observablehq-main .kit-source p.source")).filter(
        (el) => (el as HTMLElement).offsetParent !== null
      ).length;
      return {pageWidth, tooWide, inputs, sources, scroll: document.documentElement.scrollWidth};
    });
    expect(result.tooWide).toEqual([]);
    expect(result.scroll).toBeLessThanOrEqual(result.pageWidth);
    expect(result.inputs).toBe(0);
    expect(result.sources).toBeGreaterThan(0);
  } finally {
    await v.page.close();
  }
}

/** On a 375 px screen: no horizontal scroll, nothing outside the page, no console errors. */
export async function expectFitsPhone(site: SiteSession, path: string): Promise<void> {
  const v = await openRendered(site, path, {width: 375});
  try {
    await v.page.waitForTimeout(500);
    const [scroll, client] = await v.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    expect(await outsidePage(v.page)).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
  } finally {
    await v.page.close();
  }
}

/** Serve the site built from SYNTHETIC values (built once per state of the code) for the calling file's tests; `dir` is its built directory. */
export function useSyntheticSite(): {readonly url: string; readonly dir: string} {
  let server: StaticServer | undefined;
  let dir: string | undefined;
  // Building it means a refresh and a build of the full snapshot (every catalogue KPI for every
  // kommun, some 270 000 values): minutes on a loaded machine (9 min at load 13 on 2 cores).
  beforeAll(async () => {
    dir = await syntheticSite();
    server = await startStaticServer(dir);
  }, 900_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error("useSyntheticSite: the synthetic site is not served yet (used outside a test?)");
      return server.url;
    },
    get dir() {
      if (!dir) throw new Error("useSyntheticSite: the synthetic site is not built yet (used outside a test?)");
      return dir;
    }
  };
}

/**
 * Every page of the site built in `dir` and served at `origin`: no console error or failed
 * request, every section built (the reader scrolls to the end) and drawn (no placeholder, no empty
 * section, no cell showing an error). Returns how many sections were built on approach.
 */
export async function expectEveryPageDrawn(site: SiteSession, origin: string, dir: string): Promise<number> {
  const pages = builtPages(dir);
  expect(pages.length).toBeGreaterThanOrEqual(10);
  let drawn = 0;
  for (const path of pages) {
    const v = await openRendered(site, path, {origin});
    try {
      await waitForPage(v.page, path);
      const state = await v.page.evaluate(() => {
        const main = document.querySelector("#observablehq-main")!;
        const sections = [...main.querySelectorAll<HTMLElement>("[data-deferred]")];
        const heading = (el: Element) => {
          let h: Element | null = el;
          while (h && !/^H[1-4]$/.test(h.tagName)) h = h.previousElementSibling ?? h.parentElement;
          return h?.textContent?.trim() ?? "(no heading)";
        };
        return {
          errors: [...main.querySelectorAll(".observablehq--error")].map((e) => e.textContent),
          pending: sections.filter((s) => s.dataset.deferred !== "built").map(heading),
          empty: sections.filter((s) => !s.querySelector("svg, table, p, li, figure")).map(heading),
          loading: main.querySelectorAll(".observablehq--loading").length,
          built: sections.length
        };
      });
      drawn += state.built;
      expect(v.consoleErrors, path).toEqual([]);
      expect({...state, built: 0}, path).toEqual({errors: [], pending: [], empty: [], loading: 0, built: 0});
    } finally {
      await v.page.close();
    }
  }
  return drawn;
}

/** How many sections the pages defer (each `display(deferred(…))` in a page's Markdown): what expectEveryPageDrawn must see built. */
export function deferredSectionsInPages(root = join(PROJECT_ROOT, "src")): number {
  let n = 0;
  for (const e of readdirSync(root, {withFileTypes: true, recursive: true})) {
    if (e.isFile() && e.name.endsWith(".md")) n += (readFileSync(join(e.parentPath, e.name), "utf8").match(/display\(deferred\(/g) ?? []).length;
  }
  return n;
}
