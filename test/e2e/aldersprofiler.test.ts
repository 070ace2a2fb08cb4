// "Åldersprofiler" in Chromium. First on the committed (sparse) snapshot: renders without errors,
// the audit's reference case from the report, the missing-data text and the series break, kön and
// kommuner change the page and the link, print on A4 width, 375 px without horizontal scroll. Then
// on a site built from SYNTHETIC values (test/e2e/syntheticSite.ts) to check the charts with
// complete data.
import {describe, expect, test} from "vitest";
import {useSite} from "./browser.js";
import {captions, description, layoutTests, mainText, missingTexts, open, REFRESH, search} from "./costAgeChecks.js";
import {useSyntheticSite} from "./pageChecks.js";
import {KOMMUNER} from "../../model/catalogue.js";

const AGE = "/aldersprofiler";
const site = useSite();

describe("Åldersprofiler (committed snapshot)", () => {
  test("renders without errors; the audit's reference case from the report; says what is missing and where the series breaks", async () => {
    const v = await open(site, AGE);
    try {
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
      const text = await mainText(v.page);
      expect(text).toContain("År 2019 var 52 % av Östersunds deltagare 24 år eller yngre, mot 22 % i alla kommuner (ovägt medel): 2,4 gånger så hög andel.");
      // One notice at the top names the snapshot and what a refresh does; each section says its gaps in one line.
      const {notices, lines} = await missingTexts(v.page);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(REFRESH);
      expect(text.split(REFRESH)).toHaveLength(2);
      expect(lines).toContain("Saknas i ögonblicksbilden: U40811, N01954, N01977 och N01951 för Vänersborg, Alingsås, Östersund och Alvesta 2016–2025.");
      expect(lines.length).toBeLessThanOrEqual(4);
      expect(text).toContain(
        "Serien bryts mellan 2023 och 2024: till och med 2023 visas arbetslöshet 16–24 år av den registerbaserade arbetskraften (N03927), från 2024 arbetslösa 18–24 år av arbetskraften enligt BAS (N03942)."
      );
      expect(lines.join("\n")).toContain("N03942 för Vänersborg, Alingsås, Östersund, Alvesta och Alla kommuner (ovägt medel) 2024–2025.");
      expect(await v.page.locator("#observablehq-main h3", {hasText: "Referensfall: Östersunds granskning 2022"}).count()).toBe(1);
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
    const v = await open(site, AGE);
    try {
      await v.page.getByRole("radio", {name: "Kvinnor"}).check();
      await expect.poll(() => captions(v.page)).toContain("Ungdomsarbetslöshet, kvinnor");
      await v.page.getByRole("checkbox", {name: "Vänersborg"}).uncheck();
      await expect
        .poll(() => mainText(v.page))
        .toContain("Saknas i ögonblicksbilden: U40811, N01954, N01977 och N01951 för Alingsås, Östersund och Alvesta 2016–2025.");
      expect(Object.fromEntries(new URLSearchParams(await search(v.page)))).toEqual({
        kommuner: "1489,2380,0764",
        kon: "K"
      });
    } finally {
      await v.page.close();
    }
    const again = await open(site, `${AGE}?kommuner=1489,2380,0764&kon=K`);
    try {
      expect(await captions(again.page)).toContain("Ungdomsarbetslöshet, kvinnor");
      expect(await mainText(again.page)).toContain(
        "Saknas i ögonblicksbilden: U40811, N01954, N01977 och N01951 för Alingsås, Östersund och Alvesta 2016–2025."
      );
    } finally {
      await again.page.close();
    }
  });
});

layoutTests(site, AGE);

describe("Åldersprofiler with complete SYNTHETIC data (a temporary build, never published)", () => {
  const synthetic = useSyntheticSite();

  test("both parts and the ratio, age structure per kommun against Riket, kön changes the age chart", async () => {
    const v = await open(site, AGE, {origin: synthetic.url});
    try {
      const page = v.page;
      expect(v.consoleErrors).toEqual([]);
      expect(await page.locator("#observablehq-main .chart-empty").count()).toBe(0);
      const dumbbellLabel = await page.locator("#observablehq-main svg[aria-label^='Unga deltagare och unga i befolkningen 2024']").getAttribute("aria-label");
      expect(dumbbellLabel).toContain("andel 16–24 år av befolkningen och andel deltagare 24 år eller yngre");
      expect(await page.locator("table.kit-table caption", {hasText: "Andel unga bland deltagarna och i befolkningen, och kvoten"}).count()).toBe(1);
      expect(await mainText(page)).toMatch(/Östersund 2024: [\d,]+ % av deltagarna var 24 år eller yngre, mot [\d,]+ % 16–24-åringar i befolkningen, alltså /);
      expect(await mainText(page)).toMatch(/[\d,]+ % av invånarna i Alvesta var 65 år eller äldre 2024 \(riket: [\d,]+ %\)/);
      // The reference case against the population, where Kolada (here: synthetic values) has it.
      expect(await mainText(page)).toMatch(/Andelen 16–24-åringar i Östersunds befolkning var [\d,]+ % samma år, så kvoten mot befolkningen var [\d,]+\./);
      const ageCharts = page.locator("#observablehq-main svg[aria-label^='Åldersstruktur, ']");
      expect(await ageCharts.count()).toBe(KOMMUNER.length);
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
