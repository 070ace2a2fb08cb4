// What a Kolada value may be (model/valueRules.ts): every kind's rule at its edges, by area type,
// and every catalogue KPI's kind (net costs may be negative; the unit decides the rest).
import {describe, expect, test} from "vitest";
import {KPIS, kpiValueKind} from "../../model/catalogue.js";
import {KIND_OF_UNIT, VALUE_KINDS, areaKindOf, ruleBroken} from "../../model/valueRules.js";
import {UNITS} from "../../model/vocabulary.js";

describe("value rules", () => {
  test("a share lies within 0–100, for a kommun and for a group", () => {
    for (const area of ["1487", "G2328"]) {
      expect(ruleBroken("share", area, 0)).toBeNull();
      expect(ruleBroken("share", area, 100)).toBeNull();
      expect(ruleBroken("share", area, 100.01)).toMatch(/0–100/);
      expect(ruleBroken("share", area, -0.1)).toMatch(/0–100/);
    }
  });
  test("a count: whole and ≥ 0 for a kommun and Riket, a mean ≥ 0 for a group", () => {
    expect(ruleBroken("count", "1487", 12)).toBeNull();
    expect(ruleBroken("count", "0000", 12.5)).toMatch(/whole number ≥ 0/);
    expect(ruleBroken("count", "1487", -1)).toMatch(/whole number ≥ 0/);
    expect(ruleBroken("count", "G30831", 12.5)).toBeNull();
    expect(ruleBroken("count", "G30831", -1)).toMatch(/a group's count is a mean of counts, ≥ 0/);
  });
  test("a gross cost is ≥ 0; a net cost may be negative; nothing may be infinite or NaN; missing keeps every rule", () => {
    expect(ruleBroken("cost", "1487", -1)).toMatch(/gross cost is ≥ 0/);
    expect(ruleBroken("net", "1487", -1500)).toBeNull();
    for (const kind of VALUE_KINDS) {
      expect(ruleBroken(kind, "1487", Number.NaN), kind).not.toBeNull();
      expect(ruleBroken(kind, "G2328", Number.POSITIVE_INFINITY), kind).not.toBeNull();
      expect(ruleBroken(kind, "1487", null), kind).toBeNull();
    }
  });
  test("area types: G… ids are groups; kommuner and Riket are areas", () => {
    expect(["G2328", "G30826", "1487", "0000", "0764"].map(areaKindOf)).toEqual(["group", "group", "area", "area", "area"]);
  });
  test("every unit has a kind, and every catalogue KPI one; the nettokostnader are net costs, the other kr/inv gross", () => {
    for (const u of UNITS) expect(VALUE_KINDS).toContain(KIND_OF_UNIT[u]);
    const net = KPIS.filter((k) => kpiValueKind(k) === "net");
    expect(net.length).toBeGreaterThan(0);
    for (const k of net) expect(k.title, k.id).toMatch(/^Nettokostnad/);
    for (const k of KPIS.filter((x) => x.unit === "kr/inv" && !/^Nettokostnad/.test(x.title))) expect(kpiValueKind(k), k.id).toBe("cost");
    for (const k of KPIS.filter((x) => x.unit === "procent")) expect(kpiValueKind(k), k.id).toBe("share");
  });
});
