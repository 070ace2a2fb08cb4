// "Kostnad per invånare" in Chromium. First on the committed (sparse) snapshot: renders without
// errors, the missing-data text, each kind of input changes the page and the link, a link with
// state reproduces the view, any kommun added by name, print on A4 width, 375 px without horizontal
// scroll. Then on a site built from SYNTHETIC values (test/e2e/syntheticSite.ts) to check the charts
// with complete data: the comparisons by group_values' rule and an added kommun drawn.
import {describe, expect, test} from "vitest";
import {readToEnd, seedSiteDir, servedRows, useSite} from "./browser.js";
import {captions, description, layoutTests, mainText, missingTexts, open, REFRESH, search} from "./costAgeChecks.js";
import {useSyntheticSite} from "./pageChecks.js";
import {readSnapshot} from "../../loaders/kolada/snapshot.js";
import {catalogueSizeGroups} from "../../loaders/kolada/groups.js";
import {formatDate} from "../../components/kit/format.js";
import {inSentence} from "../../components/kit/wording.js";
import {KOMMUNER, areaName, kommunOf} from "../../model/catalogue.js";
import {addedKommunPath} from "../../model/pageData.js";
import {ALL_KOMMUNER_GROUP} from "../../model/groups.js";
import {groupValues} from "../../model/tables/analysis.js";
import {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import {costVsResult} from "../../model/tables/cost.js";
import {ADDED_KOMMUN_STYLE} from "../../components/kit/colors.js";

const COST = "/kostnad-per-invanare";
const site = useSite();

describe("Kostnad per invånare (committed snapshot)", () => {
  test("renders without errors; the audit's printed figures are the chart; says exactly what is missing", async () => {
    const v = await open(site, COST);
    try {
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
      const text = await mainText(v.page);
      // Missing data: one notice at the top (the snapshot's date, what it holds), then one short line per section.
      const {notices, lines} = await missingTexts(v.page);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(`Kolada-uppgifterna är hämtade ${formatDate(readSnapshot().manifest.fetched_at)}`);
      expect(notices[0]).toContain(REFRESH);
      expect(text.split(REFRESH)).toHaveLength(2); // said once
      expect(lines).toContain(
        "Saknas i ögonblicksbilden: N40011 och N40008 för Vänersborg, Alingsås, Östersund, Alvesta och Alla kommuner (ovägt medel) 2016–2025."
      );
      expect(lines.length).toBeLessThanOrEqual(4); // the page's four sections
      for (const line of lines) expect(line.split("\n")).toHaveLength(1);
      expect(lines.join("\n")).toMatch(
        /^Saknas i ögonblicksbilden: ingen kommun har både N40011 och U40455 2023 \(U40455 finns för \d+ kommuner, N40011 för ingen\), så inget punktdiagram kan ritas\.$/m
      );
      expect(text).toContain("Inget orsakssamband.");
      // Kolada's source notes name the snapshot date (data/kolada/manifest.json fetched_at, via /data/snapshot.json).
      expect(text).toContain(`Källa: Kolada (nyckeltal N40011), hämtat ${formatDate(readSnapshot().manifest.fetched_at)}.`);
      expect(text).toMatch(/Kostnad \(bruttokostnad\) är .*Nettokostnad är /s);
      // The only chart offline: the report's own figures, labelled as such, 2018–2020 (2021 is a dash in the report).
      const svgs = v.page.locator("#observablehq-main svg[aria-label]");
      expect(await svgs.count()).toBe(1);
      expect(await svgs.first().getAttribute("aria-label")).toBe(
        // Östersund's size group as Kolada's memberships name it (the report printed its values).
        `Nettokostnad arbetsmarknadsåtgärder enligt granskningen: Östersund, Alla kommuner (ovägt medel) och ${catalogueSizeGroups(readSnapshot()).get("2380")!.name}, 2018–2020`
      );
      expect(text).toContain("Källa: Östersunds kommun, revisionskontoret (2022), rader 193–196");
      expect(text).toContain("Rapportens tryckta värden (rapportsiffror).");
      // The audit's table is found from the report data (a report that printed a table of N40011), under its own heading.
      expect(await v.page.locator("#observablehq-main h3", {hasText: "Östersunds granskning 2022"}).count()).toBe(1);
      expect(text).toContain(
        "Östersunds granskning 2022 trycker nettokostnaden (N40011) och antalet deltagare (U40800) för Östersund 2018–2021, men inte antalet invånare"
      );
      // The cross-check table: report value, Kolada today, status (the vocabulary's wording); a dash stays a dash.
      const checkTable = v.page.locator("table.kit-table", {has: v.page.locator("caption", {hasText: "och Kolada"})});
      const row2019 = await checkTable.locator("tbody tr", {hasText: "Östersund"}).filter({hasText: "2019"}).first().innerText();
      expect(
        row2019
          .replace(/\u00a0/g, " ")
          .split("\t")
          .map((s) => s.trim())
      ).toEqual(["Östersund", "2019", "846 kr/inv", "–", "Saknas i ögonblicksbilden av Kolada"]);
      expect(text).toContain("Tom cell i rapporten");
      // Empty sections are messages, not empty frames and never zeros.
      expect(await v.page.locator("#observablehq-main .chart-empty").count()).toBeGreaterThanOrEqual(3);
      expect(text).not.toMatch(/\b0 kr\/inv/);
    } finally {
      await v.page.close();
    }
  });

  test("each kind of input changes the page and the link", async () => {
    const v = await open(site, COST);
    try {
      const page = v.page;
      await page.getByRole("radio", {name: "Individ- och familjeomsorg"}).check();
      await expect.poll(() => captions(page)).toContain("Nettokostnad individ- och familjeomsorg, i löpande priser (N30005)");
      expect(await search(page)).toBe("?verksamhet=ifo");

      // "Fasta priser, basår" only matters, and only shows, in fixed prices.
      await expect.poll(() => page.getByLabel("Fasta priser, basår").isVisible()).toBe(false);
      await page.getByRole("radio", {name: /Fasta priser/}).check();
      await expect.poll(() => captions(page)).toContain("Nettokostnad individ- och familjeomsorg, i fasta priser (2026 års prisnivå) (N30005)");
      await expect.poll(() => page.getByLabel("Fasta priser, basår").isVisible()).toBe(true);
      await page.getByLabel("Fasta priser, basår").selectOption({label: "2019"});
      await expect.poll(() => captions(page)).toContain("Nettokostnad individ- och familjeomsorg, i fasta priser (2019 års prisnivå) (N30005)");
      expect(await mainText(page)).toContain("Prisbasbeloppen för 2010–2015 och 2024–2026 är ännu inte dubbelkontrollerade");

      await page.getByRole("checkbox", {name: "Alvesta"}).uncheck();
      await expect
        .poll(() => mainText(page))
        .toContain("Saknas i ögonblicksbilden: N30005 och N30101 för Vänersborg, Alingsås, Östersund och Alla kommuner (ovägt medel) 2016–2025.");

      await page.getByRole("radio", {name: "Riket"}).check();
      await page.getByLabel("Till år").selectOption({label: "2020"});
      await expect
        .poll(() => mainText(page))
        .toContain("Saknas i ögonblicksbilden: N30005 och N30101 för Vänersborg, Alingsås, Östersund och Riket 2016–2020.");
      await expect.poll(() => captions(page)).toContain("Nettokostnad arbetsmarknadsåtgärder och andel som börjat arbeta eller studera, 2020");
      const query = new URLSearchParams(await search(page));
      expect(Object.fromEntries(query)).toEqual({
        kommuner: "1487,1489,2380",
        jamfor: "0000",
        till: "2020",
        prisar: "2019",
        verksamhet: "ifo",
        priser: "fasta"
      });
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });

  test("a link with state reproduces the view; a bad value falls back with a visible note", async () => {
    const v = await open(site, `${COST}?kommuner=2380&jamfor=0000&till=2020&priser=fasta&prisar=2019&verksamhet=ifo`);
    try {
      const page = v.page;
      expect(await page.getByRole("checkbox", {name: "Östersund"}).isChecked()).toBe(true);
      expect(await page.getByRole("checkbox", {name: "Alvesta"}).isChecked()).toBe(false);
      expect(await page.getByRole("radio", {name: "Riket"}).isChecked()).toBe(true);
      expect(await page.getByRole("radio", {name: "Individ- och familjeomsorg"}).isChecked()).toBe(true);
      expect(await captions(page)).toContain("Kostnad individ- och familjeomsorg, i fasta priser (2019 års prisnivå) (N30101)");
      // Kolada's N30101 is missing offline: what the Östersund audit printed is shown instead, labelled as report figures.
      expect(await captions(page)).toContain("Rapportens siffror: kostnad individ- och familjeomsorg 2019–2020 (N30101, löpande priser)");
      expect(await mainText(page)).toContain("Saknas i ögonblicksbilden: N30005 och N30101 för Östersund och Riket 2016–2020.");
    } finally {
      await v.page.close();
    }
    const bad = await open(site, `${COST}?verksamhet=%3Cb%3Exyz&prisar=1999`);
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

  test("any kommun can be added by name, keyboard only: fetched when added, kept in the link, what the snapshot lacks for it said once per section", async () => {
    // A kommun outside the catalogue whose name has a diacritic, from the served data; the snapshot holds no cost KPI for it.
    const kommun = servedRows(seedSiteDir(), kommunGroupsTable).find((k) => !kommunOf(k.municipality) && /[åäöÅÄÖ]/.test(k.name))!;
    const folded = kommun.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const v = await open(site, `${COST}?kommuner=0764`);
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
      await expect.poll(() => page.url()).toContain(`kommuner=0764,${kommun.municipality}`);
      await expect.poll(() => fetched).toContain(`/${addedKommunPath("kostnad", kommun.municipality)}`);
      await expect
        .poll(async () => (await missingTexts(page)).lines)
        .toContain(`Saknas i ögonblicksbilden: N40011 och N40008 för Alvesta, ${kommun.name} och Alla kommuner (ovägt medel) 2016–2025.`);
      await readToEnd(page);
      const naming = (await missingTexts(page)).lines.filter((t) => t.includes(kommun.name));
      // Each section that draws the kommuner says it in its one line, naming the kommun once (the scatter marks the selected kommuner among all, and draws nothing here).
      expect(naming.length).toBeGreaterThanOrEqual(2);
      for (const line of naming) expect(line.split(kommun.name)).toHaveLength(2);
      expect(naming).toContain(`Saknas i ögonblicksbilden: N40011, N01951 och U40800 för Alvesta och ${kommun.name} 2016–2025.`);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
    // The link reproduces the view.
    const again = await open(site, `${COST}?kommuner=0764,${kommun.municipality}`);
    try {
      expect(await again.page.locator(".frame-inputs label", {hasText: kommun.name}).locator("input").isChecked()).toBe(true);
      expect(await mainText(again.page)).toContain(`för Alvesta, ${kommun.name} och Alla kommuner (ovägt medel) 2016–2025.`);
      expect(again.consoleErrors).toEqual([]);
    } finally {
      await again.page.close();
    }
  });
});

layoutTests(site, COST);

describe("Kostnad per invånare with complete SYNTHETIC data (a temporary build, never published)", () => {
  const synthetic = useSyntheticSite();

  test("every chart drawn, the selected kommuner highlighted in the scatter, price level changes the values", async () => {
    const v = await open(site, COST, {origin: synthetic.url});
    try {
      const page = v.page;
      expect(v.consoleErrors).toEqual([]);
      expect(await page.locator("#observablehq-main .chart-empty").count()).toBe(0);
      expect(await page.locator("#observablehq-main svg[aria-label]").count()).toBe(5);
      const scatterLabels = await page.locator(".kit-scatter svg [data-mark='text'] text").allTextContents();
      expect(scatterLabels.sort()).toEqual(KOMMUNER.map((k) => k.name).sort());
      expect(await mainText(page)).toMatch(/2024 har \d+ kommuner både nettokostnad och resultat vid avslut\. Korrelationen \(Pearsons r\)/);
      expect(await mainText(page)).toMatch(/Saknas i ögonblicksbilden: N40011( och N40008)? har ännu inga värden för 2025\./);
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

  test("a comparison draws group_values by its rule, credited under the chart; with several kommuner the page says whose group is drawn", async () => {
    const groups = servedRows(synthetic.dir, groupValues).filter((r) => r.kpi === "N40011" && r.gender === "T" && r.value !== null);
    const credit = (area: string) => {
      const sources = new Set(groups.filter((r) => r.area === area).map((r) => r.source));
      expect(sources.size).toBeGreaterThan(0);
      return sources.has("kolada") && sources.size === 1 ? `${areaName(area)}: Koladas eget värde (Källa: Kolada).` : `${areaName(area)}: `;
    };
    const v = await open(site, COST, {origin: synthetic.url});
    try {
      const figure = (await v.page.locator("#observablehq-main figure.kit-figure").first().innerText()).replace(/\u00a0/g, " ");
      expect(figure).toContain(credit(ALL_KOMMUNER_GROUP));
      expect(await description(v.page, "Nettokostnad arbetsmarknadsåtgärder, i löpande priser")).toContain(areaName(ALL_KOMMUNER_GROUP));
    } finally {
      await v.page.close();
    }
    const sizes = await open(site, `${COST}?kommuner=2380,0764&jamfor=storleksgrupp&priser=fasta`, {origin: synthetic.url});
    try {
      const text = await mainText(sizes.page);
      // The size groups' names as Kolada's memberships give them (kommun_groups), not typed here.
      const sizeGroupName = (id: string) => servedRows(synthetic.dir, kommunGroupsTable).find((k) => k.municipality === id)!.size_group_name!;
      expect(text).toContain(`Varje kommun jämförs med sin storleksgrupp: Östersund jämförs med ${inSentence(sizeGroupName("2380"))}, Alvesta med`);
      // In fixed prices the comparison is drawn too: its values were converted at build time (cost_prices).
      const fixed = await description(sizes.page, "Nettokostnad arbetsmarknadsåtgärder, i fasta priser");
      expect(fixed).toContain(`${sizeGroupName("2380")}: 2016 `);
      expect(sizes.consoleErrors).toEqual([]);
    } finally {
      await sizes.page.close();
    }
  });

  test("an added kommun on the full data: drawn in the neutral style with its name in every chart of the kommuner, marked in the scatter, in both price levels", async () => {
    const pairs = servedRows(synthetic.dir, costVsResult);
    const latest = Math.max(...pairs.map((p) => p.period));
    const other = servedRows(synthetic.dir, kommunGroupsTable).find(
      (k) => !kommunOf(k.municipality) && pairs.some((p) => p.municipality === k.municipality && p.period === latest)
    )!;
    const v = await open(site, `${COST}?kommuner=0764,${other.municipality}`, {origin: synthetic.url});
    try {
      const page = v.page;
      expect(await description(page, "Nettokostnad arbetsmarknadsåtgärder, i löpande priser")).toContain(`${other.name}: 2016 `);
      // Its name beside its line, keyed by a stroke in the added kommun's neutral colour (components/kit/colors.ts).
      const direct = page.locator("#observablehq-main figure.kit-figure").first().locator("[data-mark='direktetiketter']");
      expect((await direct.locator("text > title").allTextContents()).some((t) => t.startsWith(`${other.name} `))).toBe(true);
      expect(await direct.locator(`line[stroke='${ADDED_KOMMUN_STYLE.color}']`).count()).toBe(1);
      await readToEnd(page);
      expect(await description(page, "Nettokostnad per deltagare")).toContain(other.name);
      const scatterLabels = await page.locator(".kit-scatter svg [data-mark='text'] text").allTextContents();
      expect(scatterLabels.sort()).toEqual(["Alvesta", other.name].sort());
      await page.getByRole("radio", {name: /Fasta priser/}).check();
      await expect.poll(() => description(page, "Nettokostnad arbetsmarknadsåtgärder, i fasta priser")).toContain(`${other.name}: 2016 `);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
});
