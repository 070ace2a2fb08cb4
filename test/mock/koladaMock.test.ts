// The mock Kolada server's SYNTHETIC values are plausible: every one keeps its KPI's rule (as the
// refresh checks them), related KPIs agree, and group and Riket values are computed from the
// kommuner's as Kolada computes them. A site built from a refresh against the mock is the
// project's full-data test site, so these properties are what makes that site exercise the pages.
import {describe, expect, test} from "vitest";
import {KPIS, kpiValueKind} from "../../model/catalogue.js";
import {ruleBroken} from "../../model/valueRules.js";
import {KoladaMock, catalogueMockOptions, type Gender} from "./koladaMock.js";

const mock = new KoladaMock(catalogueMockOptions(40));
const kommuner = mock.areas.filter((a) => a.type === "K").map((a) => a.id);
const value = (kpi: string, area: string, year: number, g: Gender = "T") => mock.get(kpi, area, year, g)?.value ?? null;

describe("the mock's synthetic values", () => {
  test("every value of every KPI, area, year and gender keeps its KPI's rule", () => {
    let checked = 0;
    for (const k of KPIS)
      for (const a of mock.areas)
        for (const y of mock.years)
          for (const g of ["T", "K", "M"] as Gender[]) {
            const v = value(k.id, a.id, y, g);
            if (v === null) continue;
            checked++;
            expect(ruleBroken(kpiValueKind(k), a.id, v), `${k.id} ${a.id} ${y} ${g} = ${v}`).toBeNull();
          }
    expect(checked).toBeGreaterThan(10_000);
  });

  test("related KPIs agree: A–E sum to 100, U40455 = A + B, counts follow shares, T = K + M for counts, age shares sum to 100", () => {
    let n = 0;
    for (const m of kommuner)
      for (const y of mock.years)
        for (const g of ["T", "K", "M"] as Gender[]) {
          const ae = ["U40406", "U40409", "U40412", "U40415", "U40418"].map((id) => value(id, m, y, g));
          if (ae.some((v) => v === null)) continue;
          n++;
          expect(ae.reduce((s, v) => s! + v!, 0)).toBeCloseTo(100, 6);
          const share = value("U40455", m, y, g);
          if (share !== null) expect(share).toBeCloseTo(ae[0]! + ae[1]!, 6);
          const total = value("N40450", m, y, g);
          const working = value("U40450", m, y, g);
          if (total !== null && working !== null && total >= 50) expect(Math.abs(working / total - ae[0]! / 100)).toBeLessThan(0.05);
        }
    expect(n).toBeGreaterThan(100);
    for (const m of kommuner)
      for (const y of mock.years) {
        const [t, k, w] = (["T", "K", "M"] as Gender[]).map((g) => value("N01951", m, y, g));
        if (t !== null && k !== null && w !== null) expect(k + w).toBe(t);
        const young = value("U40811", m, y);
        const old = value("U40812", m, y);
        if (young !== null && old !== null) expect(young + old).toBeCloseTo(100, 6);
      }
  });

  test("some net costs are negative, no gross cost is; about 3 % of values are null and 3 % absent", () => {
    const net = kommuner.flatMap((m) => mock.years.map((y) => value("N40010", m, y))).filter((v): v is number => v !== null);
    expect(net.some((v) => v < 0)).toBe(true);
    const slots = kommuner.length * mock.years.length;
    const present = kommuner.flatMap((m) => mock.years.map((y) => mock.get("U40455", m, y, "T")));
    const nulls = present.filter((v) => v && v.value === null).length;
    const absent = present.filter((v) => !v).length;
    expect(nulls / slots).toBeGreaterThan(0.005);
    expect(nulls / slots).toBeLessThan(0.08);
    expect(absent / slots).toBeGreaterThan(0.005);
    expect(absent / slots).toBeLessThan(0.08);
  });

  test("a group's value is its members' unweighted mean, with count = members with a value; Riket's count is the kommuner's sum", () => {
    const group = mock.areas.find((a) => a.id === "G30829")!;
    const y = 2022;
    const members = group.members!.map((m) => value("U40455", m, y)).filter((v): v is number => v !== null);
    const g = mock.get("U40455", "G30829", y, "T")!;
    expect(g.count).toBe(members.length);
    expect(g.value).toBeCloseTo(members.reduce((a, b) => a + b, 0) / members.length, 1);
    const counts = kommuner.map((m) => value("N40450", m, y)).filter((v): v is number => v !== null);
    expect(value("N40450", "0000", y)).toBe(counts.reduce((a, b) => a + b, 0));
  });

  test("a catalogue kommun's population lies in its size group's range", () => {
    const pop = value("N01951", "1487", 2023) ?? value("N01951", "1487", 2022)!;
    expect(pop).toBeGreaterThanOrEqual(29_000);
    expect(pop).toBeLessThanOrEqual(52_000);
  });
});
