// The comparison of the audits as the page draws it: the theme × audit matrix assembled from the
// served rows of audit_matrix (one cell per theme and audit, with its finding), audit_questions
// (the questions in each cell) and report_themes (the themes' labels). Selection only: every count
// and finding is computed at build time (loaders/analysis/audits.ts). No DOM.
import type {RowOf} from "../../model/table.js";
import type {ThemeRow} from "../../model/rows.js";
import type {auditMatrix, auditQuestions} from "../../model/tables/audits.js";
import {FOLLOW_UP_THEMES, type FollowUpTheme} from "../../model/pages/granskningar.js";
import type {Finding} from "../../model/vocabulary.js";

export type {ThemeRow};

/** A question in the matrix: an audit_questions row. */
export type MatrixQuestion = RowOf<typeof auditQuestions>;

export interface ThemeInfo {
  id: string;
  label: string;
  description: string;
  order: number;
}

export interface MatrixCell {
  theme: string;
  report: string;
  questions: MatrixQuestion[];
  /** at least one question on a lacking scale (either reading of a contradiction counts) */
  lacking: boolean;
  finding: Finding;
}

export interface ThemeMatrix {
  themes: ThemeInfo[];
  /** report ids, in column order */
  reports: string[];
  cells: MatrixCell[];
}

/** The themes in order, from report_themes rows. */
export function themesOf(rows: readonly ThemeRow[]): ThemeInfo[] {
  const out = new Map<string, ThemeInfo>();
  for (const r of rows) if (!out.has(r.theme)) out.set(r.theme, {id: r.theme, label: r.theme_label, description: r.theme_description, order: r.theme_order});
  return [...out.values()].sort((a, b) => a.order - b.order);
}

/**
 * The matrix for the audits `reports` (in column order): one cell per audit_matrix row, holding
 * the audit_questions of that theme and audit in report order. Throws when a theme or audit has
 * no cell (the served tables would disagree).
 */
export function themeMatrix(
  cells: readonly RowOf<typeof auditMatrix>[],
  questions: readonly MatrixQuestion[],
  themeRows: readonly ThemeRow[],
  reports: readonly string[]
): ThemeMatrix {
  const themes = themesOf(themeRows);
  const out: MatrixCell[] = [];
  for (const t of themes) {
    for (const report of reports) {
      const c = cells.find((x) => x.theme === t.id && x.report === report);
      if (!c) throw new Error(`audit_matrix has no cell for theme ${t.id} and report ${report}`);
      const qs = questions.filter((q) => q.theme === t.id && q.report === report).sort((a, b) => a.order - b.order);
      out.push({theme: t.id, report, questions: qs, lacking: c.lacking > 0, finding: c.finding as Finding});
    }
  }
  return {themes, reports: [...reports], cells: out};
}

export function cellOf(m: ThemeMatrix, theme: string, report: string): MatrixCell {
  const c = m.cells.find((x) => x.theme === theme && x.report === report);
  if (!c) throw new Error(`no cell for theme ${theme} and report ${report}`);
  return c;
}

export interface FollowUpResult {
  report: string;
  /** per follow-up theme: lacking, not lacking, asked without a judgement, or not asked */
  findings: Record<FollowUpTheme, Finding>;
  /** the questions behind a "brist", theme by theme */
  lackingQuestions: MatrixQuestion[];
}

/** Per audit, what it found about the follow-up themes (a theme missing from the matrix counts as not asked). */
export function followUpFindings(m: ThemeMatrix): FollowUpResult[] {
  return m.reports.map((report) => {
    const cells = FOLLOW_UP_THEMES.map((t) => m.cells.find((c) => c.theme === t && c.report === report));
    const findings = Object.fromEntries(FOLLOW_UP_THEMES.map((t, i) => [t, cells[i]?.finding ?? "ej granskat"])) as Record<FollowUpTheme, Finding>;
    return {report, findings, lackingQuestions: cells.flatMap((c) => c?.questions.filter((q) => q.lacking) ?? [])};
  });
}
