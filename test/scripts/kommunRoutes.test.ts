// The kommun pages' routes (scripts/site/kommunRoutes.ts): one per kommun of the snapshot, each
// page's description, and the bench's switch that builds the site without them.
import {describe, expect, test} from "vitest";
import {WITHOUT_KOMMUN_PAGES_ENV, kommunDescription, kommunPagesBuilt, kommunRoutes} from "../../scripts/site/kommunRoutes.js";
import {snapshot} from "../../loaders/analysis/inputs.js";

describe("kommun routes", () => {
  const routes = kommunRoutes();
  test("one route per kommun of the snapshot's kommun list, at /kommun/<kod>", () => {
    const kommuner = snapshot().kommuner;
    expect(routes.map((r) => r.id)).toEqual(kommuner.map((k) => k.id));
    for (const r of routes) expect(r.path).toBe(`/kommun/${r.id}`);
  });
  test("a kommun page's description names its kommun; another page has none", () => {
    const first = routes[0];
    expect(kommunDescription(routes, `kommun/${first.id}.md`)).toMatch(new RegExp(`^${first.name}: `));
    expect(kommunDescription(routes, first.path)).toBe(kommunDescription(routes, `kommun/${first.id}.md`));
    expect(kommunDescription(routes, "/kommun/9999")).toBeNull();
    expect(kommunDescription(routes, "/resultat-vid-avslut")).toBeNull();
  });
  test("the pages are built unless the bench's switch says otherwise", () => {
    expect(kommunPagesBuilt({})).toBe(true);
    expect(kommunPagesBuilt({[WITHOUT_KOMMUN_PAGES_ENV]: "0"})).toBe(true);
    expect(kommunPagesBuilt({[WITHOUT_KOMMUN_PAGES_ENV]: "1"})).toBe(false);
  });
});
