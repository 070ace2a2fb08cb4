// Every built page, in Chromium: an SVG chart rendered, no console errors, no rendered error,
// zero requests to other origins, lang="sv" and a zoomable viewport; on a 375 px screen, no sideways scroll.
import {afterAll, describe, expect, test} from "vitest";
import {builtPages, useSite, waitForPage} from "./browser.js";
import {expectFitsPhone} from "./pageChecks.js";

const pages = builtPages();

const site = useSite();

afterAll(() => {
  console.log(`browser suite: checked ${pages.length} page(s): ${pages.join(", ")}`);
});

describe("every built page", () => {
  test("the build has pages", () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages).toContain("/");
  });

  test.each(pages)("%s renders (a chart where expected), in Swedish, offline-only, without errors", async (path) => {
    const v = await site.visit(path);
    try {
      await waitForPage(v.page, path);
      expect(await v.page.locator("html").getAttribute("lang")).toBe("sv");
      const viewport = await v.page.locator('meta[name="viewport"]').getAttribute("content");
      expect(viewport).not.toMatch(/maximum-scale|user-scalable=no/);
      // A Content-Security-Policy: scripts from this origin and hashed inline scripts only;
      // WebAssembly only where DuckDB runs (Utforska).
      const csp = await v.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      const scriptSrc =
        csp
          ?.split(";")
          .map((d) => d.trim())
          .find((d) => d.startsWith("script-src")) ?? "";
      expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+( 'wasm-unsafe-eval')?$/);
      expect(scriptSrc.includes("'wasm-unsafe-eval'")).toBe(path === "/utforska");
      expect(csp).toContain("default-src 'self'");
      expect(await v.page.locator(".observablehq--error").count()).toBe(0);
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
      const footer = await v.page.locator("#observablehq-footer").innerText();
      expect(footer).toContain("Källor: Kolada");
      // Reader text names what is missing, never a maintainer's command (those are in the README).
      // The gallery /kit and Utforska's SQL editor are for analysts and may show code.
      if (path !== "/kit" && path !== "/utforska") {
        const text = (await v.page.locator("body").textContent()) ?? "";
        expect(text.match(/\bnpm (run|ci|test|start)\b|data:refresh|--accept-removals|tsx /g) ?? []).toEqual([]);
      }
    } finally {
      await v.page.close();
    }
  });

  // The accessibility statement's one-word title and Utforska's data-model tables once made the whole page scroll sideways.
  test.each(pages)("%s fits a 375 px screen: no sideways scroll, nothing outside the page", (path) => expectFitsPhone(site, path));
});
