// @vitest-environment jsdom
// Charting kit: scatterPlot. All values synthetic.
import {describe, expect, test} from "vitest";
import {kommunOf} from "../../../model/catalogue.js";
import {scatterPlot, type ScatterValue} from "../../../components/kit/scatterPlot.js";
import {tableOf} from "../../../components/kit/chartKit.js";
import {csvFromTable} from "../../../components/kit/download.js";

const options = {
  title: "Nettokostnad mot resultat",
  year: 2022,
  x: {label: "Nettokostnad arbetsmarknadsåtgärder", unit: "kr/inv" as const},
  y: {label: "Börjat arbeta eller studera", unit: "procent" as const},
  highlight: ["2380", "1487", "0764"],
  width: 640
};

// 12 synthetic kommuner: x = 100 × i, y = 20 + i; 2380 and 1487 among them; 0764 lacks x; 9001 lacks y.
const data: ScatterValue[] = Array.from({length: 12}, (_, i) => ({
  area: String(1100 + i),
  x: 100 * (i + 1),
  y: 20 + i
}));
data[11].area = "2380"; // x 1200, y 31
data[0].area = "1487"; // x 100, y 20
data.push({area: "0764", x: null, y: 40}, {area: "9001", x: 500, y: null});

describe("scatterPlot", () => {
  test("draws only kommuner with both values; highlighted ones in their colours with labels", () => {
    const el = scatterPlot(data, options);
    const svg = el.querySelector("svg")!;
    const dotGroups = svg.querySelectorAll("[data-mark='dot']");
    // one group for the others (10 dots), one per drawn highlighted kommun
    expect(dotGroups).toHaveLength(3);
    expect(dotGroups[0].querySelectorAll("circle")).toHaveLength(10);
    const labels = Array.from(svg.querySelectorAll("[data-mark='text'] text")).map((t) => t.textContent);
    expect(labels).toEqual(["Östersund", "Vänersborg"]);
    expect(svg.innerHTML).toContain(kommunOf("2380")!.color);
    expect(svg.innerHTML).toContain(kommunOf("1487")!.color);
    expect(svg.innerHTML).not.toContain(kommunOf("0764")!.color);
    // Plot's English mark names moved off role-less <g> elements (axe aria-prohibited-attr)
    expect(svg.querySelectorAll("g[aria-label]")).toHaveLength(0);
  });

  test("Swedish axes, ARIA label and description with medians and what is left out", () => {
    const el = scatterPlot(data, options);
    const svg = el.querySelector("svg")!;
    expect(svg.getAttribute("aria-label")).toBe(
      "Nettokostnad mot resultat 2022: Nettokostnad arbetsmarknadsåtgärder mot börjat arbeta eller studera, 12 kommuner"
    );
    const desc = svg.getAttribute("aria-description") ?? svg.querySelector("desc")?.textContent ?? "";
    expect(desc).toContain("medianerna (streckade linjer) är 650\u00a0kr/inv och 25,5\u00a0%");
    expect(desc).toContain("Östersund: 1\u00a0200\u00a0kr/inv och 31\u00a0%");
    expect(desc).toContain("Alvesta: nettokostnad arbetsmarknadsåtgärder saknas 2022, visas inte");
    expect(desc).toContain("2 kommuner saknar minst ett av värdena");
    const ticks = Array.from(svg.querySelectorAll("[data-mark='x-axis tick label'] text")).map((t) => t.textContent);
    expect(ticks.some((t) => t === "1\u00a0000")).toBe(true);
    const note = el.querySelector(".kit-note")!.textContent!;
    expect(note).toContain("Alvesta: nettokostnad arbetsmarknadsåtgärder saknas 2022, visas inte.");
    expect(note).toContain("2 kommuner saknar minst ett av värdena 2022 och visas inte (aldrig som noll).");
  });

  test("the table and CSV hold exactly the drawn points", () => {
    const el = scatterPlot(data, options);
    const table = tableOf(el)!;
    expect(table.rows).toHaveLength(12);
    expect(table.rows.some((r) => r.id === "0764" || r.id === "9001")).toBe(false);
    const csv = csvFromTable(table)
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(csv[0]).toBe("Kommun,Kommunkod,Nettokostnad arbetsmarknadsåtgärder (kr/inv),Börjat arbeta eller studera (%)");
    expect(csv).toContain("Östersund,2380,1200,31");
  });

  test("no kommun with both values: an explicit message, no svg, no zeros", () => {
    const el = scatterPlot(
      [
        {area: "2380", x: null, y: 42},
        {area: "1487", x: 700, y: null}
      ],
      options
    );
    expect(el.querySelector("svg")).toBeNull();
    expect(el.tagName).toBe("P");
    expect(el.textContent).toBe("Inga kommuner har både nettokostnad arbetsmarknadsåtgärder och börjat arbeta eller studera för 2022, så inget diagram visas.");
    expect(tableOf(el)!.rows).toEqual([]);
  });

  test("a kommun twice is an error naming it", () => {
    expect(() =>
      scatterPlot(
        [
          {area: "2380", x: 1, y: 2},
          {area: "2380", x: 3, y: 4}
        ],
        options
      )
    ).toThrow(/kommun 2380 appears twice/);
  });

  test("medians computed at build time are drawn and named as given", () => {
    const el = scatterPlot(data, {...options, medians: {x: 600, y: 26}});
    const desc = el.querySelector("svg")!.getAttribute("aria-description") ?? "";
    expect(desc).toContain("medianerna (streckade linjer) är 600\u00a0kr/inv och 26\u00a0%");
  });
});
