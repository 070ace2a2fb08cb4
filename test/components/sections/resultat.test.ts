// @vitest-environment jsdom
// Resultat vid avslut's sections and sentences, on served rows derived (by the build's own
// derivations) from small SYNTHETIC Kolada tables and report figures: the trend with its band, the
// A–E composition and what the audits printed about it, the swings and counts, the ranking, and
// the audit figures beside Kolada.
import {describe, expect, test} from "vitest";
import {missingOf} from "../../../components/kit/section.js";
import type {MissingFacts} from "../../../components/sections/missing.js";
import {resultatChoices, type ResultatData} from "../../../components/sections/resultat/context.js";
import {shareTrendSection} from "../../../components/sections/resultat/trend.js";
import {compositionSection} from "../../../components/sections/resultat/composition.js";
import {intervalExample, uncertaintySection} from "../../../components/sections/resultat/uncertainty.js";
import {rankingSection, rankYears} from "../../../components/sections/resultat/ranking.js";
import {auditSection, compositionAuditParagraphs, overlayPoints} from "../../../components/sections/resultat/audits.js";
import {
  countSentence,
  mostVolatile,
  overlaySentence,
  rankSentence,
  shareIntervalSentence,
  swingSentence,
  swingSummary
} from "../../../components/sections/resultat/sentences.js";
import {defaultState, type PageState} from "../../../components/frame/pageState.js";
import {tableOf} from "../../../components/kit/chartKit.js";
import {intervalWidthRows, resultAuditFigureRows, resultCompositionRows, resultShareRows} from "../../../loaders/analysis/results.js";
import {kpiRankRows} from "../../../loaders/analysis/ranks.js";
import type {AreaMeta, KoladaRow} from "../../../loaders/kolada/types.js";
import {groupValueRows} from "../../../loaders/analysis/groupValues.js";
import type {ReportFigure} from "../../../loaders/reports/figures.js";
import {KOMMUNER} from "../../../model/catalogue.js";
import {seedCatalogue, seedKommunGroupRows} from "../../support/memberships.js";
import {RESULTAT} from "../../../model/pages/resultat.js";
import {FEW_PARTICIPANTS} from "../../../model/vocabulary.js";
import {koladaRow, reportFigure} from "../../support/rows.js";

const NB = "\u00a0";
const {share: SHARE, participants: COUNT, composition: COMPOSITION} = RESULTAT;
const row = koladaRow;
const ALL = {kommuner: KOMMUNER.map((m) => m.id), years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]};

const fig = (over: Partial<ReportFigure> = {}): ReportFigure => reportFigure(over);
const BESIDE = {kpi: SHARE, source: "nämndens årsbokslut", caveat: null};
const REPORTS = [
  {
    report: "alingsas-2024",
    figures: [
      fig({
        report: "alingsas-2024",
        id: "F03",
        table: null,
        kpi: null,
        kpiMatch: null,
        area: "Alingsås kommun",
        areaId: "1489",
        year: 2023,
        value: 17,
        printed: "17 procent",
        lineFrom: 706,
        lineTo: 707,
        beside: {
          ...BESIDE,
          label: "arbete",
          caveat: "det framgår inte om arbete inkluderar subventionerade anställningar"
        }
      }),
      fig({
        report: "alingsas-2024",
        id: "F04",
        table: null,
        kpi: null,
        kpiMatch: null,
        area: "Alingsås kommun",
        areaId: "1489",
        year: 2023,
        value: 3,
        printed: "tre procent",
        lineFrom: 706,
        lineTo: 707,
        beside: {...BESIDE, label: "studier"}
      })
    ]
  },
  {
    report: "ostersund-2022",
    figures: [
      fig({}),
      fig({id: "F85", area: "Alla kommuner (ovägt medel)", areaId: "G2328", lineFrom: 503, lineTo: 503}),
      fig({id: "F111", table: null, kpi: "U40406", year: 2021, value: 20, printed: "20", lineFrom: 837, lineTo: 837})
    ]
  }
];
const CHECKS = [
  {report: "ostersund-2022", figureId: "F82", status: "matches" as const},
  {report: "ostersund-2022", figureId: "F85", status: "not_in_snapshot" as const},
  {report: "ostersund-2022", figureId: "F111", status: "matches" as const}
];
const META = [
  {
    report: "alingsas-2024",
    kommun: "1489",
    kommun_name: "Alingsås",
    title: "[Granskning]",
    auditor: "KPMG",
    year: 2024
  },
  {
    report: "ostersund-2022",
    kommun: "2380",
    kommun_name: "Östersund",
    title: "Granskning",
    auditor: "Revisionskontoret",
    year: 2022
  }
] as unknown as ResultatData["reports"];

/** All kommuner (G2328) as a synthetic group of the kommuner these tests use. */
const ALL_GROUP = (members: string[]): AreaMeta[] => [{id: "G2328", title: "Alla kommuner (ovägt medel)", type: "G", members}];

/** The page's data as the build derives it from `values` (synthetic), with G2328's values from `groups` (group_values' own rule). */
function pageData(values: KoladaRow[], groups: AreaMeta[] = ALL_GROUP(["0764", "2380", "1489", "0114", "1487"])): ResultatData {
  return {
    kolada: values,
    kommuner: seedKommunGroupRows(),
    groups: groupValueRows(values, groups),
    shares: resultShareRows(values, ALL),
    composition: resultCompositionRows(values),
    ranks: kpiRankRows(values),
    ranksByGender: async () => kpiRankRows(values).filter((r) => r.gender !== "T"),
    auditFigures: resultAuditFigureRows(REPORTS, CHECKS, values),
    intervals: intervalWidthRows(),
    kpis: [],
    reports: META,
    fetchedAt: "2026-01-01"
  };
}
const state = (over: Partial<PageState> = {}): PageState => ({...defaultState(seedCatalogue()), ...over});

describe("Resultat vid avslut: the sections with counts and categories (synthetic)", () => {
  const values = [
    row(SHARE, "0764", 2019, 25),
    row(COUNT, "0764", 2019, 20),
    row(SHARE, "0764", 2020, 50),
    row(COUNT, "0764", 2020, 40),
    ...COMPOSITION.map((k, i) => row(k, "0764", 2020, [30, 20, 10, 25, 15][i])),
    row(SHARE, "2380", 2019, 41.9),
    row(SHARE, "2380", 2021, 39),
    row("U40406", "2380", 2021, 21),
    row(SHARE, "1489", 2023, 19.7),
    row(SHARE, "0114", 2020, 60)
  ];
  const data = pageData(values);

  test("the trend gets a Wilson band where N40450 exists, and its table the bounds of result_shares", () => {
    const c = resultatChoices(data, state({kommuner: ["0764"], from: 2019, to: 2021}));
    const element = shareTrendSection(data, c, {width: 640});
    const missing = missingOf<MissingFacts>(element);
    const chart = element.querySelector("figure")!;
    expect(chart.querySelector("[data-mark='area'] path")).toBeTruthy();
    expect(chart.querySelector("svg[aria-description]")!.getAttribute("aria-description")).toContain("Det skuggade bandet visar 95 % konfidensintervall");
    const t = tableOf(chart)!;
    expect(t.columns.map((col) => col.key)).toContain("nedre");
    const s2020 = data.shares.find((s) => s.municipality === "0764" && s.period === 2020 && s.gender === "T")!;
    expect(t.rows.find((r) => r.omrade === "Alvesta" && r.ar === 2020)).toMatchObject({
      varde: 50,
      nedre: s2020.lower,
      ovre: s2020.upper
    });
    expect(t.rows.find((r) => r.omrade === "Alvesta" && r.ar === 2021)).toMatchObject({
      varde: null,
      nedre: null,
      ovre: null
    });
    expect(element.textContent).toContain(`Alvesta: 50${NB}% år 2020`);
    expect(missing[0]).toMatchObject({kpis: [SHARE], gender: "T"});
    expect(missing[0].entries.map((e) => [e.id, e.years])).toEqual([
      ["0764", [2021]],
      ["G2328", [2019, 2020, 2021]]
    ]);
  });

  test("a comparison draws the own mean of the group's members where Kolada's own value is missing, credited with the number of kommuner; Kolada's own value wins", () => {
    const own = pageData([...values, row(SHARE, "0114", 2019, 45), row(SHARE, "G2328", 2021, 38)], ALL_GROUP(["0764", "2380", "0114", "1489"]));
    const c = resultatChoices(own, state({kommuner: ["0764"], from: 2019, to: 2021}));
    const element = shareTrendSection(own, c, {width: 640});
    const t = tableOf(element.querySelector("figure")!)!;
    const g = (year: number) => t.rows.find((r) => r.omrade === "Alla kommuner (ovägt medel)" && r.ar === year)?.varde;
    // 2019: Alvesta 25, Östersund 41.9 and 0114 45 of the four members; 2020: two of four (Alvesta 50, 0114 60); 2021: Kolada's own.
    expect(g(2019)).toBeCloseTo((25 + 41.9 + 45) / 3, 6);
    expect(g(2020)).toBeCloseTo(55, 6);
    expect(g(2021)).toBe(38);
    const source = element.querySelector("figure")!.textContent!;
    expect(source).toContain(
      "Alla kommuner (ovägt medel): Koladas eget värde 2021 (Källa: Kolada); eget ovägt medelvärde 2019–2020 av 2–3 kommuner av gruppens 4 med värde"
    );
    expect(missingOf<MissingFacts>(element)[0].entries.map((e) => e.id)).toEqual(["0764"]);
  });

  test("several kommuner compared with their own size group: the page says whose group is whose", () => {
    const c = resultatChoices(data, state({kommuner: ["1487", "2380", "0764"], comparison: "size"}));
    const element = shareTrendSection(data, c, {width: 640});
    expect(element.textContent).toContain(
      "Varje kommun jämförs med sin storleksgrupp: Vänersborg jämförs med kommuner med 30 000–49 999 invånare (ovägt medel), Östersund med kommuner med 50 000–99 999 invånare (ovägt medel), Alvesta med kommuner med 15 000–19 999 invånare (ovägt medel)."
    );
  });

  test("the A–E composition draws one bar per kommun and year with values; a category the audit printed is said beside Kolada", () => {
    const c = resultatChoices(data, state({kommuner: ["2380", "0764"]}));
    const element = compositionSection(data, c, {width: 640});
    // Alvesta 2020: five categories; Östersund 2021: category A only.
    expect(element.querySelectorAll("[data-mark='bar'] rect")).toHaveLength(6);
    expect(tableOf(element.querySelector("figure")!)!.rows).toHaveLength(6);
    expect(element.textContent).toContain(
      `Granskningen i Östersund 2022 (rad 837) anger andelen som börjat arbeta (kategori A). Östersund 2021: rapporten 20${NB}%, Kolada i dag 21${NB}% – stämmer på rapportens precision.`
    );
    expect(element.querySelector(".missing-data")!.textContent).toMatch(/^Saknas i ögonblicksbilden: fördelningen A–E för Östersund /);
  });

  test("figures from another source beside the share are mentioned in the A–E section with their parts, source and caveat, not compared", () => {
    const [p] = compositionAuditParagraphs(data, resultatChoices(data, state({kommuner: ["1489"]})));
    expect(p.textContent).toBe(
      `Granskningen i Alingsås 2024 (rad 706–707) anger för 2023 att 17${NB}% av deltagarna gick till arbete och 3${NB}% till studier. ` +
        "Siffrorna kommer ur nämndens årsbokslut, inte ur Kolada, och det framgår inte om arbete inkluderar subventionerade anställningar; de jämförs därför inte med kategori A och B."
    );
    expect(compositionAuditParagraphs(data, resultatChoices(data, state({kommuner: ["0764"]})))).toEqual([]);
  });

  test("how sure the share is: swings, counts with the few-participants warning, the latest share's interval, the table", () => {
    const c = resultatChoices(data, state({kommuner: ["0764"], from: 2019, to: 2021}));
    const element = uncertaintySection(data, c);
    expect(element.textContent).toContain(`Störst svängningar bland de valda kommunerna 2019–2021: Alvesta: mellan 25${NB}% (2019) och 50${NB}% (2020)`);
    expect(element.textContent).toContain(
      `Alvesta: 20–40 avslutade deltagare per år; färre än 30 år 2019, då andelen är osäker. Alvesta 2020: 50${NB}% av 40 deltagare`
    );
    const rows = Array.from(element.querySelectorAll("tbody tr")).map((tr) => tr.textContent);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain(`Färre än ${FEW_PARTICIPANTS} deltagare`);
    expect(rows[2]).toContain("Antal saknas");
  });

  test("the worked example: with 30 participants and half of them, 50 % spans 33–67 %", () => {
    expect(intervalExample(data)).toEqual({
      participants: "30",
      share: `50${NB}%`,
      lower: `33${NB}%`,
      upper: `67${NB}%`
    });
    expect(() => intervalExample({intervals: []})).toThrow(/no row for 30 participants/);
  });

  test("the ranking: years with places, the strip with the selected kommuner, a sentence each, the places per year", () => {
    const c = resultatChoices(data, state({kommuner: ["2380", "0764"]}));
    expect(rankYears(data, c)).toEqual([2019, 2020, 2021, 2023]);
    const element = rankingSection(data, c, 2020, {width: 640});
    expect(element.querySelector(".kit-rank svg")!.getAttribute("aria-label")).toBe("Börjat arbeta eller studera 2020: Östersund och Alvesta bland 2 kommuner");
    expect(Array.from(element.querySelectorAll(".kit-rank-list li")).map((li) => li.textContent)).toEqual([
      "Östersund: värde saknas 2020",
      `Alvesta: 50${NB}%, plats 2 av 2 (högst värde = plats 1); högre värde än 0 % av övriga kommuner`
    ]);
    expect(element.textContent).toContain(
      "2020 hade Alvesta plats 2 av 2 kommuner med värde (plats 1 har det högsta värdet, vilket är bäst), percentil 25. 2 kommuner saknar värde det året."
    );
    expect(element.textContent).toContain(
      "Östersund saknar värde för 2020 och ingår inte i rangordningen av 2 kommuner med värde. 2 kommuner saknar värde det året."
    );
    expect(element.querySelector("figure")!.textContent).toContain("Median 55");
    const history = Array.from(element.querySelectorAll("details.kit-data tbody tr")).map((tr) => tr.textContent);
    expect(history.length).toBeGreaterThanOrEqual(8);
    const none = rankingSection(data, c, null);
    expect(none.textContent).toMatch(/^Saknas i ögonblicksbilden: ingen kommun har värden för U40455 2016–2025, så ingen placering kan visas\./);
    expect(none.querySelector("details summary")!.textContent).toBe("Visa placering och percentil per år");
  });
});

describe("Resultat vid avslut: swings", () => {
  // Shaped like Alvesta 2016–2023 in the snapshot, rounded (synthetic here).
  const alvesta = [58, 48, 37, 26, 12, 36, 55, 23].map((value, i) => ({year: 2016 + i, value}));
  test("lowest, highest and the largest change between consecutive years", () => {
    const s = swingSummary(alvesta)!;
    expect(s.min).toEqual({year: 2020, value: 12});
    expect(s.max).toEqual({year: 2016, value: 58});
    expect(s.spread).toBe(46);
    expect(s.largestChange).toEqual({from: 2022, to: 2023, change: -32});
    expect(swingSentence("Alvesta", s)).toBe(
      "Alvesta: mellan 12 % (2020) och 58 % (2016); största förändringen mellan två år i följd var −32 procentenheter (2022–2023)."
        .replace(/ %/g, "\u00a0%")
        .replace(/32 procent/, "32\u00a0procent")
    );
  });
  test("a gap is not a change: years apart are not compared; one value is no swing", () => {
    const s = swingSummary([
      {year: 2016, value: 10},
      {year: 2017, value: null},
      {year: 2018, value: 60},
      {year: 2019, value: 55}
    ])!;
    expect(s.largestChange).toEqual({from: 2018, to: 2019, change: -5});
    expect(
      swingSummary([
        {year: 2016, value: 10},
        {year: 2017, value: null}
      ])
    ).toBeNull();
    expect(swingSentence("X", null)).toBeNull();
    const noPairs = swingSummary([
      {year: 2016, value: 10},
      {year: 2018, value: 60}
    ])!;
    expect(noPairs.largestChange).toBeNull();
    expect(swingSentence("X", noPairs)).toBe("X: mellan 10\u00a0% (2016) och 60\u00a0% (2018).");
  });
  test("mostVolatile picks the largest spread; none when no series has two values", () => {
    const series = new Map([
      [
        "2380",
        [
          {year: 2016, value: 40},
          {year: 2017, value: 45}
        ]
      ],
      ["0764", alvesta]
    ]);
    expect(mostVolatile(series, ["2380", "0764"])?.id).toBe("0764");
    expect(mostVolatile(new Map([["2380", [{year: 2016, value: 40}]]]), ["2380", "1487"])).toBeNull();
  });
});

describe("Resultat vid avslut: counts, intervals and ranks in sentences", () => {
  const shares = (values: KoladaRow[], years: number[]) => resultShareRows(values, {kommuner: ["0764"], years}).filter((s) => s.gender === "T");
  test("countSentence: missing counts, a range of counts, years with few participants", () => {
    expect(countSentence("Alvesta", shares([row(SHARE, "0764", 2019, 20)], [2019]))).toMatch(/Alvesta: antalet avslutade deltagare \(N40450\) saknas/);
    const s = shares([row(SHARE, "0764", 2019, 25), row(COUNT, "0764", 2019, 20), row(SHARE, "0764", 2020, 50), row(COUNT, "0764", 2020, 1200)], [2019, 2020]);
    expect(countSentence("Alvesta", s)).toBe("Alvesta: 20–1\u00a0200 avslutade deltagare per år; färre än 30 år 2019, då andelen är osäker.");
    expect(countSentence("Alvesta", s.slice(1))).toBe("Alvesta: 1\u00a0200 avslutade deltagare per år.");
  });
  test("share with interval and the few-participants warning; missing parts said", () => {
    const one = (percent: number | null, n: number | null, year = 2019) => shares([row(SHARE, "0764", year, percent), row(COUNT, "0764", year, n)], [year])[0];
    expect(shareIntervalSentence("Alvesta", one(12, 25))).toBe(
      `Alvesta 2019: 12${NB}% av 25 deltagare (95${NB}% konfidensintervall 4,2–30${NB}%). Få deltagare (färre än 30): andelen är osäker och kan svänga mycket mellan år.`
    );
    expect(shareIntervalSentence("Vänersborg", one(40, 400, 2022))).toBe(
      `Vänersborg 2022: 40${NB}% av 400 deltagare (95${NB}% konfidensintervall 35,3–44,9${NB}%).`
    );
    expect(shareIntervalSentence("Alvesta", one(null, 25, 2020))).toBe("Alvesta 2020: uppgift saknas i ögonblicksbilden.");
    expect(shareIntervalSentence("Alvesta", one(30, null, 2020))).toBe(`Alvesta 2020: 30${NB}%; antalet deltagare saknas, så osäkerheten kan inte anges.`);
    expect(shareIntervalSentence("Alvesta", one(30, 0, 2020))).toBe(`Alvesta 2020: 30${NB}%, men inga deltagare avslutades enligt Kolada.`);
  });
  test("rank sentence with ties and missing kommuner", () => {
    const ranks = (kpi: string, values: [string, number | null][], other: [string, number][] = []) =>
      kpiRankRows([...values.map(([id, v]) => row(kpi, id, 2022, v)), ...other.map(([id, v]) => row(kpi, id, 2021, v))]).filter((r) => r.period === 2022);
    const r = ranks(SHARE, [
      ["0764", 55],
      ["1487", 40],
      ["1489", 40],
      ["2380", null],
      ["0114", 20]
    ]);
    expect(rankSentence({id: "0764", name: "Alvesta", year: 2022, rows: r})).toBe(
      "2022 hade Alvesta plats 1 av 4 kommuner med värde (plats 1 har det högsta värdet, vilket är bäst), percentil 88. 1 kommun saknar värde det året."
    );
    expect(rankSentence({id: "1487", name: "Vänersborg", year: 2022, rows: r})).toMatch(
      /^2022 hade Vänersborg delad plats 2 \(med 1 annan kommun\) av 4 kommuner med värde .*percentil 50\./
    );
    expect(rankSentence({id: "2380", name: "Östersund", year: 2022, rows: r})).toBe(
      "Östersund saknar värde för 2022 och ingår inte i rangordningen av 4 kommuner med värde. 1 kommun saknar värde det året."
    );
    expect(rankSentence({id: "2380", name: "Östersund", year: 2022, rows: []})).toBe("Ingen kommun har värde för 2022, så någon rangordning finns inte.");
    expect(
      rankSentence({
        id: "0764",
        name: "Alvesta",
        year: 2022,
        rows: ranks("N40011", [
          ["0764", 5],
          ["0114", 9]
        ])
      })
    ).toMatch(/plats 2 av 2 kommuner med värde \(plats 1 har det högsta värdet\), percentil 25\.$/);
    expect(
      rankSentence({
        id: "0764",
        name: "Alvesta",
        year: 2022,
        rows: ranks("N03927", [
          ["0764", 5],
          ["0114", 9]
        ])
      })
    ).toMatch(/plats 1 .*\(plats 1 har det lägsta värdet, vilket är bäst\)/);
  });
});

describe("Resultat vid avslut: audit figures beside Kolada", () => {
  const values = [row(SHARE, "2380", 2019, 41.9), row(SHARE, "1489", 2023, 19.7)];
  const rows = resultAuditFigureRows(REPORTS, CHECKS, values);
  const points = overlayPoints(rows.filter((r) => r.kpi === SHARE));
  test("one point per figure, the parts of a sum together (17 + 3), with both line ranges, status other_source", () => {
    expect(points.map((p) => [p.figures, p.area, p.status, p.koladaValue])).toEqual([
      ["F82", "2380", "matches", 41.9],
      ["F85", "G2328", "not_in_snapshot", null],
      ["F03+F04", "1489", "other_source", 19.7]
    ]);
    expect(points[0].lines).toEqual([[502, 502]]);
    expect(points[2]).toMatchObject({
      value: 20,
      printed: "17 procent + tre procent",
      note: "arbete + studier ur nämndens årsbokslut, summerade av oss"
    });
    expect(points[2].lines).toEqual([
      [706, 707],
      [706, 707]
    ]);
  });
  test("overlaySentence says the status in words for each case", () => {
    const [match, notIn, other] = points;
    expect(overlaySentence(match, "Östersund")).toBe("Östersund 2019: rapporten 42\u00a0%, Kolada i dag 41,9\u00a0% – stämmer på rapportens precision.");
    expect(overlaySentence(notIn, "Alla kommuner")).toMatch(/Kolada-värde saknas i ögonblicksbilden, så siffran kan inte kontrolleras ännu\.$/);
    expect(overlaySentence({...match, status: "revised", koladaValue: 45}, "Östersund")).toMatch(/avviker \(\+3\u00a0procentenheter\)/);
    expect(overlaySentence(other, "Alingsås")).toMatch(
      /^Alingsås 2023: rapporten 20\u00a0% \(17 procent \+ tre procent, arbete \+ studier ur nämndens årsbokslut, summerade av oss\); Kolada i dag 19,7\u00a0%\. Annan källa/
    );
    expect(overlaySentence({...other, koladaValue: null}, "Alingsås")).toMatch(/; Koladas värde saknas\. Annan källa/);
  });
  test("the section: the reports of the selected kommuner, the sums named in the source note, one sentence per figure in the years", () => {
    const data = pageData(values);
    const all = auditSection(data, resultatChoices(data, state()), {width: 700});
    expect(all.querySelectorAll(".audit-overlay svg")).toHaveLength(3);
    expect(all.querySelector(".kit-note")!.textContent).toBe(
      "Symbolens form visar kontrollen mot Kolada (se teckenförklaringen). Kontrollen görs på den precision rapporten tryckte; Alingsås summa av arbete och studier är egen beräkning. Granskningarnas siffror gäller totalt, oavsett valt kön."
    );
    expect(all.querySelectorAll(".overlay-sentences li")).toHaveLength(3);
    expect(all.querySelector(".kit-source p.source")!.textContent).toContain("Källa: Östersund, ”Granskning”, Revisionskontoret (2022), rader 502–503.");
    const ostersund = auditSection(data, resultatChoices(data, state({kommuner: ["2380"], from: 2020})));
    expect(ostersund.querySelector(".kit-note")!.textContent).toContain("Kontrollen görs på den precision rapporten tryckte. Granskningarnas");
    expect(ostersund.querySelectorAll(".overlay-sentences li")).toHaveLength(0);
    expect(ostersund.textContent).toContain("Inga siffror ur granskningarna för 2020–2025 bland de valda kommunerna.");
  });
});
