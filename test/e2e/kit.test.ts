// The kit page in Chromium: every component renders on real data, and the downloads work in a real
// browser (PNG through canvas, SVG, CSV with exactly the rows of the figure's data table).
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {KOMMUNER} from "../../model/catalogue.js";
import {useSite, waitForRender} from "./browser.js";

const site = useSite();

describe("/kit (Diagrambiblioteket)", () => {
  test("every component is on the page, with ARIA text naming kommuner and years", async () => {
    const v = await site.visit("/kit");
    try {
      await waitForRender(v.page, "figure.kit-figure svg");
      // trendChart ×2, rankStrip, dumbbell, stacked100, ageProfile in chartFigure; the rest bare
      await expect.poll(() => v.page.locator("figure.kit-figure").count()).toBe(6);
      expect(await v.page.locator(".kit-rank-list li:visible").count()).toBe(KOMMUNER.length); // the strip is drawn wide and narrow, one shown
      expect(await v.page.locator(".kit-kpi").count()).toBe(KOMMUNER.length);
      expect(await v.page.locator(".chart-empty").count()).toBe(3);
      const desc = await v.page.locator("figure.kit-figure svg[aria-description]:visible").first().getAttribute("aria-description");
      expect(desc).toMatch(/Vänersborg, Alingsås, Östersund och Alvesta 2016–2023/);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });

  test("downloads: CSV holds exactly the table's rows; SVG and PNG are real files", async () => {
    const v = await site.visit("/kit");
    try {
      await waitForRender(v.page, "figure.kit-figure svg");
      const fig = v.page.locator("figure.kit-figure").first();
      const tableRows = await fig.locator("details.kit-data tbody tr").count();
      const grab = async (label: string) => {
        const [dl] = await Promise.all([v.page.waitForEvent("download"), fig.locator(".kit-download button", {hasText: label}).click()]);
        return {name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!)};
      };
      const csv = await grab("CSV");
      expect(csv.name).toBe("kit-trend-u40455.csv");
      const lines = csv.bytes
        .toString("utf8")
        .replace(/^\ufeff/, "")
        .trim()
        .split("\r\n");
      expect(lines[0]).toBe("Område,År,Värde (%)");
      expect(lines.length - 1).toBe(tableRows);
      expect(tableRows).toBe(31); // 4 kommuner × 2016–2023, minus Östersund 2023 (no value in Kolada)
      const svg = await grab("SVG");
      expect(svg.bytes.toString("utf8")).toContain("<svg");
      const png = await grab("PNG");
      expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.bytes.length).toBeGreaterThan(5000);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
});
