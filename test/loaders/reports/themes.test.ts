// The theme mapping of the audit questions (data/reports/themes.yaml) and the comparison matrix
// built from it: every question mapped once, bad files rejected with file:line, and the matrix
// data per report and theme, including which audits found follow-up of results or costs lacking.
import {OWN_MEAN_MIN_KOMMUNER} from "../../../model/vocabulary.js";
import {describe, expect, test} from "vitest";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {loadCheckedReports} from "../../../loaders/reports/check.js";
import {reportAssessmentsArrow, reportMetaArrow} from "../../../loaders/reports/reportArrows.js";
import {parseThemes, readThemes, reportIndicatorsArrow, reportThemesArrow, themeRows} from "../../../loaders/reports/themes.js";
import {auditPages} from "../../../loaders/reports/pages.js";
import {rowsFromArrow} from "../../../components/kit/arrow.js";
import {
  auditName,
  auditReports,
  cellOf,
  chartYears,
  figuresWithStatus,
  genitive,
  FOLLOW_UP_THEMES,
  followUpFindings,
  followUpSeries,
  isLacking,
  missingSentence,
  missingYears,
  themeMatrix,
  yearRanges,
  type AssessmentRow,
  type MetaRow,
  type ThemeRow
} from "../../../components/audit/auditThemes.js";

const reports = loadCheckedReports(REPORTS_DIR);
const mapping = readThemes(REPORTS_DIR);
const EXPECTED_THEMES = [
  ["styrning", "Styrning och mål"],
  ["ansvar", "Ansvarsfördelning"],
  ["samverkan", "Samverkan"],
  ["resultat", "Uppföljning och analys av resultat"],
  ["kostnader", "Uppföljning av kostnader"],
  ["atgarder", "Åtgärder"]
];

describe("themes.yaml: the committed mapping", () => {
  test("has the six themes, in order, with Swedish labels", () => {
    expect(mapping.themes.map((t) => [t.id, t.label])).toEqual(EXPECTED_THEMES);
  });

  test("every assessment of every report is mapped exactly once", () => {
    const all = reports.flatMap((r) => r.assessments.map((a) => `${r.report}#${a.id}`));
    const mapped = mapping.assignments.map((a) => `${a.report}#${a.id}`);
    expect(all.length).toBeGreaterThan(30);
    expect(new Set(mapped).size).toBe(mapped.length); // no question twice
    expect([...mapped].sort()).toEqual([...all].sort()); // every question, nothing else
  });

  test("every mapping has a theme that exists and a justification", () => {
    const ids = new Set(mapping.themes.map((t) => t.id));
    for (const a of mapping.assignments) {
      expect(ids.has(a.theme), `${a.report}#${a.id}`).toBe(true);
      expect(a.why.length).toBeGreaterThan(10);
    }
  });

  test("every audit report has follow-up indicators from the catalogue", () => {
    const audits = reports.filter((r) => r.meta.document === "rapport").map((r) => r.report).sort();
    expect(mapping.indicators.map((i) => i.report).sort()).toEqual(audits);
    for (const i of mapping.indicators) expect(i.kpis).toContain("U40455");
  });

  test("report_themes.arrow has one row per mapped question with the theme's label and order", () => {
    const rows = rowsFromArrow<ThemeRow>(reportThemesArrow(REPORTS_DIR));
    expect(rows.length).toBe(mapping.assignments.length);
    const r = rows.find((x) => x.report === "alingsas-2024" && x.id === "A10")!;
    expect(r).toMatchObject({theme: "kostnader", theme_label: "Uppföljning av kostnader", theme_order: 5});
    const ind = rowsFromArrow<{report: string; kpi: string; order: number}>(reportIndicatorsArrow(REPORTS_DIR));
    expect(ind.filter((x) => x.report === "ostersund-2022").map((x) => x.kpi)).toEqual(mapping.indicators.find((i) => i.report === "ostersund-2022")!.kpis);
  });

  test("a theme with no question still gets a row (report and id null)", () => {
    const rows = themeRows({themes: [{id: "tom", label: "Tom", description: "Inget.", order: 1}], assignments: [], indicators: []});
    expect(rows).toEqual([{theme: "tom", theme_label: "Tom", theme_description: "Inget.", theme_order: 1, report: null, id: null, why: null}]);
  });

  test("the audit pages are the four reports (not the missiv), named kommun + year", () => {
    expect(auditPages(REPORTS_DIR).map((p) => [p.name, p.path])).toEqual([
      ["Vänersborg 2022", "/granskningar/vanersborg-2022"],
      ["Alingsås 2024", "/granskningar/alingsas-2024"],
      ["Östersund 2022", "/granskningar/ostersund-2022"],
      ["Alvesta 2018", "/granskningar/alvesta-2018"]
    ]);
  });
});

describe("themes.yaml: the reader rejects bad files with file:line (synthetic questions)", () => {
  const questions = new Map([
    ["r-2020", ["A1", "A2"]],
    ["s-2021", ["A1"]]
  ]);
  const kpis = new Set(["U40455", "N40011"]);
  const head = `themes:
  - id: mal
    label: Mål
    description: "Mål."
  - id: uppf
    label: Uppföljning
    description: "Uppföljning."
`;
  const good = `${head}mapping:
  - question: r-2020#A1
    theme: mal
    why: "Gäller mål."
  - question: r-2020#A2
    theme: uppf
    why: "Gäller uppföljning."
  - question: s-2021#A1
    theme: uppf
    why: "Gäller uppföljning."
indicators:
  - report: r-2020
    kpis: [U40455]
    why: "Resultat."
`;
  const parse = (text: string) => parseThemes(text, "themes.yaml", questions, kpis);

  test("a good file parses", () => {
    const m = parse(good);
    expect(m.assignments.map((a) => [a.report, a.id, a.theme])).toEqual([
      ["r-2020", "A1", "mal"],
      ["r-2020", "A2", "uppf"],
      ["s-2021", "A1", "uppf"]
    ]);
    expect(m.assignments[1].fileLine).toBe(12);
  });

  test("a question mapped twice names both lines", () => {
    const text = good.replace("  - question: s-2021#A1\n    theme: uppf", "  - question: r-2020#A1\n    theme: uppf");
    expect(() => parse(text)).toThrow(/^themes\.yaml:15: question "r-2020#A1" is mapped twice \(first on line 9\)/);
  });

  test("a question without a theme is listed", () => {
    const text = good.replace(/  - question: s-2021#A1\n    theme: uppf\n    why: "Gäller uppföljning."\n/, "");
    expect(() => parse(text)).toThrow(/^themes\.yaml:9: 1 question\(s\) have no theme: s-2021#A1/);
  });

  test("an unknown assessment id, report or theme is rejected at its line", () => {
    expect(() => parse(good.replace("r-2020#A2", "r-2020#A9"))).toThrow(/^themes\.yaml:12: question "r-2020#A9": r-2020\/assessments\.yaml has no assessment "A9"/);
    expect(() => parse(good.replace("s-2021#A1", "t-2022#A1"))).toThrow(/^themes\.yaml:15: question "t-2022#A1": there is no report "t-2022"/);
    expect(() => parse(good.replace("theme: mal", "theme: styrning"))).toThrow(/^themes\.yaml:10: question "r-2020#A1": unknown theme "styrning"/);
  });

  test("malformed records, duplicate theme ids and unknown KPIs are rejected", () => {
    expect(() => parse(good.replace("r-2020#A1", "A1"))).toThrow(/^themes\.yaml:9: mapping\[0\]\.question: question is "<report>#<assessment id>"/);
    expect(() => parse(good.replace('    why: "Gäller mål."\n', ""))).toThrow(/^themes\.yaml:9: mapping\[0\]\.why/);
    expect(() => parse(good.replace("id: uppf", "id: mal"))).toThrow(/^themes\.yaml:5: duplicate theme id "mal" \(first on line 2\)/);
    expect(() => parse(good.replace("kpis: [U40455]", "kpis: [U40455, N99999]"))).toThrow(/^themes\.yaml:20: indicators: KPI "N99999" is not in the catalogue/);
    expect(() => parse(good.replace("  - report: r-2020", "  - report: x-1999"))).toThrow(/^themes\.yaml:19: indicators: there is no report "x-1999"/);
  });

  test("a YAML syntax error names its line", () => {
    expect(() => parse(good.replace('why: "Gäller mål."', 'why: "Gäller mål.'))).toThrow(/^themes\.yaml:\d+: YAML:/);
  });
});

describe("the comparison matrix (real data through the Arrow files, as the page reads it)", () => {
  const meta = rowsFromArrow<MetaRow>(reportMetaArrow(REPORTS_DIR));
  const assessments = rowsFromArrow<AssessmentRow>(reportAssessmentsArrow(REPORTS_DIR));
  const themes = rowsFromArrow<ThemeRow>(reportThemesArrow(REPORTS_DIR));
  const audits = auditReports(meta);
  const ids = audits.map((m) => m.report);
  const matrix = themeMatrix(assessments, themes, ids);

  test("the four audits, in kommun order, named kommun + year", () => {
    expect(audits.map(auditName)).toEqual(["Vänersborg 2022", "Alingsås 2024", "Östersund 2022", "Alvesta 2018"]);
  });

  test("one cell per theme and audit; every question of the four audits in exactly one cell", () => {
    expect(matrix.cells.length).toBe(6 * 4);
    const inCells = matrix.cells.flatMap((c) => c.questions.map((q) => `${q.report}#${q.id}`));
    const expected = assessments.filter((a) => ids.includes(a.report)).map((a) => `${a.report}#${a.id}`);
    expect(inCells.sort()).toEqual(expected.sort());
    for (const r of reports.filter((x) => ids.includes(x.report))) {
      const n = matrix.cells.filter((c) => c.report === r.report).reduce((s, c) => s + c.questions.length, 0);
      expect(n, r.report).toBe(r.assessments.length);
    }
  });

  test("each cell holds the questions the mapping gives it, in report order, with their scales", () => {
    for (const c of matrix.cells) {
      const want = mapping.assignments.filter((a) => a.report === c.report && a.theme === c.theme).map((a) => a.id);
      expect(c.questions.map((q) => q.id).sort()).toEqual([...want].sort());
      const orders = c.questions.map((q) => q.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      for (const q of c.questions) {
        const a = reports.find((r) => r.report === q.report)!.assessments.find((x) => x.id === q.id)!;
        expect(q.scale).toBe(a.scale);
        expect(q.otherScale).toBe(a.other_reading?.scale ?? null);
      }
    }
    // the contradictory Alingsås A9 keeps both readings in its cell
    const a9 = cellOf(matrix, "resultat", "alingsas-2024").questions.find((q) => q.id === "A9")!;
    expect([a9.scale, a9.otherScale]).toEqual(["delvis", "nej"]);
  });

  test("which audits found follow-up of results or costs lacking: computed = counted from the YAML", () => {
    const findings = followUpFindings(matrix);
    // independent count straight from assessments.yaml + themes.yaml
    const lackingByYaml = ids.filter((report) =>
      reports
        .find((r) => r.report === report)!
        .assessments.some((a) => {
          const theme = mapping.assignments.find((m) => m.report === report && m.id === a.id)!.theme;
          const scales = [a.scale, a.other_reading?.scale].filter(Boolean);
          return (FOLLOW_UP_THEMES as readonly string[]).includes(theme) && scales.some((s) => s === "delvis" || s === "nej");
        })
    );
    expect(findings.filter((f) => f.lacking).map((f) => f.report)).toEqual(lackingByYaml);
    // and what that is today: all four found follow-up of results lacking; only Alingsås audited costs
    expect(findings.map((f) => [f.report, f.findings.resultat, f.findings.kostnader])).toEqual([
      ["vanersborg-2022", "brist", "ej granskat"],
      ["alingsas-2024", "brist", "brist"],
      ["ostersund-2022", "brist", "ej granskat"],
      ["alvesta-2018", "brist", "ej granskat"]
    ]);
    expect(findings.find((f) => f.report === "alingsas-2024")!.lackingQuestions.map((q) => q.id)).toEqual(["A8", "A9", "A10"]);
  });

  test("an assessment without a theme, or a mapping to no assessment, is an error", () => {
    const fewer = themes.filter((t) => !(t.report === "alvesta-2018" && t.id === "A9"));
    expect(() => themeMatrix(assessments, fewer, ids)).toThrow(/assessment alvesta-2018#A9 has no theme/);
    const extra = [...themes, {...themes[0], report: "alvesta-2018", id: "A99"}];
    expect(() => themeMatrix(assessments, extra, ids)).toThrow(/maps alvesta-2018#A99, which is not an assessment/);
  });
});

describe("matrix helpers (synthetic data)", () => {
  test("lacking: delvis or nej in either reading", () => {
    expect(isLacking({scale: "ja", otherScale: null})).toBe(false);
    expect(isLacking({scale: "ingen bedömning", otherScale: null})).toBe(false);
    expect(isLacking({scale: "delvis", otherScale: null})).toBe(true);
    expect(isLacking({scale: "ja", otherScale: "nej"})).toBe(true);
  });

  test("Swedish genitive of kommun names", () => {
    expect(["Vänersborg", "Alingsås", "Östersund", "Alvesta"].map(genitive)).toEqual(["Vänersborgs", "Alingsås", "Östersunds", "Alvestas"]);
  });

  test("year ranges and the missing-data sentence", () => {
    expect(yearRanges([2019, 2020, 2021, 2023])).toBe("2019–2021 och 2023");
    expect(yearRanges([2024])).toBe("2024");
    expect(yearRanges([2016, 2018, 2019, 2022])).toBe("2016, 2018–2019 och 2022");
    expect(missingYears([{year: 2022, value: 3}, {year: 2023, value: null}], [2022, 2023, 2024])).toEqual([2023, 2024]);
    expect(missingSentence("Alvesta", [2024, 2025], "nettokostnad")).toBe("Uppgift saknas i Kolada för Alvesta 2024–2025 (nettokostnad); en datauppdatering fyller i resten.");
    expect(missingSentence("Alvesta", [], "nettokostnad")).toBeNull();
  });

  test("follow-up series: Kolada's G2328 when present, else our own mean of every kommun (never a zero)", () => {
    const row = (municipality: string, period: number, value: number | null) => ({kpi: "U40455", municipality, period, gender: "T", value});
    const kommun = {id: "0764", name: "Alvesta"};
    const withGroup = followUpSeries([row("0764", 2022, 55), row("G2328", 2022, 40), row("G2328", 2023, 41)], [], "U40455", kommun, [2022, 2023]);
    expect(withGroup.comparison).toBe("kolada");
    expect(withGroup.points).toEqual([
      {area: "0764", series: "Alvesta", year: 2022, value: 55},
      {area: "0764", series: "Alvesta", year: 2023, value: null},
      {area: "G2328", series: "Alla kommuner (ovägt medel)", year: 2022, value: 40},
      {area: "G2328", series: "Alla kommuner (ovägt medel)", year: 2023, value: 41}
    ]);
    expect(withGroup.missing).toEqual([2023]);

    const all = Array.from({length: OWN_MEAN_MIN_KOMMUNER}, (_, i) => row(String(1000 + i), 2022, i % 2 ? 30 : 50));
    all.push(row("0000", 2022, 99), row("1001", 2023, 10)); // Riket is not a kommun; 2023 has too few kommuner
    const own = followUpSeries([row("0764", 2022, 55)], all, "U40455", kommun, [2022, 2023]);
    expect(own.comparison).toBe("egen");
    expect(own.points.filter((p) => p.area === "G2328").map((p) => p.value)).toEqual([40, null]);
    expect(own.points.find((p) => p.area === "0764" && p.year === 2022)!.value).toBe(55);

    const none = followUpSeries([], [], "N40011", kommun, [2022]);
    expect(none).toEqual({points: [{area: "0764", series: "Alvesta", year: 2022, value: null}], comparison: null, missing: [2022]});
  });

  test("chart years drop trailing years without any value", () => {
    expect(chartYears([{year: 2022, value: 1}, {year: 2023, value: 2}, {year: 2024, value: null}], [2022, 2023, 2024, 2025])).toEqual([2022, 2023]);
    expect(chartYears([{year: 2024, value: null}], [2024, 2025])).toEqual([2024]);
  });
});

describe("figures with their Kolada status (synthetic rows)", () => {
  test("compared figures keep the cross-check status; the rest say why they were not compared", () => {
    const f = (id: string, kind: string, kpi: string | null) => ({report: "r", id, indicator: "x", kpi, unit: "procent", area: "A", year: 2020, printed: "1", kind, line_from: 1, line_to: 1});
    const out = figuresWithStatus(
      [f("F1", "observed", "U40455"), f("F2", "observed", "U40455"), f("F3", "target", null), f("F4", "missing", "U40455"), f("F5", "observed", null), f("F6", "estimate", null)],
      [{report: "r", figure_id: "F1", kolada_value: 40.2, status: "matches"}, {report: "r", figure_id: "F2", kolada_value: null, status: "not_in_snapshot"}, {report: "other", figure_id: "F5", kolada_value: 1, status: "matches"}]
    );
    expect(out.map((x) => [x.id, x.status, x.kolada_value])).toEqual([
      ["F1", "matches", 40.2],
      ["F2", "not_in_snapshot", null],
      ["F3", "target", null],
      ["F4", "missing", null],
      ["F5", "no_kpi", null],
      ["F6", "estimate", null]
    ]);
  });
});
