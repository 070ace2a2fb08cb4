// The mock Kolada server's SYNTHETIC values are plausible: every one keeps its KPI's rule (as the
// refresh checks them), related KPIs agree, and group and Riket values are computed from the
// kommuner's as Kolada computes them. A site built from a refresh against the mock is the
// project's full-data test site, so these properties are what makes that site exercise the pages.
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {kommunGroups} from "../../loaders/kolada/groups.js";
import {KPIS, kpiValueKind} from "../../model/catalogue.js";
import {SIZE_GROUP_IDS, SKR_GROUPS} from "../../model/groups.js";
import {ruleBroken} from "../../model/valueRules.js";
import {SEED_DIR} from "../support/seed.js";
import {SEED_SIZE_GROUPS} from "../support/memberships.js";
import {KoladaMock, SIZE_GROUP_POPULATION, catalogueMockOptions, snapshotGroups, type Gender} from "./koladaMock.js";

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

describe("the mock's groups", () => {
  test("synthetic memberships make a valid set of the site's families: every kommun in one SKR and one size group, and owner of a liknande group of seven", () => {
    const kommunAreas = mock.areas.filter((a) => a.type === "K");
    const groups = kommunGroups({
      kommuner: kommunAreas.map((a) => ({id: a.id, name: a.title})),
      metadata: {kpis: [], areas: mock.areas.filter((a) => a.type === "G").map((a) => ({id: a.id, title: a.title, type: "G", members: a.members ?? []}))}
    });
    expect(groups.size).toBe(kommunAreas.length);
    expect(new Set([...groups.values()].map((g) => g.size)).size).toBe(SIZE_GROUP_IDS.length);
    expect(new Set([...groups.values()].map((g) => g.skr)).size).toBe(SKR_GROUPS.length);
    // A catalogue kommun is in its catalogue size group, and its synthetic population fits it.
    expect(groups.get("2380")!.size).toBe(SEED_SIZE_GROUPS.get("2380")!.id);
  });

  test("the real memberships (snapshotGroups) are a snapshot's metadata.json's (here the frozen seed's)", () => {
    const real = snapshotGroups(join(SEED_DIR, "metadata.json"));
    expect(real).toHaveLength(309);
    expect(real.find((g) => g.id === "G216095")).toMatchObject({
      title: "Liknande kommuner arbetsmarknad, Ale, 2024",
      members: ["0140", "0305", "0582", "1263", "1489", "1494", "2582"]
    });
    const withReal = new KoladaMock({...catalogueMockOptions(0), groups: real.filter((g) => g.id === "G2328" || g.id === "G30829")});
    expect(withReal.areas.filter((a) => a.type === "G").map((a) => a.id)).toEqual(["G2328", "G30829"]);
    // A kommun's population range follows its real size group.
    expect(withReal.areas.find((a) => a.id === "1487")!.population).toEqual(SIZE_GROUP_POPULATION.G30829);
  });

  test("a liknande group's value is its members' unweighted mean", () => {
    const g = mock.areas.find((a) => a.title.startsWith("Liknande kommuner arbetsmarknad, Vänersborg"))!;
    const members = g.members!.map((m) => value("U40455", m, 2021)).filter((v): v is number => v !== null);
    expect(mock.get("U40455", g.id, 2021, "T")!.value).toBeCloseTo(members.reduce((a, b) => a + b, 0) / members.length, 1);
  });

  test("/municipality_groups: by id, and by title search (any case), with members as Kolada names them; optionally without", async () => {
    const m = new KoladaMock();
    const base = await m.start();
    try {
      const get = async (path: string) =>
        ((await (await fetch(`${base}${path}`)).json()) as {values: {id: string; title: string; members?: {member_id: string}[]}[]}).values;
      const byId = await get("/municipality_groups/G92787,G2328");
      expect(byId.map((g) => g.id).sort()).toEqual(["G2328", "G92787"]);
      expect(byId.find((g) => g.id === "G2328")!.members).toHaveLength(10);
      const search = await get(`/municipality_groups?title=${encodeURIComponent("liknande kommuner ARBETSMARKNAD")}`);
      expect(search).toHaveLength(10);
      expect(search.every((g) => g.title.startsWith("Liknande kommuner arbetsmarknad, ") && g.members!.length === 7)).toBe(true);
      m.listGroupsWithoutMembers = true;
      expect((await get("/municipality_groups?title=Liknande"))[0].members).toBeUndefined();
      expect((await get("/municipality_groups/G2328"))[0].members).toHaveLength(10);
    } finally {
      await m.close();
    }
  });
});
