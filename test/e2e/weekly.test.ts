// The weekly path end to end: a refresh against the mock Kolada server (`npm run data:refresh`,
// SYNTHETIC plausible values in Kolada's own field names), then `npm run build`, then every built
// page in Chromium. This reuses the full-data site the other browser tests use
// (test/e2e/syntheticSite.ts makes it exactly that way), so it adds no build. Every page must load
// without a console error or a failed request, build every section (the reader scrolls to the
// end) and draw each one: no section stays a placeholder or empty, no cell shows an error.
import {describe, expect, test} from "vitest";
import {builtPages, waitForPage} from "./browser.js";
import {openRendered, useSyntheticSite} from "./pageChecks.js";
import {useSite} from "./browser.js";
import {SYNTHETIC_SUMMARY} from "./syntheticSite.js";

const site = useSite();
const full = useSyntheticSite();

describe("the weekly path: refresh against the stand-in → build → every page", () => {
  test("the site was built from the refreshed snapshot, and says its values are synthetic", async () => {
    const v = await openRendered(site, "/", {origin: full.url});
    try {
      expect(await v.page.locator("footer").innerText()).toContain(SYNTHETIC_SUMMARY);
    } finally {
      await v.page.close();
    }
  });

  test("every page: no console error, every section built and drawn", async () => {
    const pages = builtPages(full.dir);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    let drawn = 0;
    for (const path of pages) {
      const v = await openRendered(site, path, {origin: full.url});
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
    expect(drawn, "sections built on approach, over all pages").toBeGreaterThan(20);
  }, 300_000);
});
