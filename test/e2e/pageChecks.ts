// Checks the page browser tests share: open a page and wait for it to settle, print on A4 with
// nothing wider than the page, a 375 px screen without horizontal scroll, and a server of the
// site built from SYNTHETIC values for the file's tests.
import {afterAll, beforeAll, expect} from "vitest";
import type {Page} from "playwright-core";
import {startStaticServer, type StaticServer} from "../../scripts/site/staticServer.js";
import {visit, waitForPage, type PageVisit, type SiteSession} from "./browser.js";
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
        document.querySelectorAll("#observablehq-main .frame-inputs, #observablehq-main .rank-year, #observablehq-main .kit-download")
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
  beforeAll(async () => {
    dir = await syntheticSite();
    server = await startStaticServer(dir);
  }, 300_000);
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
