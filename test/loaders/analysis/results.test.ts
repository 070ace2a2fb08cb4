// result_shares, interval_widths, result_composition and result_audit_figures on small hand-made
// tables with known answers (values synthetic unless said otherwise).
import {describe, expect, test} from "vitest";
import {intervalWidthRows, resultAuditFigureRows, resultCompositionRows, resultShareRows} from "../../../loaders/analysis/results.js";
import type {KoladaRow} from "../../../loaders/kolada/types.js";
import type {ReportFigure} from "../../../loaders/reports/figures.js";
import {RESULTAT} from "../../../model/pages/resultat.js";
import {FEW_PARTICIPANTS, Z_95} from "../../../model/vocabulary.js";
import {koladaRow, reportFigure} from "../../support/rows.js";

const row = koladaRow;
const share = (municipality: string, period: number, value: number | null, gender: KoladaRow["gender"] = "T") =>
  row(RESULTAT.share, municipality, period, value, gender);
const count = (municipality: string, period: number, value: number | null, gender: KoladaRow["gender"] = "T") =>
  row(RESULTAT.participants, municipality, period, value, gender);

/** The textbook Wilson score interval (test oracle), in percent. */
function wilson(successes: number, n: number): {lower: number; upper: number} {
  const p = successes / n;
  const z2 = Z_95 * Z_95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z_95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {lower: 100 * (centre - half), upper: 100 * (centre + half)};
}

/** The one result_shares row of 0764 2020 (T) for a share and a count. */
const one = (percent: number | null, n: number | null) =>
  resultShareRows([share("0764", 2020, percent), count("0764", 2020, n)], {kommuner: ["0764"], years: [2020]}).find((r) => r.gender === "T")!;

describe("result_shares: the share with its count, 95 % Wilson interval and few-participants flag", () => {
  test("one row per kommun, gender and year of the selection; years without values are rows with nulls", () => {
    const rows = resultShareRows([share("0764", 2019, 25), count("0764", 2019, 20), share("1487", 2020, 40, "K")], {
      kommuner: ["1487", "0764"],
      years: [2019, 2020]
    });
    expect(rows).toHaveLength(2 * 3 * 2);
    expect(rows.filter((r) => r.gender === "T").map((r) => [r.municipality, r.period])).toEqual([
      ["1487", 2019],
      ["1487", 2020],
      ["0764", 2019],
      ["0764", 2020]
    ]);
    expect(rows.find((r) => r.municipality === "1487" && r.period === 2020 && r.gender === "K")).toMatchObject({
      share: 40,
      participants: null,
      lower: null,
      upper: null,
      few_participants: null
    });
    expect(rows.find((r) => r.municipality === "0764" && r.period === 2020 && r.gender === "T")).toEqual({
      municipality: "0764",
      period: 2020,
      gender: "T",
      share: null,
      participants: null,
      lower: null,
      upper: null,
      few_participants: null
    });
  });

  test("the Wilson interval where N40450 exists, none where it is missing or 0; few participants flagged", () => {
    const rows = resultShareRows(
      [
        share("0764", 2019, 25),
        count("0764", 2019, 20),
        share("0764", 2020, 50),
        count("0764", 2020, 200),
        share("0764", 2021, 40),
        count("0764", 2022, 0),
        share("0764", 2022, 0)
      ],
      {kommuner: ["0764"], years: [2019, 2020, 2021, 2022, 2023]}
    ).filter((r) => r.gender === "T");
    expect(rows.map((r) => r.period)).toEqual([2019, 2020, 2021, 2022, 2023]);
    const w = wilson(5, 20);
    expect(rows[0]).toMatchObject({share: 25, participants: 20, few_participants: true});
    expect(rows[0].lower).toBeCloseTo(w.lower, 9);
    expect(rows[0].upper).toBeCloseTo(w.upper, 9);
    expect(rows[1].few_participants).toBe(false);
    expect(rows[1].upper! - rows[1].lower!).toBeLessThan(rows[0].upper! - rows[0].lower!);
    expect(rows[2]).toMatchObject({share: 40, participants: null, lower: null, upper: null, few_participants: null});
    expect(rows[3]).toMatchObject({share: 0, participants: 0, lower: null, upper: null});
    expect(rows[4]).toMatchObject({share: null, participants: null, lower: null});
  });

  test("matches the textbook value for 5 of 10 (23,7 %–76,3 %)", () => {
    const r = one(50, 10);
    expect(r.lower).toBeCloseTo(23.66, 2);
    expect(r.upper).toBeCloseTo(76.34, 2);
    expect(r.participants).toBe(10);
  });
  test("0 successes: lower bound exactly 0, upper z²/(n+z²)", () => {
    const r = one(0, 10);
    expect(r.lower).toBe(0);
    expect(r.upper).toBeCloseTo((100 * 1.959964 ** 2) / (10 + 1.959964 ** 2), 3); // 27,75 %
    expect(r.share).toBe(0);
  });
  test("n successes: upper bound exactly 100, lower symmetric to the 0 case", () => {
    const r = one(100, 10);
    expect(r.upper).toBe(100);
    expect(r.lower).toBeCloseTo(100 - one(0, 10).upper!, 9);
  });
  test("1 of 1 is wide, 500 of 1000 is narrow", () => {
    expect(one(100, 1).lower).toBeCloseTo(20.65, 2);
    const r = one(50, 1000);
    expect(r.upper! - r.lower!).toBeLessThan(6.3);
    expect(r.upper! - r.lower!).toBeGreaterThan(6.1);
  });
  test("n = 0 and missing inputs give no interval", () => {
    expect(one(0, 0)).toMatchObject({lower: null, upper: null});
    expect(one(null, 10)).toMatchObject({lower: null, upper: null});
    expect(one(30, null)).toMatchObject({lower: null, upper: null});
    expect(one(30, Number.NaN)).toMatchObject({participants: null, lower: null, upper: null, few_participants: null});
  });
  test("from a published percent and its denominator: 12 % of 25 is the interval of 3 of 25", () => {
    const r = one(12, 25);
    expect(r.share).toBe(12);
    expect(r.lower).toBeCloseTo(wilson(3, 25).lower, 9);
    expect(r.upper).toBeCloseTo(wilson(3, 25).upper, 9);
  });
  test(`fewer than ${FEW_PARTICIPANTS} participants is "few"; a missing count is neither`, () => {
    expect(FEW_PARTICIPANTS).toBe(30);
    expect(one(50, 29).few_participants).toBe(true);
    expect(one(50, 30).few_participants).toBe(false);
    expect(one(50, null).few_participants).toBeNull();
    expect(one(null, 12).few_participants).toBe(true);
    expect(resultShareRows([count("0764", 2020, 12)], {kommuner: ["0764"], years: [2020]}, 10)[0].few_participants).toBe(false);
  });
  test("more than one value for a kommun, year and gender is refused", () => {
    expect(() => resultShareRows([share("0764", 2020, 20), share("0764", 2020, 30)], {kommuner: ["0764"], years: [2020]})).toThrow(/more than one value/);
  });
});

describe("interval_widths: the worked example of how uncertain a share is", () => {
  test("the interval around 50 % narrows as the count grows; 15 of 30 spans about 33–67 %", () => {
    const rows = intervalWidthRows([10, 30, 1000]);
    expect(rows.map((r) => [r.participants, r.share])).toEqual([
      [10, 50],
      [30, 50],
      [1000, 50]
    ]);
    expect(rows[0].lower).toBeCloseTo(23.66, 2);
    expect(rows[1].lower).toBeCloseTo(wilson(15, 30).lower, 9);
    expect(rows[1].upper).toBeCloseTo(wilson(15, 30).upper, 9);
    expect(Math.round(rows[1].lower)).toBe(33);
    expect(Math.round(rows[1].upper)).toBe(67);
    expect(rows[2].upper - rows[2].lower).toBeLessThan(rows[1].upper - rows[1].lower);
    expect(intervalWidthRows().map((r) => r.participants)).toContain(FEW_PARTICIPANTS);
    expect(() => intervalWidthRows([0])).toThrow(/positive integer/);
  });
});

describe("result_composition: the A–E categories in long format", () => {
  test("the given kommuner, every gender and year, in kommun, gender, year and category order; nulls stay null", () => {
    const [a, b] = RESULTAT.composition;
    const rows = [
      row(b, "0764", 2020, 10),
      row(a, "0764", 2020, 20),
      row(a, "1487", 2020, null),
      row(a, "2380", 2020, 30),
      row(a, "0764", 2015, 5),
      row(a, "0764", 2020, 99, "K"),
      row(RESULTAT.share, "0764", 2020, 30)
    ];
    expect(resultCompositionRows(rows, ["1487", "0764"])).toEqual([
      {municipality: "1487", period: 2020, gender: "T", category: a, value: null},
      {municipality: "0764", period: 2015, gender: "T", category: a, value: 5},
      {municipality: "0764", period: 2020, gender: "T", category: a, value: 20},
      {municipality: "0764", period: 2020, gender: "T", category: b, value: 10},
      {municipality: "0764", period: 2020, gender: "K", category: a, value: 99}
    ]);
    expect(resultCompositionRows([], ["0764"])).toEqual([]);
  });
});

const fig = (over: Partial<ReportFigure> = {}): ReportFigure => reportFigure(over);
const BESIDE = {kpi: "U40455", source: "nämndens årsbokslut", caveat: null};

describe("result_audit_figures: printed figures beside Kolada", () => {
  const ostersund = {
    report: "ostersund-2022",
    figures: [
      fig({}),
      fig({id: "F85", area: "Alla kommuner (ovägt medel)", areaId: "G2328", lineFrom: 503, lineTo: 503}),
      fig({id: "F109", table: null, year: 2019, repeats: "F82"}),
      fig({id: "F110", table: null, area: "liknande kommuner", areaId: null}),
      fig({id: "F04x", kind: "target"}),
      fig({id: "F111", table: null, kpi: "U40406", value: 20, printed: "20", year: 2021}),
      fig({id: "F37", kpi: "N03932"})
    ]
  };
  const alingsas = {
    report: "alingsas-2024",
    figures: [
      fig({
        id: "F03",
        table: null,
        kpi: null,
        kpiMatch: null,
        area: "Alingsås kommun",
        areaId: "1489",
        year: 2023,
        value: 17,
        printed: "17 procent",
        lineFrom: 706,
        lineTo: 707,
        beside: {...BESIDE, label: "arbete", caveat: "oklart om x ingår"}
      }),
      fig({
        id: "F05",
        table: null,
        kpi: null,
        kpiMatch: null,
        area: "Alingsås kommun",
        areaId: "1489",
        year: 2023,
        value: 9,
        printed: "9"
      }),
      fig({
        id: "F04",
        table: null,
        kpi: null,
        kpiMatch: null,
        area: "Alingsås kommun",
        areaId: "1489",
        year: 2023,
        value: 3,
        printed: "tre procent",
        lineFrom: 706,
        lineTo: 707,
        beside: {...BESIDE, label: "studier"}
      })
    ]
  };
  const checks = [
    {report: "ostersund-2022", figureId: "F82", status: "matches" as const},
    {report: "ostersund-2022", figureId: "F85", status: "not_in_snapshot" as const},
    {report: "ostersund-2022", figureId: "F109", status: "matches" as const},
    {report: "ostersund-2022", figureId: "F111", status: "revised" as const}
  ];
  const values = [row("U40455", "2380", 2019, 41.9), row("U40455", "2380", 2019, 50, "K"), row("U40455", "1489", 2023, 19.7), row("U40406", "2380", 2021, 22)];

  test("the featured KPIs' figures with a value and a Kolada area, repeats left out; checked first, then other sources", () => {
    const out = resultAuditFigureRows([alingsas, ostersund], checks, values);
    expect(out.map((r) => [r.figure_id, r.kpi, r.point, r.status, r.kolada_value])).toEqual([
      ["F82", "U40455", "F82", "matches", 41.9],
      ["F85", "U40455", "F85", "not_in_snapshot", null],
      ["F111", "U40406", "F111", "revised", 22],
      ["F03", "U40455", "F03+F04", "other_source", 19.7],
      ["F04", "U40455", "F03+F04", "other_source", 19.7]
    ]);
  });
  test("the parts shown beside a KPI are summed into one point; each part keeps its value, lines and the site's wording", () => {
    const parts = resultAuditFigureRows([alingsas], [], values);
    expect(parts.map((r) => [r.value, r.point_value, r.line_from, r.line_to, r.label, r.source])).toEqual([
      [17, 20, 706, 707, "arbete", "nämndens årsbokslut"],
      [3, 20, 706, 707, "studier", "nämndens årsbokslut"]
    ]);
    expect(parts.map((r) => r.caveat)).toEqual(["oklart om x ingår", null]);
    expect(resultAuditFigureRows([ostersund], checks, values)[0]).toMatchObject({
      value: 42,
      point_value: 42,
      source: null,
      label: null,
      caveat: null
    });
  });
  test("only the KPIs asked for; a checked figure without a cross-check row is an error", () => {
    expect(resultAuditFigureRows([ostersund], checks, values, ["U40406"]).map((r) => r.figure_id)).toEqual(["F111"]);
    expect(() => resultAuditFigureRows([ostersund], checks.slice(1), values)).toThrow(/ostersund-2022#F82 has no row in report_vs_kolada/);
    expect(resultAuditFigureRows([], [], values)).toEqual([]);
  });
});
