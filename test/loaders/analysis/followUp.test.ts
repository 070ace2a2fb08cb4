// audit_followup on small hand-made tables with known answers (values synthetic).
import {describe, expect, test} from "vitest";
import {auditFollowUpRows} from "../../../loaders/analysis/followUp.js";
import {kpiMeanRows} from "../../../loaders/analysis/means.js";
import type {KoladaRow} from "../../../loaders/kolada/types.js";
import {groupMeanMinKommuner} from "../../../model/comparisons.js";

const row = (municipality: string, period: number, value: number | null, kpi = "U40455"): KoladaRow => ({
  kpi,
  municipality,
  period,
  gender: "T",
  value,
  count: null,
  status: null
});
const audit = (report: string, kommun: string, year: number, order = 1) => ({report, kommun, year, order});
const ind = (report: string, kpi: string, order = 1) => ({report, kpi, order, why: "Synthetic."});
const pick = (rows: ReturnType<typeof auditFollowUpRows>) => rows.map((r) => [r.kpi, r.context, r.period, r.value, r.mean, r.mean_source, r.in_chart]);

describe("audit_followup (synthetic values)", () => {
  test("Kolada's G2328 when the snapshot has it in those years; a missing year stays null (never a zero)", () => {
    const catalogue = [row("0764", 2022, 55), row("G2328", 2022, 40), row("G2328", 2023, 41)];
    const out = auditFollowUpRows([audit("a-2022", "0764", 2022)], [ind("a-2022", "U40455")], catalogue, [], [], {
      to: 2023,
      contextYears: 2
    });
    expect(pick(out)).toEqual([
      ["U40455", false, 2022, 55, 40, "G2328", true],
      ["U40455", false, 2023, null, 41, "G2328", true]
    ]);
  });

  test("else our own mean of every kommun (kpi_means: Riket is not a kommun; too few kommuner give no mean)", () => {
    const all = Array.from({length: groupMeanMinKommuner(290) + 1}, (_, i) => row(String(1000 + i), 2022, i % 2 ? 30 : 50));
    all.push(row("1001", 2023, 10)); // 2023 has too few kommuner (an even count above the threshold keeps 2022 at 40)
    const out = auditFollowUpRows(
      [audit("a-2022", "0764", 2022)],
      [ind("a-2022", "U40455")],
      [row("0764", 2022, 55), row("0000", 2022, 99)],
      all,
      kpiMeanRows(all, groupMeanMinKommuner(290)),
      {to: 2023, contextYears: 2}
    );
    expect(pick(out)).toEqual([
      ["U40455", false, 2022, 55, 40, "kpi_means", true],
      ["U40455", false, 2023, null, null, null, false]
    ]);
  });

  test("the kommun's value from every kommun's values when the catalogue lacks it", () => {
    const out = auditFollowUpRows([audit("a-2022", "0764", 2022)], [ind("a-2022", "U40455")], [row("0764", 2022, null)], [row("0764", 2022, 12)], [], {
      to: 2022,
      contextYears: 1
    });
    expect(pick(out)).toEqual([["U40455", false, 2022, 12, null, null, true]]);
  });

  test("no value since the audit: the audit year and the years before as background, with their own comparison", () => {
    const catalogue = [row("0764", 2019, 30, "N40011"), row("0764", 2020, 31, "N40011"), row("G2328", 2020, 20, "N40011"), row("G2328", 2022, 25, "N40011")];
    const out = auditFollowUpRows([audit("a-2021", "0764", 2021)], [ind("a-2021", "N40011")], catalogue, [], [], {
      to: 2022,
      contextYears: 2
    });
    expect(pick(out)).toEqual([
      ["N40011", false, 2021, null, null, null, false],
      ["N40011", false, 2022, null, 25, "G2328", false],
      ["N40011", true, 2019, 30, null, null, true],
      ["N40011", true, 2020, 31, 20, "G2328", true],
      ["N40011", true, 2021, null, null, null, true]
    ]);
  });

  test("a KPI without any value: the years since as missing, the background years empty (said, never drawn as zero)", () => {
    const out = auditFollowUpRows([audit("a-2022", "0764", 2022)], [ind("a-2022", "U40800")], [], [], [], {
      to: 2023,
      contextYears: 1
    });
    expect(pick(out)).toEqual([
      ["U40800", false, 2022, null, null, null, false],
      ["U40800", false, 2023, null, null, null, false],
      ["U40800", true, 2021, null, null, null, true],
      ["U40800", true, 2022, null, null, null, true]
    ]);
  });

  test("the chart drops the trailing years where no series has a value", () => {
    const catalogue = [row("0764", 2022, 1), row("0764", 2023, 2), row("G2328", 2023, 3)];
    const out = auditFollowUpRows([audit("a-2022", "0764", 2022)], [ind("a-2022", "U40455")], catalogue, [], [], {
      to: 2025,
      contextYears: 1
    });
    expect(out.filter((r) => r.in_chart).map((r) => r.period)).toEqual([2022, 2023]);
    expect(out.map((r) => r.period)).toEqual([2022, 2023, 2024, 2025]);
  });

  test("audits in their order, KPIs in the report's order; only the T (total) values", () => {
    const catalogue = [row("0764", 2022, 1), row("1487", 2022, 2, "N40011"), {...row("1487", 2022, 99, "N40011"), gender: "K" as const}];
    const out = auditFollowUpRows(
      [audit("b-2022", "0764", 2022, 2), audit("a-2022", "1487", 2022, 1)],
      [ind("b-2022", "U40455"), ind("a-2022", "U40455", 2), ind("a-2022", "N40011", 1)],
      catalogue,
      [],
      [],
      {to: 2022, contextYears: 0}
    );
    expect(out.filter((r) => !r.context).map((r) => [r.report, r.kpi, r.value])).toEqual([
      ["a-2022", "N40011", 2],
      ["a-2022", "U40455", null],
      ["b-2022", "U40455", 1]
    ]);
  });
});
