// @vitest-environment jsdom
// Charting kit: rankStrip, kpiCard, dumbbell, stacked100, ageProfile. All values synthetic.
import {ADDED_KOMMUN_STYLE} from "../../../components/kit/colors.js";
import {describe, expect, test} from "vitest";
import {kommunOf} from "../../../model/catalogue.js";
import {rankStrip, type RankedValue} from "../../../components/kit/rankStrip.js";
import {kpiCard} from "../../../components/kit/kpiCard.js";
import {dumbbell} from "../../../components/kit/dumbbell.js";
import {stacked100, type ShareRow} from "../../../components/kit/stacked100.js";
import {ageProfile} from "../../../components/kit/ageProfile.js";
import {tableOf} from "../../../components/kit/chartKit.js";
import {csvFromTable} from "../../../components/kit/download.js";

const csvLines = (el: Element) =>
  csvFromTable(tableOf(el)!)
    .replace(/^\ufeff/, "")
    .trim()
    .split("\r\n");

describe("rankStrip", () => {
  // 20 synthetic kommuner 10, 12, …, 48 with their ranks and shares below (as kpi_ranks gives them);
  // 2380 = 48 (highest), 1487 = 20; one null. The median of the values is 29.
  const data: RankedValue[] = Array.from({length: 20}, (_, i) => ({
    area: String(1000 + i),
    value: 10 + 2 * i,
    rank: 20 - i,
    lowerShare: (100 * i) / 19
  }));
  data[19].area = "2380";
  data[5].area = "1487";
  data.push({area: "0764", value: null, rank: null, lowerShare: null});
  const year = {title: "T", unit: "procent" as const, year: 2022, median: 29};

  test("draws the ranks it is given; the direction names place 1", () => {
    const items = (direction?: "lower") =>
      Array.from(rankStrip(data, {...year, highlight: ["2380", "1487"], direction}).querySelectorAll(".kit-rank-list li")).map((li) => li.textContent);
    expect(items()[1]).toMatch(/^Vänersborg: 20\u00a0%, plats 15 av 20 \(högst värde = plats 1\); högre värde än 26 % av övriga kommuner$/);
    expect(items("lower")[0]).toMatch(/\(lägst värde = plats 1\)/);
  });

  test("highlighted kommuner drawn and labelled in their colours, median marked, rank text, ARIA", () => {
    const el = rankStrip(data, {
      title: "Börjat arbeta eller studera",
      unit: "procent",
      year: 2022,
      median: 29,
      highlight: ["2380", "1487", "0764"],
      width: 640
    });
    const svg = el.querySelector("svg")!;
    expect(svg.querySelectorAll("[data-mark='tick'] line")).toHaveLength(18); // the others
    const texts = Array.from(svg.querySelectorAll("[data-mark='text'] text")).map((t) => t.textContent);
    expect(texts).toContain("Median 29\u00a0%");
    expect(texts).toContain("Östersund 48\u00a0%");
    expect(texts).toContain("Vänersborg 20\u00a0%");
    expect(svg.innerHTML).toContain(kommunOf("2380")!.color);
    const items = Array.from(el.querySelectorAll(".kit-rank-list li")).map((li) => li.textContent);
    expect(items[0]).toMatch(/^Östersund: 48\u00a0%, plats 1 av 20.*högre värde än 100 % av övriga kommuner/);
    expect(items[2]).toBe("Alvesta: värde saknas 2022");
    const desc = svg.getAttribute("aria-description")!;
    expect(desc).toMatch(/2022 för 20 kommuner/);
    expect(desc).toMatch(/Östersund.*Vänersborg.*Alvesta/);
    const ticks = Array.from(svg.querySelectorAll("[data-mark='x-axis tick label'] text")).map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.every((t) => /^[\d\u00a0,]+$/.test(t ?? ""))).toBe(true);
  });

  test("CSV holds exactly the plotted rows: every kommun with a value, ranked", () => {
    const lines = csvLines(rankStrip(data, {...year, highlight: ["2380"]}));
    expect(lines[0]).toBe("Kommun,Kommunkod,Värde (%),Plats (antal)");
    expect(lines).toHaveLength(21); // 20 values; the null (Alvesta) is not plotted
    expect(lines[1]).toBe("Östersund,2380,48,1");
  });

  test("bad input gives an explicit empty-state message", () => {
    expect(rankStrip([], {...year, highlight: []}).textContent).toMatch(/Inga uppgifter/);
    expect(
      rankStrip(
        data.map((d) => ({...d, value: null, rank: null, lowerShare: null})),
        {...year, highlight: ["2380"]}
      ).textContent
    ).toMatch(/alla värden saknas/);
    const u = rankStrip(data, {...year, highlight: ["9999"]});
    expect(u.className).toBe("chart-empty");
    expect(u.textContent).toMatch(/Okänd kommun.*9999/);
  });
});

describe("kpiCard", () => {
  const series = [
    {area: "2380", year: 2020, value: 40},
    {area: "2380", year: 2021, value: 42.5},
    {area: "2380", year: 2022, value: 39.25},
    {area: "1487", year: 2022, value: 10}
  ];
  // As kpi_latest gives it: 2022, 39,25 %, 3,25 points below 2021, place 2 of 3 kommuner with a value.
  const latest = {year: 2022, value: 39.25, change: 39.25 - 42.5, rank: 2, of: 3};
  test("latest value and year, change in procentenheter, rank, sparkline, ARIA", () => {
    const el = kpiCard(series, {title: "Börjat arbeta eller studera", unit: "procent", area: "2380", latest});
    expect(el.querySelector(".kit-kpi-value")!.textContent).toBe("39,3\u00a0% (2022)");
    expect(el.querySelector(".kit-kpi-change")!.textContent).toBe("\u22123,3\u00a0procentenheter jämfört med 2021");
    expect(el.querySelector(".kit-kpi-rank")!.textContent).toMatch(/^Plats 2 av 3 kommuner 2022/);
    expect(el.querySelector("svg [data-mark='line']")).toBeTruthy();
    expect(el.getAttribute("aria-label")).toBe("Börjat arbeta eller studera, Östersund: 39,3\u00a0% år 2022");
    expect(el.getAttribute("aria-description")).toMatch(/2020–2022: 2020 40\u00a0%, 2021 42,5\u00a0%, 2022 39,3\u00a0%/);
    expect(csvLines(el)).toEqual(["Område,År,Värde (%)", "Östersund,2020,40", "Östersund,2021,42.5", "Östersund,2022,39.25"]);
  });
  test("a missing previous year says so; the last non-null value is the latest; a gap in the sparkline", () => {
    const el = kpiCard(
      [
        {area: "0764", year: 2020, value: 1200},
        {area: "0764", year: 2021, value: null},
        {area: "0764", year: 2022, value: 1500},
        {area: "0764", year: 2023, value: null}
      ],
      {
        title: "Nettokostnad",
        unit: "kr/inv",
        area: "0764",
        latest: {year: 2022, value: 1500, change: null, rank: null, of: null}
      }
    );
    expect(el.querySelector(".kit-kpi-value")!.textContent).toBe("1\u00a0500\u00a0kr/inv (2022)");
    expect(el.querySelector(".kit-kpi-change")!.textContent).toBe("Ingen jämförelse: värde saknas för 2021");
    expect(el.querySelector("svg [data-mark='line'] path")!.getAttribute("d")!.match(/M/g)).toHaveLength(2);
  });
  test("bad input", () => {
    expect(kpiCard([], {title: "T", unit: "procent", area: "2380", latest}).textContent).toMatch(/Inga uppgifter/);
    expect(kpiCard(series, {title: "T", unit: "procent", area: "9999", latest}).textContent).toMatch(/Okänd kommun.*9999/);
    expect(
      kpiCard(
        series.map((d) => ({...d, value: null})),
        {title: "T", unit: "procent", area: "2380", latest: null}
      ).textContent
    ).toMatch(/alla värden saknas/);
    expect(kpiCard(series, {title: "T", unit: "procent", area: "2380", latest, direction: "lower"}).querySelector(".kit-kpi-rank")!.textContent).toMatch(
      /lägst värde = plats 1/
    );
  });
});

describe("dumbbell", () => {
  const data = [
    {area: "2380", fromYear: 2020, fromValue: 723, toYear: 2023, toValue: 1010},
    {area: "G2328", fromYear: 2020, fromValue: 485, toYear: 2023, toValue: null}
  ];
  test("two dots per area with years, link only where both exist, ARIA names areas and years", () => {
    const el = dumbbell(data, {title: "Nettokostnad arbetsmarknadsåtgärder", unit: "kr/inv", width: 600});
    expect(el.querySelectorAll("[data-mark='dot'] circle")).toHaveLength(3);
    expect(el.querySelectorAll("[data-mark='link'] > path")).toHaveLength(1);
    const texts = Array.from(el.querySelectorAll("[data-mark='text'] text")).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["2020: 723\u00a0kr/inv", "2023: 1\u00a0010\u00a0kr/inv", "2020: 485\u00a0kr/inv"]));
    const desc = el.getAttribute("aria-description")!;
    expect(desc).toMatch(/Östersund: i granskningen 723\u00a0kr\/inv \(2020\), senaste värde 1\u00a0010\u00a0kr\/inv \(2023\)/);
    expect(desc).toMatch(/Alla kommuner \(ovägt medel\).*senaste värde – \(2023\)/);
    expect(csvLines(el)).toEqual([
      'Område,"I granskningen, år",I granskningen (kr/inv),"Senaste värde, år",Senaste värde (kr/inv)',
      "Östersund,2020,723,2023,1010",
      "Alla kommuner (ovägt medel),2020,485,2023,"
    ]);
  });
  test("narrow: area names move above the rows, values keep their labels", () => {
    const el = dumbbell(data, {title: "Nettokostnad", unit: "kr/inv", width: 360});
    expect(el.querySelector("[data-mark='y-axis tick label']")).toBeNull();
    const texts = Array.from(el.querySelectorAll("[data-mark='text'] text")).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Östersund", "Alla kommuner (ovägt medel)", "2020: 723\u00a0kr/inv"]));
  });
  test("bad input", () => {
    expect(dumbbell([], {title: "T", unit: "kr/inv"}).textContent).toMatch(/Inga uppgifter/);
    expect(dumbbell(data, {title: "T", unit: "kr/inv", areas: ["0999"]}).textContent).toMatch(/Okänd kommun.*0999/);
    expect(
      dumbbell(
        data.map((d) => ({...d, fromValue: null, toValue: null})),
        {title: "T", unit: "kr/inv"}
      ).textContent
    ).toMatch(/alla värden saknas/);
  });
});

describe("stacked100", () => {
  const categories = [
    {id: "A", label: "A. Börjat arbeta"},
    {id: "B", label: "B. Börjat studera"},
    {id: "E", label: "E. Övrigt"}
  ];
  const data: ShareRow[] = [
    {area: "1489", year: 2022, category: "A", value: 30},
    {area: "1489", year: 2022, category: "B", value: 20},
    {area: "1489", year: 2022, category: "E", value: 50},
    {area: "1487", year: 2022, category: "A", value: 40},
    {area: "1487", year: 2022, category: "B", value: 17.5},
    {area: "1487", year: 2022, category: "E", value: null},
    {area: "1487", year: 2021, category: "A", value: null}
  ];
  test("one bar per kommun and year, Swedish category labels, a note where shares do not sum to 100", () => {
    const el = stacked100(data, {title: "Resultat vid avslut", categories, width: 640});
    expect(el.querySelectorAll("[data-mark='bar'] rect")).toHaveLength(5);
    expect(el.querySelector(".kit-legend")!.textContent).toContain("B. Börjat studera");
    const yt = Array.from(el.querySelectorAll("[data-mark='y-axis tick label'] text")).map((t) => t.textContent);
    expect(yt).toEqual(["Alingsås 2022", "Vänersborg 2022"]);
    const notes = Array.from(el.querySelectorAll(".kit-note")).map((p) => p.textContent);
    expect(notes).toEqual([
      "Andelarna summerar inte till 100 %: Vänersborg 2022 57,5\u00a0% (saknar E. Övrigt).",
      "Värden saknas helt för Vänersborg 2021, som därför inte visas."
    ]);
    const inBars = Array.from(el.querySelectorAll("[data-mark='text'] text")).map((t) => t.textContent);
    expect(inBars).toContain("50\u00a0%");
    expect(inBars).toContain("∑ 57,5\u00a0%");
    expect(el.querySelector("svg")!.getAttribute("aria-description")).toMatch(/Alingsås 2022: A. Börjat arbeta 30\u00a0%/);
    expect(csvLines(el)).toHaveLength(7);
    expect(csvLines(el)).toContain("Vänersborg,2022,E. Övrigt,");
  });
  test("long bar names wrap instead of being cut off on a narrow chart", () => {
    const long = data.map((d) => ({...d, area: d.area === "1489" ? "G30831" : d.area}));
    const el = stacked100(long, {
      title: "T",
      categories,
      names: {G30831: "Kommuner 50 000–99 999 invånare (ovägt medel)"},
      width: 360
    });
    const label = Array.from(el.querySelectorAll("[data-mark='y-axis tick label'] text")).find((t) => t.textContent!.includes("Kommuner"))!;
    expect(label.querySelectorAll("tspan").length).toBeGreaterThan(1);
    expect(label.textContent!.replace(/\s+/g, " ")).toContain("Kommuner 50 000–99 999");
  });
  test("bad input", () => {
    expect(stacked100([], {title: "T", categories}).textContent).toMatch(/Inga uppgifter/);
    expect(stacked100(data, {title: "T", categories, areas: ["1111"]}).textContent).toMatch(/Okänd kommun.*1111/);
    expect(
      stacked100(
        data.map((d) => ({...d, value: null})),
        {title: "T", categories}
      ).textContent
    ).toMatch(/alla värden saknas/);
    expect(() => stacked100([{area: "1", year: 1, category: "Z", value: 1}], {title: "T", categories})).toThrow(/categories Z/);
  });
});

describe("ageProfile", () => {
  const groups = [
    {id: "befolkning", label: "Befolkningen 16–64 år"},
    {id: "deltagare", label: "Deltagare i Östersund", area: "2380"}
  ];
  const bands = ["16–24 år", "25–64 år"];
  const data = [
    {band: "16–24 år", group: "befolkning", value: 15},
    {band: "25–64 år", group: "befolkning", value: 85},
    {band: "16–24 år", group: "deltagare", value: 37},
    {band: "25–64 år", group: "deltagare", value: null}
  ];
  test("bars per band and group, participants in the kommun colour, missing value said in text", () => {
    const el = ageProfile(data, {title: "Åldersprofil", bands, groups, year: 2021});
    expect(el.querySelector("svg")!.getAttribute("aria-label")).toBe("Åldersprofil: Befolkningen 16–64 år och Deltagare i Östersund 2021");
    expect(el.querySelectorAll("[data-mark='bar'] rect").length).toBeGreaterThanOrEqual(3);
    expect(el.querySelector("svg")!.innerHTML).toContain(kommunOf("2380")!.color);
    const texts = Array.from(el.querySelectorAll("[data-mark='text'] text")).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["37\u00a0%", "85\u00a0%", "värde saknas"]));
    expect(el.querySelector("svg")!.getAttribute("aria-description")).toMatch(/16–24 år: Befolkningen 16–64 år 15\u00a0%, Deltagare i Östersund 37\u00a0%/);
    expect(el.querySelectorAll("g[aria-label]")).toHaveLength(0); // Plot's English mark names moved to data-mark (axe: aria-prohibited-attr)
    expect(csvLines(el)).toEqual([
      "Åldersgrupp,Grupp,Andel (%)",
      "16–24 år,Befolkningen 16–64 år,15",
      "16–24 år,Deltagare i Östersund,37",
      "25–64 år,Befolkningen 16–64 år,85",
      "25–64 år,Deltagare i Östersund,"
    ]);
  });
  test("a kommun the reader added is solid in its neutral tone, like a catalogue kommun; a neutral group keeps its dashed outline", () => {
    const added = [
      {id: "befolkning", label: "Riket", area: "0000"},
      {id: "deltagare", label: "Stockholm 2024", area: "0180"}
    ];
    const el = ageProfile(data, {title: "Åldersprofil", bands, groups: added});
    const outlined = Array.from(el.querySelectorAll("[data-mark='bar']")).filter(
      (g) => g.getAttribute("stroke-dasharray") !== null || g.querySelector("[stroke-dasharray]")
    );
    // One outline mark (Riket's), none for the added kommun: its bars are filled solid.
    expect(outlined).toHaveLength(1);
    expect(el.querySelector("svg")!.innerHTML).toContain(ADDED_KOMMUN_STYLE.color);
    // Riket's bars are lighter beside it than beside a catalogue kommun, so the two greys stand apart.
    const fills = (e: Element) => Array.from(e.querySelectorAll("[data-mark='bar'] rect")).map((r) => r.getAttribute("fill"));
    const riket = (g: {id: string; label: string; area?: string}[]) => fills(ageProfile(data, {title: "T", bands, groups: g}))[0];
    expect(riket(added)).not.toBe(riket([added[0], {id: "deltagare", label: "Östersund 2024", area: "2380"}]));
  });
  test("bad input", () => {
    expect(ageProfile([], {title: "T", bands, groups}).textContent).toMatch(/Inga uppgifter/);
    expect(
      ageProfile(
        data.map((d) => ({...d, value: null})),
        {title: "T", bands, groups}
      ).textContent
    ).toMatch(/alla värden saknas/);
    expect(ageProfile([{band: "16–24 år", group: "okänd", value: 1}], {title: "T", bands, groups}).textContent).toMatch(/Okänd grupp/);
    expect(
      ageProfile(
        data.filter((d) => d.group === "befolkning"),
        {title: "T", bands, groups}
      ).textContent
    ).toMatch(/Inga uppgifter för Deltagare i Östersund/);
  });
});
