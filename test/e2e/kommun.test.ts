// The kommun pages and the kommun index. The kommuner are picked from the data the built site
// serves (./kommunSample.ts: the highest and lowest value of the latest year, a shared place, a
// kommun without any value, a catalogue kommun), and each page's value, year, place and the
// liknande kommuner's mean are checked against the site's own served tables (kpi_ranks,
// group_values) and the snapshot's memberships: in the HTML as served (script off) and in Chromium
// (script on), on the committed snapshot and on the site built from SYNTHETIC full data.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {describe, expect, test} from "vitest";
import {formatByUnit, formatCount, formatYear} from "../../components/kit/format.js";
import {kommunGroups} from "../../loaders/kolada/groups.js";
import {KOMMUNER_FILE, parseKommuner, readSnapshot} from "../../loaders/kolada/snapshot.js";
import {kpiOf} from "../../model/catalogue.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {KOMMUN_HEADLINE} from "../../model/pages/kommun.js";
import {groupValues} from "../../model/tables/analysis.js";
import {kpiRanks} from "../../model/tables/ranks.js";
import {DIST, servedRows, useSite, visit} from "./browser.js";
import {kommunSample, type KommunSampleEntry} from "./kommunSample.js";
import {useSyntheticSite} from "./pageChecks.js";

const kpi = kpiOf(KOMMUN_HEADLINE);
const text = (html: string) => new JSDOM(html).window.document;

/**
 * What a kommun page must say, from the served tables of the site in `dir` and (for the groups and
 * names) the memberships of the snapshot in `snapshotDir`; without one the page must say that the
 * groups are missing. The synthetic site's snapshot is removed after its build, but its refresh
 * fetched the committed snapshot's real memberships from the full mock (fullSnapshotMock), so its
 * checks read those from data/kolada.
 */
function expected(dir: string, snapshotDir: string | null, id: string) {
  const ranks = servedRows(dir, kpiRanks).filter((r) => r.kpi === KOMMUN_HEADLINE && r.gender === "T" && r.municipality === id && r.value !== null);
  const latest = ranks.sort((a, b) => b.period - a.period)[0];
  const groups = snapshotDir ? kommunGroups(readSnapshot(snapshotDir)).get(id) : undefined;
  const values = servedRows(dir, groupValues).filter((r) => r.area === groups?.liknande && r.kpi === KOMMUN_HEADLINE && r.gender === "T" && r.value !== null);
  const year = latest?.period ?? Math.max(...values.map((r) => r.period));
  const peer = values.find((r) => r.period === year);
  const name = parseKommuner(readFileSync(join(PROJECT_ROOT, "data", "kolada", KOMMUNER_FILE), "utf8")).find((m) => m.id === id)!.name;
  return {name, latest, year, peer, members: groups?.liknandeMembers ?? []};
}

/** The checks on a page's document (as served, or as Chromium shows it). */
function checkPage(doc: Document, e: ReturnType<typeof expected>, why: KommunSampleEntry["why"]) {
  const main = doc.querySelector("#observablehq-main")!;
  expect(doc.title).toContain(e.name);
  expect(doc.querySelector('meta[name="description"]')!.getAttribute("content")).toContain(e.name);
  expect(main.querySelector("h1")!.textContent).toBe(e.name);
  const summary = main.querySelector(".kommun-summary")!;
  if (e.latest) {
    expect(summary.querySelector(".kommun-number")!.textContent).toBe(formatByUnit(e.latest.value, kpi.unit));
    expect(summary.textContent).toContain(
      `${formatYear(e.latest.period)} har ${e.name} plats ${formatCount(e.latest.rank)} av ${formatCount(e.latest.kommuner)}`
    );
    if ((e.latest.tied_with ?? 1) > 1) expect(summary.textContent).toContain(`delad med ${formatCount(e.latest.tied_with! - 1)}`);
    if (why === "högst") expect(e.latest.rank).toBe(kpi.direction === "lower" ? e.latest.kommuner : 1);
  } else {
    expect(why).toBe("utan värde");
    expect(summary.querySelector(".kommun-none")!.textContent).toContain("saknas i ögonblicksbilden");
  }
  // the liknande kommuner's mean that year, and each of the seven named with a link
  const peerLine = summary.querySelector(".kommun-peer-mean")!.textContent!;
  if (e.peer != null) expect(peerLine).toContain(`${formatYear(e.year)}: ${formatByUnit(e.peer.value, kpi.unit)}`);
  else expect(peerLine).toContain("saknas i ögonblicksbilden");
  const peerLinks = [...main.querySelectorAll("table.kommun-peers tbody a")].map((a) => a.getAttribute("href"));
  expect(peerLinks).toEqual(e.members.map((m) => `./${m}`));
  // the charts are in the HTML as SVG, with a data table
  expect(main.querySelectorAll(".kommun-trend svg").length).toBeGreaterThan(0);
  // "saknas i ögonblicksbilden" at most once per section
  for (const section of main.querySelectorAll(".kommun-summary, .kommun-trend, .kommun-others"))
    expect((section.textContent!.match(/saknas i ögonblicksbilden/g) ?? []).length, section.className).toBeLessThanOrEqual(1);
}

const site = useSite();
const sample = kommunSample(DIST);

describe("kommun pages on the committed snapshot", () => {
  test("the sample covers every case the data has", () => {
    expect(sample.map((s) => s.why)).toEqual(["högst", "lägst", "delad plats", "utan värde", "katalogens kommun"]);
  });

  test.each(sample.map((s) => [s.why, s] as const))("%s, script off: the HTML as served", async (why, s) => {
    const response = await fetch(site.url + s.path);
    expect(response.status).toBe(200);
    checkPage(text(await response.text()), expected(DIST, join(PROJECT_ROOT, "data", "kolada"), s.id), why);
  });

  test.each(sample.map((s) => [s.why, s] as const))("%s, script on: the same in Chromium, the seven on demand", async (why, s) => {
    const v = await site.visit(s.path);
    try {
      const doc = text(await v.page.content());
      checkPage(doc, expected(DIST, join(PROJECT_ROOT, "data", "kolada"), s.id), why);
      const toggle = v.page.locator(".kommun-peers-toggle");
      await expect.poll(() => toggle.isVisible()).toBe(true);
      expect(await v.page.locator(".kommun-peers-chart").isVisible()).toBe(false);
      await toggle.click();
      expect(await v.page.locator(".kommun-peers-chart").isVisible()).toBe(true);
      expect(await toggle.getAttribute("aria-pressed")).toBe("true");
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
});

describe("the kommun index", () => {
  const kommuner = parseKommuner(readFileSync(join(PROJECT_ROOT, "data", "kolada", KOMMUNER_FILE), "utf8"));
  test("script off: every kommun a link in Swedish order, the map a link per kommun", async () => {
    const doc = text(await (await fetch(site.url + "/kommun/")).text());
    const names = [...doc.querySelectorAll(".kommun-list a")].map((a) => a.textContent!);
    expect(names).toEqual(kommuner.map((m) => m.name).sort(new Intl.Collator("sv").compare));
    expect(doc.querySelectorAll(".kommun-map-svg a").length).toBe(kommuner.length);
    expect(doc.querySelector(".kommun-map")!.textContent).toContain("Kommungränser: Valmyndigheten");
  });
  test("script on: the search finds Östersund from “ostersund”, Enter opens it", async () => {
    const v = await site.visit("/kommun/");
    try {
      const input = v.page.locator("#kommun-sok");
      await input.fill("ostersund");
      expect(await v.page.locator(".kommun-list li:not([hidden])").allInnerTexts()).toEqual(["Östersund"]);
      await input.press("Enter");
      await v.page.waitForURL(/\/kommun\/2380$/);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
  test("an unknown kommun gets the Swedish 404 page with a link to the index", async () => {
    const response = await fetch(site.url + "/kommun/9999");
    expect(response.status).toBe(404);
    const doc = text(await response.text());
    expect(doc.querySelector("h1")!.textContent).toBe("Sidan finns inte");
    expect([...doc.querySelectorAll("#observablehq-main a")].some((a) => a.textContent === "Hitta din kommun")).toBe(true);
  });
});

describe("kommun pages on the SYNTHETIC full snapshot", () => {
  const synthetic = useSyntheticSite();
  test("script off: the sample's pages say what the site's tables hold, and list the other KPIs", async () => {
    const picks = kommunSample(synthetic.dir);
    expect(picks.length).toBeGreaterThanOrEqual(4);
    for (const s of picks) {
      const response = await fetch(synthetic.url + s.path);
      expect(response.status, s.path).toBe(200);
      const doc = text(await response.text());
      checkPage(doc, expected(synthetic.dir, join(PROJECT_ROOT, "data", "kolada"), s.id), s.why);
    }
    // a catalogue kommun has every catalogue KPI in the full snapshot: the table of the others has rows
    const own = picks.find((p) => p.why === "katalogens kommun")!;
    const doc = text(await (await fetch(synthetic.url + own.path)).text());
    expect(doc.querySelectorAll("table.kommun-kpis tbody tr").length).toBeGreaterThan(0);
  }, 120_000);

  // With every catalogue KPI the table of the others is at its longest: before, it widened the page
  // on a phone (509 px on a 412 px screen), so the browser zoomed out after drawing (a layout shift).
  test("on a 375 px phone the sample's pages are no wider than the screen; the KPI table keeps to a focusable region", async () => {
    let tables = 0;
    for (const s of kommunSample(synthetic.dir)) {
      const v = await visit(site.browser, synthetic.url, s.path, {width: 375});
      try {
        const fit = await v.page.evaluate(() => {
          const region = document.querySelector("table.kommun-kpis")?.parentElement;
          return {
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
            region: region
              ? {
                  role: region.getAttribute("role"),
                  tabIndex: region.tabIndex,
                  label: region.getAttribute("aria-label"),
                  right: region.getBoundingClientRect().right
                }
              : null
          };
        });
        expect(fit.scroll, s.path).toBeLessThanOrEqual(fit.client);
        if (fit.region) {
          tables += 1;
          expect(fit.region, s.path).toMatchObject({role: "region", tabIndex: 0});
          expect(fit.region.label).toMatch(/^Fler nyckeltal för /);
          expect(fit.region.right).toBeLessThanOrEqual(fit.client);
        }
        expect(v.consoleErrors).toEqual([]);
      } finally {
        await v.page.close();
      }
    }
    expect(tables).toBeGreaterThan(0);
  }, 120_000);
});
