// @vitest-environment jsdom
// A figure drawn at build time and written as HTML (components/kit/staticHtml.ts), then read back
// as a browser reads the served page: the downloads work once hydrated, text from data stays text,
// and a chart drawn twice (wide and narrow) keeps one of everything else.
import {describe, expect, test} from "vitest";
import {trendChart} from "../../../components/kit/trendChart.js";
import {chartFigure} from "../../../components/kit/chartFigure.js";
import {hydrateDownloads} from "../../../components/kit/download.js";
import {responsive, staticHtml} from "../../../components/kit/staticHtml.js";

const series = [
  {area: "1487", year: 2022, value: 30.5},
  {area: "1487", year: 2023, value: 31.25}
];
const names = new Map([["1487", "Vänersborg ${window.__x=1} {{kommuner}}"]]);
const figure = (width: number) =>
  chartFigure(trendChart(series, {title: "Andel", unit: "procent", areas: ["1487"], names, width}), {
    title: "Andel",
    filename: "test-andel",
    source: {kolada: {kpis: ["U40455"]}}
  });

/** The HTML as a new document would parse it (no properties or listeners survive). */
function served(html: string): HTMLElement {
  const box = document.createElement("div");
  box.innerHTML = html.replace(/&#10;/g, "\n");
  return box;
}

describe("a figure drawn at build time", () => {
  test("its downloads carry their table, are not marked as wired, and work once hydrated", async () => {
    const html = staticHtml(figure(640));
    expect(html).not.toContain("data-wired");
    const page = served(html);
    const saved: {name: string; blob: Blob}[] = [];
    hydrateDownloads(page, {save: (blob, name) => saved.push({name, blob})});
    page.querySelector<HTMLButtonElement>('button[data-download="csv"]')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(saved.map((s) => s.name)).toEqual(["test-andel.csv"]);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved[0].blob);
    });
    expect(text.trim().split(/\r?\n/)).toHaveLength(3); // header and two rows
  });

  test("text from data cannot be read as a page expression or a page word", () => {
    const html = staticHtml(figure(640));
    expect(html).not.toContain("${");
    expect(html).not.toContain("{{");
    expect(served(html).textContent).toContain("Vänersborg ${window.__x=1} {{kommuner}}");
  });

  test("drawn wide and narrow: each chart twice (one shown per screen), the rest once", () => {
    const both = responsive(figure(640), figure(340));
    expect(both.querySelectorAll(".kit-chart.kit-wide")).toHaveLength(1);
    expect(both.querySelectorAll(".kit-chart.kit-narrow")).toHaveLength(1);
    expect(both.querySelectorAll(".kit-download")).toHaveLength(1);
    expect(() => responsive(figure(640), document.createElement("div"))).toThrow(/the two drawings differ/);
  });
});
