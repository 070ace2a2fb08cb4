// The change report's per-KPI table (loaders/kolada/changes.ts): what a refresh changed per KPI,
// with the revisions that are only a difference of precision told apart, as a maintainer reviews
// the first real refresh replacing the seed's values. All values are SYNTHETIC.
import {describe, expect, test} from "vitest";
import {diffGroups, diffRows, renderChangeReport, roundingOnly, summarizeByKpi, yearRanges, type Changes} from "../../../loaders/kolada/changes.js";
import type {AreaMeta, KoladaRow} from "../../../loaders/kolada/types.js";

const row = (kpi: string, municipality: string, period: number, value: number | null, extra: Partial<KoladaRow> = {}): KoladaRow => ({
  kpi,
  municipality,
  period,
  gender: "T",
  value,
  count: null,
  status: null,
  ...extra
});

describe("revisions of precision only", () => {
  test.each([
    [14.22872341, 14.2, true],
    [14.22872341, 14.23, true],
    [14.26, 14.2, false],
    [9.06862746, 9.1, true],
    [30, 30.4, false],
    [25.4180602, 25.41806, true],
    [12.5, 12.4, false]
  ])("%s → %s: %s", (old, next, expected) => {
    expect(roundingOnly({old: row("U40455", "1487", 2020, old), next: row("U40455", "1487", 2020, next)})).toBe(expected);
  });
  test("a change of count or status, or to or from missing, is never precision only", () => {
    const old = row("U40455", "1487", 2020, 14.2);
    expect(roundingOnly({old, next: {...old, count: 12}})).toBe(false);
    expect(roundingOnly({old, next: {...old, status: "P"}})).toBe(false);
    expect(roundingOnly({old, next: {...old, value: null}})).toBe(false);
  });
});

describe("the report's per-KPI table", () => {
  test("counts per KPI before, after, new, revised and of which precision only, removed, and names the largest other revision", () => {
    const oldRows = [
      row("U40455", "1487", 2020, 14.22872341),
      row("U40455", "1489", 2020, 30),
      row("U40455", "0764", 2020, 11),
      row("U40455", "2380", 2020, 45),
      row("N40011", "1487", 2020, 900)
    ];
    const newRows = [
      row("U40455", "1487", 2020, 14.2),
      row("U40455", "1489", 2020, 35.5),
      row("U40455", "0764", 2020, 11.4),
      row("U40455", "1487", 2021, 20),
      row("N40011", "1487", 2020, 900)
    ];
    const d = diffRows(oldRows, newRows);
    const perKpi = summarizeByKpi(d, oldRows, newRows);
    expect(perKpi.find((k) => k.kpi === "U40455")).toMatchObject({before: 4, after: 4, added: 1, revised: 3, rounding: 1, removed: 1});
    expect(perKpi.find((k) => k.kpi === "U40455")!.largest!.old.municipality).toBe("1489");
    const changes: Changes = {...d, deletedReported: 0, metadata: [], missingKpis: [], oldRows: 5, newRows: 5, perKpi};
    const report = renderChangeReport(changes, {
      date: "2026-12-01",
      baseUrl: "http://mock/v3",
      since: null,
      dryRun: true,
      written: false,
      requests: 3,
      retries: 0
    });
    expect(report).toContain("| U40455 | 4 | 4 | 1 | 3 | 1 | 1 | 1489 2020 T: 30 → 35.5 |");
    expect(report).not.toMatch(/^\| N40011 \|/m); // unchanged KPIs are left out
    expect(report.indexOf("## Per KPI")).toBeLessThan(report.indexOf("## Revised values"));
  });
});

describe("group changes (diffGroups) and year ranges", () => {
  const g = (id: string, title: string, members: string[]): AreaMeta => ({id, title, type: "G", members});
  test("new, gone and renamed groups and members that joined or left, named; groups the site does not use are left out", () => {
    const old = [
      g("G2328", "Alla kommuner (ovägt medel)", ["0114", "0115", "1487"]),
      g("G216095", "Liknande kommuner arbetsmarknad, Ale, 2024", ["0140", "0305"]),
      g("G30829", "Kommuner med 30 000 - 49 999 invånare (ovägt medel)", ["1487"]),
      g("G1", "En grupp sajten inte använder", ["0114"])
    ];
    const next = [
      g("G2328", "Alla kommuner (ovägt medel)", ["0114", "0115", "1487"]),
      g("G216095", "Liknande kommuner arbetsmarknad, Ale, 2024", ["0140", "1487"]),
      g("G92787", "Storstäder (ovägt medel)", ["0180"]),
      g("G1", "En grupp sajten inte använder", [])
    ];
    const changes = diffGroups(
      old,
      next,
      new Map([
        ["1487", "Vänersborg"],
        ["0305", "Håbo"]
      ])
    );
    expect(changes.map((c) => [c.id, c.family, c.oldTitle === null, c.gone, c.joined, c.left])).toEqual([
      ["G216095", "liknande", false, false, ["1487 Vänersborg"], ["0305 Håbo"]],
      ["G30829", "size", false, true, [], []],
      ["G92787", "skr", true, false, [], []]
    ]);
    const report = renderChangeReport(
      {
        added: [],
        revised: [],
        removed: [],
        deleted: [],
        newYears: [],
        deletedReported: 0,
        metadata: [],
        missingKpis: [],
        oldRows: 0,
        newRows: 0,
        groups: changes
      },
      {date: "2026-12-01", baseUrl: "http://mock/v3", since: null, dryRun: false, written: true, requests: 1, retries: 0}
    );
    expect(report.split("\n")[0]).toBe("Kolada refresh 2026-12-01: 0 new, 0 revised, 0 removed values, 0 metadata changes, 3 group changes");
    expect(report).toContain("| size groups | 0 | 1 | 0 | 0 | 0 | 0 |");
    expect(report).toContain("| Liknande kommuner arbetsmarknad 2024 | 0 | 0 | 0 | 1 | 1 | 1 |");
    expect(report).toContain("- G216095 Liknande kommuner arbetsmarknad, Ale, 2024: joined (1): 1487 Vänersborg; left (1): 0305 Håbo");
    expect(report).toContain("- G30829 Kommuner med 30 000 - 49 999 invånare (ovägt medel): gone (had 1 member)");
    expect(report).toContain("- G92787 Storstäder (ovägt medel): new, 1 member");
  });

  test("years as compact ranges", () => {
    expect(yearRanges([2016, 2017, 2018, 2020, 2023, 2022])).toBe("2016–2018, 2020, 2022–2023");
    expect(yearRanges([2025])).toBe("2025");
    expect(yearRanges([])).toBe("");
  });
});
