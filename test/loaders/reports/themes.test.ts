// The theme mapping of the audit questions (data/reports/themes.yaml): every question mapped
// once, bad files rejected with file:line, report_themes and report_indicators as served, and the
// audit pages listed from the report folders. The comparison built from it is tested in
// test/loaders/analysis/audits.test.ts.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parse} from "yaml";
import {describe, expect, test} from "vitest";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {loadCheckedReports} from "../../../loaders/reports/check.js";
import {listReports} from "../../../loaders/reports/list.js";
import {parseThemes, readThemes, reportIndicatorsArrow, reportThemesArrow, themeRows} from "../../../loaders/reports/themes.js";
import {auditPages} from "../../../loaders/reports/pages.js";
import {rowsFromArrow} from "../../../components/kit/arrow.js";
import {KOMMUNER} from "../../../model/catalogue.js";
import type {ThemeRow} from "../../../model/rows.js";

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
    const audits = reports
      .filter((r) => r.meta.document === "rapport")
      .map((r) => r.report)
      .sort();
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
    const rows = themeRows({
      themes: [{id: "tom", label: "Tom", description: "Inget.", order: 1}],
      assignments: [],
      indicators: []
    });
    expect(rows).toEqual([{theme: "tom", theme_label: "Tom", theme_description: "Inget.", theme_order: 1, report: null, id: null, why: null}]);
  });

  test("the audit pages are the audit reports (not the missiv), named kommun + year, in kommun order", () => {
    // independently of the loaders: every folder whose meta.yaml says document: rapport
    const rank = (k: string) => (KOMMUNER.some((m) => m.id === k) ? KOMMUNER.findIndex((m) => m.id === k) : KOMMUNER.length);
    const folders = listReports(REPORTS_DIR)
      .map(
        (id) =>
          parse(readFileSync(join(REPORTS_DIR, id, "meta.yaml"), "utf8")) as {
            id: string;
            kommun: string;
            kommun_name: string;
            document: string;
            date: string;
          }
      )
      .filter((m) => m.document === "rapport")
      .sort((a, b) => rank(a.kommun) - rank(b.kommun) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const pages = auditPages(REPORTS_DIR).map((p) => [p.name, p.path]);
    expect(pages).toEqual(folders.map((m) => [`${m.kommun_name} ${m.date.slice(0, 4)}`, `/granskningar/${m.id}`]));
    // the four of today, in this order, among them
    const known = [
      ["Vänersborg 2022", "/granskningar/vanersborg-2022"],
      ["Alingsås 2024", "/granskningar/alingsas-2024"],
      ["Östersund 2022", "/granskningar/ostersund-2022"],
      ["Alvesta 2018", "/granskningar/alvesta-2018"]
    ];
    expect(pages.filter((p) => known.some((k) => k[0] === p[0]))).toEqual(known);
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
    expect(() => parse(good.replace("r-2020#A2", "r-2020#A9"))).toThrow(
      /^themes\.yaml:12: question "r-2020#A9": r-2020\/assessments\.yaml has no assessment "A9"/
    );
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
