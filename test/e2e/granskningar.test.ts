// The Granskningar pages in Chromium: every audit page shows as many assessments and
// recommendations as the data files hold (counted here from the files, not typed), the verbatim
// wording toggles, the comparison page shows every audit and links to the wording, and every
// page prints on A4 width without horizontal overflow.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {loadCheckedReports} from "../../loaders/reports/check.js";
import {auditPages} from "../../loaders/reports/pages.js";
import {readThemes} from "../../loaders/reports/themes.js";
import {JSDOM} from "jsdom";
import {useSite, waitForRender} from "./browser.js";

const reports = loadCheckedReports(REPORTS_DIR);
const pages = auditPages(REPORTS_DIR);
const themes = readThemes(REPORTS_DIR);
const A4_WIDTH = 794; // 210 mm at 96 dpi

const site = useSite();

describe("one page per audit", () => {
  test("every audit report has a page (the missiv does not)", () => {
    expect(pages.length).toBe(reports.filter((r) => r.meta.document === "rapport").length);
    // counted straight from the folders' meta.yaml, independently of the loaders
    const folders = readdirSync(REPORTS_DIR, {withFileTypes: true}).filter((d) => d.isDirectory());
    const audits = folders.filter((d) => /^document: rapport$/m.test(readFileSync(join(REPORTS_DIR, d.name, "meta.yaml"), "utf8")));
    expect(pages.length).toBe(audits.length);
    expect(pages.map((p) => p.report).sort()).toEqual(audits.map((d) => d.name).sort());
  });

  test.each(pages.map((p) => [p.name, p] as const))("%s: assessments and recommendations as many as in the data", async (_name, p) => {
    const data = reports.find((r) => r.report === p.report)!;
    const own = data.recommendations.filter((r) => r.repeats === null);
    const v = await site.visit(p.path);
    try {
      await waitForRender(v.page);
      await v.page.waitForSelector("table.audit-matrix");
      expect(await v.page.locator("h1").first().innerText()).toContain(p.name);
      expect(await v.page.title()).toContain(p.name);
      expect(await v.page.locator("table.audit-matrix tbody tr").count()).toBe(data.assessments.length);
      for (const a of data.assessments) expect(await v.page.locator(`#bedomning-${a.id}`).count(), a.id).toBe(1);
      expect(await v.page.locator("li.recommendation").count()).toBe(own.length);
      expect(await v.page.locator(".assessment-summary").innerText()).toContain(`prövar ${data.assessments.length} frågor`);
      // every contradiction in the data is shown as one
      expect(await v.page.locator("tr.contradictory .contradiction").count()).toBe(data.assessments.filter((a) => a.contradictory).length);
      // every figure the report printed, with its Kolada cross-check or why it was not compared
      expect(await v.page.locator("table.audit-crosscheck tbody tr").count()).toBe(data.figures.length);
      // lost tables said plainly, one item each
      expect(await v.page.locator("ul.audit-lost > li").count()).toBe(data.lost.length);
      // the missiv's repetitions: shown once (not as own recommendations), each with a link to the missiv
      const repeats = reports.flatMap((r) => r.recommendations).filter((r) => r.repeats?.startsWith(`${p.report}#`));
      expect(await v.page.locator(".rec-repeat a").count()).toBe(repeats.length);
      if (repeats.length) {
        const href = await v.page.locator(".rec-repeat a").first().getAttribute("href");
        expect(await v.page.locator(href!).count()).toBe(1);
      }
      // "Vad har hänt sedan": a chart with the audit year marked
      const year = p.name.slice(-4);
      expect(await v.page.locator("#observablehq-main g.year-mark text").first().textContent()).toBe(`Granskningen ${year}`);
      expect(await v.page.locator(".observablehq--error").count()).toBe(0);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });

  test.each(pages.map((p) => [p.name, p] as const))(
    "%s: the served HTML, with no script run, holds the overall assessment, every assessment and every recommendation",
    async (_name, p) => {
      const data = reports.find((r) => r.report === p.report)!;
      const response = await fetch(new URL(p.path, site.url));
      expect(response.status).toBe(200);
      const {window} = new JSDOM(await response.text()); // JSDOM runs no script unless asked to
      const squash = (t: string) => t.replace(/\s+/g, " ").trim();
      const text = squash(window.document.querySelector("#observablehq-main")!.textContent ?? "");
      window.close();
      const expected = [
        ...(data.meta.conclusion ? [data.meta.conclusion.text] : []),
        ...data.assessments.map((a) => a.assessment),
        ...data.recommendations.filter((r) => r.repeats === null).map((r) => r.text)
      ];
      expect(expected.length).toBeGreaterThan(0);
      for (const t of expected) expect(text, t.slice(0, 60)).toContain(squash(t));
    }
  );

  test("a KPI missing from the snapshot is said plainly, never drawn as zero", async () => {
    const v = await site.visit("/granskningar/ostersund-2022");
    try {
      await waitForRender(v.page);
      const text = await v.page.locator("#observablehq-main").innerText();
      expect(text).toMatch(
        /Uppgift saknas i ögonblicksbilden för Östersund 2022–2025 \(nettokostnad arbetsmarknadsåtgärder\); en datauppdatering fyller i resten\./
      );
    } finally {
      await v.page.close();
    }
  });

  test("the verbatim wording toggles open and closed", async () => {
    const a = reports.find((r) => r.report === "alvesta-2018")!.assessments.find((x) => x.id === "A9")!;
    const v = await site.visit("/granskningar/alvesta-2018");
    try {
      await v.page.waitForSelector("#bedomning-A9 details");
      const details = v.page.locator("#bedomning-A9 details");
      const verbatim = details.locator(".assessment-text").first();
      expect(await verbatim.isVisible()).toBe(false);
      await details.locator("summary").click();
      expect(await verbatim.isVisible()).toBe(true);
      expect(await verbatim.innerText()).toBe(`”${a.assessment}”`);
      await details.locator("summary").press("Enter"); // keyboard closes it again
      expect(await verbatim.isVisible()).toBe(false);
    } finally {
      await v.page.close();
    }
  });
});

describe("Jämförelse av granskningarna", () => {
  test("shows every audit, every question once, the computed count, links to the wording", async () => {
    const audits = reports.filter((r) => r.meta.document === "rapport");
    const questions = audits.reduce((n, r) => n + r.assessments.length, 0);
    const lacking = audits.filter((r) =>
      r.assessments.some((a) => {
        const t = themes.assignments.find((m) => m.report === r.report && m.id === a.id)!.theme;
        return (t === "resultat" || t === "kostnader") && [a.scale, a.other_reading?.scale].some((s) => s === "delvis" || s === "nej");
      })
    ).length;
    const v = await site.visit("/granskningar/");
    try {
      await waitForRender(v.page, "#observablehq-main svg.theme-grid");
      const grid = v.page.locator("svg.theme-grid");
      for (const p of pages) expect(await grid.locator("text", {hasText: p.name}).count(), p.name).toBe(1);
      expect(await grid.locator("a.grid-entry").count()).toBe(questions);
      expect(await v.page.locator(".followup-table tbody tr").count()).toBe(pages.length);
      expect(await v.page.locator(".lacking-count").innerText()).toMatch(new RegExp(`^${lacking} av ${pages.length} granskningar fann brister`));
      expect(await v.page.locator(".theme-section").count()).toBe(themes.themes.length);
      expect(v.consoleErrors).toEqual([]);
      // a link goes to the question's wording on the audit page
      await grid.locator("a.grid-entry[data-report='alingsas-2024'][data-id='A10']").click();
      await v.page.waitForURL(/\/granskningar\/alingsas-2024#bedomning-A10$/);
      await v.page.waitForSelector("#bedomning-A10");
      expect(await v.page.locator("#bedomning-A10 .question").innerText()).toContain("kostnader för arbetsmarknadsinsatser");
    } finally {
      await v.page.close();
    }
  });
});

describe("print at A4 width", () => {
  test.each(["/granskningar/", ...pages.map((p) => p.path)])("%s has no horizontal overflow", async (path) => {
    const v = await site.visit(path, {width: A4_WIDTH});
    try {
      await waitForRender(v.page);
      await v.page.emulateMedia({media: "print"});
      const m = await v.page.evaluate(() => {
        const main = document.querySelector("#observablehq-main")!;
        const box = main.getBoundingClientRect();
        let widest = 0;
        for (const e of Array.from(main.querySelectorAll("*"))) {
          const r = e.getBoundingClientRect();
          if (r.width > 0) widest = Math.max(widest, r.right);
        }
        return {
          scroll: main.scrollWidth,
          client: main.clientWidth,
          right: box.right,
          widest,
          doc: document.documentElement.scrollWidth
        };
      });
      expect(m.scroll).toBeLessThanOrEqual(m.client + 1);
      expect(m.widest).toBeLessThanOrEqual(m.right + 1);
      expect(m.doc).toBeLessThanOrEqual(A4_WIDTH);
    } finally {
      await v.page.close();
    }
  });
});

describe("narrow screens", () => {
  test.each(["/granskningar/", ...pages.map((p) => p.path)])("%s fits 375 px without page-level horizontal scrolling", async (path) => {
    const v = await site.visit(path, {width: 375});
    try {
      await waitForRender(v.page);
      expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
});
