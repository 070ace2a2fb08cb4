// The comparison of the audits (src/granskningar/index.md): the served rows selected once, and the
// sections: the summary, the theme × audit chart, the follow-up table and the questions theme by
// theme. Strings from the data are set as text only (never innerHTML).
import {room} from "../kit/room.js";
import {formatList, plural, reportWords} from "../kit/wording.js";
import {el, getDocument, scrollRegion} from "../kit/chartKit.js";
import {chartFigure} from "../kit/chartFigure.js";

import {FOLLOW_UP, FOLLOW_UP_THEMES} from "../../model/pages/granskningar.js";
import type {RowOf} from "../../model/table.js";
import type {auditMatrix, auditQuestions, auditReports} from "../../model/tables/audits.js";
import type {reportMeta} from "../../model/tables/reports.js";
import {FINDING_TEXT} from "../../model/vocabulary.js";
import {cellOf, followUpFindings, themeMatrix, type MatrixQuestion, type ThemeMatrix, type ThemeRow} from "./matrix.js";
import {readingsOf, scaleTag} from "./scale.js";
import {comparisonIntro, lackingSentence} from "./sentences.js";
import {themeGrid} from "./themeGrid.js";
import type {TableColumn} from "../kit/chartKit.js";
import {selectColumns, sqlComment} from "../explore/chartQuery.js";

/** The theme grid's query: every audit question with its theme and both readings, theme by theme (report_themes' order), audit by audit (the site's order), in report order. */
export function themeGridQuery(columns: readonly TableColumn[]): string {
  return `${sqlComment("Granskningarnas frågor per tema och bedömning")}
WITH teman AS (
  SELECT theme, first(theme_label ORDER BY theme_order) AS label, min(theme_order) AS ordning FROM report_themes GROUP BY theme
)
SELECT
${selectColumns(columns, {
  tema: "t.label",
  granskning: "a.name",
  fraga: "q.id || '. ' || q.question",
  bedomning: "CASE WHEN q.other_scale IS NOT NULL AND q.other_scale <> q.scale THEN q.scale || ' / ' || q.other_scale ELSE q.scale END"
})}
FROM audit_questions AS q
JOIN teman AS t ON t.theme = q.theme
JOIN audit_reports AS a ON a.report = q.report
ORDER BY t.ordning, a."order", q."order"`;
}

/** The served tables the comparison page loads. */
export interface ComparisonTables {
  audits: RowOf<typeof auditReports>[];
  meta: RowOf<typeof reportMeta>[];
  matrix: RowOf<typeof auditMatrix>[];
  questions: RowOf<typeof auditQuestions>[];
  themes: ThemeRow[];
}

export interface AuditComparison {
  audits: RowOf<typeof auditReports>[];
  meta: RowOf<typeof reportMeta>[];
  matrix: ThemeMatrix;
  /** Column heading per report id ("Vänersborg 2022"). */
  names: Map<string, string>;
}

export function comparison(t: ComparisonTables): AuditComparison {
  const audits = [...t.audits].sort((a, b) => a.order - b.order);
  const matrix = themeMatrix(
    t.matrix,
    t.questions,
    t.themes,
    audits.map((a) => a.report)
  );
  return {
    audits,
    meta: t.meta,
    matrix,
    names: new Map(audits.map((a) => [a.report, a.name]))
  };
}

/** Link to a question's wording on its audit's page. */
export const questionHref = (report: string, id: string): string => `./${report}#bedomning-${id}`;

interface Options {
  document?: Document;
}

/** The summary: the audits and their questions, and how many found follow-up of results or costs lacking. */
export function comparisonSummary(c: AuditComparison, options: Options = {}): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "comparison-intro");
  const questions = c.matrix.cells.reduce((n, cell) => n + cell.questions.length, 0);
  const lacking = c.audits.filter((a) => a.follow_up_lacking).map((a) => a.name);
  const costsAsked = c.audits.filter((a) => cellOf(c.matrix, FOLLOW_UP.costs, a.report).questions.length > 0).map((a) => a.name);
  div.append(
    el(doc, "p", "comparison-summary", comparisonIntro(c.audits, questions, c.matrix.themes.length)),
    el(doc, "p", "lacking-count", lackingSentence(c.audits.length, lacking, costsAsked))
  );
  return div;
}
/** The room it takes before it is drawn (components/kit/room.ts): the summary's paragraphs: longer lines on a wide screen. */
comparisonSummary.room = room("23rem", "15rem");

/** The theme × audit chart in its figure, with the reports credited. */
export function themeGridFigure(c: AuditComparison, options: {width: number; document?: Document}): HTMLElement {
  const doc = getDocument(options.document);
  const auditor = (report: string) => c.meta.find((m) => m.report === report)!;
  return chartFigure(themeGrid(c.matrix, {width: options.width, names: c.names, href: questionHref, document: doc}), {
    title: "Bedömningarna per tema och granskning",
    filename: "granskningar-teman",
    query: (table) => themeGridQuery(table.columns),
    source: {
      other: [
        `revisionsrapporterna ${formatList(c.audits.map((a) => reportWords.auditor(a.name, auditor(a.report).auditor, a.auditor_named)))}; bedömningarna ordagrant, med radhänvisning, på varje gransknings sida`
      ],
      note: "Varje ruta är en fråga med rapportens bedömning på vår gemensamma skala; två färger och ett snedstreck betyder att rapporten motsäger sig själv. Välj en ruta för att läsa frågan och bedömningen ordagrant. Temaindelningen är vår egen (data/reports/themes.yaml)."
    },
    document: doc
  });
}
/** The room it takes before it is drawn (components/kit/room.ts): the grid of themes and audits. */
themeGridFigure.room = room("40rem", "44rem");

/** Links to questions with their readings: "A8 (delvis), A9 (delvis/nej)", or "–". */
function questionLinks(doc: Document, cell: HTMLElement, questions: readonly MatrixQuestion[]): void {
  if (!questions.length) {
    cell.textContent = "–";
    return;
  }
  questions.forEach((q, i) => {
    if (i) cell.append(doc.createTextNode(", "));
    const a = el(doc, "a", undefined, `${q.id} (${readingsOf(q).join("/")})`);
    a.href = questionHref(q.report, q.id);
    cell.append(a);
  });
}

/** The table: per audit, what it found about follow-up of results and of costs, with the questions behind a lack. */
export function followUpTable(c: AuditComparison, options: Options = {}): HTMLElement {
  const doc = getDocument(options.document);
  const caption = "Fann granskningen brister i uppföljningen?";
  const table = el(doc, "table", "followup-table");
  table.append(el(doc, "caption", undefined, caption));
  const themeLabel = (id: string) => c.matrix.themes.find((t) => t.id === id)?.label ?? id;
  const head = el(doc, "tr");
  for (const h of ["Granskning", ...FOLLOW_UP_THEMES.map(themeLabel), "Frågorna med brist"]) {
    const th = el(doc, "th", undefined, h);
    th.scope = "col";
    head.append(th);
  }
  const thead = el(doc, "thead");
  thead.append(head);
  const tbody = el(doc, "tbody");
  for (const f of followUpFindings(c.matrix)) {
    const tr = el(doc, "tr");
    tr.dataset.report = f.report;
    const th = el(doc, "th");
    th.scope = "row";
    const a = el(doc, "a", undefined, c.names.get(f.report));
    a.href = `./${f.report}`;
    th.append(a);
    tr.append(th);
    for (const t of FOLLOW_UP_THEMES) {
      const td = el(doc, "td", undefined, FINDING_TEXT[f.findings[t]]);
      td.dataset.finding = f.findings[t];
      tr.append(td);
    }
    const td = el(doc, "td");
    questionLinks(doc, td, f.lackingQuestions);
    tr.append(td);
    tbody.append(tr);
  }
  table.append(thead, tbody);
  const wrap = scrollRegion(doc, "audit-table-wrap", caption);
  wrap.append(table);
  return wrap;
}

/** Per theme a section: its description, then per audit its questions with their readings and why they belong here. */
export function themeSections(c: AuditComparison, options: Options = {}): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "theme-sections");
  for (const t of c.matrix.themes) {
    const section = el(doc, "section", "theme-section");
    section.dataset.theme = t.id;
    section.append(el(doc, "h3", undefined, t.label), el(doc, "p", "kit-note", t.description));
    for (const a of c.audits) {
      const cell = cellOf(c.matrix, t.id, a.report);
      const p = el(doc, "p", "theme-audit");
      p.append(el(doc, "strong", undefined, `${a.name}: `));
      section.append(p);
      if (cell.questions.length === 0) {
        p.append(doc.createTextNode("ingen fråga om detta."));
        continue;
      }
      p.append(doc.createTextNode(`${plural(cell.questions.length, "fråga", "frågor")}.`));
      const ul = el(doc, "ul");
      for (const q of cell.questions) {
        const li = el(doc, "li");
        li.dataset.report = q.report;
        li.dataset.id = q.id;
        const link = el(doc, "a", undefined, q.id);
        link.href = questionHref(q.report, q.id);
        li.append(link, doc.createTextNode(` ”${q.question}” `));
        readingsOf(q).forEach((s, i) => {
          if (i) li.append(doc.createTextNode(" / "));
          li.append(scaleTag(doc, s));
        });
        if (q.why) li.append(el(doc, "span", "theme-why", ` Varför här: ${q.why}`));
        ul.append(li);
      }
      section.append(ul);
    }
    div.append(section);
  }
  return div;
}
