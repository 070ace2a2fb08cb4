// audit_reports, audit_questions and audit_matrix: on small hand-made tables with known answers
// (synthetic reports, said where), and on the committed report data through the served rows, with
// every count checked against an independent count straight from the YAML files.
import {describe, expect, test} from "vitest";
import {auditMatrixRows, auditQuestionRows, auditReportRows, type AuditMetaInput} from "../../../loaders/analysis/audits.js";
import {assessmentRows, auditMeta, auditQuestionTable, auditReportTable, reportThemeRows} from "../../../loaders/analysis/reportInputs.js";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {loadCheckedReports} from "../../../loaders/reports/check.js";
import {readThemes} from "../../../loaders/reports/themes.js";
import {KOMMUNER} from "../../../model/catalogue.js";
import {FOLLOW_UP_THEMES} from "../../../model/pages/granskningar.js";
import {LACKING_SCALES, type Scale} from "../../../model/vocabulary.js";

const reports = loadCheckedReports(REPORTS_DIR);
const mapping = readThemes(REPORTS_DIR);

// ---- synthetic reports ------------------------------------------------------------------------

const meta = (report: string, kommun: string, date: string, document = "rapport"): AuditMetaInput => ({
  report,
  kommun,
  kommun_name: `Kommun ${kommun}`,
  document,
  date,
  title_printed: true,
  auditor_named: true
});
const assessment = (report: string, id: string, order: number, scale: Scale, other: Scale | null = null) => ({
  report,
  id,
  order,
  question: `Fråga ${id}?`,
  question_line_from: 1,
  question_line_to: 1,
  body: "Kommunstyrelsen",
  assessment: "Bedömning.",
  line_from: 2,
  line_to: 2,
  scale,
  contradictory: other !== null,
  other_text: other ? "Annan." : null,
  other_line_from: other ? 3 : null,
  other_line_to: other ? 3 : null,
  other_scale: other,
  note: null
});
const theme = (theme: string, order: number, report: string | null, id: string | null) => ({
  theme,
  theme_label: theme.toUpperCase(),
  theme_description: "Beskrivning.",
  theme_order: order,
  report,
  id,
  why: id ? `Därför ${id}.` : null
});

describe("audit_reports and audit_questions (synthetic reports)", () => {
  // a kommun outside the catalogue comes last; a missiv has no page
  const inputs = [
    meta("x-2020", "9999", "2020-01-01"),
    meta("b-2021", KOMMUNER[1].id, "2021"),
    meta("a-2019", KOMMUNER[0].id, "2019-05"),
    meta("a-2019-missiv", KOMMUNER[0].id, "2019-06", "missiv")
  ];
  const assessments = [
    assessment("a-2019", "A1", 1, "ja"),
    assessment("a-2019", "A2", 2, "ja", "nej"),
    assessment("b-2021", "A1", 1, "delvis"),
    assessment("x-2020", "A1", 1, "ingen bedömning")
  ];
  const themes = [
    theme("resultat", 1, "a-2019", "A2"),
    theme("resultat", 1, "b-2021", "A1"),
    theme("styrning", 2, "a-2019", "A1"),
    theme("styrning", 2, "x-2020", "A1"),
    theme("tom", 3, null, null)
  ];

  test("audit reports in the catalogue's kommun order, then date; named kommun + year", () => {
    const questions = auditQuestionRows(inputs, assessments, themes);
    const rows = auditReportRows(inputs, questions, [
      {report: "b-2021", status: "matches"},
      {report: "b-2021", status: "target"},
      {report: "b-2021", status: "revised"}
    ]);
    expect(rows).toEqual([
      {
        report: "a-2019",
        order: 1,
        kommun: KOMMUNER[0].id,
        name: `Kommun ${KOMMUNER[0].id} 2019`,
        year: 2019,
        title_printed: true,
        auditor_named: true,
        figures_compared: 0,
        follow_up_lacking: true
      },
      {
        report: "b-2021",
        order: 2,
        kommun: KOMMUNER[1].id,
        name: `Kommun ${KOMMUNER[1].id} 2021`,
        year: 2021,
        title_printed: true,
        auditor_named: true,
        figures_compared: 2,
        follow_up_lacking: true
      },
      {
        report: "x-2020",
        order: 3,
        kommun: "9999",
        name: "Kommun 9999 2020",
        year: 2020,
        title_printed: true,
        auditor_named: true,
        figures_compared: 0,
        follow_up_lacking: false
      }
    ]);
  });

  test("each question with its theme and why; lacking: delvis or nej in either reading", () => {
    const rows = auditQuestionRows(inputs, assessments, themes);
    expect(rows.map((q) => [q.report, q.id, q.theme, q.scale, q.other_scale, q.lacking, q.why])).toEqual([
      ["a-2019", "A1", "styrning", "ja", null, false, "Därför A1."],
      ["a-2019", "A2", "resultat", "ja", "nej", true, "Därför A2."],
      ["b-2021", "A1", "resultat", "delvis", null, true, "Därför A1."],
      ["x-2020", "A1", "styrning", "ingen bedömning", null, false, "Därför A1."]
    ]);
  });

  test("an assessment without a theme, or a theme mapping to no assessment, is an error", () => {
    expect(() =>
      auditQuestionRows(
        inputs,
        assessments,
        themes.filter((t) => !(t.report === "b-2021"))
      )
    ).toThrow(/assessment b-2021#A1 has no theme/);
    expect(() => auditQuestionRows(inputs, assessments, [...themes, theme("styrning", 2, "a-2019", "A99")])).toThrow(
      /maps a-2019#A99, which is not an assessment/
    );
  });

  test("no reports give empty tables", () => {
    expect(auditQuestionRows([], [], [])).toEqual([]);
    expect(auditReportRows([], [], [])).toEqual([]);
    expect(auditMatrixRows([], [], [])).toEqual([]);
  });
});

describe("audit_matrix (synthetic reports)", () => {
  const audits = [
    {report: "r", order: 1},
    {report: "s", order: 2}
  ];
  const q = (report: string, id: string, themeId: string, scale: Scale, other: Scale | null = null) => ({
    report,
    id,
    order: Number(id.slice(1)),
    theme: themeId,
    question: "?",
    scale,
    other_scale: other,
    lacking: [scale, other].some((x) => x !== null && LACKING_SCALES.includes(x)),
    why: "."
  });
  const themes = [
    {theme: "a", theme_order: 2},
    {theme: "b", theme_order: 1},
    {theme: "b", theme_order: 1}
  ];

  test("every theme × every audit, in theme order then audit order: questions, lacking and the finding", () => {
    const questions = [
      q("r", "A1", "a", "ja"),
      q("r", "A2", "a", "nej"), // a lack
      q("s", "A1", "a", "ingen bedömning"),
      q("s", "A2", "a", "ingen bedömning"), // nothing judged
      q("r", "A3", "b", "i huvudsak ja"),
      q("r", "A4", "b", "ingen bedömning") // judged, no lack
      // s asks nothing about b
    ];
    expect(auditMatrixRows(audits, questions, themes)).toEqual([
      {theme: "b", report: "r", questions: 2, lacking: 0, finding: "ingen brist"},
      {theme: "b", report: "s", questions: 0, lacking: 0, finding: "ej granskat"},
      {theme: "a", report: "r", questions: 2, lacking: 1, finding: "brist"},
      {theme: "a", report: "s", questions: 2, lacking: 0, finding: "ej bedömt"}
    ]);
  });

  test("a question without a judgement but with a lacking other reading is a lack; with a judged other reading it is judged", () => {
    const rows = auditMatrixRows(audits.slice(0, 1), [q("r", "A1", "a", "ingen bedömning", "delvis")], themes.slice(0, 1));
    expect(rows).toEqual([{theme: "a", report: "r", questions: 1, lacking: 1, finding: "brist"}]);
    const judged = auditMatrixRows(audits.slice(0, 1), [q("r", "A1", "a", "ingen bedömning", "ja")], themes.slice(0, 1));
    expect(judged[0].finding).toBe("ingen brist");
  });
});

// ---- the committed report data ------------------------------------------------------------------

describe("the comparison (committed report data, as served)", () => {
  const audits = auditReportTable();
  const ids = audits.map((a) => a.report);
  const questions = auditQuestionTable();
  const matrix = auditMatrixRows(audits, questions, reportThemeRows());
  const auditFolders = reports.filter((r) => r.meta.document === "rapport");

  test("every audit report, in kommun order, named kommun + year (the four of today among them)", () => {
    const rank = (k: string) => (KOMMUNER.some((m) => m.id === k) ? KOMMUNER.findIndex((m) => m.id === k) : KOMMUNER.length);
    const expected = [...auditFolders]
      .sort((a, b) => rank(a.meta.kommun) - rank(b.meta.kommun) || a.meta.date.localeCompare(b.meta.date) || a.report.localeCompare(b.report))
      .map((r) => `${r.meta.kommun_name} ${r.meta.date.slice(0, 4)}`);
    expect(audits.map((a) => a.name)).toEqual(expected);
    const names = audits.map((a) => a.name);
    const known = ["Vänersborg 2022", "Alingsås 2024", "Östersund 2022", "Alvesta 2018"];
    expect(known.map((n) => names.indexOf(n))).toEqual([...known.map((n) => names.indexOf(n))].sort((a, b) => a - b));
    expect(known.every((n) => names.includes(n))).toBe(true);
  });

  test("the flags of meta.yaml: a title the text does not print, an auditor it does not name", () => {
    for (const a of audits) {
      const m = reports.find((r) => r.report === a.report)!.meta;
      expect([a.title_printed, a.auditor_named], a.report).toEqual([!/^\[.*\]$/.test(m.title), !/^\[.*\]$/.test(m.auditor)]);
    }
    expect(audits.find((a) => a.report === "alvesta-2018")!.auditor_named).toBe(false);
    expect(audits.filter((a) => !a.title_printed).map((a) => a.report)).toEqual(["alingsas-2024", "ostersund-2022"]);
    expect(auditMeta().find((m) => m.report === "vanersborg-2022-missiv")).toMatchObject({document: "missiv"});
  });

  test("one cell per theme and audit; every question of the audits in exactly one cell", () => {
    expect(matrix.length).toBe(mapping.themes.length * auditFolders.length);
    const inCells = questions.map((q) => `${q.report}#${q.id}`);
    const expected = assessmentRows()
      .filter((a) => ids.includes(a.report))
      .map((a) => `${a.report}#${a.id}`);
    expect([...inCells].sort()).toEqual([...expected].sort());
    for (const r of auditFolders) {
      const n = matrix.filter((c) => c.report === r.report).reduce((s, c) => s + c.questions, 0);
      expect(n, r.report).toBe(r.assessments.length);
    }
  });

  test("each cell holds the questions the mapping gives it, in report order, with their scales", () => {
    for (const c of matrix) {
      const want = mapping.assignments.filter((a) => a.report === c.report && a.theme === c.theme).map((a) => a.id);
      const mine = questions.filter((q) => q.report === c.report && q.theme === c.theme);
      expect(mine.map((q) => q.id).sort()).toEqual([...want].sort());
      expect(c.questions).toBe(want.length);
      const orders = mine.map((q) => q.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      for (const q of mine) {
        const a = reports.find((r) => r.report === q.report)!.assessments.find((x) => x.id === q.id)!;
        expect(q.scale).toBe(a.scale);
        expect(q.other_scale).toBe(a.other_reading?.scale ?? null);
      }
    }
    // the contradictory Alingsås A9 keeps both readings in its cell
    const a9 = questions.find((q) => q.report === "alingsas-2024" && q.id === "A9")!;
    expect([a9.theme, a9.scale, a9.other_scale]).toEqual(["resultat", "delvis", "nej"]);
  });

  test("which audits found follow-up of results or costs lacking: computed = counted from the YAML", () => {
    // independent count straight from assessments.yaml + themes.yaml
    const lackingByYaml = ids.filter((report) =>
      reports
        .find((r) => r.report === report)!
        .assessments.some((a) => {
          const t = mapping.assignments.find((m) => m.report === report && m.id === a.id)!.theme;
          const scales = [a.scale, a.other_reading?.scale].filter(Boolean);
          return (FOLLOW_UP_THEMES as readonly string[]).includes(t) && scales.some((s) => s === "delvis" || s === "nej");
        })
    );
    expect(audits.filter((a) => a.follow_up_lacking).map((a) => a.report)).toEqual(lackingByYaml);
    // and what that is today: all four found follow-up of results lacking; only Alingsås audited costs
    const finding = (report: string, t: string) => matrix.find((c) => c.report === report && c.theme === t)!.finding;
    expect(["vanersborg-2022", "alingsas-2024", "ostersund-2022", "alvesta-2018"].map((r) => [r, finding(r, "resultat"), finding(r, "kostnader")])).toEqual([
      ["vanersborg-2022", "brist", "ej granskat"],
      ["alingsas-2024", "brist", "brist"],
      ["ostersund-2022", "brist", "ej granskat"],
      ["alvesta-2018", "brist", "ej granskat"]
    ]);
    const alingsasLacking = FOLLOW_UP_THEMES.flatMap((t) =>
      questions.filter((q) => q.report === "alingsas-2024" && q.theme === t && q.lacking).map((q) => q.id)
    );
    expect(alingsasLacking).toEqual(["A8", "A9", "A10"]);
  });

  test("an assessment without a theme, or a mapping to no assessment, is an error", () => {
    const themes = reportThemeRows();
    const fewer = themes.filter((t) => !(t.report === "alvesta-2018" && t.id === "A9"));
    expect(() => auditQuestionRows(auditMeta(), assessmentRows(), fewer)).toThrow(/assessment alvesta-2018#A9 has no theme/);
    const extra = [...themes, {...themes[0], report: "alvesta-2018", id: "A99"}];
    expect(() => auditQuestionRows(auditMeta(), assessmentRows(), extra)).toThrow(/maps alvesta-2018#A99, which is not an assessment/);
  });
});
