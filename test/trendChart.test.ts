// @vitest-environment jsdom
import {describe, expect, test} from "vitest";
import {trendChart} from "../components/trendChart.js";

describe("trendChart", () => {
  const data = [
    {series: "Östersunds kommun", year: 2018, value: 747},
    {series: "Östersunds kommun", year: 2019, value: 846},
    {series: "Östersunds kommun", year: 2020, value: null},
    {series: "Östersunds kommun", year: 2021, value: 1234.5}
  ];
  test("draws an SVG with Swedish ticks, a gap for a null, and an ARIA description naming series and years", () => {
    const el = trendChart(data, {unit: "kr/inv", title: "Nettokostnad arbetsmarknadsåtgärder", width: 600});
    const svg = el.tagName.toLowerCase() === "svg" ? el : el.querySelector("svg")!;
    expect(svg).toBeTruthy();
    const ticks = Array.from(svg.querySelectorAll("[data-mark='y-axis tick label'] text")).map((t) => t.textContent);
    expect(ticks.some((t) => /^\d{1}\u00a0\d{3}$/.test(t ?? ""))).toBe(true); // "1 000" with NBSP
    const path = svg.querySelector("[data-mark='line'] path")!.getAttribute("d")!;
    expect(path.match(/M/g)!.length).toBe(2); // two segments: the null year is a gap
    expect(svg.getAttribute("aria-description")).toMatch(/Östersunds kommun.*2018.*2021/);
    expect(svg.getAttribute("aria-description")).toContain("2020 –");
    expect(svg.querySelectorAll("g[aria-label]")).toHaveLength(0); // no aria-label on role-less <g>
  });
  test("all nulls give an explicit empty-state message", () => {
    const el = trendChart(data.map((d) => ({...d, value: null})), {unit: "kr/inv", title: "Nettokostnad"});
    expect(el.tagName).toBe("P");
    expect(el.textContent).toMatch(/Inga värden/);
  });
});
