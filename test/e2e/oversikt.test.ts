// Översikt in Chromium: the cards per kommun with year and rank, the audits with their links, the
// data freshness, no console errors; print on A4 and a 375 px screen without horizontal scrolling.
// Runs against the built dist/ (real data), then against a site built from SYNTHETIC values
// (test/e2e/syntheticSite.ts) for the cards with complete data. Counts and links come from the
// catalogue and the report folders.
import {describe, expect, test} from "vitest";
import {useSite} from "./browser.js";
import {SYNTHETIC_YEARS} from "./syntheticSite.js";
import {expectFitsPhone, expectPrintsOnA4, openRendered, useSyntheticSite} from "./pageChecks.js";
import {KOMMUNER} from "../../model/catalogue.js";
import {OVERSIKT} from "../../model/pages/oversikt.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {listReports} from "../../loaders/reports/list.js";
import {readMeta} from "../../loaders/reports/records.js";

const site = useSite();

/** The audit reports (not cover letters) in the catalogue's kommun order, then by date: what the page links to. */
const REPORT_LINKS = listReports(REPORTS_DIR)
  .map((id) => readMeta(REPORTS_DIR, id))
  .filter((m) => m.document === "rapport")
  .sort((a, b) => KOMMUNER.findIndex((k) => k.id === a.kommun) - KOMMUNER.findIndex((k) => k.id === b.kommun) || a.date.localeCompare(b.date))
  .map((m) => `./granskningar/${m.id}`);

const open = (path: string, width = 1280) => openRendered(site, path, {width});

describe("Översikt", () => {
  test("Översikt: cards per kommun with year and rank, audits with links, freshness; no console errors", async () => {
    const v = await open("/");
    try {
      expect(v.consoleErrors).toEqual([]);
      const main = v.page.locator("#observablehq-main");
      expect(await main.locator(".overview-kommun").count()).toBe(KOMMUNER.length);
      expect(await main.locator(".overview-kommun h3").allInnerTexts()).toEqual(KOMMUNER.map((k) => k.name));
      const alvesta = await main.locator(".overview-kommun", {hasText: "Alvesta"}).innerText();
      expect(alvesta).toMatch(/\(2023\)/);
      expect(alvesta).toMatch(/Plats \d+ av \d+ kommuner 2023/);
      expect(alvesta).toContain("Nettokostnad arbetsmarknadsåtgärder (N40011): uppgift saknas i ögonblicksbilden för Alvesta.");
      const links = await main.locator(".overview-audits a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toEqual(REPORT_LINKS);
      const text = await main.innerText();
      expect(text).toContain("Publiceringsdatum hämtas vid nästa datauppdatering");
      expect(text).toContain("Saknas i ögonblicksbilden: U40455 för Östersund 2023");
      expect(await main.locator(".snapshot-notice").count()).toBe(1);
      expect(text).toMatch(/Kolada-underlaget hämtades \d+ \w+ \d{4}/);
      expect(await main.locator("figure.kit-figure svg[aria-label]").count()).toBeGreaterThan(0);
    } finally {
      await v.page.close();
    }
  });

  test.each(["/"])("%s prints on A4: nothing wider than the page, inputs hidden, sources visible", (path) => expectPrintsOnA4(site, path));
  test.each(["/"])("%s at 375 px has no horizontal scroll", (path) => expectFitsPhone(site, path));
});

describe("Översikt with complete SYNTHETIC data (a temporary build, never published)", () => {
  const synthetic = useSyntheticSite();

  test("a card for every kommun and card KPI, each with its latest year, change and rank; nothing said missing", async () => {
    const v = await openRendered(site, "/", {origin: synthetic.url});
    try {
      expect(v.consoleErrors).toEqual([]);
      const main = v.page.locator("#observablehq-main");
      expect(await main.locator(".kit-kpi").count()).toBe(KOMMUNER.length * OVERSIKT.cards.length);
      expect(await main.locator(".overview-missing").count()).toBe(0);
      const ranks = await main.locator(".kit-kpi-rank").allInnerTexts();
      expect(ranks).toHaveLength(KOMMUNER.length * OVERSIKT.cards.length);
      for (const r of ranks) expect(r).toMatch(new RegExp(`^Plats \\d+ av \\d+ kommuner ${SYNTHETIC_YEARS.to} \\(högst värde = plats 1\\)$`));
      for (const c of await main.locator(".kit-kpi-change").allInnerTexts()) expect(c).toMatch(new RegExp(`jämfört med ${SYNTHETIC_YEARS.to - 1}$`));
      expect(await main.locator(".overview-kommun ~ .missing-data, .overview-cards + .missing-data").count()).toBe(0);
      expect(await main.locator(".snapshot-notice").innerText()).toMatch(/och har värden för alla sidans \d+ nyckeltal/);
    } finally {
      await v.page.close();
    }
  });
});
