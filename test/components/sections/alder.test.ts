// @vitest-environment jsdom
// Åldersprofiler's sections (components/sections/alder/): what they select from the served rows
// for the reader's choices, and the sentences they write. Rows from the real derivations
// (loaders/analysis/age.ts) on SYNTHETIC values; the reference case's shares are the Östersund
// audit's printed 52 % and 22 %.
import {describe, expect, test} from "vitest";
import {missingOf} from "../../../components/kit/section.js";
import type {MissingFacts} from "../../../components/sections/missing.js";
import {populationAgeBandRows, youthReferenceRows, youthRepresentationRows, youthUnemploymentRows} from "../../../loaders/analysis/age.js";
import {groupValueKoladaRows} from "../../../loaders/analysis/groupValues.js";
import {alderChoices, type AlderData} from "../../../components/sections/alder/context.js";
import {ageShares, ageStructureSection, ageYears} from "../../../components/sections/alder/ageStructure.js";
import {representationSection, representationYear, selectedRepresentation} from "../../../components/sections/alder/representation.js";
import {referenceSection} from "../../../components/sections/alder/reference.js";
import {contextSection, youthUnemploymentSection} from "../../../components/sections/alder/youth.js";
import {ageSentence, referenceSentence, representationSentence, seriesBreakSentence, youthSeriesNote} from "../../../components/sections/alder/sentences.js";
import {defaultState} from "../../../components/frame/pageState.js";
import {seedCatalogue, seedKommunGroupRows} from "../../support/memberships.js";
import {koladaRow} from "../../support/rows.js";

const row = koladaRow;
const state = (over: Partial<ReturnType<typeof defaultState>> = {}) => ({...defaultState(seedCatalogue()), ...over});
/** The page's kommun_groups slice: the catalogue's kommuner with the seed's real memberships. */
const KOMMUNER_DATA = {kommuner: seedKommunGroupRows()};
/** The reader's choices on the catalogue with the seed's memberships. */
const choices = (s: ReturnType<typeof state>) => alderChoices(KOMMUNER_DATA, s);
const parts = (m: string, y: number, u: number | null, a: number | null, b: number | null, inv: number | null) => [
  row("U40811", m, y, u),
  row("N01954", m, y, a),
  row("N01977", m, y, b),
  row("N01951", m, y, inv)
];
const NB = /\u00a0/g;

describe("young participants against the young in the population", () => {
  const representation = youthRepresentationRows([
    ...parts("2380", 2019, 52, 2400, 2000, 20000),
    ...parts("2380", 2020, 20, 2400, 2000, 20000),
    ...parts("0764", 2020, 22, 2400, 2000, 20000),
    ...parts("1487", 2021, null, 2400, 2000, 20000)
  ]);

  test("the sentence follows the band; without a ratio it says which part is missing", () => {
    const at = (m: string, y: number) => representation.find((r) => r.municipality === m && r.period === y);
    expect(representationSentence("Östersund", 2019, at("2380", 2019)).replace(NB, " ")).toBe(
      "Östersund 2019: 52 % av deltagarna var 24 år eller yngre, mot 22 % 16–24-åringar i befolkningen, alltså 2,4 gånger så stor andel som i befolkningen."
    );
    expect(representationSentence("Östersund", 2020, at("2380", 2020))).toContain("alltså en mindre andel än i befolkningen (kvot 0,91).");
    expect(representationSentence("Alvesta", 2020, at("0764", 2020))).toContain("alltså ungefär samma andel som i befolkningen.");
    expect(representationSentence("Vänersborg", 2021, at("1487", 2021))).toBe(
      "Vänersborg: andelen unga deltagare saknas för 2021, så kvoten kan inte beräknas."
    );
    expect(representationSentence("Alingsås", 2021, undefined)).toBe("Alingsås: andelen unga deltagare saknas för 2021, så kvoten kan inte beräknas.");
    expect(
      representationSentence("Alvesta", 2021, {
        municipality: "0764",
        period: 2021,
        participants_share: 30,
        population_share: null,
        ratio: null,
        band: null
      })
    ).toBe("Alvesta: befolkningens åldersfördelning saknas för 2021, så kvoten kan inte beräknas.");
  });

  test("the year: the latest of the reader's range in which a selected kommun has a ratio", () => {
    const c = choices(state());
    expect(representationYear(selectedRepresentation({representation}, c))).toBe(2020);
    expect(representationYear(selectedRepresentation({representation}, choices(state({to: 2019}))))).toBe(2019);
    expect(representationYear(selectedRepresentation({representation}, choices(state({kommuner: ["1487"]}))))).toBeNull();
  });

  test("the section: both parts, the sentences, the ratio over time and its table; an explicit message without a ratio", () => {
    const data = {fetchedAt: "2026-01-01T00:00:00Z", kolada: [], kpis: [], representation, groups: []};
    const view = representationSection(data, choices(state({kommuner: ["2380", "0764"]})), {width: 640});
    expect(view.querySelector("svg[aria-label^='Unga deltagare och unga i befolkningen 2020']")).not.toBeNull();
    expect(view.querySelector("svg[aria-label^='Överrepresentation av unga bland deltagarna (kvot): Östersund och Alvesta']")).not.toBeNull();
    const rows = Array.from(view.querySelectorAll(".table-scroll tbody tr")).map((tr) => tr.firstElementChild!.textContent + " " + tr.children[1].textContent);
    expect(rows).toEqual(["Östersund 2019", "Östersund 2020", "Alvesta 2020"]);
    expect(missingOf<MissingFacts>(view).map((m) => m.kpis[0])).toEqual(["U40811", "N01954", "N01977", "N01951"]);
    const none = representationSection(data, choices(state({kommuner: ["1487"], from: 2021, to: 2021})));
    expect(none.querySelector(".chart-empty")!.textContent).toBe(
      "Varken de valda kommunerna eller jämförelsegrupperna har både andelen unga deltagare och befolkningens ålder för samma år 2021, så kvoten kan inte visas här ännu."
    );
  });
});

describe("the reference case", () => {
  const figures = [
    {report: "ostersund-2022", kpi: "U40811", areaId: "2380", year: 2018, value: 52},
    {report: "ostersund-2022", kpi: "U40811", areaId: "2380", year: 2019, value: 52},
    {report: "ostersund-2022", kpi: "U40811", areaId: "G2328", year: 2019, value: 22},
    {report: "ostersund-2022", kpi: "U40811", areaId: "2380", year: 2021, value: 37}
  ];
  test("the report's own share against all kommuner's; against the population when Kolada has it", () => {
    const without = youthReferenceRows(figures, "2380", []).find((r) => r.period === 2019);
    expect(referenceSentence(without, [2018, 2019, 2021], "2380").replace(NB, " ")).toBe(
      "Granskningen av Östersunds arbetsmarknadsåtgärder trycker andelen deltagare som är 24 år eller yngre 2018–2021. " +
        "År 2019 var 52 % av Östersunds deltagare 24 år eller yngre, mot 22 % i alla kommuner (ovägt medel): 2,4 gånger så hög andel. " +
        "Rapporten jämför alltså deltagare med deltagare i andra kommuner, inte med befolkningen. " +
        "Andelen 16–24-åringar i Östersunds befolkning 2019 finns inte i den inbäddade ögonblicksbilden; en datauppdatering gör det möjligt att räkna kvoten mot befolkningen."
    );
    const withPopulation = youthReferenceRows(figures, "2380", youthRepresentationRows(parts("2380", 2019, null, 1000, 1000, 20000))).find(
      (r) => r.period === 2019
    );
    expect(referenceSentence(withPopulation, [2018, 2019, 2021], "2380").replace(NB, " ")).toContain(
      "Andelen 16–24-åringar i Östersunds befolkning var 10 % samma år, så kvoten mot befolkningen var 5,2."
    );
  });
  test("the section: its heading, the sentence and the report's figures as a chart", () => {
    const reports = [
      {report: "ostersund-2022", kommun: "2380", kommun_name: "Östersund", auditor: "Revisionskontoret", year: 2022}
    ] as unknown as AlderData["reports"];
    const auditFigures = figures.map((f, i) => ({
      report: f.report,
      figure_id: `F${i}`,
      table: "T1",
      kpi: f.kpi,
      area: f.areaId,
      municipality: f.areaId,
      period: f.year,
      value: f.value,
      printed: String(f.value),
      kolada_value: null,
      status: "not_in_snapshot",
      charted: true,
      line_from: 209 + (f.areaId === "G2328" ? 1 : 0),
      line_to: 209 + (f.areaId === "G2328" ? 1 : 0)
    }));
    const el = referenceSection({reports, reference: youthReferenceRows(figures, "2380", []), auditFigures}, {width: 640});
    expect(el.querySelector("h3")!.textContent).toBe("Referensfall: Östersunds granskning 2022");
    expect(el.querySelector("figcaption")!.textContent).toBe("Rapportens siffror: andel deltagare 24 år eller yngre 2018–2021");
    expect(el.querySelector("svg")!.getAttribute("aria-label")).toMatch(
      /^Andel deltagare 24 år eller yngre enligt granskningen: Östersund och Alla kommuner \(ovägt medel\), 2018–2021$/
    );
    expect(el.textContent).toContain("Källa: Östersunds kommun, revisionskontoret (2022), rader 209–210");
    expect(() => referenceSection({reports: [], reference: [], auditFigures: []})).toThrow(
      /reference case's report "ostersund-2022" is not in report_summaries/
    );
  });
});

describe("population age bands", () => {
  const bands = populationAgeBandRows([
    row("N01994", "1487", 2022, 22.1),
    row("N01961", "1487", 2022, 55.3),
    row("N01960", "1487", 2022, 22.6),
    row("N01994", "1487", 2022, 21.5, "K"),
    row("N01994", "1487", 2018, 23),
    row("N01960", "0000", 2021, 20.4),
    row("N01994", "0000", 2021, 22.8)
  ]);
  test("the four bands as ageProfile rows; a missing band is null", () => {
    expect(ageShares(bands, {area: "1487", year: 2022, group: "g", gender: "T"})).toEqual([
      {band: "0–19 år", group: "g", value: 22.1},
      {band: "20–64 år", group: "g", value: 55.3},
      {band: "65 år och äldre", group: "g", value: 22.6},
      {band: "80 år och äldre", group: "g", value: null}
    ]);
    expect(ageShares(bands, {area: "1487", year: 2022, group: "g", gender: "K"})[0].value).toBe(21.5);
  });
  test("years with any band value within the reader's range and kön", () => {
    expect(ageYears(bands, "1487", choices(state()))).toEqual([2018, 2022]);
    expect(ageYears(bands, "1487", choices(state({from: 2019})))).toEqual([2022]);
    expect(ageYears(bands, "1487", choices(state({gender: "K"})))).toEqual([2022]);
  });
  test("the sentence names the old and the young against the reference area", () => {
    expect(ageSentence("Vänersborg", 2022, {old: 22.6, young: 22.1}, {old: 20.4, young: 22.8})!.replace(NB, " ")).toBe(
      "22,6 % av invånarna i Vänersborg var 65 år eller äldre 2022 (riket: 20,4 %) och 22,1 % var 0–19 år (riket: 22,8 %)."
    );
    expect(ageSentence("Vänersborg", 2022, {old: null, young: 22.1}, {old: null, young: null})!.replace(NB, " ")).toBe("22,1 % var 0–19 år.");
    expect(ageSentence("Vänersborg", 2022, {old: null, young: null}, {old: 1, young: 1})).toBeNull();
  });
  test("the section: latest and first year beside the reference area's latest year up to it", () => {
    const view = ageStructureSection({fetchedAt: "2026-01-01T00:00:00Z", kolada: [], kpis: [], ageBands: bands}, choices(state({kommuner: ["1487", "0764"]})), {
      width: 640
    });
    expect(view.querySelector("svg")!.getAttribute("aria-label")).toBe("Åldersstruktur, Vänersborg: Vänersborg 2022, Vänersborg 2018 och Riket 2021");
    expect(view.querySelectorAll("figure")).toHaveLength(1);
    const empty = ageStructureSection({fetchedAt: "", kolada: [], kpis: [], ageBands: []}, choices(state({kommuner: ["0764"], to: 2020})));
    expect(empty.querySelector(".chart-empty")!.textContent).toBe(
      "Inga uppgifter om befolkningens åldersstruktur (totalt) för Alvesta 2016–2020 i den inbäddade ögonblicksbilden, så inget diagram visas."
    );
    expect(missingOf<MissingFacts>(empty).map((m) => m.kpis[0])).toEqual(["N01994", "N01961", "N01960", "N01813"]);
  });
});

describe("youth unemployment across the series break", () => {
  test("the sentence says where the series breaks", () => {
    expect(seriesBreakSentence()).toBe(
      "Serien bryts mellan 2023 och 2024: till och med 2023 visas arbetslöshet 16–24 år av den registerbaserade arbetskraften (N03927), " +
        "från 2024 arbetslösa 18–24 år av arbetskraften enligt BAS (N03942). Värdena före och efter brottet är inte direkt jämförbara."
    );
  });
  test("three segments name both breaks; one segment has no break", () => {
    const three = [
      {kpi: "A", to: 2019, label: "serie A"},
      {kpi: "B", from: 2020, to: 2022, label: "serie B"},
      {kpi: "C", from: 2023, label: "serie C"}
    ];
    expect(seriesBreakSentence(three)).toBe(
      "Serien bryts mellan 2019 och 2020 och mellan 2022 och 2023: till och med 2019 visas serie A, 2020–2022 serie B och från 2023 serie C. Värdena före och efter brottet är inte direkt jämförbara."
    );
    expect(seriesBreakSentence([{kpi: "A", label: "a"}])).toBe("");
  });
  test("the chart's note names each KPI's years and where the new series begins", () => {
    expect(youthSeriesNote([2024])).toBe(
      "Två nyckeltal i en serie: N03927 till och med 2023, N03942 från 2024; värdena före och efter brottet är inte direkt jämförbara. I diagrammet börjar den nya serien 2024."
    );
    expect(youthSeriesNote([])).not.toContain("I diagrammet");
  });
  test("the section: one line per area across the break in the chosen kön; the break year named", () => {
    const unemployment = youthUnemploymentRows([
      row("N03927", "2380", 2023, 12),
      row("N03942", "2380", 2024, 9),
      row("N03942", "2380", 2024, 8, "K"),
      row("N03927", "G2328", 2023, 11)
    ]);
    const data = {fetchedAt: "2026-01-01T00:00:00Z", kolada: [], kpis: [], reports: [], unemployment, auditFigures: [], groups: []};
    const view = youthUnemploymentSection(data, choices(state({kommuner: ["2380"], from: 2022, to: 2024})), {
      width: 640
    });
    expect(view.querySelector("figcaption")!.textContent).toBe("Ungdomsarbetslöshet, totalt");
    expect(view.querySelector("svg")!.getAttribute("aria-label")).toBe("Ungdomsarbetslöshet (totalt): Östersund och Alla kommuner (ovägt medel), 2022–2024");
    expect(view.textContent).toContain("I diagrammet börjar den nya serien 2024.");
    const women = youthUnemploymentSection(data, choices(state({kommuner: ["2380"], from: 2022, to: 2023, gender: "K"})));
    expect(women.querySelector(".chart-empty")).not.toBeNull();
    expect(missingOf<MissingFacts>(women).map((m) => [m.kpis[0], m.gender])).toEqual([
      ["N03927", "K"],
      ["N03942", "K"]
    ]);
  });
});

describe("comparison areas by the one rule (group_values)", () => {
  /** A group_values row (SYNTHETIC values): Kolada's own value, or an own mean of `kommuner` of the group's 290. */
  const group = (kpi: string, area: string, period: number, value: number, kommuner: number | null = null) => ({
    area,
    kpi,
    period,
    gender: "T",
    value,
    source: kommuner === null ? "kolada" : "medel",
    kommuner,
    members: area === "0000" ? null : 290
  });
  // All kommuner's parts: U40811 as Kolada's own value, the population parts as own means of 212 kommuner.
  const groups = [
    group("U40811", "G2328", 2020, 30),
    group("N01954", "G2328", 2020, 1000, 212),
    group("N01977", "G2328", 2020, 1200, 212),
    group("N01951", "G2328", 2020, 20000, 212)
  ];
  const representation = [
    ...youthRepresentationRows(parts("2380", 2020, 40, 2400, 2000, 20000)),
    ...youthRepresentationRows(groupValueKoladaRows(groups), undefined, ["G2328"])
  ];

  test("a group's ratio is derived from its parts as group_values gives them, by the kommun's formula", () => {
    const g = representation.find((r) => r.municipality === "G2328")!;
    expect(g.population_share).toBeCloseTo(11);
    expect(g.ratio).toBeCloseTo(30 / 11);
    expect(g.band).toBe("over");
  });

  test("the representation section draws the comparison beside the kommun and credits each part", () => {
    const view = representationSection(
      {fetchedAt: "2026-01-01T00:00:00Z", kolada: [], kpis: [], representation, groups},
      choices(state({kommuner: ["2380"]})),
      {width: 640}
    );
    expect(
      view.querySelector("svg[aria-label^='Överrepresentation av unga bland deltagarna (kvot): Östersund och Alla kommuner (ovägt medel)']")
    ).not.toBeNull();
    const text = view.textContent!.replace(NB, " ");
    expect(text).toContain("Jämförelsegruppernas kvot räknas ur gruppens delar, var och en enligt jämförelseregeln:");
    expect(text).toContain("U40811 – Alla kommuner (ovägt medel): Koladas eget värde (Källa: Kolada).");
    expect(text).toContain(
      "N01954, N01977 och N01951 – Alla kommuner (ovägt medel): eget ovägt medelvärde av 212 kommuner av gruppens 290 med värde (egen bearbetning av data från Kolada)."
    );
    const rows = Array.from(view.querySelectorAll(".table-scroll tbody tr")).map((tr) => tr.firstElementChild!.textContent);
    expect(rows).toEqual(["Östersund", "Alla kommuner (ovägt medel)"]);
  });

  test("the context charts draw the comparison from group_values, not from Kolada's rows of the area", () => {
    const kolada = [row("N02797", "2380", 2020, 7), row("N02797", "G2328", 2020, 99)];
    const view = contextSection(
      {fetchedAt: "2026-01-01T00:00:00Z", kolada, kpis: [], reports: [], auditFigures: [], groups: [group("N02797", "G2328", 2020, 6.5, 250)]},
      choices(state({kommuner: ["2380"], from: 2020, to: 2020})),
      {width: 640}
    );
    const table = Array.from(view.querySelectorAll("*"))
      .map((e) => (e as unknown as {chartTable?: {rows: Record<string, unknown>[]}}).chartTable)
      .find((t) => t !== undefined)!;
    expect(table.rows.map((r) => [r.omrade, r.varde])).toEqual([
      ["Östersund", 7],
      ["Alla kommuner (ovägt medel)", 6.5]
    ]);
    expect(view.textContent).toContain("Alla kommuner (ovägt medel): eget ovägt medelvärde av 250 kommuner av gruppens 290 med värde");
  });

  test("with several kommuner compared with their size groups, the section says whose group is drawn", () => {
    const view = youthUnemploymentSection(
      {fetchedAt: "2026-01-01T00:00:00Z", kolada: [], kpis: [], reports: [], unemployment: [], auditFigures: [], groups: []},
      choices(state({kommuner: ["2380", "0764"], comparison: "size"}))
    );
    expect(view.textContent!.replace(NB, " ")).toContain(
      "Varje kommun jämförs med sin storleksgrupp: Östersund jämförs med kommuner med 50 000–99 999 invånare (ovägt medel), Alvesta med kommuner med 15 000–19 999 invånare (ovägt medel)."
    );
  });
});
