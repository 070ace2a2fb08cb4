// Resultat vid avslut in Chromium: rendering without errors, every input changing the chart, URL
// state reproducing a view, missing-data text, notes for bad parameters, print on A4 and a 375 px
// screen without horizontal scrolling. Runs against the built dist/ (real data), then against a
// site built from SYNTHETIC values (test/e2e/syntheticSite.ts) for the sections with complete data.
import {describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {readToEnd, seedSiteDir, servedRows, useSite, waitForRender} from "./browser.js";
import {SYNTHETIC_YEARS} from "./syntheticSite.js";
import {expectFitsPhone, expectPrintsOnA4, openRendered, useSyntheticSite} from "./pageChecks.js";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {KOMMUNER, kommunOf} from "../../model/catalogue.js";
import {catalogueSizeGroups} from "../../loaders/kolada/groups.js";
import {readSnapshot} from "../../loaders/kolada/snapshot.js";
import {RESULTAT_ADDED, addedKommunPath} from "../../model/pageData.js";
import {RESULTAT_KPIS} from "../../model/pages/resultat.js";
import {readTable} from "../../components/kit/arrow.js";
import {untar} from "../../components/kit/addedKommun.js";
import {ALL_KOMMUNER_GROUP} from "../../model/groups.js";
import {groupValues} from "../../model/tables/analysis.js";
import {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import {RESULTAT as PAGE} from "../../model/pages/resultat.js";
import {kpiRanks} from "../../model/tables/ranks.js";

const RESULTAT = "/resultat-vid-avslut";
const site = useSite();

const open = (path: string, width = 1280) => openRendered(site, path, {width});

/** The first figure's chart (the U40455 trend): its svg's aria-label + description, or its empty-state text. */
function trendState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fig = document.querySelector("#observablehq-main figure.kit-figure");
    if (!fig) return "no figure";
    const svg = fig.querySelector("svg[aria-label]");
    return svg ? `${svg.getAttribute("aria-label")} | ${svg.getAttribute("aria-description")}` : (fig.querySelector(".chart-empty")?.textContent ?? "empty");
  });
}

async function rankState(page: Page): Promise<string> {
  await readToEnd(page); // the ranking is further down, built when the reader comes near it
  return page.evaluate(() => document.querySelector("#observablehq-main .kit-rank svg")?.getAttribute("aria-label") ?? "none");
}

/** `read` once it differs from `before`, scrolling through the page before each read (sections further down are built on the way). */
async function changed(page: Page, read: (p: Page) => Promise<string>, before: string): Promise<string> {
  for (let i = 0; i < 50; ++i) {
    await readToEnd(page);
    const now = await read(page);
    if (now !== before) return now;
    await page.waitForTimeout(100);
  }
  return read(page);
}

const label = (page: Page, text: string) => page.locator(".frame-inputs label", {hasText: new RegExp(`^\\s*${text}\\s*$`)}).locator("input");

describe("Resultat vid avslut", () => {
  test("Resultat vid avslut renders every section without console errors", async () => {
    const v = await open(RESULTAT);
    try {
      expect(v.consoleErrors).toEqual([]);
      const text = await v.page.locator("#observablehq-main").innerText();
      for (const h of [
        "Andel som började arbeta eller studera",
        "Vad deltagarna gick vidare till (A–E)",
        "Hur säker är andelen?",
        "Placering bland alla kommuner",
        "Vad granskningarna skrev"
      ])
        expect(text).toContain(h);
      // Alvesta's swings are computed from the data (2020 lowest, 2016 highest in the snapshot).
      expect(text).toMatch(/Störst svängningar bland de valda kommunerna 2016–2025: Alvesta: mellan 11,8\s%\s\(2020\) och 58,5\s%\s\(2016\)/);
      expect(await v.page.locator(".audit-overlay svg").count()).toBeGreaterThan(0);
      expect(text).toMatch(/Östersund 2019: rapporten 42\s%, Kolada i dag 41,9\s% – stämmer/);
      expect(text).toMatch(/Alingsås 2023: rapporten 20\s%\s\(17 procent \+ tre procent/);
    } finally {
      await v.page.close();
    }
  });

  test("each input changes the chart and the URL", async () => {
    const v = await open(RESULTAT);
    const page = v.page;
    try {
      let before = await trendState(page);
      expect(before).toContain("Vänersborg");
      await label(page, "Vänersborg").uncheck();
      let after = await changed(page, trendState, before);
      expect(after).not.toContain("Vänersborg");
      expect(page.url()).toContain("kommuner=1489,2380,0764");

      before = after;
      await label(page, "Riket").check();
      after = await changed(page, trendState, before);
      expect(after).toContain("Riket");
      expect(page.url()).toContain("jamfor=0000");

      before = after;
      await page.locator(".frame-inputs select").nth(0).selectOption({label: "2019"});
      after = await changed(page, trendState, before);
      expect(after).toContain("2019–2025");
      expect(page.url()).toContain("fran=2019");

      before = after;
      await page.locator(".frame-inputs select").nth(1).selectOption({label: "2022"});
      after = await changed(page, trendState, before);
      expect(after).toContain("2019–2022");

      const rankBefore = await rankState(page);
      expect(rankBefore).toContain("2022");
      await page.locator(".year-param select").selectOption({label: "2020"});
      expect(await changed(page, rankState, rankBefore)).toContain("2020");
      expect(page.url()).toContain("rankar=2020");

      before = await trendState(page);
      await label(page, "Kvinnor").check();
      after = await changed(page, trendState, before);
      expect(after).toMatch(/alla värden saknas/);
      expect(page.url()).toContain("kon=K");
      expect(page.url()).toContain("rankar=2020"); // the frame keeps the page's own parameter
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("a URL with state reproduces the view: inputs reflect it, the chart shows only the selected kommuner", async () => {
    const v = await open(`${RESULTAT}?kommuner=2380,0764&jamfor=storleksgrupp&fran=2018&till=2022&rankar=2019`);
    const page = v.page;
    try {
      expect(await label(page, "Östersund").isChecked()).toBe(true);
      expect(await label(page, "Alvesta").isChecked()).toBe(true);
      expect(await label(page, "Vänersborg").isChecked()).toBe(false);
      expect(await label(page, "Alingsås").isChecked()).toBe(false);
      expect(await label(page, "Kommunens storleksgrupp \\(ovägt medel\\)").isChecked()).toBe(true);
      const years = await page.locator(".frame-inputs select").evaluateAll((ss) => ss.map((s) => (s as HTMLSelectElement).selectedOptions[0].textContent));
      expect(years).toEqual(["2018", "2022"]);
      expect(await page.locator(".year-param select").evaluate((s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe("2019");
      const trend = await trendState(page);
      // Each kommun's size group as Kolada's memberships name it.
      const size = (id: string) => catalogueSizeGroups(readSnapshot()).get(id)!.name;
      expect(trend.startsWith(`Börjat arbeta eller studera: Östersund, Alvesta, ${size("2380")} och ${size("0764")}, 2018–2022`), trend).toBe(true);
      expect(trend).not.toMatch(/Vänersborg|Alingsås/);
      expect(await rankState(page)).toMatch(/2019: Östersund och Alvesta bland/);
      expect(await page.locator(".frame-notes").count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test("a kommun with no data shows the missing-data text, not a zero", async () => {
    const v = await open(`${RESULTAT}?kommuner=2380&fran=2023&till=2023`);
    try {
      const missing = (await v.page.locator(".missing-data").allInnerTexts()).join(" ");
      // All kommuner (ovägt medel) is drawn: the own mean of the kommuner with a value that year (group_values).
      expect(missing).toMatch(/Saknas i ögonblicksbilden: U40455 för Östersund 2023\./);
      expect(await v.page.locator(".snapshot-notice").innerText()).toContain("datauppdatering");
      // Östersund has no value in 2023: the chart draws only the comparison, and no zero for Östersund.
      expect(await trendState(v.page)).toMatch(/^Börjat arbeta eller studera: (Östersund och )?Alla kommuner \(ovägt medel\), 2023/);
      expect(await v.page.locator("#observablehq-main").innerText()).toContain("Uppgift saknas i ögonblicksbilden för Östersund 2023.");
      expect(await v.page.locator("#observablehq-main").innerText()).not.toContain("saknas i Kolada");
      expect(await rankState(v.page)).toMatch(/2023/);
      expect(await v.page.locator(".kit-rank-list").innerText()).toContain("Östersund: värde saknas 2023");
    } finally {
      await v.page.close();
    }
  });

  test("no kommun selected: the page says so and every section still renders without errors", async () => {
    const v = await open(`${RESULTAT}?kommuner=0764`);
    try {
      const before = await trendState(v.page);
      await label(v.page, "Alvesta").uncheck();
      expect(await changed(v.page, trendState, before)).toMatch(/^Inga uppgifter att visa/);
      expect(await v.page.locator("#observablehq-main").innerText()).toContain("Ingen kommun är vald.");
      expect(await v.page.locator(".observablehq--error").count()).toBe(0);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });

  test("bad parameters fall back to the default with a visible note (as text)", async () => {
    const v = await open(`${RESULTAT}?kommuner=9999&fran=abc&jamfor=%3Cb%3Ex&rankar=1900`);
    try {
      const notes = (await v.page.locator(".frame-notes").allInnerTexts()).join(" ");
      expect(notes).toContain("Okänd kommun 9999 i länken – visar standardvalet.");
      expect(notes).toContain("Startåret abc i länken är inget årtal");
      expect(notes).toContain("Okänd jämförelsegrupp <b>x i länken");
      expect(notes).toContain("Året 1900 för placeringen i länken har inga värden att rangordna");
      expect(await v.page.locator(".frame-notes b").count()).toBe(0);
      expect(await trendState(v.page)).toContain("Vänersborg, Alingsås, Östersund, Alvesta");
    } finally {
      await v.page.close();
    }
  });

  test("an unknown or malformed kommun id among good ones is dropped with a note; the others are shown", async () => {
    const v = await open(`${RESULTAT}?kommuner=0764,9999,abc`);
    try {
      const notes = (await v.page.locator(".frame-notes").allInnerTexts()).join(" ");
      expect(notes).toBe("Okänd kommun 9999 och ogiltig kommunkod ”abc” i länken ignoreras (en kommunkod är fyra siffror).");
      expect(await trendState(v.page)).toMatch(/^Börjat arbeta eller studera: Alvesta och Alla kommuner \(ovägt medel\),/);
    } finally {
      await v.page.close();
    }
  });

  test("Alla kommuner (ovägt medel) draws the own mean of the snapshot's kommuner, credited with their number", async () => {
    const v = await open(`${RESULTAT}?kommuner=0764`);
    try {
      const rows = servedRows(seedSiteDir(), groupValues).filter(
        (r) => r.area === ALL_KOMMUNER_GROUP && r.kpi === PAGE.share && r.gender === "T" && r.value !== null
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.source === "medel")).toBe(true); // the seed holds no value of Kolada's own for the group
      const counts = rows.map((r) => r.kommuner!);
      const range = Math.min(...counts) === Math.max(...counts) ? `${Math.min(...counts)}` : `${Math.min(...counts)}–${Math.max(...counts)}`;
      const figure = (await v.page.locator("#observablehq-main figure.kit-figure").first().innerText()).replace(/\u00a0/g, " ");
      expect(figure).toContain(
        `Alla kommuner (ovägt medel): eget ovägt medelvärde av ${range} kommuner av gruppens 290 med värde (egen bearbetning av data från Kolada).`
      );
      const latest = rows.reduce((a, b) => (a.period > b.period ? a : b));
      const text = (await v.page.locator("#observablehq-main").innerText()).replace(/\u00a0/g, " ");
      expect(text).toMatch(new RegExp(`jämfört med [\\d,]+ % för alla kommuner \\(ovägt medel\\) samma år`));
      expect(latest.period).toBe(2023);
    } finally {
      await v.page.close();
    }
  });

  test("an added kommun whose file cannot be fetched (offline): one Swedish note naming it, the other kommuner drawn, no error on the page", async () => {
    const other = servedRows(seedSiteDir(), kommunGroupsTable).find((k) => !kommunOf(k.municipality))!;
    const page = await site.browser.newPage({viewport: {width: 1280, height: 900}});
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      await page.route("**/data/kommun/**", (route) => route.abort("internetdisconnected"));
      await page.goto(`${site.url}${RESULTAT}?kommuner=2380,${other.municipality}`, {waitUntil: "networkidle"});
      await waitForRender(page);
      const text = await page.locator("#observablehq-main").innerText();
      const note = `Uppgifterna för ${other.name} kunde inte hämtas just nu, så avsnitten nedan visar den inte. Sidan kan laddas om för att försöka igen.`;
      expect(text.split(note).length - 1).toBe(1);
      expect(await page.locator("#observablehq-main .observablehq--error").count()).toBe(0);
      expect(errors).toEqual([]);
      expect(await trendState(page)).toMatch(/Östersund/);
      expect(await trendState(page)).not.toContain(other.name);
    } finally {
      await page.close();
    }
  });

  test("any kommun can be added by name, keyboard only: fetched when added, drawn beside the catalogue's, its missing KPIs said once, kept in the link", async () => {
    // A kommun outside the catalogue with a value every year the share is published, whose name has a diacritic, from the served data.
    const dir = seedSiteDir();
    const ranks = servedRows(dir, kpiRanks).filter((r) => r.kpi === PAGE.share && r.gender === "T" && r.rank !== null);
    const years = new Set(ranks.map((r) => r.period)).size;
    const everyYear = (id: string) => ranks.filter((r) => r.municipality === id).length === years;
    const kommun = servedRows(dir, kommunGroupsTable).find((k) => !kommunOf(k.municipality) && everyYear(k.municipality) && /[åäöÅÄÖ]/.test(k.name))!;
    const folded = kommun.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const v = await open(`${RESULTAT}?kommuner=0764`);
    const page = v.page;
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    try {
      expect(fetched.filter((p) => p.startsWith("/data/kommun/"))).toEqual([]);
      const before = await trendState(page);
      const search = page.getByRole("combobox", {name: "Lägg till en kommun"});
      await search.focus();
      await page.keyboard.type(folded);
      await expect.poll(() => page.getByRole("option").allInnerTexts()).toContain(kommun.name);
      const options = await page.getByRole("option").allInnerTexts();
      for (let i = 0; i <= options.indexOf(kommun.name); ++i) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.url()).toContain(`kommuner=0764,${kommun.municipality}`);
      expect(await changed(page, trendState, before)).toContain(kommun.name);
      expect(fetched).toContain(`/data/kommun/resultat/${kommun.municipality}.tar`);
      await readToEnd(page);
      const notes = await page.locator("#observablehq-main .missing-data").allInnerTexts();
      const naming = notes.filter((t) => t.includes(kommun.name));
      expect(naming).toHaveLength(1); // said once, at the top
      expect(naming[0]).toMatch(new RegExp(`^Saknas i ögonblicksbilden för ${kommun.name} \\(tillagd kommun\\): .*\\(${PAGE.participants}\\)`));
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
    // The link reproduces the view.
    const again = await open(`${RESULTAT}?kommuner=0764,${kommun.municipality}`);
    try {
      expect(await again.page.locator(".frame-inputs label", {hasText: kommun.name}).locator("input").isChecked()).toBe(true);
      expect(await trendState(again.page)).toContain(kommun.name);
    } finally {
      await again.page.close();
    }
  });

  test.each([RESULTAT])("%s prints on A4: nothing wider than the page, inputs hidden, sources visible", (path) => expectPrintsOnA4(site, path));
  test.each([RESULTAT])("%s at 375 px has no horizontal scroll", (path) => expectFitsPhone(site, path));
});

describe("Resultat vid avslut with complete SYNTHETIC data (a temporary build, never published)", () => {
  const synthetic = useSyntheticSite();

  test("every section drawn: the band, one bar per category, kommun and year, every kommun ranked, the worked example, the audits", async () => {
    const v = await openRendered(site, RESULTAT, {origin: synthetic.url});
    try {
      const page = v.page;
      expect(v.consoleErrors).toEqual([]);
      const main = page.locator("#observablehq-main");
      expect(await main.locator(".chart-empty").count()).toBe(0);
      expect(await main.locator("figure.kit-figure").first().locator("[data-mark='area'] path").count()).toBeGreaterThan(0);
      const years = SYNTHETIC_YEARS.to - SYNTHETIC_YEARS.from + 1;
      expect(await main.locator("figure.kit-figure", {hasText: "Avslut efter kategori A–E"}).locator("[data-mark='bar'] rect").count()).toBe(
        KOMMUNER.length * years * PAGE.composition.length
      );
      // The kommuner with a value that year, as the served ranks count them (some kommuner have gaps).
      const kommuner = servedRows(synthetic.dir, kpiRanks).find((r) => r.kpi === PAGE.share && r.period === SYNTHETIC_YEARS.to && r.gender === "T")!.kommuner;
      expect(kommuner).toBeGreaterThan(200);
      expect(await rankState(page)).toBe(
        `Börjat arbeta eller studera ${SYNTHETIC_YEARS.to}: Vänersborg, Alingsås, Östersund och Alvesta bland ${kommuner} kommuner`
      );
      const text = (await main.innerText()).replace(/\u00a0/g, " ");
      expect(text).toMatch(/med 30 avslutade deltagare och en andel på 50 % sträcker sig ett 95 % konfidensintervall från 33 % till 67 %/);
      expect(text).toMatch(/Störst svängningar bland de valda kommunerna 2016–2025: \S+: mellan/);
      expect(text).toMatch(/Alvesta: \d+–\d+ avslutade deltagare per år/);
      expect(text).toMatch(
        /2024 hade Alvesta (delad )?plats \d+ .*av \d+ kommuner med värde \(plats 1 har det högsta värdet, vilket är bäst\), percentil \d+\./
      );
      expect(await main.locator(".audit-overlay svg").count()).toBeGreaterThanOrEqual(3);
      // Riket is always Kolada's own value, credited as such (group_values' rule).
      await page
        .locator(".frame-inputs label", {hasText: /^\s*Riket\s*$/})
        .locator("input")
        .check();
      await expect
        .poll(async () => (await main.locator("figure.kit-figure").first().innerText()).includes("Riket: Koladas eget värde (Källa: Kolada)."))
        .toBe(true);
      expect(text).toMatch(
        /Alingsås 2023: rapporten 20 % \(17 procent \+ tre procent, arbete \+ studier ur kultur- och utbildningsnämndens årsbokslut, summerade av oss\); Kolada i dag [\d,]+ %/
      );
    } finally {
      await v.page.close();
    }
  });

  test("an added kommun on the full data: drawn in every section that has its rows; what the snapshot lacks for it said once", async () => {
    const other = servedRows(synthetic.dir, kommunGroupsTable).find((k) => !kommunOf(k.municipality))!;
    const files = untar(new Uint8Array(readFileSync(join(synthetic.dir, addedKommunPath("resultat", other.municipality)))).buffer);
    const kolada = readTable(RESULTAT_ADDED.data.slices.kolada.table, files.get("kolada.arrow")!);
    const lacking = RESULTAT_KPIS.filter((kpi) => !kolada.some((r) => r.kpi === kpi && r.gender === "T" && r.value !== null));
    const v = await openRendered(site, `${RESULTAT}?kommuner=0764,${other.municipality}`, {origin: synthetic.url});
    try {
      expect(v.consoleErrors).toEqual([]);
      expect(await trendState(v.page)).toContain(other.name);
      await readToEnd(v.page);
      const notes = await v.page.locator("#observablehq-main .missing-data").allInnerTexts();
      const naming = notes.filter((t) => t.includes(other.name));
      if (lacking.length === 0) expect(naming).toEqual([]);
      else {
        expect(naming).toHaveLength(1);
        for (const kpi of lacking) expect(naming[0]).toContain(`(${kpi})`);
      }
    } finally {
      await v.page.close();
    }
  });
});
