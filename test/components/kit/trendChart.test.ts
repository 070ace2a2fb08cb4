// @vitest-environment jsdom
// Synthetic values (test data only), except where a comment says otherwise.
import {describe, expect, test} from "vitest";
import {kommunOf} from "../../../model/catalogue.js";
import {trendChart, type TrendPoint} from "../../../components/kit/trendChart.js";
import {tableOf, yearTicks} from "../../../components/kit/chartKit.js";
import {csvFromTable} from "../../../components/kit/download.js";
import {REFERENCE_STYLES} from "../../../components/kit/colors.js";

const svgOf = (el: Element) => (el.tagName.toLowerCase() === "svg" ? el : el.querySelector("svg")!);

describe("trendChart (older call signature: series names)", () => {
  const data = [
    {series: "Östersunds kommun", year: 2018, value: 747},
    {series: "Östersunds kommun", year: 2019, value: 846},
    {series: "Östersunds kommun", year: 2020, value: null},
    {series: "Östersunds kommun", year: 2021, value: 1234.5}
  ];
  test("draws an SVG with Swedish ticks, a gap for a null, and an ARIA description naming series and years", () => {
    const el = trendChart(data, {unit: "kr/inv", title: "Nettokostnad arbetsmarknadsåtgärder", width: 600});
    const svg = svgOf(el);
    expect(svg).toBeTruthy();
    const ticks = Array.from(svg.querySelectorAll("[data-mark='y-axis tick label'] text")).map((t) => t.textContent);
    expect(ticks.some((t) => /^\d{1}\u00a0\d{3}$/.test(t ?? ""))).toBe(true); // "1 000" with NBSP
    const path = svg.querySelector("[data-mark='line'] path")!.getAttribute("d")!;
    expect(path.match(/M/g)!.length).toBe(2); // two segments: the null year is a gap
    expect(svg.getAttribute("aria-description")).toMatch(/Östersunds kommun.*2018.*2021/);
    expect(svg.getAttribute("aria-description")).toContain("2020 –");
    // a name is never guessed at: without an id the series takes the neutral style (the explorer passes ids for the names it knows)
    expect(svg.querySelector("[data-mark='line'] path")!.getAttribute("stroke")).not.toBe(kommunOf("2380")!.color);
  });
  test("all nulls give an explicit empty-state message", () => {
    const el = trendChart(
      data.map((d) => ({...d, value: null})),
      {unit: "kr/inv", title: "Nettokostnad"}
    );
    expect(el.tagName).toBe("P");
    expect(el.textContent).toMatch(/Inga värden/);
  });
});

describe("trendChart with Kolada ids", () => {
  const rows: TrendPoint[] = [];
  for (const [area, base] of [
    ["1487", 30],
    ["2380", 40],
    ["G2328", 35],
    ["0000", 33]
  ] as const) {
    for (let year = 2016; year <= 2020; ++year)
      rows.push({
        area,
        year,
        value: area === "1487" && year === 2018 ? null : base + year - 2016,
        low: base - 3,
        high: base + 6
      });
  }
  rows.push({area: "1489", year: 2019, value: 50}); // a kommun the chart is not asked to show

  test("kommuner in their colours, references neutral and dashed, direct labels, years without separators", () => {
    const el = trendChart(rows, {
      title: "Börjat arbeta eller studera",
      unit: "procent",
      areas: ["1487", "2380", "G2328", "0000"],
      width: 700
    });
    const svg = svgOf(el);
    // One path per series; series with the same dash pattern share a mark (the pattern is on its group).
    const lines = Array.from(svg.querySelectorAll("[data-mark='line'] path"));
    const dash = (l: Element) => l.closest("[data-mark='line']")!.getAttribute("stroke-dasharray");
    expect(svg.querySelectorAll("[data-mark='line']")).toHaveLength(3);
    expect(lines.map((l) => l.getAttribute("stroke"))).toEqual([
      kommunOf("1487")!.color,
      kommunOf("2380")!.color,
      REFERENCE_STYLES.mean.color,
      REFERENCE_STYLES.riket.color
    ]);
    expect(dash(lines[0])).toBeNull();
    expect(dash(lines[1])).toBeNull();
    expect(dash(lines[2])).toBe(REFERENCE_STYLES.mean.dash);
    expect(dash(lines[3])).toBe(REFERENCE_STYLES.riket.dash);
    expect(lines.map((l) => l.getAttribute("stroke-width"))).toEqual(["2.5", "2.5", "1.75", "1.75"]);
    // Each point's symbol is its series' own (identity scale), with its name in the tooltip.
    const dots = Array.from(svg.querySelectorAll("[data-mark='dot'] path"));
    expect(dots.length).toBeGreaterThan(0);
    expect(dots.map((d) => d.getAttribute("fill"))).toContain(REFERENCE_STYLES.riket.color);
    const titles = dots.map((d) => d.querySelector("title")?.textContent ?? "");
    expect(titles.some((t) => /^Riket 2016: 33\s%$/.test(t))).toBe(true);
    expect(dots.find((d) => d.querySelector("title")!.textContent!.startsWith("Riket"))!.getAttribute("fill")).toBe(REFERENCE_STYLES.riket.color);
    const labels = Array.from(svg.querySelectorAll("[data-mark='direktetiketter'] text")).map((t) =>
      Array.from(t.querySelectorAll("tspan"))
        .map((s) => s.textContent)
        .join(" ")
    );
    expect(labels.sort()).toEqual(["Alla kommuner (ovägt medel)", "Riket", "Vänersborg", "Östersund"]);
    // a long name wraps onto two lines
    expect(svg.querySelectorAll("[data-mark='direktetiketter'] text")[0].parentElement!.innerHTML).toContain("<tspan");
    const ys = Array.from(svg.querySelectorAll("[data-mark='direktetiketter'] text"))
      .map((t) => Number(t.getAttribute("y")))
      .sort((a, b) => a - b);
    for (let i = 1; i < ys.length; ++i) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14); // labels never overlap
    const wrapped = svgOf(
      trendChart(
        rows.map((d) => (d.area === "G2328" ? {...d, area: undefined, series: "Kommuner 50 000–99 999 invånare (ovägt medel)"} : d)),
        {title: "T", unit: "procent", width: 700}
      )
    );
    const tspans = Array.from(wrapped.querySelectorAll("[data-mark='direktetiketter'] tspan")).map((s) => s.textContent);
    expect(tspans).toEqual(expect.arrayContaining(["Kommuner 50 000–99 999", "invånare (ovägt medel)"]));
    const xt = Array.from(svg.querySelectorAll("[data-mark='x-axis tick label'] text")).map((t) => t.textContent);
    expect(xt).toEqual(["2016", "2017", "2018", "2019", "2020"]);
    expect(svg.querySelectorAll("g[aria-label]")).toHaveLength(0); // no aria-label on role-less <g> (axe)
    const desc = svg.getAttribute("aria-description")!;
    expect(desc).toMatch(/Vänersborg, Östersund, Alla kommuner \(ovägt medel\) och Riket 2016–2020/);
    expect(desc).toContain("2018 –");
    expect(svg.getAttribute("aria-label")).toContain("Börjat arbeta eller studera");
    // Vänersborg has a gap in 2018
    expect(lines[0].getAttribute("d")!.match(/M/g)!.length).toBe(2);
  });

  test("the table and CSV hold exactly the plotted rows (not Alingsås, which is not drawn)", () => {
    const el = trendChart(rows, {
      title: "Börjat arbeta eller studera",
      unit: "procent",
      areas: ["1487", "2380", "G2328", "0000"]
    });
    const table = tableOf(el)!;
    expect(table.rows).toHaveLength(20);
    expect(table.rows.some((r) => r.omrade === "Alingsås")).toBe(false);
    const csv = csvFromTable(table)
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(csv[0]).toBe("Område,År,Värde (%)");
    expect(csv).toHaveLength(21);
    expect(csv).toContain("Vänersborg,2018,"); // the gap is an empty cell, not a zero
  });

  test("band draws an interval area per series; a narrow chart gets a legend instead of direct labels", () => {
    const el = trendChart(rows, {
      title: "Börjat arbeta eller studera",
      unit: "procent",
      areas: ["2380"],
      band: true,
      width: 360,
      bandLabel: "intervallet"
    });
    expect(el.tagName).toBe("DIV");
    expect(el.querySelector(".kit-legend")!.textContent).toContain("Östersund");
    expect(el.querySelector("[data-mark='area']")).toBeTruthy();
    expect(el.querySelector("[data-mark='direktetiketter']")).toBeNull();
    expect(tableOf(el)!.columns.map((c) => c.label)).toEqual(["Område", "År", "Värde", "Nedre gräns", "Övre gräns"]);
  });

  test("a narrow chart names a kommun the reader added beside its line (the catalogue's keep their colours in the legend)", () => {
    // 0180 Stockholm, outside the catalogue: drawn in the neutral added-kommun style
    const added = rows.filter((r) => r.area === "2380").map((r) => ({...r, area: "0180", value: r.value === null ? null : r.value + 5}));
    const el = trendChart([...rows.filter((r) => r.area === "2380"), ...added], {
      title: "Börjat arbeta",
      unit: "procent",
      areas: ["2380", "0180"],
      names: {"0180": "Stockholm"},
      width: 360
    });
    const names = [...el.querySelectorAll("[data-mark='linjenamn'] text")];
    expect(names.map((t) => t.textContent)).toEqual(["Stockholm"]);
    // it ends just left of Stockholm's last point, which is at the plot's right edge, inside the chart
    const x = Number(names[0].getAttribute("x"));
    expect(x).toBeGreaterThan(200);
    expect(x).toBeLessThan(360);
    expect(names[0].parentElement!.getAttribute("text-anchor")).toBe("end");
    expect(el.querySelector(".kit-legend")!.textContent).toContain("Stockholm");
    // a wide chart names every line at its end instead, and has no second name on the line
    const wide = trendChart([...rows.filter((r) => r.area === "2380"), ...added], {
      title: "Börjat arbeta",
      unit: "procent",
      areas: ["2380", "0180"],
      names: {"0180": "Stockholm"},
      width: 640
    });
    expect(wide.querySelector("[data-mark='linjenamn']")).toBeNull();
    expect(wide.querySelector("[data-mark='direktetiketter']")!.textContent).toContain("Stockholm");
  });

  test("the legend leaves out a series without any value; the table still lists its years as empty", () => {
    const withEmpty = [...rows.filter((r) => r.area === "2380"), ...[2016, 2017].map((year) => ({area: "G2328", year, value: null}))];
    const el = trendChart(withEmpty, {title: "Börjat arbeta", unit: "procent", areas: ["2380", "G2328"], width: 360});
    const items = [...el.querySelectorAll(".kit-legend li")].map((li) => li.textContent);
    expect(items).toHaveLength(1);
    expect(items[0]).toContain("Östersund");
    expect(tableOf(el)!.rows.filter((r) => r.varde === null)).toHaveLength(2);
  });

  test("bad input: empty data, unknown kommun", () => {
    const empty = trendChart([], {title: "Börjat arbeta", unit: "procent"});
    expect(empty.className).toBe("chart-empty");
    expect(empty.textContent).toMatch(/Inga uppgifter/);
    const unknown = trendChart(rows, {title: "Börjat arbeta", unit: "procent", areas: ["2380", "9999"]});
    expect(unknown.className).toBe("chart-empty");
    expect(unknown.textContent).toMatch(/Okänd kommun.*9999/);
    expect(() => trendChart([{year: 2020, value: 1} as TrendPoint], {title: "x", unit: "antal"})).toThrow(/neither "area" nor "series"/);
  });

  test("data strings are rendered as text, never as markup", () => {
    const el = trendChart(
      [
        {series: "<img src=x onerror=alert(1)>", year: 2020, value: 1},
        {series: "<img src=x onerror=alert(1)>", year: 2021, value: 2}
      ],
      {title: "T", unit: "antal", width: 700}
    );
    expect(el.querySelector("img")).toBeNull();
    expect(el.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});

describe("year labels on the x axis", () => {
  test("every year while labels are at least 40 px apart, else every second, third … from the first", () => {
    const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
    expect(yearTicks(years, 900)).toEqual(years);
    expect(yearTicks(years, 300)).toEqual([2016, 2018, 2020, 2022, 2024]);
    expect(yearTicks(years, 100)).toEqual([2016, 2020, 2024]);
    expect(yearTicks([2020], 50)).toEqual([2020]);
    expect(yearTicks([], 50)).toEqual([]);
  });
  test("a phone-wide trend chart of ten years labels every second year; a wide one every year", () => {
    const rows: TrendPoint[] = [];
    for (let year = 2016; year <= 2025; ++year) rows.push({area: "2380", year, value: 30 + year - 2016});
    const labels = (width: number) =>
      Array.from(
        trendChart(rows, {title: "Börjat arbeta", unit: "procent", areas: ["2380"], width}).querySelectorAll("[data-mark='x-axis tick label'] text")
      ).map((t) => t.textContent);
    expect(labels(343)).toEqual(["2016", "2018", "2020", "2022", "2024"]);
    expect(labels(900)).toHaveLength(10);
  });
});
