// Accessibility in Chromium on every built page: axe-core (all rules, experimental ones included) with zero serious
// or critical violations, keyboard reachability of inputs with a visible focus, text alternatives
// for charts, zoom allowed, lang="sv".
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {builtPages, useSite, waitForPage} from "./browser.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const pages = builtPages();
const site = useSite();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: {target: string[]}[];
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource); // (evaluate, not a <script>: the page's CSP rightly blocks inline scripts)
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      // every rule axe has: WCAG 2.0–2.2 A/AA, best practices and the experimental rules
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "experimental"]
      }
    });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({target: n.target}))
    }));
  });
}

describe.each(["light", "dark"] as const)("accessibility (%s colour scheme)", (scheme) => {
  test.each(pages)("%s has no serious or critical axe violations", async (path) => {
    const v = await site.visit(path);
    try {
      await v.page.emulateMedia({colorScheme: scheme});
      await waitForPage(v.page, path);
      const serious = (await runAxe(v.page)).filter((x) => x.impact === "serious" || x.impact === "critical");
      expect(
        serious.map(
          (x) =>
            `${x.id}: ${x.help} @ ${x.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(", ")}`
        )
      ).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
});

describe("keyboard, text alternatives, zoom", () => {
  test.each(pages)("%s: every input is reachable by Tab and shows a visible focus", async (path) => {
    const v = await site.visit(path);
    try {
      await waitForPage(v.page, path);
      // A radio group is one Tab stop (arrow keys move within it, as native radios do): count each group once.
      const inputs = await v.page.evaluate(() => {
        // (checkVisibility: also not inside a closed <details>, whose content Chromium keeps laid out but hidden)
        const all = Array.from(document.querySelectorAll<HTMLElement>("#observablehq-main :is(input, select, textarea, button)")).filter(
          (el) => (el.offsetParent !== null || el.getClientRects().length > 0) && el.checkVisibility()
        );
        // A group is its form plus name (Observable Inputs name every radio "input", one form per group).
        const group = (el: HTMLInputElement) => `${Array.from(document.forms).indexOf(el.form!)}:${el.name}`;
        const radios = new Set(all.filter((el) => el.matches("input[type=radio]")).map((el) => group(el as HTMLInputElement)));
        return all.filter((el) => !el.matches("input[type=radio]")).length + radios.size;
      });
      // Enough presses to pass every Tab stop of the page once (links, summaries, an editor, a grid's cell too).
      const stops = await v.page.evaluate(() => document.querySelectorAll('a[href], summary, [tabindex="0"], [contenteditable="true"]').length);
      const reached = new Set<string>();
      for (let i = 0; i < inputs + stops + 20 && reached.size < inputs; ++i) {
        // In a code editor Tab indents; Escape then Tab leaves it, as the page (Utforska) says.
        if (await v.page.evaluate(() => document.activeElement?.closest(".cm-content") != null)) await v.page.keyboard.press("Escape");
        await v.page.keyboard.press("Tab");
        const info = await v.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || !el.closest("#observablehq-main") || !el.matches("input, select, textarea, button")) return null;
          const style = getComputedStyle(el);
          const visibleFocus = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
          if (el.matches("input[type=radio]"))
            return {
              key: `radio:${Array.from(document.forms).indexOf((el as HTMLInputElement).form!)}:${(el as HTMLInputElement).name}`,
              visibleFocus
            };
          const key = el.id || el.getAttribute("name") || el.outerHTML.slice(0, 80);
          return {
            key: `${key}#${Array.from(document.querySelectorAll("#observablehq-main :is(input, select, textarea, button)")).indexOf(el)}`,
            visibleFocus
          };
        });
        if (info) {
          expect(info.visibleFocus, `focus outline on ${info.key}`).toBe(true);
          reached.add(info.key);
        }
      }
      expect(reached.size).toBe(inputs);
    } finally {
      await v.page.close();
    }
  });

  test.each(pages)("%s: every chart comes with its data table", async (path) => {
    const v = await site.visit(path);
    try {
      await waitForPage(v.page, path);
      const without = await v.page.evaluate(() =>
        Array.from(document.querySelectorAll("#observablehq-main svg"))
          .filter((svg) => svg.getBoundingClientRect().width > 60 && svg.parentElement?.closest("svg") === null && svg.getAttribute("aria-hidden") !== "true")
          .filter((svg) => {
            const figure = svg.closest("figure");
            if (figure?.querySelector("table")) return false;
            const ref = figure?.getAttribute("data-table");
            return !(ref && document.getElementById(ref)?.matches('table, [role="grid"]'));
          })
          .map((svg) => svg.getAttribute("aria-label") ?? svg.outerHTML.slice(0, 80))
      );
      // The kit page shows bare components on purpose (the catalogue of what each one draws).
      expect(path === "/kit" ? [] : without).toEqual([]);
    } finally {
      await v.page.close();
    }
  });

  test.each(pages)("%s: every chart has a text alternative", async (path) => {
    const v = await site.visit(path);
    try {
      await waitForPage(v.page, path);
      const missing = await v.page.evaluate(() =>
        Array.from(document.querySelectorAll("#observablehq-main svg"))
          .filter((svg) => svg.getBoundingClientRect().width > 60 && !svg.closest("svg:not(:scope) svg") && svg.parentElement?.closest("svg") === null)
          .filter((svg) => !(svg.getAttribute("aria-label") || svg.getAttribute("aria-labelledby") || svg.getAttribute("aria-hidden") === "true"))
          .map((svg) => svg.outerHTML.slice(0, 120))
      );
      expect(missing).toEqual([]);
    } finally {
      await v.page.close();
    }
  });
});
