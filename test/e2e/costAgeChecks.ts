// What the browser tests of "Kostnad per invånare" and "Åldersprofiler" share: opening a page on
// the built site (or another origin, such as the SYNTHETIC-data site), reading its main text and
// figure captions, and its layout checks (print on A4 width, 375 px without horizontal scroll).
import {describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {readToEnd, visit, waitForRender, type SiteSession} from "./browser.js";

/** What the page's notice says once when the snapshot lacks values: a refresh fills them in. */
export const REFRESH = "en datauppdatering från Kolada fyller i det som Kolada har publicerat";

/** The page's snapshot notice (one, written at build time) and its missing-data lines, one per section at most. */
export async function missingTexts(page: Page): Promise<{notices: string[]; lines: string[]}> {
  const notices = (await page.locator("#observablehq-main .snapshot-notice").allInnerTexts()).map((t) => t.replace(/\u00a0/g, " "));
  const lines = (await page.locator("#observablehq-main .missing-data").allInnerTexts()).map((t) => t.replace(/\u00a0/g, " "));
  return {notices, lines};
}

/** The main column's text with no-break spaces (Swedish number formats) as plain spaces. */
export const mainText = async (page: Page) => (await page.locator("#observablehq-main").innerText()).replace(/\u00a0/g, " ");
/** Every figure's caption, read scrolling through the page (sections further down are built on the way). */
export async function captions(page: Page): Promise<string[]> {
  await readToEnd(page);
  return page.locator("#observablehq-main figure > figcaption").allInnerTexts();
}
export const search = (page: Page) => page.evaluate(() => window.location.search);

/** Open `path` on the session's site (or `origin`) and wait for a chart. */
export async function open(site: SiteSession, path: string, options: {width?: number; origin?: string} = {}) {
  const v = await visit(site.browser, options.origin ?? site.url, path, {width: options.width});
  await waitForRender(v.page);
  return v;
}

/** Widest right edge of anything in main and the document's scroll width, in CSS px. */
async function widths(page: Page): Promise<{scroll: number; right: number; widest: string}> {
  return page.evaluate(() => {
    let right = 0;
    let widest = "";
    for (const el of Array.from(document.querySelectorAll("#observablehq-main *"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).display === "none") continue;
      if (r.right > right) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`;
      }
    }
    return {scroll: document.documentElement.scrollWidth, right, widest};
  });
}

/** The layout tests of a page: print emulation on A4 width, and a 375 px screen. */
export function layoutTests(site: SiteSession, path: string): void {
  describe(`${path} layout`, () => {
    test("print emulation fits A4 width (794 px): inputs hidden, sources visible, nothing wider", async () => {
      const v = await open(site, path, {width: 794});
      try {
        await v.page.emulateMedia({media: "print"});
        await v.page.waitForTimeout(300);
        expect(await v.page.locator(".frame-inputs").isVisible()).toBe(false);
        expect(
          await v.page
            .locator(".page-param")
            .first()
            .isVisible()
            .catch(() => false)
        ).toBe(false);
        expect(await v.page.locator(".kit-source").first().isVisible()).toBe(true);
        const w = await widths(v.page);
        expect(w.scroll).toBeLessThanOrEqual(794);
        expect(w.right, `widest: ${w.widest}`).toBeLessThanOrEqual(794.5);
      } finally {
        await v.page.close();
      }
    });

    test("375 px wide: no horizontal scroll", async () => {
      const v = await open(site, path, {width: 375});
      try {
        await v.page.waitForTimeout(300);
        const w = await widths(v.page);
        expect(w.scroll, `widest: ${w.widest} (${w.right} px)`).toBeLessThanOrEqual(375);
      } finally {
        await v.page.close();
      }
    });
  });
}

/** A chart's ARIA description (its values in words), by the start of its label. */
export const description = (page: Page, label: string) =>
  page
    .locator(`#observablehq-main svg[aria-label^="${label}"]`)
    .first()
    .evaluate((svg) => svg.getAttribute("aria-description") ?? svg.querySelector("desc")?.textContent ?? "");
