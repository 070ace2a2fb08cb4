// The audits compared: pure functions over the rows of report_meta, report_assessments and
// report_themes (Arrow columns as in README "Report data files"). No DOM, no Node: used by the
// Granskningar pages and by the unit tests.
import {formatYears} from "../sections/missing.js";
import {KOMMUNER} from "../../model/catalogue.js";
import {LACKING_SCALES, OWN_MEAN_MIN_KOMMUNER, SCALES, isScale, type FigureStatus, type Scale} from "../../model/vocabulary.js";
import type {KoladaValueRow, ReportMetaRow as MetaRow, ThemeRow} from "../../model/rows.js";

export type {KoladaValueRow, MetaRow, ThemeRow};


/** The themes whose lacks the comparison counts: follow-up of results and of costs. */
export const FOLLOW_UP_THEMES = ["resultat", "kostnader"] as const;

export interface AssessmentRow {
  report: string;
  id: string;
  order: number;
  question: string;
  question_line_from: number;
  question_line_to: number;
  body: string;
  assessment: string;
  line_from: number;
  line_to: number;
  scale: string;
  contradictory: boolean;
  other_text: string | null;
  other_line_from: number | null;
  other_line_to: number | null;
  other_scale: string | null;
  note: string | null;
}

export interface ThemeInfo {
  id: string;
  label: string;
  description: string;
  order: number;
}

export interface MatrixQuestion {
  report: string;
  id: string;
  order: number;
  question: string;
  scale: Scale;
  /** the other reading's scale when the source contradicts itself, else null */
  otherScale: Scale | null;
  why: string | null;
}

export interface MatrixCell {
  theme: string;
  report: string;
  questions: MatrixQuestion[];
  /** at least one question on a lacking scale (either reading of a contradiction counts) */
  lacking: boolean;
}

export interface ThemeMatrix {
  themes: ThemeInfo[];
  /** report ids, in column order */
  reports: string[];
  cells: MatrixCell[];
}

function asScale(s: string, where: string): Scale {
  if (!isScale(s)) throw new Error(`${where}: unknown scale "${s}" (expected one of: ${SCALES.join(", ")})`);
  return s;
}

/** Both readings of a question's assessment: [scale] or [scale, other scale]. */
export function readingsOf(q: Pick<MatrixQuestion, "scale" | "otherScale">): Scale[] {
  return q.otherScale && q.otherScale !== q.scale ? [q.scale, q.otherScale] : [q.scale];
}

export const isLacking = (q: Pick<MatrixQuestion, "scale" | "otherScale">): boolean => readingsOf(q).some((s) => LACKING_SCALES.includes(s));

/** The audit reports (document "rapport"), in the site's kommun order, then by date. */
export function auditReports<M extends MetaRow>(meta: readonly M[]): M[] {
  const rank = (k: string) => {
    const i = KOMMUNER.findIndex((m) => m.id === k);
    return i < 0 ? KOMMUNER.length : i;
  };
  return meta.filter((m) => m.document === "rapport").sort((a, b) => rank(a.kommun) - rank(b.kommun) || a.date.localeCompare(b.date) || a.report.localeCompare(b.report));
}

/** The year of an audit (from its date, any precision). */
export const auditYear = (m: Pick<MetaRow, "date">): number => Number(m.date.slice(0, 4));

/** "Vänersborg 2022": how the site names an audit. */
export const auditName = (m: Pick<MetaRow, "kommun_name" | "date">): string => `${m.kommun_name} ${auditYear(m)}`;

/** Swedish genitive of a name: "Vänersborgs", but "Alingsås" (a name ending in s, x or z takes no s). */
export const genitive = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`);

/** The themes in order, from report_themes rows. */
export function themesOf(rows: readonly ThemeRow[]): ThemeInfo[] {
  const out = new Map<string, ThemeInfo>();
  for (const r of rows) if (!out.has(r.theme)) out.set(r.theme, {id: r.theme, label: r.theme_label, description: r.theme_description, order: r.theme_order});
  return [...out.values()].sort((a, b) => a.order - b.order);
}

/**
 * The theme × audit matrix: for every theme and every report in `reports`, the questions of that
 * report mapped to that theme, in the report's order. Throws when an assessment has no theme or a
 * mapping names an assessment that does not exist (the data would be inconsistent).
 */
export function themeMatrix(assessments: readonly AssessmentRow[], themeRows: readonly ThemeRow[], reports: readonly string[]): ThemeMatrix {
  const themes = themesOf(themeRows);
  const themeOf = new Map<string, ThemeRow>();
  for (const r of themeRows) if (r.report !== null && r.id !== null) themeOf.set(`${r.report}#${r.id}`, r);
  const wanted = new Set(reports);
  const questions: MatrixQuestion[] = [];
  for (const a of assessments) {
    if (!wanted.has(a.report)) continue;
    const key = `${a.report}#${a.id}`;
    const t = themeOf.get(key);
    if (!t) throw new Error(`themeMatrix: assessment ${key} has no theme (data/reports/themes.yaml)`);
    questions.push({
      report: a.report,
      id: a.id,
      order: a.order,
      question: a.question,
      scale: asScale(a.scale, key),
      otherScale: a.other_scale === null ? null : asScale(a.other_scale, `${key} other reading`),
      why: t.why
    });
  }
  for (const key of themeOf.keys()) {
    const [report] = key.split("#");
    if (wanted.has(report) && !questions.some((q) => `${q.report}#${q.id}` === key)) throw new Error(`themeMatrix: themes.yaml maps ${key}, which is not an assessment`);
  }
  const cells: MatrixCell[] = [];
  for (const t of themes) {
    for (const report of reports) {
      const qs = questions.filter((q) => q.report === report && themeOf.get(`${q.report}#${q.id}`)!.theme === t.id).sort((a, b) => a.order - b.order);
      cells.push({theme: t.id, report, questions: qs, lacking: qs.some(isLacking)});
    }
  }
  return {themes, reports: [...reports], cells};
}

export function cellOf(m: ThemeMatrix, theme: string, report: string): MatrixCell {
  const c = m.cells.find((x) => x.theme === theme && x.report === report);
  if (!c) throw new Error(`no cell for theme ${theme} and report ${report}`);
  return c;
}

export type FollowUpFinding = "brist" | "ingen brist" | "ej bedömt" | "ej granskat";

export interface FollowUpResult {
  report: string;
  /** per follow-up theme: lacking, not lacking, asked without a judgement, or not asked */
  findings: Record<(typeof FOLLOW_UP_THEMES)[number], FollowUpFinding>;
  /** found follow-up of results or costs lacking */
  lacking: boolean;
  /** the questions behind a "brist" */
  lackingQuestions: MatrixQuestion[];
}

/** What one cell says about follow-up: a lack, no lack, only questions without a judgement, or no question. */
export function findingOf(cell: MatrixCell): FollowUpFinding {
  if (cell.questions.length === 0) return "ej granskat";
  if (cell.lacking) return "brist";
  if (cell.questions.every((q) => q.scale === "ingen bedömning" && q.otherScale === null)) return "ej bedömt";
  return "ingen brist";
}

/** Per audit: did it find follow-up of results or of costs lacking? (computed from the matrix) */
export function followUpFindings(m: ThemeMatrix): FollowUpResult[] {
  return m.reports.map((report) => {
    const cells = FOLLOW_UP_THEMES.map((t) => (m.themes.some((x) => x.id === t) ? cellOf(m, t, report) : {theme: t, report, questions: [], lacking: false}));
    const findings = Object.fromEntries(cells.map((c) => [c.theme, findingOf(c)])) as FollowUpResult["findings"];
    const lackingQuestions = cells.flatMap((c) => c.questions.filter(isLacking));
    return {report, findings, lacking: lackingQuestions.length > 0, lackingQuestions};
  });
}

/** Count of questions per scale in a list (both readings of a contradiction are counted). */
export function scaleCounts(qs: readonly MatrixQuestion[]): Map<Scale, number> {
  const out = new Map<Scale, number>();
  for (const q of qs) for (const s of readingsOf(q)) out.set(s, (out.get(s) ?? 0) + 1);
  return out;
}

/** Years grouped into ranges, as the page frame says them: [2019, 2020, 2021, 2023] → "2019–2021 och 2023". */
export const yearRanges = (years: readonly number[]): string => formatYears(years);

export interface YearValue {
  year: number;
  value: number | null;
}

/** Years of `years` with no value in `rows` (a null value or no row both count as missing). */
export function missingYears(rows: readonly YearValue[], years: readonly number[]): number[] {
  const have = new Set(rows.filter((r) => r.value !== null && r.value !== undefined && !Number.isNaN(r.value)).map((r) => r.year));
  return years.filter((y) => !have.has(y));
}

/** "Uppgift saknas i Kolada för Vänersborg 2024–2025 (nettokostnad …)", or null when nothing is missing. */
export function missingSentence(area: string, missing: readonly number[], what: string): string | null {
  if (missing.length === 0) return null;
  return `Uppgift saknas i Kolada för ${area} ${yearRanges(missing)} (${what}); en datauppdatering fyller i resten.`;
}

// ---- "Vad har hänt sedan granskningen" -------------------------------------------------------

export interface FollowUpPoint {
  area: string;
  series: string;
  year: number;
  value: number | null;
}

export interface FollowUpSeries {
  /** the kommun's values and the comparison, one point per year (null = missing) */
  points: FollowUpPoint[];
  /** where the comparison comes from: Kolada's own group mean, our mean of every kommun, or none */
  comparison: "kolada" | "egen" | null;
  /** years without a value for the kommun */
  missing: number[];
}

export const OWN_MEAN_NAME = "Alla kommuner, ovägt medel (egen beräkning)";
export const KOLADA_MEAN_NAME = "Alla kommuner (ovägt medel)";

/**
 * One KPI for one kommun over `years`, with "Alla kommuner (ovägt medel)": Kolada's G2328 value
 * when the snapshot has it, else our own unweighted mean over every kommun in `allRows`
 * (kolada_all), computed per year from at least OWN_MEAN_MIN_KOMMUNER values.
 */
export function followUpSeries(
  rows: readonly KoladaValueRow[],
  allRows: readonly KoladaValueRow[],
  kpi: string,
  kommun: {id: string; name: string},
  years: readonly number[]
): FollowUpSeries {
  const t = (r: KoladaValueRow) => r.kpi === kpi && r.gender === "T";
  const valueIn = (src: readonly KoladaValueRow[], area: string, year: number) =>
    src.find((r) => t(r) && r.municipality === area && r.period === year)?.value ?? null;
  const own = years.map((year) => ({area: kommun.id, series: kommun.name, year, value: valueIn(rows, kommun.id, year) ?? valueIn(allRows, kommun.id, year)}));
  const koladaMean = years.map((year) => ({area: "G2328", series: KOLADA_MEAN_NAME, year, value: valueIn(rows, "G2328", year)}));
  let comparison: FollowUpSeries["comparison"] = null;
  let ref: FollowUpPoint[] = [];
  if (koladaMean.some((p) => p.value !== null)) {
    comparison = "kolada";
    ref = koladaMean;
  } else {
    const mean = years.map((year) => {
      const vs = allRows.filter((r) => t(r) && r.period === year && /^\d{4}$/.test(r.municipality) && r.municipality !== "0000" && r.value !== null && Number.isFinite(r.value)).map((r) => r.value as number);
      return {area: "G2328", series: OWN_MEAN_NAME, year, value: vs.length >= OWN_MEAN_MIN_KOMMUNER ? vs.reduce((a, b) => a + b, 0) / vs.length : null};
    });
    if (mean.some((p) => p.value !== null)) {
      comparison = "egen";
      ref = mean;
    }
  }
  return {points: [...own, ...ref], comparison, missing: missingYears(own, years)};
}

/**
 * The years a follow-up chart shows: `years` without the trailing years where no series has a
 * value (those are said in the missing-data sentence instead), never fewer than the first year.
 */
export function chartYears(points: readonly {year: number; value: number | null}[], years: readonly number[]): number[] {
  const withValue = points.filter((p) => p.value !== null && years.includes(p.year)).map((p) => p.year);
  if (withValue.length === 0) return years.slice(0, 1);
  const last = Math.max(...withValue);
  return years.filter((y) => y <= last);
}

// ---- the report's figures and Kolada ------------------------------------------------------

export interface FigureRow {
  report: string;
  id: string;
  indicator: string;
  kpi: string | null;
  unit: string;
  area: string;
  year: number;
  printed: string;
  kind: string;
  line_from: number;
  line_to: number;
}

export interface VsKoladaRow {
  report: string;
  figure_id: string;
  kolada_value: number | null;
  status: string;
}


export interface FigureWithStatus extends FigureRow {
  kolada_value: number | null;
  status: FigureStatus;
}

/** Every figure of a report with its cross-check status (from report_vs_kolada) or the reason it was not compared. */
export function figuresWithStatus(figures: readonly FigureRow[], vs: readonly VsKoladaRow[]): FigureWithStatus[] {
  return figures.map((f) => {
    const v = vs.find((x) => x.report === f.report && x.figure_id === f.id);
    let status: FigureStatus;
    if (v) status = v.status as FigureStatus;
    else if (f.kind === "target") status = "target";
    else if (f.kind === "estimate") status = "estimate";
    else if (f.kind === "missing") status = "missing";
    else status = "no_kpi";
    return {...f, kolada_value: v?.kolada_value ?? null, status};
  });
}
