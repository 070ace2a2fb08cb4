// Pages II in Chromium: "Kostnad per invånare" and "Åldersprofiler". First on the committed (sparse)
// snapshot: render without errors, the missing-data text, each kind of input changes the page and
// the link, a link with state reproduces the view, print on A4 width, 375 px without horizontal
// scroll. Then on a site built from SYNTHETIC values (test/e2e/syntheticSite.ts) to check the
// charts with complete data.
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {startStaticServer, type StaticServer} from "../../scripts/site/staticServer.js";
import {useSite, visit, waitForRender} from "./browser.js";
import {syntheticSite} from "./syntheticSite.js";
import {readSnapshot} from "../../loaders/kolada/snapshot.js";
import {formatDate} from "../../components/kit/format.js";

const COST = "/kostnad-per-invanare";
const AGE = "/aldersprofiler";
const REFRESH = "en datauppdatering (npm run data:refresh) fyller i de värden som Kolada har publicerat";

const site = useSite();


/** The main column's text with no-break spaces (Swedish number formats) as plain spaces. */
const mainText = async (page: Page) => (await page.locator("#observablehq-main").innerText()).replace(/\u00a0/g, " ");
const captions = (page: Page) => page.locator("#observablehq-main figure > figcaption").allInnerTexts();
const search = (page: Page) => page.evaluate(() => window.location.search);

async function open(path: string, options: {width?: number; origin?: string} = {}) {
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

describe("Kostnad per invånare (committed snapshot)", () => {
  test("renders without errors; the audit's printed figures are the chart; says exactly what is missing", async () => {
    const v = await open(COST);
    try {
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
      const text = await mainText(v.page);
      expect(text).toContain("Nettokostnad arbetsmarknadsåtgärder (N40011): uppgift saknas i Kolada för Vänersborg, Alingsås, Östersund, Alvesta och Alla kommuner (ovägt medel) 2016–2025.");
      expect(text).toContain(REFRESH);
      expect(text).toContain("men nettokostnad för arbetsmarknadsåtgärder (N40011) för ingen kommun, så ingen kommun har båda värdena");
      expect(text).toContain("Inget orsakssamband.");
      // Kolada's source notes name the snapshot date (data/kolada/manifest.json fetched_at, via /data/snapshot.json).
      expect(text).toContain(`Källa: Kolada (nyckeltal N40011), hämtat ${formatDate(readSnapshot().manifest.fetched_at)}.`);
      expect(text).toMatch(/Kostnad \(bruttokostnad\) är .*Nettokostnad är /s);
      // The only chart offline: the report's own figures, labelled as such, 2018–2020 (2021 is a dash in the report).
      const svgs = v.page.locator("#observablehq-main svg[aria-label]");
      expect(await svgs.count()).toBe(1);
      expect(await svgs.first().getAttribute("aria-label")).toBe("Nettokostnad arbetsmarknadsåtgärder enligt granskningen: Östersund, Alla kommuner (ovägt medel) och Kommuner 50 000–99 999 invånare (ovägt medel), 2018–2020");
      expect(text).toContain("Källa: Östersunds kommun, revisionskontoret (2022), rader 193–196");
      expect(text).toContain("Rapportens tryckta värden (rapportsiffror).");
      // The cross-check table: report value, Kolada today, status; a dash stays a dash.
      const checkTable = v.page.locator("table.kit-table", {has: v.page.locator("caption", {hasText: "och Kolada"})});
      const row2019 = await checkTable.locator("tbody tr", {hasText: "Östersund"}).filter({hasText: "2019"}).first().innerText();
      expect(row2019.replace(/\u00a0/g, " ").split("\t").map((s) => s.trim())).toEqual(["Östersund", "2019", "846 kr/inv", "–", "Saknas i den inbäddade ögonblicksbilden"]);
      expect(text).toContain("Streck i rapporten (inget värde)");
      // Empty sections are messages, not empty frames and never zeros.
      expect(await v.page.locator("#observablehq-main .chart-empty").count()).toBeGreaterThanOrEqual(3);
      expect(text).not.toMatch(/\b0 kr\/inv/);
    } finally {
      await v.page.close();
    }
  });

  test("each kind of input changes the page and the link", async () => {
    const v = await open(COST);
    try {
      const page = v.page;
      await page.getByRole("radio", {name: "Individ- och familjeomsorg"}).check();
      await expect.poll(() => captions(page)).toContain("Nettokostnad individ- och familjeomsorg, i löpande priser (N30005)");
      expect(await search(page)).toBe("?verksamhet=ifo");

      await page.getByRole("radio", {name: /Fasta priser/}).check();
      await expect.poll(() => captions(page)).toContain("Nettokostnad individ- och familjeomsorg, i fasta priser (2026 års prisnivå) (N30005)");
      await page.getByLabel("Fasta priser, basår").selectOption({label: "2019"});
      await expect.poll(() => captions(page)).toContain("Nettokostnad individ- och familjeomsorg, i fasta priser (2019 års prisnivå) (N30005)");
      expect(await mainText(page)).toContain("Prisbasbeloppen för 2010–2015 och 2024–2026 är ännu inte dubbelkontrollerade");

      await page.getByRole("checkbox", {name: "Alvesta"}).uncheck();
      await expect.poll(() => mainText(page)).toContain("Nettokostnad individ- och familjeomsorg (N30005): uppgift saknas i Kolada för Vänersborg, Alingsås, Östersund och Alla kommuner (ovägt medel) 2016–2025.");

      await page.getByRole("radio", {name: "Riket"}).check();
      await page.getByLabel("Till år").selectOption({label: "2020"});
      await expect.poll(() => mainText(page)).toContain("Nettokostnad individ- och familjeomsorg (N30005): uppgift saknas i Kolada för Vänersborg, Alingsås, Östersund och Riket 2016–2020.");
      await expect.poll(() => captions(page)).toContain("Nettokostnad arbetsmarknadsåtgärder och andel som börjat arbeta eller studera, 2020");
      const query = new URLSearchParams(await search(page));
      expect(Object.fromEntries(query)).toEqual({kommuner: "1487,1489,2380", jamfor: "0000", till: "2020", prisar: "2019", verksamhet: "ifo", priser: "fasta"});
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });

  test("a link with state reproduces the view; a bad value falls back with a visible note", async () => {
    const v = await open(`${COST}?kommuner=2380&jamfor=0000&till=2020&priser=fasta&prisar=2019&verksamhet=ifo`);
    try {
      const page = v.page;
      expect(await page.getByRole("checkbox", {name: "Östersund"}).isChecked()).toBe(true);
      expect(await page.getByRole("checkbox", {name: "Alvesta"}).isChecked()).toBe(false);
      expect(await page.getByRole("radio", {name: "Riket"}).isChecked()).toBe(true);
      expect(await page.getByRole("radio", {name: "Individ- och familjeomsorg"}).isChecked()).toBe(true);
      expect(await captions(page)).toContain("Kostnad individ- och familjeomsorg, i fasta priser (2019 års prisnivå) (N30101)");
      // Kolada's N30101 is missing offline: what the Östersund audit printed is shown instead, labelled as report figures.
      expect(await captions(page)).toContain("Rapportens siffror: kostnad individ- och familjeomsorg 2019–2020 (N30101, löpande priser)");
      expect(await mainText(page)).toContain("Kostnad individ- och familjeomsorg (N30101): uppgift saknas i Kolada för Östersund och Riket 2016–2020.");
    } finally {
      await v.page.close();
    }
    const bad = await open(`${COST}?verksamhet=%3Cb%3Exyz&prisar=1999`);
    try {
      const text = await mainText(bad.page);
      expect(text).toContain("Okänt val ”<b>xyz” för verksamhet i länken – visar arbetsmarknadsåtgärder.");
      expect(text).toContain("Basåret 1999 i länken finns inte i prisbasbeloppsserien");
      expect(await bad.page.locator("#observablehq-main b", {hasText: "xyz"}).count()).toBe(0);
      expect(await captions(bad.page)).toContain("Nettokostnad arbetsmarknadsåtgärder, i löpande priser (N40011)");
    } finally {
      await bad.page.close();
    }
  });
});

describe("Åldersprofiler (committed snapshot)", () => {
  test("renders without errors; the audit's reference case from the report; says what is missing and where the series breaks", async () => {
    const v = await open(AGE);
    try {
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
      const text = await mainText(v.page);
      expect(text).toContain("År 2019 var 52 % av Östersunds deltagare 24 år eller yngre, mot 22 % i alla kommuner (ovägt medel): 2,4 gånger så hög andel.");
      expect(text).toContain("Deltagare 24 år eller yngre (U40811): uppgift saknas i Kolada för Vänersborg, Alingsås, Östersund och Alvesta 2016–2025.");
      expect(text).toContain("Invånare 16–19 år (N01954): uppgift saknas i Kolada");
      expect(text).toContain(REFRESH);
      expect(text).toContain("Serien bryts mellan 2023 och 2024: till och med 2023 visas arbetslöshet 16–24 år av den registerbaserade arbetskraften (N03927), från 2024 arbetslösa 18–24 år av arbetskraften enligt BAS (N03942).");
      expect(text).toContain("Arbetslösa 18–24 år (från 2024) (N03942): uppgift saknas i Kolada för Vänersborg, Alingsås, Östersund, Alvesta och Alla kommuner (ovägt medel) 2024–2025.");
      // Offline the charts are the audit's printed figures, each labelled as such.
      const labels = await v.page.locator("#observablehq-main svg[aria-label]").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
      expect(labels).toHaveLength(3);
      expect(labels[0]).toMatch(/^Andel deltagare 24 år eller yngre enligt granskningen: Östersund, .*2018–2021$/);
      expect(labels[1]).toMatch(/^Arbetslöshet 16–24 år \(t\.o\.m\. 2023\) enligt granskningen: .*2019–2021$/);
      expect(labels[2]).toMatch(/^Unga 16–24 som varken arbetar eller studerar enligt granskningen: .*2019$/);
      expect(await captions(v.page)).toContain("Rapportens siffror: arbetslöshet 16–24 år (t.o.m. 2023) 2019–2021 (N03927, totalt)");
      expect(text).toContain("Källa: Östersunds kommun, revisionskontoret (2022), rader 474–477");
      expect(text).toContain("Källa: Östersunds kommun, revisionskontoret (2022), rader 209–212");
    } finally {
      await v.page.close();
    }
  });

  test("kön and kommuner change the page and the link; the link reproduces it", async () => {
    const v = await open(AGE);
    try {
      await v.page.getByRole("radio", {name: "Kvinnor"}).check();
      await expect.poll(() => captions(v.page)).toContain("Ungdomsarbetslöshet, kvinnor");
      await v.page.getByRole("checkbox", {name: "Vänersborg"}).uncheck();
      await expect.poll(() => mainText(v.page)).toContain("Deltagare 24 år eller yngre (U40811): uppgift saknas i Kolada för Alingsås, Östersund och Alvesta 2016–2025.");
      expect(Object.fromEntries(new URLSearchParams(await search(v.page)))).toEqual({kommuner: "1489,2380,0764", kon: "K"});
    } finally {
      await v.page.close();
    }
    const again = await open(`${AGE}?kommuner=1489,2380,0764&kon=K`);
    try {
      expect(await captions(again.page)).toContain("Ungdomsarbetslöshet, kvinnor");
      expect(await mainText(again.page)).toContain("Deltagare 24 år eller yngre (U40811): uppgift saknas i Kolada för Alingsås, Östersund och Alvesta 2016–2025.");
    } finally {
      await again.page.close();
    }
  });
});

describe.each([COST, AGE])("%s layout", (path) => {
  test("print emulation fits A4 width (794 px): inputs hidden, sources visible, nothing wider", async () => {
    const v = await open(path, {width: 794});
    try {
      await v.page.emulateMedia({media: "print"});
      await v.page.waitForTimeout(300);
      expect(await v.page.locator(".frame-inputs").isVisible()).toBe(false);
      expect(await v.page.locator(".page-param").first().isVisible().catch(() => false)).toBe(false);
      expect(await v.page.locator(".kit-source").first().isVisible()).toBe(true);
      const w = await widths(v.page);
      expect(w.scroll).toBeLessThanOrEqual(794);
      expect(w.right, `widest: ${w.widest}`).toBeLessThanOrEqual(794.5);
    } finally {
      await v.page.close();
    }
  });

  test("375 px wide: no horizontal scroll", async () => {
    const v = await open(path, {width: 375});
    try {
      await v.page.waitForTimeout(300);
      const w = await widths(v.page);
      expect(w.scroll, `widest: ${w.widest} (${w.right} px)`).toBeLessThanOrEqual(375);
    } finally {
      await v.page.close();
    }
  });
});

describe("with complete SYNTHETIC data (a temporary build, never published)", () => {
  let synthetic: StaticServer;
  beforeAll(async () => {
    synthetic = await startStaticServer(syntheticSite());
  }, 300_000);
  afterAll(async () => {
    await synthetic?.close();
  });

  const description = (page: Page, label: string) =>
    page.locator(`#observablehq-main svg[aria-label^="${label}"]`).first().evaluate((svg) => svg.getAttribute("aria-description") ?? svg.querySelector("desc")?.textContent ?? "");

  test("Kostnad per invånare: every chart drawn, the four highlighted in the scatter, price level changes the values", async () => {
    const v = await open(COST, {origin: synthetic.url});
    try {
      const page = v.page;
      expect(v.consoleErrors).toEqual([]);
      expect(await page.locator("#observablehq-main .chart-empty").count()).toBe(0);
      expect(await page.locator("#observablehq-main svg[aria-label]").count()).toBe(5);
      const scatterLabels = await page.locator(".kit-scatter svg [data-mark='text'] text").allTextContents();
      expect(scatterLabels.sort()).toEqual(["Alingsås", "Alvesta", "Vänersborg", "Östersund"]);
      expect(await mainText(page)).toMatch(/2024 har \d+ kommuner både nettokostnad och resultat vid avslut\. Korrelationen \(Pearsons r\)/);
      expect(await mainText(page)).toContain("Nettokostnad arbetsmarknadsåtgärder: den inbäddade ögonblicksbilden har ännu inga värden för 2025.");
      expect(await mainText(page)).toMatch(/Östersund: [\d ]+ kr\/inv år 2024, jämfört med [\d ]+ kr\/inv för alla kommuner \(ovägt medel\) samma år/);
      expect(await mainText(page)).toMatch(/Från 2023 till 2024 (ökade|minskade) värdet för Alvesta från/);
      const nominal = await description(page, "Nettokostnad arbetsmarknadsåtgärder, i löpande priser");
      await page.getByRole("radio", {name: /Fasta priser/}).check();
      await expect.poll(() => captions(page)).toContain("Nettokostnad arbetsmarknadsåtgärder, i fasta priser (2026 års prisnivå) (N40011)");
      const fixed2026 = await description(page, "Nettokostnad arbetsmarknadsåtgärder, i fasta priser");
      await page.getByLabel("Fasta priser, basår").selectOption({label: "2016"});
      await expect.poll(() => captions(page)).toContain("Nettokostnad arbetsmarknadsåtgärder, i fasta priser (2016 års prisnivå) (N40011)");
      const fixed2016 = await description(page, "Nettokostnad arbetsmarknadsåtgärder, i fasta priser");
      expect(new Set([nominal.replace(/^.*?\. /, ""), fixed2026.replace(/^.*?\. /, ""), fixed2016.replace(/^.*?\. /, "")]).size).toBe(3);
      // In 2016 prices, 2016's values are the nominal ones.
      const first = (d: string) => d.match(/Vänersborg: 2016 ([^,]+),/)?.[1];
      expect(first(fixed2016)).toBe(first(nominal));
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });

  test("Åldersprofiler: both parts and the ratio, age structure per kommun against Riket, kön changes the age chart", async () => {
    const v = await open(AGE, {origin: synthetic.url});
    try {
      const page = v.page;
      expect(v.consoleErrors).toEqual([]);
      expect(await page.locator("#observablehq-main .chart-empty").count()).toBe(0);
      const dumbbellLabel = await page.locator("#observablehq-main svg[aria-label^='Unga deltagare och unga i befolkningen 2024']").getAttribute("aria-label");
      expect(dumbbellLabel).toContain("andel 16–24 år av befolkningen och andel deltagare 24 år eller yngre");
      expect(await page.locator("table.kit-table caption", {hasText: "Andel unga bland deltagarna och i befolkningen, och kvoten"}).count()).toBe(1);
      expect(await mainText(page)).toMatch(/Östersund 2024: [\d,]+ % av deltagarna var 24 år eller yngre, mot [\d,]+ % 16–24-åringar i befolkningen, alltså /);
      expect(await mainText(page)).toMatch(/[\d,]+ % av invånarna i Alvesta var 65 år eller äldre 2024 \(riket: [\d,]+ %\)/);
      const ageCharts = page.locator("#observablehq-main svg[aria-label^='Åldersstruktur, ']");
      expect(await ageCharts.count()).toBe(4);
      expect(await ageCharts.first().getAttribute("aria-label")).toBe("Åldersstruktur, Vänersborg: Vänersborg 2024, Vänersborg 2016 och Riket 2024");
      const before = await description(page, "Åldersstruktur, Vänersborg");
      await page.getByRole("radio", {name: "Män"}).check();
      await expect.poll(() => captions(page)).toContain("Befolkningen i Vänersborg efter ålder (män)");
      const after = await description(page, "Åldersstruktur, Vänersborg");
      expect(after).not.toBe(before);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
});
