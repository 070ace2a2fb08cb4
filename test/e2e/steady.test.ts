// The reader's experience on a phone and a desktop: pages hold still while their data arrive
// (cumulative layout shift, measured by Chromium's own layout-shift entries, with the data files
// held back so that they land after the first paint), and every choice in the page frame sits on
// its label's line with a target of at least 24 × 24 px (WCAG 2.5.8). Sections further down are
// built when the reader comes near them, all of them before printing, and a link to a place in
// one of them lands there.
import {describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {builtPages, readToEnd, useSite} from "./browser.js";

const site = useSite();
const STEADY_PAGES = builtPages().filter((p) => p === "/" || /^\/(resultat|kostnad|aldersprofiler|granskningar|utforska)/.test(p));
const FRAME_PAGES = ["/resultat-vid-avslut", "/kostnad-per-invanare", "/aldersprofiler"];

/** Open `path` at `width` with every data file held back `delayMs`, and return the layout shift summed over the load. */
async function layoutShift(path: string, width: number, delayMs: number): Promise<{cls: number; sources: string[]}> {
  const page = await site.browser.newPage({viewport: {width, height: 823}});
  try {
    await page.route("**/_file/**", async (route) => {
      await new Promise((r) => setTimeout(r, delayMs));
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as {shifts: {value: number; sources: string[]}[]};
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as {value: number; hadRecentInput: boolean; sources: {node?: Node}[]}[]) {
          if (e.hadRecentInput) continue;
          w.shifts.push({
            value: e.value,
            sources: e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)))
          });
        }
      }).observe({type: "layout-shift", buffered: true});
    });
    await page.goto(site.url + path, {waitUntil: "networkidle"});
    await page.waitForTimeout(800);
    const shifts = await page.evaluate(() => (window as unknown as {shifts: {value: number; sources: string[]}[]}).shifts);
    return {cls: shifts.reduce((a, s) => a + s.value, 0), sources: shifts.flatMap((s) => s.sources)};
  } finally {
    await page.close();
  }
}

describe("pages hold still while their data arrive", () => {
  for (const width of [375, 1280]) {
    test.each(STEADY_PAGES)(`%s at ${width} px: cumulative layout shift ≤ 0.05`, async (path) => {
      const {cls, sources} = await layoutShift(path, width, 400);
      expect(cls, `shifted: ${sources.join(", ")}`).toBeLessThanOrEqual(0.05);
    });
  }
});

interface ChoiceBox {
  text: string;
  label: {top: number; bottom: number; width: number; height: number};
  input: {top: number; bottom: number};
  textLine: {top: number; bottom: number};
}

/** Every checkbox and radio of the page frame and the page's own choices, with its label's box and its text's first line. */
function choices(page: Page): Promise<ChoiceBox[]> {
  return page.locator("#observablehq-main label.control-option").evaluateAll((labels) =>
    labels
      .filter((l) => (l as HTMLElement).offsetParent !== null)
      .map((l) => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return {top: r.top, bottom: r.bottom, width: r.width, height: r.height};
        };
        const span = l.querySelector("span")!;
        const range = document.createRange();
        range.selectNodeContents(span);
        const first = range.getClientRects()[0];
        return {text: span.textContent ?? "", label: box(l), input: box(l.querySelector("input")!), textLine: {top: first.top, bottom: first.bottom}};
      })
  );
}

describe("the page frame's choices on a 375 px phone", () => {
  test.each(FRAME_PAGES)("%s: each checkbox and radio sits on its label's first line; each target is at least 24 × 24 px", async (path) => {
    const v = await site.visit(path, {width: 375});
    try {
      const boxes = await choices(v.page);
      expect(boxes.length).toBeGreaterThanOrEqual(8); // four kommuner, the comparisons, the page's own choices
      for (const b of boxes) {
        const inputMiddle = (b.input.top + b.input.bottom) / 2;
        expect(inputMiddle, `${b.text}: the box is not on the text's first line`).toBeGreaterThanOrEqual(b.textLine.top - 2);
        expect(inputMiddle, `${b.text}: the box is not on the text's first line`).toBeLessThanOrEqual(b.textLine.bottom + 2);
        expect(b.label.height, `${b.text}: target height`).toBeGreaterThanOrEqual(24);
        expect(b.label.width, `${b.text}: target width`).toBeGreaterThanOrEqual(24);
      }
      // the year choices are selects with their label
      for (const name of ["Från år", "Till år"])
        expect(
          await v.page
            .getByLabel(name)
            .boundingBox()
            .then((r) => r!.height)
        ).toBeGreaterThanOrEqual(24);
    } finally {
      await v.page.close();
    }
  });
});

describe("sections further down are built when the reader comes near them", () => {
  /** The page's sections not built yet, and those built. */
  const sections = (page: Page) =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>("[data-deferred]")];
      return {pending: all.filter((e) => e.dataset.deferred === "pending").length, built: all.filter((e) => e.dataset.deferred === "built").length};
    });

  test("/resultat-vid-avslut on a phone: the last sections wait for the reader, then all are built on the way down", async () => {
    const v = await site.visit("/resultat-vid-avslut", {width: 375});
    try {
      await v.page.waitForSelector("#observablehq-main svg");
      const atLoad = await sections(v.page);
      expect(atLoad.pending).toBeGreaterThanOrEqual(3);
      expect(atLoad.built).toBeGreaterThanOrEqual(1);
      await readToEnd(v.page);
      const read = await sections(v.page);
      expect(read).toEqual({pending: 0, built: atLoad.pending + atLoad.built});
      expect(await v.page.locator("#observablehq-main svg").count()).toBeGreaterThanOrEqual(5);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });

  test("printing builds every section first", async () => {
    const v = await site.visit("/aldersprofiler", {width: 375});
    try {
      await v.page.waitForSelector("[data-deferred]", {state: "attached"});
      expect((await sections(v.page)).pending).toBeGreaterThanOrEqual(2);
      await v.page.pdf({format: "A4"}); // fires beforeprint, as a reader's print does
      expect((await sections(v.page)).pending).toBe(0);
      expect(await v.page.locator(".kit-deferred figure").count()).toBeGreaterThanOrEqual(3);
    } finally {
      await v.page.close();
    }
  });

  test("a link to an assessment further down an audit page lands on it", async () => {
    const v = await site.visit("/granskningar/alvesta-2018#bedomning-A9", {width: 375});
    try {
      await v.page.waitForSelector("#bedomning-A9");
      await v.page.waitForFunction(() => {
        const top = document.getElementById("bedomning-A9")!.getBoundingClientRect().top;
        return top > -5 && top < 200;
      });
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
});
