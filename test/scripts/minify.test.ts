import {describe, expect, test} from "vitest";
import {isOwnAsset, minifyModule, minifyStylesheet} from "../../scripts/site/minify.js";

describe("minifying the project's own built modules and stylesheet", () => {
  test("a module keeps its imports, its exports and what they do, in fewer bytes", async () => {
    const source = [
      'import {formatLocale} from "../../_node/d3-format@3.1.3/index.12345678.js";',
      "/** A long comment that the minified file does not need. */",
      "export const NBSP = '\\u00a0';",
      "export function formatList(items, conjunction = 'och') {",
      "  if (items.length === 0) return '';",
      "  if (items.length === 1) return items[0];",
      "  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;",
      "}",
      "export {formatLocale};"
    ].join("\n");
    const out = minifyModule(source);
    expect(out.length).toBeLessThan(source.length * 0.8);
    expect(out).toContain('from"../../_node/d3-format@3.1.3/index.12345678.js"');
    expect(out).not.toContain("long comment");
    // the same module without its import, before and after: the exports behave the same
    const run = async (code: string) => import(`data:text/javascript,${encodeURIComponent(code)}`);
    const local = source.split("\n").slice(1, -1).join("\n");
    const [a, b] = await Promise.all([run(local), run(minifyModule(local))]);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(b.formatList(["Vänersborg", "Alingsås", "Alvesta"])).toBe(a.formatList(["Vänersborg", "Alingsås", "Alvesta"]));
    expect(b.NBSP).toBe("\u00a0");
  });
  test("a stylesheet loses whitespace and comments, not rules", () => {
    const out = minifyStylesheet("/* slots */\n.slot-frame {\n  min-height: 18rem;\n}\n@media (min-width: 640px) {\n  .slot-frame { min-height: 12rem; }\n}\n");
    expect(out.trim()).toBe(".slot-frame{min-height:18rem}@media(min-width:640px){.slot-frame{min-height:12rem}}");
  });
  test("only files under _import are the project's own", () => {
    expect(isOwnAsset("_import/components/kit/format.ef475fd5.js")).toBe(true);
    expect(isOwnAsset("_import/style.1a2b3c4d.css")).toBe(true);
    expect(isOwnAsset("_node/d3-format@3.1.3/index.12345678.js")).toBe(false);
    expect(isOwnAsset("_observablehq/client.js")).toBe(false);
    expect(isOwnAsset("_import/data.json")).toBe(false);
  });
});
