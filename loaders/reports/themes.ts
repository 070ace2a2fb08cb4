// The theme mapping of the audit questions (data/reports/themes.yaml): every assessment of every
// report under exactly one theme, with a justification; and per audit the Kolada KPIs the page
// "Vad har hänt sedan granskningen" follows. Errors name the file and the line.
import {join} from "node:path";
import {z} from "zod";
import {toArrowBytes} from "../arrowWriter.js";
import type {RowOf} from "../../model/table.js";
import {reportIndicators, reportThemes} from "../../model/tables/reports.js";
import type {ThemeRow} from "../../model/rows.js";

export type {ThemeRow};
import {kpiIds} from "../../model/catalogue.js";
import {loadCheckedReports} from "./check.js";
import {InputError} from "../errors.js";
import {readTextFile} from "../textFile.js";
import {parseYamlFile, validateYaml} from "./yamlFile.js";

export const THEMES_FILE = "themes.yaml";

const text = z.string({error: "expected a text"}).trim().min(1, {error: "must not be empty"});
const id = z.string({error: "expected an id"}).regex(/^[a-z][a-z0-9_-]*$/, {error: "theme ids use lower-case letters, digits, _ and - only"});

export const themesSchema = z.strictObject({
  themes: z.array(z.strictObject({id, label: text, description: text}), {error: "themes: expected a list"}).min(1, {error: "name at least one theme"}),
  mapping: z.array(
    z.strictObject({
      question: z.string({error: 'expected "<report>#<id>"'}).regex(/^[a-z0-9-]+#[A-Za-z0-9_-]+$/, {
        error: 'question is "<report>#<assessment id>", e.g. "alvesta-2018#A9"'
      }),
      theme: z.string({error: "expected a theme id"}),
      why: text
    }),
    {error: "mapping: expected a list"}
  ),
  indicators: z
    .array(
      z.strictObject({
        report: z.string({error: "expected a report id"}),
        kpis: z.array(z.string()).min(1, {error: "name at least one KPI"}),
        why: text
      }),
      {
        error: "indicators: expected a list"
      }
    )
    .default([])
});

export interface AuditTheme {
  id: string;
  label: string;
  description: string;
  order: number;
}

export interface ThemeAssignment {
  report: string;
  /** the assessment id within its report ("A9") */
  id: string;
  theme: string;
  why: string;
  /** 1-based line of the record in themes.yaml */
  fileLine: number | null;
}

export interface FollowUpIndicators {
  report: string;
  kpis: string[];
  why: string;
}

export interface ThemeMapping {
  themes: AuditTheme[];
  assignments: ThemeAssignment[];
  indicators: FollowUpIndicators[];
}

/** Which questions exist: report id → its assessment ids (in file order). */
export type QuestionIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Parse and validate themes.yaml against the questions that exist. Throws an InputError
 * (file:line) for: an unknown theme, an unknown report or assessment id, a question mapped twice,
 * a question of `questions` not mapped at all, a duplicate theme id, an unknown report or KPI in
 * `indicators`.
 */
export function parseThemes(textIn: string, file: string, questions: QuestionIndex, knownKpis: ReadonlySet<string> = new Set(kpiIds())): ThemeMapping {
  const y = parseYamlFile(textIn, file);
  const data = validateYaml(y, themesSchema);
  const themeIds = new Map<string, number>();
  data.themes.forEach((t, i) => {
    if (themeIds.has(t.id))
      throw new InputError(file, y.lineOf(["themes", i, "id"]), `duplicate theme id "${t.id}" (first on line ${y.lineOf(["themes", themeIds.get(t.id)!])})`);
    themeIds.set(t.id, i);
  });
  const seen = new Map<string, number>();
  const assignments: ThemeAssignment[] = data.mapping.map((m, i) => {
    const line = y.lineOf(["mapping", i]);
    const [report, qid] = m.question.split("#");
    if (!questions.has(report)) {
      throw new InputError(
        file,
        y.lineOf(["mapping", i, "question"]),
        `question "${m.question}": there is no report "${report}" (reports: ${[...questions.keys()].join(", ")})`
      );
    }
    if (!questions.get(report)!.includes(qid)) {
      throw new InputError(file, y.lineOf(["mapping", i, "question"]), `question "${m.question}": ${report}/assessments.yaml has no assessment "${qid}"`);
    }
    if (seen.has(m.question)) {
      throw new InputError(
        file,
        y.lineOf(["mapping", i, "question"]),
        `question "${m.question}" is mapped twice (first on line ${y.lineOf(["mapping", seen.get(m.question)!])}); each question has exactly one theme`
      );
    }
    seen.set(m.question, i);
    if (!themeIds.has(m.theme)) {
      throw new InputError(
        file,
        y.lineOf(["mapping", i, "theme"]),
        `question "${m.question}": unknown theme "${m.theme}" (themes: ${[...themeIds.keys()].join(", ")})`
      );
    }
    return {report, id: qid, theme: m.theme, why: m.why, fileLine: line};
  });
  const unmapped = [...questions].flatMap(([report, ids]) => ids.map((q) => `${report}#${q}`)).filter((q) => !seen.has(q));
  if (unmapped.length > 0) {
    throw new InputError(file, y.lineOf(["mapping"]), `${unmapped.length} question(s) have no theme: ${unmapped.join(", ")} (add them under mapping)`);
  }
  const reportsSeen = new Set<string>();
  const indicators = data.indicators.map((ind, i) => {
    if (!questions.has(ind.report)) throw new InputError(file, y.lineOf(["indicators", i, "report"]), `indicators: there is no report "${ind.report}"`);
    if (reportsSeen.has(ind.report)) throw new InputError(file, y.lineOf(["indicators", i, "report"]), `indicators: report "${ind.report}" is listed twice`);
    reportsSeen.add(ind.report);
    ind.kpis.forEach((k, j) => {
      if (!knownKpis.has(k))
        throw new InputError(file, y.lineOf(["indicators", i, "kpis", j]), `indicators: KPI "${k}" is not in the catalogue (model/catalogue.ts)`);
      if (ind.kpis.indexOf(k) !== j)
        throw new InputError(file, y.lineOf(["indicators", i, "kpis", j]), `indicators: KPI "${k}" is listed twice for ${ind.report}`);
    });
    return {report: ind.report, kpis: ind.kpis, why: ind.why};
  });
  const themes = data.themes.map((t, i) => ({...t, order: i + 1}));
  return {themes, assignments, indicators};
}

/** The question index of checked report data: every report folder with its assessment ids. */
export function questionIndex(reports: readonly {report: string; assessments: readonly {id: string}[]}[]): Map<string, string[]> {
  return new Map(reports.map((r) => [r.report, r.assessments.map((a) => a.id)]));
}

/** Read data/reports/themes.yaml and validate it against every checked report (read from `reportsDir` unless given). */
export function readThemes(
  reportsDir: string,
  reports: readonly {report: string; assessments: readonly {id: string}[]}[] = loadCheckedReports(reportsDir)
): ThemeMapping {
  const file = join(reportsDir, THEMES_FILE);
  const content = readTextFile(file, "missing file (the theme mapping of the audit questions)");
  return parseThemes(content, file, questionIndex(reports));
}

export function themeRows(m: ThemeMapping): ThemeRow[] {
  const rows: ThemeRow[] = [];
  for (const t of m.themes) {
    const base = {theme: t.id, theme_label: t.label, theme_description: t.description, theme_order: t.order};
    const mine = m.assignments.filter((a) => a.theme === t.id);
    if (mine.length === 0) rows.push({...base, report: null, id: null, why: null});
    for (const a of mine) rows.push({...base, report: a.report, id: a.id, why: a.why});
  }
  return rows;
}

/** A row of report_indicators: an audit's followed KPI, in order. */
export type IndicatorRow = RowOf<typeof reportIndicators>;

/** report_themes.arrow: the theme mapping, one row per question (see ThemeRow). */
export function reportThemesArrow(reportsDir: string): Uint8Array {
  return toArrowBytes(reportThemes, themeRows(readThemes(reportsDir)));
}

/** The rows of report_indicators: per audit the Kolada KPIs followed since the audit, in order. */
export function indicatorRows(m: ThemeMapping): IndicatorRow[] {
  return m.indicators.flatMap((ind) => ind.kpis.map((kpi, i) => ({report: ind.report, kpi, order: i + 1, why: ind.why})));
}

/** report_indicators.arrow: per audit the Kolada KPIs followed since the audit, in order. */
export function reportIndicatorsArrow(reportsDir: string): Uint8Array {
  return toArrowBytes(reportIndicators, indicatorRows(readThemes(reportsDir)));
}
