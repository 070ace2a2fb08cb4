// @vitest-environment jsdom
// Logic of the pages Översikt and Resultat vid avslut: audit one-liners, freshness, composition
// rows, shares with Wilson intervals, swings, audit figures beside Kolada, the rank-year URL
// parameter and the frame keeping page parameters. Values are synthetic unless said otherwise.
import {describe, expect, test} from "vitest";
import {auditSummaries, auditorText, firstSentence, freshnessRows, publicationText, PUBLICATION_UNKNOWN, type ReportMetaRow, type SnapshotInfo} from "../../../components/sections/overview.js";
import {
  compositionRows, countSentence, mostVolatile, overlayFromCrossCheck, overlayFromOtherSource, overlaySentence, sharesWithIntervals,
  swingSentence, swingSummary, type CrossCheckArrowRow, type KoladaValueRow, type ReportFigureRow
} from "../../../components/sections/resultat.js";
import {auditOverlay, STATUS_SYMBOLS} from "../../../components/kit/auditOverlay.js";
import {readRankYear, replaceParam, RANK_YEAR_PARAM} from "../../../components/frame/pageParam.js";
import {withExtraParams, decodeState} from "../../../components/frame/pageState.js";
import {frameInputs} from "../../../components/frame/frameInputs.js";
import {tableOf} from "../../../components/kit/chartKit.js";
import {wilsonIntervalFromPercent} from "../../../components/sections/stats.js";
import {trendChart} from "../../../components/kit/trendChart.js";
import {stacked100} from "../../../components/kit/stacked100.js";
import {COMPOSITION_KPIS} from "../../../components/sections/resultat.js";
import {catalogueFixture as catalogue} from "../../fixtures/catalogue.js";
import {snapshotInfo} from "../../../loaders/kolada/snapshotInfo.js";

const meta = (over: Partial<ReportMetaRow>): ReportMetaRow => ({
  report: "x-2020", kommun: "1487", kommun_name: "Vänersborg", document: "rapport", title: "T", auditor: "KPMG",
  date: "2020-01-01", conclusion: "Vår bedömning är att det delvis fungerar. Mer text.", conclusion_line_from: 10, conclusion_line_to: 12, ...over
});

describe("Översikt: audit one-liners", () => {
  test("firstSentence stops at a sentence end before a capital, not at abbreviations or section numbers", () => {
    expect(firstSentence("Vår bedömning är att det fungerar. Det grundar vi på x.")).toBe("Vår bedömning är att det fungerar.");
    expect(firstSentence("Nämnden har bl.a. en plan enligt avsnitt 3.8.1 och mål. Vidare saknas")).toBe("Nämnden har bl.a. en plan enligt avsnitt 3.8.1 och mål.");
    expect(firstSentence("  Ingen punkt alls\n här ")).toBe("Ingen punkt alls här");
    expect(firstSentence("Fråga? Ändå svar.")).toBe("Fråga?");
  });

  test("auditSummaries leaves out cover letters, orders by the catalogue's kommuner, links relatively", () => {
    const rows = [
      meta({report: "alvesta-2018", kommun: "0764", kommun_name: "Alvesta", date: "2018-02-22"}),
      meta({report: "vanersborg-2022-missiv", document: "missiv", date: "2022-09-27"}),
      meta({report: "vanersborg-2022", date: "2022-09-15", conclusion_line_to: null}),
      meta({report: "ostersund-2022", kommun: "2380", kommun_name: "Östersund", date: "2022"})
    ];
    const out = auditSummaries(rows, ["1487", "1489", "2380", "0764"]);
    expect(out.map((a) => a.report)).toEqual(["vanersborg-2022", "ostersund-2022", "alvesta-2018"]);
    expect(out[0]).toMatchObject({year: 2022, line: "Vår bedömning är att det delvis fungerar.", lineFrom: 10, lineTo: 10, href: "./granskningar/vanersborg-2022"});
    expect(out[1].year).toBe(2022);
    expect(() => auditSummaries([meta({date: "okänt"})])).toThrow(/x-2020.*okänt/);
  });

  test("an auditor the report does not name is said so, not shown as a bracketed note", () => {
    expect(auditorText("[not named in the text]")).toBe("granskaren anges inte i rapporten");
    expect(auditorText("KPMG AB")).toBe("KPMG AB");
  });
});

describe("Översikt: data freshness", () => {
  const info: SnapshotInfo = {
    fetched_at: "2026-11-22T00:00:00.000Z", snapshot_date: "2026-11-22", provenance_summary: "test",
    rows_per_kpi: {U40455: 3}, years_per_kpi: {U40455: {from: 2016, to: 2023}}
  };
  test("missing publication dates say they come with the next refresh", () => {
    expect(publicationText({publication_date: null, prel_publication_date: null}, "2026-11-22")).toBe(PUBLICATION_UNKNOWN);
    expect(PUBLICATION_UNKNOWN).toBe("Publiceringsdatum hämtas vid nästa datauppdatering");
  });
  test("dates after the snapshot are expected, earlier ones were published", () => {
    expect(publicationText({publication_date: "2027-03-26", prel_publication_date: null}, "2026-11-22")).toBe("Slutliga värden väntas 26 mars 2027");
    expect(publicationText({publication_date: "2026-03-26", prel_publication_date: "2026-12-01T00:00:00"}, "2026-11-22"))
      .toBe("Preliminära värden väntas 1 december 2026; slutliga värden publicerades 26 mars 2026");
  });
  test("freshnessRows: years held per KPI, none yet, unknown KPI is an error", () => {
    const kpis = [
      {id: "U40455", label: "Börjat arbeta eller studera", publication_date: null, prel_publication_date: null},
      {id: "N40011", label: "Nettokostnad", publication_date: "2027-05-01", prel_publication_date: null}
    ];
    expect(freshnessRows(["N40011", "U40455"], kpis, info)).toEqual([
      {id: "N40011", label: "Nettokostnad", years: "inga värden ännu", publication: "Slutliga värden väntas 1 maj 2027"},
      {id: "U40455", label: "Börjat arbeta eller studera", years: "2016–2023", publication: PUBLICATION_UNKNOWN}
    ]);
    expect(() => freshnessRows(["X00000"], kpis, info)).toThrow(/X00000/);
  });
  test("snapshotInfo reads the committed snapshot: its date and the years of U40455 (real data)", () => {
    const s = snapshotInfo();
    expect(s.snapshot_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.fetched_at.startsWith(s.snapshot_date)).toBe(true);
    expect(s.years_per_kpi.U40455).toEqual({from: 2016, to: 2023});
    expect(s.rows_per_kpi.U40455).toBeGreaterThan(0);
  });
});

const row = (kpi: string, municipality: string, period: number, value: number | null, gender = "T"): KoladaValueRow => ({kpi, municipality, period, gender, value});

describe("Resultat vid avslut: composition and intervals", () => {
  test("compositionRows keeps the selected kommuner, years and gender, in page and category order, nulls as null", () => {
    const rows = [
      row("U40409", "0764", 2020, 10), row("U40406", "0764", 2020, 20), row("U40406", "1487", 2020, null),
      row("U40406", "2380", 2020, 30), row("U40406", "0764", 2015, 5), row("U40406", "0764", 2020, 99, "K"), row("U40455", "0764", 2020, 30)
    ];
    expect(compositionRows(rows, {areas: ["1487", "0764"], from: 2016, to: 2025, gender: "T"})).toEqual([
      {area: "1487", year: 2020, category: "U40406", value: null},
      {area: "0764", year: 2020, category: "U40406", value: 20},
      {area: "0764", year: 2020, category: "U40409", value: 10}
    ]);
  });

  test("sharesWithIntervals: Wilson interval where N40450 exists, none where it is missing or 0; few participants flagged", () => {
    const rows = [row("U40455", "0764", 2019, 25), row("N40450", "0764", 2019, 20), row("U40455", "0764", 2020, 50), row("N40450", "0764", 2020, 200),
      row("U40455", "0764", 2021, 40), row("N40450", "0764", 2022, 0), row("U40455", "0764", 2022, 0)];
    const out = sharesWithIntervals(rows, {areas: ["0764"], from: 2019, to: 2023, gender: "T"});
    expect(out.map((s) => s.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    const w = wilsonIntervalFromPercent(25, 20)!;
    expect(out[0]).toMatchObject({share: 25, n: 20, lower: w.lower, upper: w.upper, stability: "few"});
    expect(out[1].stability).toBe("stable");
    expect(out[1].upper! - out[1].lower!).toBeLessThan(out[0].upper! - out[0].lower!);
    expect(out[2]).toMatchObject({share: 40, n: null, lower: null, upper: null, stability: "unknown"});
    expect(out[3]).toMatchObject({share: 0, n: 0, lower: null, upper: null});
    expect(out[4]).toMatchObject({share: null, n: null, lower: null});
  });

  test("countSentence: missing counts, a range of counts, years with few participants", () => {
    expect(countSentence("Alvesta", [{area: "0764", year: 2019, share: 20, n: null, lower: null, upper: null, stability: "unknown"}])).toMatch(/Alvesta: antalet avslutade deltagare \(N40450\) saknas/);
    const s = sharesWithIntervals([row("U40455", "0764", 2019, 25), row("N40450", "0764", 2019, 20), row("U40455", "0764", 2020, 50), row("N40450", "0764", 2020, 1200)], {areas: ["0764"], from: 2019, to: 2020, gender: "T"});
    expect(countSentence("Alvesta", s)).toBe("Alvesta: 20–1\u00a0200 avslutade deltagare per år; färre än 30 år 2019, då andelen är osäker.");
    expect(countSentence("Alvesta", s.slice(1))).toBe("Alvesta: 1\u00a0200 avslutade deltagare per år.");
  });
});

describe("Resultat vid avslut: the page's charts once Kolada has the counts and categories (synthetic)", () => {
  const rows = [
    row("U40455", "0764", 2019, 25), row("N40450", "0764", 2019, 20), row("U40455", "0764", 2020, 50), row("N40450", "0764", 2020, 40),
    ...COMPOSITION_KPIS.map((k, i) => row(k, "0764", 2020, [30, 20, 10, 25, 15][i]))
  ];
  test("the trend gets a Wilson band where N40450 exists, and its table the bounds", () => {
    const shares = sharesWithIntervals(rows, {areas: ["0764"], from: 2019, to: 2021, gender: "T"});
    const chart = trendChart(shares.map((s) => ({area: s.area, year: s.year, value: s.share, low: s.lower, high: s.upper})), {title: "Börjat arbeta eller studera", unit: "procent", band: true, bandLabel: "95 % konfidensintervall"});
    expect(chart.querySelector("[data-mark='area'] path")).toBeTruthy();
    expect(chart.getAttribute("aria-description")).toContain("Det skuggade bandet visar 95 % konfidensintervall");
    const t = tableOf(chart)!;
    expect(t.columns.map((c) => c.key)).toContain("nedre");
    const w = wilsonIntervalFromPercent(50, 40)!;
    expect(t.rows.find((r) => r.ar === 2020)).toMatchObject({varde: 50, nedre: w.lower, ovre: w.upper});
    expect(t.rows.find((r) => r.ar === 2021)).toMatchObject({varde: null, nedre: null, ovre: null});
  });
  test("the A–E composition draws one bar per kommun and year with values", () => {
    const chart = stacked100(compositionRows(rows, {areas: ["0764"], from: 2016, to: 2025, gender: "T"}), {
      title: "Avslut efter kategori", categories: COMPOSITION_KPIS.map((id) => ({id, label: id}))
    });
    expect(chart.querySelectorAll("[data-mark='bar'] rect")).toHaveLength(5);
    expect(tableOf(chart)!.rows).toHaveLength(5);
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
    expect(swingSentence("Alvesta", s)).toBe("Alvesta: mellan 12 % (2020) och 58 % (2016); största förändringen mellan två år i följd var −32 procentenheter (2022–2023).".replace(/ %/g, "\u00a0%").replace(/32 procent/, "32\u00a0procent"));
  });
  test("a gap is not a change: years apart are not compared; one value is no swing", () => {
    const s = swingSummary([{year: 2016, value: 10}, {year: 2017, value: null}, {year: 2018, value: 60}, {year: 2019, value: 55}])!;
    expect(s.largestChange).toEqual({from: 2018, to: 2019, change: -5});
    expect(swingSummary([{year: 2016, value: 10}, {year: 2017, value: null}])).toBeNull();
    expect(swingSentence("X", null)).toBeNull();
    const noPairs = swingSummary([{year: 2016, value: 10}, {year: 2018, value: 60}])!;
    expect(noPairs.largestChange).toBeNull();
    expect(swingSentence("X", noPairs)).toBe("X: mellan 10\u00a0% (2016) och 60\u00a0% (2018).");
  });
  test("mostVolatile picks the largest spread; none when no series has two values", () => {
    const series = new Map([["2380", [{year: 2016, value: 40}, {year: 2017, value: 45}]], ["0764", alvesta]]);
    expect(mostVolatile(series, ["2380", "0764"])?.id).toBe("0764");
    expect(mostVolatile(new Map([["2380", [{year: 2016, value: 40}]]]), ["2380", "1487"])).toBeNull();
  });
});

const fig = (over: Partial<ReportFigureRow>): ReportFigureRow => ({
  report: "ostersund-2022", id: "F82", table: "T2", indicator: "Resultat", kpi: "U40455", unit: "procent", area: "Östersunds kommun", area_id: "2380",
  year: 2019, value: 42, printed: "42", kind: "observed", line_from: 502, line_to: 502, note: null, ...over
});

describe("Resultat vid avslut: audit figures beside Kolada", () => {
  const figures = [
    fig({}), fig({id: "F85", area: "Alla kommuner (ovägt medel)", area_id: "G2328", line_from: 503, line_to: 503}),
    fig({id: "F109", table: null}), fig({id: "F04x", kind: "target"}),
    fig({report: "alingsas-2024", id: "F03", table: null, kpi: null, area: "Alingsås kommun", area_id: "1489", year: 2023, value: 17, printed: "17 procent", line_from: 706, line_to: 707}),
    fig({report: "alingsas-2024", id: "F04", table: null, kpi: null, area: "Alingsås kommun", area_id: "1489", year: 2023, value: 3, printed: "tre procent", line_from: 706, line_to: 707})
  ];
  const checks: CrossCheckArrowRow[] = [
    {report: "ostersund-2022", figure_id: "F82", kolada_value: 41.9, status: "matches"},
    {report: "ostersund-2022", figure_id: "F85", kolada_value: null, status: "not_in_snapshot"},
    {report: "ostersund-2022", figure_id: "F109", kolada_value: 41.9, status: "matches"}
  ];
  test("overlayFromCrossCheck: the table's observed figures with their status; a figure without a check row is an error", () => {
    const points = overlayFromCrossCheck(figures, checks, {report: "ostersund-2022", kpi: "U40455", tables: ["T2"]});
    expect(points.map((p) => [p.figures, p.area, p.status, p.koladaValue])).toEqual([["F82", "2380", "matches", 41.9], ["F85", "G2328", "not_in_snapshot", null]]);
    expect(points[0].lines).toEqual([[502, 502]]);
    expect(() => overlayFromCrossCheck(figures, checks.slice(1), {report: "ostersund-2022", kpi: "U40455"})).toThrow(/F82/);
    expect(() => overlayFromCrossCheck(figures, [...checks.slice(0, 2), {...checks[2], status: "odd"}], {report: "ostersund-2022", kpi: "U40455"})).toThrow(/odd/);
  });
  test("overlayFromOtherSource sums the printed parts (Alingsås 17 + 3), keeps both line ranges, status other_source", () => {
    const p = overlayFromOtherSource(figures, {report: "alingsas-2024", ids: ["F03", "F04"], note: "årsbokslut"})!;
    expect(p).toMatchObject({figures: "F03+F04", area: "1489", year: 2023, value: 20, printed: "17 procent + tre procent", status: "other_source", koladaValue: null});
    expect(p.lines).toEqual([[706, 707], [706, 707]]);
    expect(() => overlayFromOtherSource(figures, {report: "alingsas-2024", ids: ["F03", "F99"], note: ""})).toThrow(/F99/);
    expect(overlayFromOtherSource([...figures.slice(0, 4), {...figures[4], value: null}, figures[5]], {report: "alingsas-2024", ids: ["F03", "F04"], note: ""})).toBeNull();
  });
  test("overlaySentence says the status in words for each case", () => {
    const [match, notIn] = overlayFromCrossCheck(figures, checks, {report: "ostersund-2022", kpi: "U40455", tables: ["T2"]});
    expect(overlaySentence(match, null, "Östersund")).toBe("Östersund 2019: rapporten 42\u00a0%, Kolada i dag 41,9\u00a0% – stämmer på rapportens precision.");
    expect(overlaySentence(notIn, null, "Alla kommuner")).toMatch(/Kolada-värde saknas i ögonblicksbilden, så siffran kan inte kontrolleras ännu\.$/);
    expect(overlaySentence({...match, status: "revised", koladaValue: 45}, null, "Östersund")).toMatch(/avviker \(\+3\u00a0procentenheter\)/);
    const other = overlayFromOtherSource(figures, {report: "alingsas-2024", ids: ["F03", "F04"], note: "årsbokslut"})!;
    expect(overlaySentence(other, 19.7, "Alingsås")).toMatch(/^Alingsås 2023: rapporten 20\u00a0% \(17 procent \+ tre procent, årsbokslut\); Kolada i dag 19,7\u00a0%\. Annan källa/);
  });
  test("auditOverlay: one panel per area, shape by status, table with status words, empty state outside the years", () => {
    const points = [...overlayFromCrossCheck(figures, checks, {report: "ostersund-2022", kpi: "U40455", tables: ["T2"]}), overlayFromOtherSource(figures, {report: "alingsas-2024", ids: ["F03", "F04"], note: "x"})!];
    const kolada = [{area: "2380", year: 2019, value: 41.9}, {area: "2380", year: 2020, value: null}, {area: "1489", year: 2023, value: 19.7}];
    const el = auditOverlay(points, kolada, {title: "Börjat arbeta eller studera", unit: "procent", from: 2016, to: 2023, width: 700});
    const svgs = el.querySelectorAll("svg");
    expect(svgs.length).toBe(3);
    expect(svgs[0].getAttribute("aria-label")).toMatch(/Östersund/);
    expect(Array.from(el.querySelectorAll(".audit-overlay-title")).map((p) => p.textContent)).toEqual(["Östersund, andel (%)", "Alla kommuner (ovägt medel), andel (%)", "Alingsås, andel (%)"]);
    expect(Array.from(svgs[0].querySelectorAll("text")).map((t) => t.textContent)).toContain("42");
    expect(svgs[0].getAttribute("aria-description")).toMatch(/Rapporten 2019: 42\u00a0% \(stämmer med Kolada\)\. Kolada: 2019 41,9\u00a0%/);
    expect(svgs[1].getAttribute("aria-description")).toMatch(/Kolada: inga värden i ögonblicksbilden/);
    expect(el.querySelectorAll("g[aria-label]").length).toBe(0);
    expect(el.textContent).toContain(`${STATUS_SYMBOLS.matches.glyph} Rapportens siffra, stämmer med Kolada`);
    expect(el.textContent).toContain(STATUS_SYMBOLS.other_source.glyph);
    expect(el.textContent).not.toContain(STATUS_SYMBOLS.revised.glyph);
    const table = tableOf(el)!;
    expect(table.rows.map((r) => [r.ar, r.rapportvarde, r.kolada, r.rader])).toEqual([[2019, 42, 41.9, "502"], [2019, 42, null, "503"], [2023, 20, null, "706–707, 706–707"]]);
    const narrow = auditOverlay(points, kolada, {title: "X", unit: "procent", from: 2016, to: 2020});
    expect(narrow.querySelectorAll("svg").length).toBe(2);
    expect(narrow.textContent).toContain("Utanför de valda åren och därför inte visade: Alingsås kommun 2023.");
    const none = auditOverlay(points, kolada, {title: "X", unit: "procent", from: 2016, to: 2017});
    expect(none.className).toBe("chart-empty");
    expect(none.textContent).toBe("Inga siffror ur granskningarna för 2016–2017 bland de valda kommunerna.");
  });
});

describe("URL: the page's own parameter beside the frame's", () => {
  test("readRankYear: default latest, a valid year, notes for an unknown or malformed year", () => {
    expect(readRankYear("", [2019, 2023, 2021])).toEqual({year: 2023, note: null});
    expect(readRankYear("?rankar=2019", [2019, 2023])).toEqual({year: 2019, note: null});
    expect(readRankYear("?rankar=2012", [2019, 2023])).toEqual({year: 2023, note: "Året 2012 för placeringen i länken har inga värden att rangordna bland de valda åren – visar 2023."});
    expect(readRankYear("rankar=<b>x</b>", [2019])).toEqual({year: 2019, note: "Året <b>x</b> för placeringen i länken är inget årtal – visar 2019."});
    expect(readRankYear("?rankar=2019", [])).toEqual({year: null, note: "Året 2019 för placeringen i länken ignoreras: inga år med värden att rangordna."});
    expect(readRankYear("", [])).toEqual({year: null, note: null});
  });
  test("replaceParam sets and removes one parameter, keeping the others and the hash", () => {
    window.history.replaceState(null, "", "/resultat-vid-avslut?kommuner=0764#placering");
    replaceParam(window, RANK_YEAR_PARAM, "2019", "2023");
    expect(window.location.search).toBe("?kommuner=0764&rankar=2019");
    expect(window.location.hash).toBe("#placering");
    replaceParam(window, RANK_YEAR_PARAM, "2023", "2023");
    expect(window.location.search).toBe("?kommuner=0764");
  });
  test("withExtraParams keeps the page's parameters when the frame rewrites the query", () => {
    expect(withExtraParams("?jamfor=0000", "?kommuner=0764&rankar=2019&x=1", ["rankar"])).toBe("?jamfor=0000&rankar=2019");
    expect(withExtraParams("", "?rankar=2019", ["rankar"])).toBe("?rankar=2019");
    expect(withExtraParams("?fran=2018", "?rankar=2019", [])).toBe("?fran=2018");
    expect(withExtraParams("", "", ["rankar"])).toBe("");
  });
  test("the frame inputs keep a page parameter on change, and decodeState does not call it unknown", () => {
    window.history.replaceState(null, "", "/resultat-vid-avslut?rankar=2019");
    expect(decodeState(window.location.search, catalogue, {extraParams: [RANK_YEAR_PARAM]}).notes).toEqual([]);
    const el = frameInputs({catalogue, kpis: ["U40455"], extraParams: [RANK_YEAR_PARAM]});
    document.body.append(el);
    const riket = Array.from(el.querySelectorAll("label")).find((l) => l.textContent?.trim() === "Riket")!.querySelector("input")!;
    riket.checked = true;
    riket.dispatchEvent(new Event("input", {bubbles: true}));
    expect(window.location.search).toBe("?jamfor=0000&rankar=2019");
    el.remove();
  });
});
