// The change report's per-KPI table (loaders/kolada/changes.ts): what a refresh changed per KPI,
// with the revisions that are only a difference of precision told apart, as a maintainer reviews
// the first real refresh replacing the seed's values. All values are SYNTHETIC.
import {describe, expect, test} from "vitest";
import {diffRows, renderChangeReport, roundingOnly, summarizeByKpi, type Changes} from "../../../loaders/kolada/changes.js";
import type {KoladaRow} from "../../../loaders/kolada/types.js";

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
