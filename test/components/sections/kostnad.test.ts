// @vitest-environment jsdom
// Kostnad per invånare's sections (components/sections/kostnad/): what they select from the
// served rows for the reader's choices, and the sentences they write. The rows come from the real
// derivations (loaders/analysis/) on SYNTHETIC values; the prisbasbelopp amounts for 2019, 2020 and
// 2023 are the real ones (data/facts/prisbasbelopp.csv).
import {beforeEach, describe, expect, test} from "vitest";
import {missingOf} from "../../../components/kit/section.js";
import type {MissingFacts} from "../../../components/sections/missing.js";
import {costPriceRows, costVsResultSummaryRows} from "../../../loaders/analysis/cost.js";
import {auditKpiFigureRows} from "../../../loaders/analysis/auditKpiFigures.js";
import type {ReportFigure} from "../../../loaders/reports/figures.js";
import {kostnadChoices, fixedPriceNote, kostnadFrame, type KostnadData} from "../../../components/sections/kostnad/context.js";
import {costSeriesRows, costTrendSection} from "../../../components/sections/kostnad/trend.js";
import {scatterSentence, scatterYear} from "../../../components/sections/kostnad/scatter.js";
import {reportPartsSentences} from "../../../components/sections/kostnad/perParticipant.js";
import {auditTableSection, auditTableSentence, reportsWithTable} from "../../../components/sections/kostnad/auditTable.js";
import {areaPoints} from "../../../components/sections/kpiSeries.js";
import {defaultState, type PageState} from "../../../components/frame/pageState.js";
import {tableOf} from "../../../components/kit/chartKit.js";
import {groupValueRows} from "../../../loaders/analysis/groupValues.js";
import type {AreaMeta} from "../../../loaders/kolada/types.js";
import {seedCatalogue, seedKommunGroupRows} from "../../support/memberships.js";
import {KOSTNAD} from "../../../model/pages/kostnad.js";
import {koladaRow} from "../../support/rows.js";

const row = koladaRow;
const pbb = [
  {year: 2019, kronor: 46500, source: "SCB, prisbasbelopp", checked: true},
  {year: 2020, kronor: 47300, source: "SCB, prisbasbelopp", checked: true},
  {year: 2023, kronor: 52500, source: "SCB, prisbasbelopp", checked: false}
];
/** The page's kommun_groups slice: the catalogue's kommuner with the seed's real memberships. */
const kommuner = seedKommunGroupRows();
const state = (over: Partial<ReturnType<typeof defaultState>> = {}) => ({
  ...defaultState(seedCatalogue(), {priceBaseYears: pbb.map((p) => p.year)}),
  ...over
});
let n = 0;
const fig = (
  report: string,
  kpi: string,
  areaId: string | null,
  year: number,
  value: number | null,
  line: number,
  table: string | null = "T1"
): ReportFigure => ({
  report,
  id: `F${++n}`,
  table,
  indicator: "x",
  kpi,
  kpiMatch: "title",
  unit: "kr/inv",
  area: areaId ?? "Ett område",
  areaId,
  year,
  value,
  printed: value === null ? "-" : String(value),
  kind: value === null ? "missing" : "observed",
  lineFrom: line,
  lineTo: line,
  note: null,
  contradictory: false,
  repeats: null,
  beside: null,
  fileLine: n
});
const ostersund = {
  report: "ostersund-2022",
  kommun: "2380",
  kommun_name: "Östersund",
  auditor: "Revisionskontoret",
  year: 2022
};

describe("the reader's choices", () => {
  test("current prices by default; fixed prices of the frame's base year name it", () => {
    expect(kostnadChoices({pbb, kommuner}, state(), "lopande", "ifo")).toMatchObject({
      fixed: false,
      priceYear: null,
      priceText: "i löpande priser",
      priceFile: "lopande",
      fixedNote: null
    });
    const fixed = kostnadChoices({pbb, kommuner}, state({priceBaseYear: 2019, to: 2021}), "fasta", "ifo");
    expect(fixed).toMatchObject({
      fixed: true,
      priceYear: 2019,
      priceText: "i fasta priser (2019 års prisnivå)",
      priceFile: "fasta-2019"
    });
    expect(fixed.verksamhet.kpis).toEqual(["N30005", "N30101"]);
    expect(fixed.areas.map((a) => a.id)).toEqual(["1487", "1489", "2380", "0764", "G2328"]);
  });
  test("the fixed-price note names the unchecked prisbasbelopp years and the reader's years without one", () => {
    expect(fixedPriceNote(pbb, 2020, [2019, 2020, 2021, 2022])).toBe(
      "Fasta priser är egen bearbetning: värdet × prisbasbeloppet 2020 / prisbasbeloppet för värdets år (SCB:s prisbasbelopp, data/facts/prisbasbelopp.csv). " +
        "Prisbasbeloppen för 2023 är ännu inte dubbelkontrollerade mot en andra källa. För 2021–2022 saknas prisbasbelopp, så de åren räknas inte om."
    );
    expect(fixedPriceNote(pbb.slice(0, 2), 2019, [2019])).toBe(
      "Fasta priser är egen bearbetning: värdet × prisbasbeloppet 2019 / prisbasbeloppet för värdets år (SCB:s prisbasbelopp, data/facts/prisbasbelopp.csv)."
    );
  });
  test("the frame offers the prisbasbelopp years as base years and keeps the page's parameters in the link", () => {
    window.history.replaceState(null, "", "/kostnad-per-invanare?prisar=2019&verksamhet=ifo&priser=fasta");
    const frame = kostnadFrame({pbb, kommuner});
    expect(frame.value.priceBaseYear).toBe(2019);
    expect(frame.notes).toEqual([]);
    expect(frame.querySelector("input[type=radio][value]")).not.toBeNull();
    expect(Array.from(frame.querySelectorAll("fieldset, form")).some((f) => /Kön/.test(f.textContent ?? ""))).toBe(false);
  });
});

describe("costs in the chosen price level", () => {
  const current = [row("N40011", "2380", 2019, 930), row("N40011", "2380", 2020, 946), row("N40011", "G2328", 2019, 500), row("N40011", "2380", 2021, 950)];
  // G2328's value as group_values gives it (here Kolada's own); cost_prices reads comparison areas from there only.
  const cost = costPriceRows(current, pbb, {groups: [{area: "G2328", kpi: "N40011", period: 2019, gender: "T", value: 500}]});
  test("current prices: the values as Kolada has them, one point per area and year (areaPoints: test/components/sections/kpiSeries.test.ts)", () => {
    const query = {kpi: "N40011", areas: ["2380", "G2328"], from: 2019, to: 2021};
    const points = areaPoints(costSeriesRows(cost, null), query);
    expect(points).toEqual(areaPoints(current, query));
    expect(points.map((p) => p.value)).toEqual([930, 946, 950, 500, null, null]);
  });
  test("fixed prices of the selected base year; a year without prisbasbelopp becomes null", () => {
    const at2023 = areaPoints(costSeriesRows(cost, 2023), {kpi: "N40011", areas: ["2380"], from: 2019, to: 2021});
    expect(at2023[0].value).toBeCloseTo(1050, 9); // 930 × 52 500 / 46 500
    expect(at2023[1].value).toBeCloseTo((946 * 52500) / 47300, 9);
    expect(at2023[2].value).toBeNull(); // 2021 is not in this (synthetic) series
    expect(areaPoints(costSeriesRows(cost, 2019), {kpi: "N40011", areas: ["2380"], from: 2019, to: 2019})[0].value).toBe(930); // the base year itself is unchanged
    expect(areaPoints(costSeriesRows(cost, 2022), {kpi: "N40011", areas: ["2380"], from: 2019, to: 2019})[0].value).toBeNull();
  });
});

describe("cost against result", () => {
  const pairs = (period: number, points: [number | null, number | null][]) =>
    points.map(([x, y], i) => ({municipality: String(1000 + i), period, net_cost: x, result: y}));
  const summary = costVsResultSummaryRows([
    ...pairs(2021, [
      [1, 2],
      [2, 4],
      [3, 5]
    ]),
    ...pairs(2022, [
      [1, 2],
      [2, 1],
      [3, 2],
      [4, 1]
    ]),
    ...pairs(2023, [
      [null, 30],
      [null, 40]
    ])
  ]);

  test("the year: the latest with both values up to the reader's last year, else the first such year, else the latest with results", () => {
    expect(scatterYear(summary, 2025)).toBe(2022);
    expect(scatterYear(summary, 2021)).toBe(2021);
    expect(scatterYear(summary, 2020)).toBe(2021);
    const onlyResults = summary.filter((s) => s.period === 2023);
    expect(scatterYear(onlyResults, 2025)).toBe(2023);
    expect(scatterYear(onlyResults, 2020)).toBe(2023);
    expect(scatterYear([], 2020)).toBe(2020);
  });
  test("the sentence: how many have both, r with its strength, the medians", () => {
    const s = scatterSentence(
      summary.find((r) => r.period === 2021),
      2021
    );
    expect(s.missing).toBe(false);
    expect(s.text.replace(/\u00a0/g, " ")).toBe(
      "2021 har 3 kommuner både nettokostnad och resultat vid avslut. Korrelationen (Pearsons r) mellan dem är 0,98: ett starkt samband. Medianen är 2 kr/inv och 4 %."
    );
    expect(
      scatterSentence(
        summary.find((r) => r.period === 2022),
        2022
      ).text
    ).toContain("är −0,45: ett måttligt samband.");
  });
  test("without any kommun with both values the sentence says what is missing, never a zero", () => {
    const s = scatterSentence(
      summary.find((r) => r.period === 2023),
      2023
    );
    expect(s.missing).toBe(true);
    expect(s.text).toContain(
      "Saknas i ögonblicksbilden: ingen kommun har både N40011 och U40455 2023 (U40455 finns för 2 kommuner, N40011 för ingen), så inget punktdiagram kan ritas."
    );
    expect(scatterSentence(undefined, 2020).text).toContain("2020 (U40455 finns för ingen, N40011 för ingen)");
  });
});

describe("what the audits printed", () => {
  const figures = auditKpiFigureRows(
    [
      fig("ostersund-2022", "N40011", "2380", 2018, 747, 193),
      fig("ostersund-2022", "N40011", "2380", 2020, 723, 193),
      fig("ostersund-2022", "N40011", "2380", 2021, null, 193),
      fig("ostersund-2022", "N40011", "G2328", 2020, 485, 194),
      fig("ostersund-2022", "N40011", "G30831", 2020, 425, 195),
      fig("ostersund-2022", "U40800", "2380", 2021, 466, 201),
      fig("ostersund-2022", "U40800", "G2328", 2021, 345, 202)
    ],
    [row("N40011", "2380", 2018, 747.2)]
  );

  test("a report that printed some parts of the cost per participant for its kommun says which, and which not", () => {
    expect(reportPartsSentences(figures, [ostersund])).toEqual([
      "Östersunds granskning 2022 trycker nettokostnaden (N40011) och antalet deltagare (U40800) för Östersund 2018 och 2020–2021, men inte antalet invånare, så kostnaden per deltagare går inte att räkna fram ur rapporten ensam."
    ]);
    expect(reportPartsSentences(figures, [{...ostersund, report: "alvesta-2018", kommun: "0764", kommun_name: "Alvesta"}])).toEqual([]);
  });

  test("the table sentence: years, the kommun and how many comparison groups, the first and last value against all kommuner", () => {
    expect(
      auditTableSentence(
        figures.filter((f) => f.kpi === "N40011"),
        "2380"
      ).replace(/\u00a0/g, " ")
    ).toBe(
      "Granskningen av Östersunds arbetsmarknadsåtgärder trycker en tabell med nettokostnaden per invånare 2018–2020 för Östersund och två jämförelsegrupper. " +
        "Östersunds nettokostnad var 747 kr/inv år 2018 och 723 kr/inv år 2020, mot 485 kr/inv i alla kommuner (ovägt medel) samma år. " +
        "Siffrorna nedan är rapportens tryckta värden, inte hämtade ur Kolada av sajten."
    );
  });

  test("every report that printed a table of the featured KPI gets its section, found from the data: a new report appears without a code change", () => {
    const other = auditKpiFigureRows(
      [fig("alvesta-2018", KOSTNAD.auditTable.kpi, "0764", 2017, 600, 40), fig("vanersborg-2022", KOSTNAD.auditTable.kpi, "1487", 2021, 500, 12, null)],
      []
    );
    const reports = [
      ostersund,
      {report: "alvesta-2018", kommun: "0764", kommun_name: "Alvesta", auditor: "KPMG", year: 2018},
      {report: "vanersborg-2022", kommun: "1487", kommun_name: "Vänersborg", auditor: "PwC", year: 2022}
    ];
    const data = {
      fetchedAt: "2026-01-01T00:00:00Z",
      reports: reports as unknown as KostnadData["reports"],
      auditFigures: [...figures, ...other]
    };
    expect(reportsWithTable(data, KOSTNAD.auditTable.kpi).map((m) => m.report)).toEqual(["ostersund-2022", "alvesta-2018"]);
    const el = auditTableSection(data, {width: 640});
    expect(Array.from(el.querySelectorAll("h3")).map((h) => h.textContent)).toEqual(["Östersunds granskning 2022", "Alvestas granskning 2018"]);
    const cells = Array.from(el.querySelectorAll(".table-scroll table.kit-table tbody tr")).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent!.replace(/\u00a0/g, " "))
    );
    expect(cells[0]).toEqual(["Östersund", "2018", "747 kr/inv", "747 kr/inv", "Stämmer med Kolada"]);
    expect(cells[2]).toEqual(["Östersund", "2021", "–", "–", "Tom cell i rapporten"]);
    expect(el.querySelector("figcaption")!.textContent).toBe("Rapportens siffror: nettokostnad arbetsmarknadsåtgärder 2018–2020 (löpande priser)");
    expect(el.textContent).toContain("3 av rapportens värden kan inte kontrolleras");
    expect(auditTableSection({...data, auditFigures: []}).textContent).toBe("Ingen av granskningarna trycker en tabell med nettokostnaden per invånare.");
  });
});

describe("the trend section", () => {
  const kolada = [row("N40011", "2380", 2019, 930)];
  const base = {fetchedAt: "2026-01-01T00:00:00Z", kpis: [], reports: [ostersund] as unknown as KostnadData["reports"]};
  test("charts the chosen price level, writes the sentences, and names what is missing with its facts", () => {
    const c = kostnadChoices({pbb, kommuner}, state({kommuner: ["2380"], from: 2019, to: 2020, priceBaseYear: 2023}), "fasta", "arbetsmarknad");
    const view = costTrendSection({...base, kolada, groups: [], cost: costPriceRows(kolada, pbb), auditFigures: []}, c, {
      width: 640
    });
    const captions = Array.from(view.querySelectorAll("figcaption")).map((f) => f.textContent);
    expect(captions).toEqual([
      "Nettokostnad arbetsmarknadsåtgärder, i fasta priser (2023 års prisnivå) (N40011)",
      "Kostnad arbetsmarknadsåtgärder, i fasta priser (2023 års prisnivå) (N40008)"
    ]);
    expect(view.querySelector("p.sentences")!.textContent!.replace(/\u00a0/g, " ")).toContain("Östersund: 1 050 kr/inv år 2019");
    expect(missingOf<MissingFacts>(view).map((m) => m.kpis[0])).toEqual(["N40011", "N40008"]);
    // 2020 is after the latest year Kolada has published N40011 in: not missing, not out yet.
    expect(missingOf<MissingFacts>(view)[0]).toMatchObject({
      entries: [{id: "G2328", name: "Alla kommuner (ovägt medel)", years: [2019]}],
      notPublished: [2020]
    });
    expect(view.querySelector(".missing-data")!.getAttribute("role")).toBe("note");
  });
  test("a KPI without values shows the audits' figures, except the KPI whose tables the page features below", () => {
    const figures = auditKpiFigureRows([fig("ostersund-2022", "N40011", "2380", 2019, 846, 193), fig("ostersund-2022", "N40008", "2380", 2019, 1000, 196)], []);
    const c = kostnadChoices({pbb, kommuner}, state(), "lopande", "arbetsmarknad");
    const view = costTrendSection({...base, kolada: [], groups: [], cost: [], auditFigures: figures}, c);
    const captions = Array.from(view.querySelectorAll("figcaption")).map((f) => f.textContent);
    expect(captions).toContain("Rapportens siffror: kostnad arbetsmarknadsåtgärder 2019 (N40008, löpande priser)");
    expect(captions.some((t) => t!.includes("(N40011, löpande priser)"))).toBe(false);
  });
});

describe("comparisons and added kommuner", () => {
  const base = {fetchedAt: "2026-01-01T00:00:00Z", kpis: [], reports: [] as unknown as KostnadData["reports"], auditFigures: []};
  /** All kommuner (G2328) as a synthetic group of four members; Riket with Kolada's own value. */
  const areas: AreaMeta[] = [{id: "G2328", title: "Alla kommuner (ovägt medel)", type: "G", members: ["0764", "2380", "0114", "1489"]}];
  const kolada = [
    row("N40011", "0764", 2019, 600),
    row("N40011", "2380", 2019, 900),
    row("N40011", "0114", 2019, 1200),
    row("N40011", "0764", 2020, 620),
    row("N40011", "0000", 2019, 800),
    row("N31825", "0764", 2019, 4),
    row("N31825", "G2328", 2019, 3.5)
  ];
  const groups = groupValueRows(kolada, areas);
  const data = (over: Partial<KostnadData> = {}) => ({...base, kolada, groups, cost: costPriceRows(kolada, pbb, {groups}), ...over});
  const choices = (s: Partial<PageState>, prices = "lopande", verksamhet = "arbetsmarknad", rows: KostnadData["kommuner"] = kommuner) =>
    kostnadChoices({pbb, kommuner: rows}, state(s), prices, verksamhet);
  const tableRows = (view: HTMLElement, i = 0) => tableOf(view.querySelectorAll("figure")[i] as HTMLElement)!.rows;

  test("a group comparison draws group_values' own mean, credited with its count; the same rule converts it to fixed prices at build time", () => {
    const view = costTrendSection(data(), choices({kommuner: ["0764"], from: 2019, to: 2020}), {width: 640});
    const g = (rows: ReturnType<typeof tableRows>, year: number) => rows.find((r) => r.omrade === "Alla kommuner (ovägt medel)" && r.ar === year)?.varde;
    // 2019: three of the four members have a value (600, 900, 1 200); 2020: one of four, below half: not drawn.
    expect(g(tableRows(view), 2019)).toBeCloseTo(900, 9);
    expect(g(tableRows(view), 2020)).toBeNull();
    const figure = view.querySelector("figure")!.textContent!;
    expect(figure).toContain(
      "Alla kommuner (ovägt medel): eget ovägt medelvärde av 3 kommuner av gruppens 4 med värde (egen bearbetning av data från Kolada)."
    );
    expect(missingOf<MissingFacts>(view)[0].entries.map((e) => [e.id, e.years])).toEqual([["G2328", [2020]]]);

    const fixed = costTrendSection(
      {...data(), cost: costPriceRows(kolada, pbb, {groups}).filter((r) => r.price_year !== null)},
      choices({kommuner: ["0764"], from: 2019, to: 2020, priceBaseYear: 2023}, "fasta"),
      {width: 640}
    );
    expect(g(tableRows(fixed), 2019)).toBeCloseTo((900 * 52500) / 46500, 9);
    // What is missing does not depend on the price level: the snapshot's values are the same.
    expect(missingOf<MissingFacts>(fixed)[0].entries).toEqual(missingOf<MissingFacts>(view)[0].entries);
  });

  test("Riket and a share's comparison are Kolada's own values, credited as such", () => {
    const riket = costTrendSection(data(), choices({kommuner: ["0764"], comparison: "0000", from: 2019, to: 2019}), {width: 640});
    expect(tableRows(riket).find((r) => r.omrade === "Riket")?.varde).toBe(800);
    expect(riket.querySelector("figure")!.textContent).toContain("Riket: Koladas eget värde (Källa: Kolada).");
    const share = costTrendSection(data(), choices({kommuner: ["0764"], from: 2019, to: 2019}, "lopande", "bistand"), {width: 640});
    const n31825 = Array.from(share.querySelectorAll("figure")).find((f) => f.textContent!.includes("N31825"))!;
    expect(tableOf(n31825 as HTMLElement)!.rows.map((r) => [r.omrade, r.varde])).toEqual([
      ["Alvesta", 4],
      ["Alla kommuner (ovägt medel)", 3.5]
    ]);
    expect(n31825.textContent).toContain("Alla kommuner (ovägt medel): Koladas eget värde (Källa: Kolada).");
  });

  test("several kommuner compared with their own size group: the section says whose group is whose", () => {
    const view = costTrendSection(data(), choices({kommuner: ["1487", "2380", "0764"], comparison: "size"}), {width: 640});
    expect(view.textContent).toContain(
      "Varje kommun jämförs med sin storleksgrupp: Vänersborg jämförs med kommuner med 30 000–49 999 invånare (ovägt medel), Östersund med kommuner med 50 000–99 999 invånare (ovägt medel), Alvesta med kommuner med 15 000–19 999 invånare (ovägt medel)."
    );
    expect(costTrendSection(data(), choices({kommuner: ["2380"], comparison: "size"}), {width: 640}).textContent).not.toContain("jämförs med sin");
  });

  test("a kommun added outside the catalogue: named, drawn with its own rows, compared with its own group, its missing KPIs said once per section", () => {
    // The seed's memberships, with Upplands Väsby given a size group of the test's own (synthetic).
    const rows = [
      ...kommuner.filter((r) => r.municipality !== "0114"),
      {
        municipality: "0114",
        name: "Upplands Väsby",
        size_group: "G30831",
        size_group_name: "Kommuner med 50 000–99 999 invånare (ovägt medel)",
        skr_group: null,
        skr_group_name: null,
        liknande_group: null
      }
    ];
    const c = choices({kommuner: ["0764", "0114"], comparison: "size", from: 2019, to: 2019}, "lopande", "arbetsmarknad", rows);
    expect(c.kommuner).toEqual([
      {id: "0764", name: "Alvesta"},
      {id: "0114", name: "Upplands Väsby"}
    ]);
    expect(c.references.map((r) => r.id)).toEqual(["G30826", "G30831"]);
    // Its rows as its own file brings them (loaders/serve/kommunFiles.ts: the same derivation for it), after the page's own (withAdded).
    const joined = data({cost: [...costPriceRows(kolada, pbb, {groups}), ...costPriceRows(kolada, pbb, {kommuner: ["0114"]})]});
    const view = costTrendSection(joined, c, {width: 640});
    expect(tableRows(view).find((r) => r.omrade === "Upplands Väsby")?.varde).toBe(1200);
    // One line for the section, the added kommun in it like the catalogue's (N40008 is in no row).
    const lines = Array.from(view.querySelectorAll(".missing-data")).map((p) => p.textContent);
    expect(lines).toEqual([
      "Saknas i ögonblicksbilden: N40011 för Kommuner med 15 000–19 999 invånare (ovägt medel) och Kommuner med 50 000–99 999 invånare (ovägt medel) 2019; N40008 för Alvesta, Upplands Väsby, Kommuner med 15 000–19 999 invånare (ovägt medel) och Kommuner med 50 000–99 999 invånare (ovägt medel) 2019."
    ]);
  });
});

beforeEach(() => window.history.replaceState(null, "", "/kostnad-per-invanare"));
