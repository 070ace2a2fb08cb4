// "Åldersprofiler" in Chromium. First on the committed (sparse) snapshot: renders without errors,
// the audit's reference case from the report, the missing-data text and the series break, kön and
// kommuner change the page and the link, print on A4 width, 375 px without horizontal scroll. Then
// on a site built from SYNTHETIC values (test/e2e/syntheticSite.ts) to check the charts with
// complete data.
import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {readToEnd, seedSiteDir, servedRows, useSite} from "./browser.js";
import {captions, description, layoutTests, mainText, missingTexts, open, REFRESH, search} from "./costAgeChecks.js";
import {useSyntheticSite} from "./pageChecks.js";
import {SYNTHETIC_YEARS} from "./syntheticSite.js";
import {KOMMUNER, kommunOf} from "../../model/catalogue.js";
import {ALDER_ADDED, addedKommunPath} from "../../model/pageData.js";
import {YOUTH_PART_KPIS} from "../../model/pages/alder.js";
import {ALL_KOMMUNER_GROUP} from "../../model/groups.js";
import {groupValues} from "../../model/tables/analysis.js";
import {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import {readTable} from "../../components/kit/arrow.js";
import {untar} from "../../components/kit/addedKommun.js";

const AGE = "/aldersprofiler";
const site = useSite();

/** The aria-labels of the page's charts, read scrolling through the page (sections further down are built on the way). */
async function chartLabels(page: Page): Promise<string[]> {
  await readToEnd(page);
  return page.locator("#observablehq-main svg[aria-label]").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
}

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

describe("Åldersprofiler: any kommun added (committed snapshot)", () => {
  test("a kommun added by name search is fetched, kept in the link, and its missing KPIs are said once per section", async () => {
    // A kommun outside the catalogue whose name has a diacritic, from the served kommun list.
    const kommun = servedRows(seedSiteDir(), kommunGroupsTable).find((k) => !kommunOf(k.municipality) && /[åäöÅÄÖ]/.test(k.name))!;
    const folded = kommun.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const v = await open(site, AGE);
    const page = v.page;
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    try {
      const search = page.getByRole("combobox", {name: "Lägg till en kommun"});
      await search.focus();
      await page.keyboard.type(folded);
      await expect.poll(() => page.getByRole("option").allInnerTexts()).toContain(kommun.name);
      const options = await page.getByRole("option").allInnerTexts();
      for (let i = 0; i <= options.indexOf(kommun.name); ++i) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      const all = [...KOMMUNER.map((m) => m.id), kommun.municipality].join(",");
      await expect.poll(() => page.url()).toContain(`kommuner=${all}`);
      await expect.poll(() => fetched).toContain(addedKommunPath("alder", kommun.municipality).replace(/^data/, "/data"));
      const names = KOMMUNER.map((m) => m.name).join(", ");
      // The committed snapshot holds none of the page's KPIs for it: each section says so once, beside the catalogue's kommuner.
      await expect
        .poll(() => mainText(page))
        .toContain(
          `Saknas i ögonblicksbilden: ${YOUTH_PART_KPIS.slice(0, -1).join(", ")} och ${YOUTH_PART_KPIS.at(-1)} för ${names} och ${kommun.name} 2016–2025.`
        );
      await readToEnd(page);
      const {lines} = await missingTexts(page);
      const naming = lines.filter((t) => t.includes(kommun.name));
      expect(naming.length).toBeGreaterThanOrEqual(3);
      expect(naming.length).toBe(lines.length);
      for (const line of naming) expect(line.split(kommun.name).length - 1, line).toBeLessThanOrEqual(2); // once per KPI group of the line, at most two groups
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
    const again = await open(site, `${AGE}?kommuner=${KOMMUNER[0].id},${kommun.municipality}`);
    try {
      expect(await again.page.locator(".frame-inputs label", {hasText: kommun.name}).locator("input").isChecked()).toBe(true);
      expect(await mainText(again.page)).toContain(
        `Saknas i ögonblicksbilden: ${YOUTH_PART_KPIS.slice(0, -1).join(", ")} och ${YOUTH_PART_KPIS.at(-1)} för ${KOMMUNER[0].name} och ${kommun.name} 2016–2025.`
      );
      expect(again.consoleErrors).toEqual([]);
    } finally {
      await again.page.close();
    }
  });

  test("the comparison is drawn from group_values: on the committed snapshot it holds none of the page's KPIs, and the missing line says so", async () => {
    const held = servedRows(seedSiteDir(), groupValues).filter((r) => YOUTH_PART_KPIS.includes(r.kpi) && r.value !== null);
    expect(held).toEqual([]);
    const v = await open(site, `${AGE}?kommuner=${KOMMUNER[0].id}&jamfor=0000`);
    try {
      await readToEnd(v.page);
      const {lines} = await missingTexts(v.page);
      expect(lines.join("\n")).toContain(`N03942 för ${KOMMUNER[0].name} och Riket 2024–2025.`);
    } finally {
      await v.page.close();
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

  test("the comparison areas are drawn by the one rule, each part credited; with several kommuner, whose size group is drawn", async () => {
    const parts = servedRows(synthetic.dir, groupValues).filter((r) => r.area === ALL_KOMMUNER_GROUP && YOUTH_PART_KPIS.includes(r.kpi) && r.gender === "T");
    expect(parts.length).toBeGreaterThan(0);
    const v = await open(site, AGE, {origin: synthetic.url});
    try {
      expect(v.consoleErrors).toEqual([]);
      const labels = await chartLabels(v.page);
      expect(labels.find((l) => l.startsWith("Överrepresentation av unga bland deltagarna (kvot):"))).toContain("Alla kommuner (ovägt medel)");
      expect(labels.find((l) => l.startsWith("Ungdomsarbetslöshet (totalt):"))).toContain("Alla kommuner (ovägt medel)");
      const text = await mainText(v.page);
      expect(text).toContain("Jämförelsegruppernas kvot räknas ur gruppens delar, var och en enligt jämförelseregeln:");
      const own = parts.every((r) => r.source === "kolada");
      expect(text).toContain(own ? "Alla kommuner (ovägt medel): Koladas eget värde" : "Alla kommuner (ovägt medel): eget ovägt medelvärde");
    } finally {
      await v.page.close();
    }
    // Two catalogue kommuner in different size groups (Kolada's memberships, as served).
    const sizeOf = new Map(servedRows(synthetic.dir, kommunGroupsTable).map((k) => [k.municipality, k.size_group]));
    const [a, b] = KOMMUNER.filter((m, i, all) => all.findIndex((o) => sizeOf.get(o.id) === sizeOf.get(m.id)) === i);
    const size = await open(site, `${AGE}?kommuner=${a.id},${b.id}&jamfor=storleksgrupp`, {origin: synthetic.url});
    try {
      expect(await mainText(size.page)).toContain("Varje kommun jämförs med sin storleksgrupp:");
      expect(size.consoleErrors).toEqual([]);
    } finally {
      await size.page.close();
    }
  });

  test("an added kommun is drawn beside the catalogue's in every section that has its rows, named by its line", async () => {
    const rowsOf = (id: string) => {
      const files = untar(new Uint8Array(readFileSync(join(synthetic.dir, addedKommunPath("alder", id)))).buffer);
      return {
        representation: readTable(ALDER_ADDED.data.slices.representation.table, files.get("representation.arrow")!),
        ageBands: readTable(ALDER_ADDED.data.slices.ageBands.table, files.get("ageBands.arrow")!)
      };
    };
    const other = servedRows(synthetic.dir, kommunGroupsTable).find((k) => {
      if (kommunOf(k.municipality)) return false;
      const rows = rowsOf(k.municipality);
      // A ratio in the latest synthetic year: the year the dumbbell and its sentences show.
      return (
        rows.representation.some((r) => r.ratio !== null && r.period === SYNTHETIC_YEARS.to) && rows.ageBands.some((r) => r.value !== null && r.gender === "T")
      );
    })!;
    const v = await open(site, `${AGE}?kommuner=${KOMMUNER[0].id},${other.municipality}`, {origin: synthetic.url});
    try {
      expect(v.consoleErrors).toEqual([]);
      const labels = await chartLabels(v.page);
      expect(labels.find((l) => l.startsWith("Överrepresentation av unga bland deltagarna (kvot):"))).toContain(other.name);
      expect(labels.find((l) => l.startsWith("Ungdomsarbetslöshet (totalt):"))).toContain(other.name);
      expect(labels.filter((l) => l.startsWith("Åldersstruktur, "))).toEqual([
        expect.stringMatching(new RegExp(`^Åldersstruktur, ${KOMMUNER[0].name}:`)),
        expect.stringMatching(new RegExp(`^Åldersstruktur, ${other.name}:`))
      ]);
      expect(await mainText(v.page)).toMatch(new RegExp(`${other.name} ${SYNTHETIC_YEARS.to}: [\\d,]+ % av deltagarna var 24 år eller yngre`));
    } finally {
      await v.page.close();
    }
  });
});
