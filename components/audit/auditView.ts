// DOM builders for the Granskningar pages: the assessment matrix (question × scale, colour plus
// text, the verbatim wording behind <details>), recommendations by addressee, the Kolada
// cross-check of the report's figures, the lost tables, the theme × audit chart (SVG) and the
// audit-year marker on trend charts. Strings from data are set as text only (never innerHTML).
import {attachTable, el, getDocument, textWidth, type ChartTable} from "../kit/chartKit.js";
import {formatByUnit, formatList, type Unit} from "../kit/format.js";
import {readingsOf, type AssessmentRow, type MatrixCell, type MatrixQuestion, type ThemeMatrix} from "./auditThemes.js";
import {FIGURE_STATUS_TEXT, SCALES, type FigureStatus, type Scale} from "../../model/vocabulary.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Fill per scale (ColorBrewer RdBu, colour-blind safe); the scale is always also written out. */
export const SCALE_FILLS: Readonly<Record<Scale, string>> = {
  ja: "#67a9cf",
  "i huvudsak ja": "#d1e5f0",
  delvis: "#fddbc7",
  nej: "#ef8a62",
  "ingen bedömning": "#e0e0e0"
};
/** Text on a scale fill: dark on every fill, in light and dark themes. */
export const SCALE_TEXT = "#1a1a1a";

export const scaleSlug = (s: Scale): string => s.replace(/ /g, "-").replace("ö", "o");

/** "rad 12" or "rader 12–14". */
export function linesText(from: number | null, to: number | null): string {
  if (from === null) return "";
  return to === null || to === from ? `rad ${from}` : `rader ${from}–${to}`;
}

/** A horizontally scrollable wrapper for a wide table, reachable by keyboard (focusable, named region). */
export function scrollRegion(doc: Document, className: string, label: string): HTMLDivElement {
  const div = el(doc, "div", className);
  div.setAttribute("role", "region");
  div.setAttribute("aria-label", label);
  div.tabIndex = 0;
  return div;
}

/** A scale written out on its colour: <span class="scale scale-delvis">delvis</span>. */
export function scaleTag(doc: Document, scale: Scale, text: string = scale): HTMLSpanElement {
  const span = el(doc, "span", `scale scale-${scaleSlug(scale)}`, text);
  span.style.background = SCALE_FILLS[scale];
  span.style.color = SCALE_TEXT;
  return span;
}

export interface MatrixOptions {
  /** What the line numbers refer to ("Vänersborgs rapport"). */
  sourceLabel: string;
  /** The id prefix of each row (default "bedomning-"), the target of the comparison page's links. */
  idPrefix?: string;
  document?: Document;
}

/** The assessments as a table: one row per question, one column per scale value. */
export function assessmentMatrix(rows: readonly AssessmentRow[], options: MatrixOptions): HTMLElement {
  const doc = getDocument(options.document);
  const prefix = options.idPrefix ?? "bedomning-";
  const wrap = scrollRegion(doc, "audit-matrix-wrap", "Bedömningarna fråga för fråga");
  const table = el(doc, "table", "audit-matrix");
  table.append(el(doc, "caption", undefined, "Bedömningarna fråga för fråga, på en gemensam skala (ja, i huvudsak ja, delvis, nej, ingen bedömning)"));
  const thead = el(doc, "thead");
  const hr = el(doc, "tr");
  const th0 = el(doc, "th", undefined, "Fråga");
  th0.setAttribute("scope", "col");
  hr.append(th0);
  for (const s of SCALES) {
    const th = el(doc, "th", "scale-col", s);
    th.setAttribute("scope", "col");
    hr.append(th);
  }
  thead.append(hr);
  const tbody = el(doc, "tbody");
  for (const a of [...rows].sort((x, y) => x.order - y.order)) {
    const scale = a.scale as Scale;
    const other = (a.other_scale ?? null) as Scale | null;
    const tr = el(doc, "tr");
    tr.id = `${prefix}${a.id}`;
    tr.dataset.id = a.id;
    tr.dataset.scale = scale;
    if (a.contradictory) tr.classList.add("contradictory");
    const qcell = el(doc, "th");
    qcell.setAttribute("scope", "row");
    const qp = el(doc, "p", "question");
    qp.append(el(doc, "strong", undefined, `${a.id}. `), doc.createTextNode(a.question));
    qcell.append(qp);
    if (a.contradictory && other) {
      const c = el(doc, "p", "contradiction", `Källan motsäger sig själv: bedömningen står både som ”${scale}” (${linesText(a.line_from, a.line_to)}) och som ”${other}” (${linesText(a.other_line_from, a.other_line_to)}). Båda visas; ingen av dem har valts.`);
      qcell.append(c);
    }
    const details = el(doc, "details", "verbatim");
    details.append(el(doc, "summary", undefined, "Ordalydelse och radhänvisning"));
    const dl = el(doc, "dl");
    dl.append(el(doc, "dt", undefined, `Frågan (${options.sourceLabel}, ${linesText(a.question_line_from, a.question_line_to)})`), el(doc, "dd", undefined, `”${a.question}”`));
    dl.append(el(doc, "dt", undefined, "Granskat organ"), el(doc, "dd", undefined, a.body));
    dl.append(el(doc, "dt", undefined, `Bedömningen (${options.sourceLabel}, ${linesText(a.line_from, a.line_to)})`), el(doc, "dd", "assessment-text", `”${a.assessment}”`));
    if (a.other_text) {
      dl.append(el(doc, "dt", undefined, `Den andra läsningen (${options.sourceLabel}, ${linesText(a.other_line_from, a.other_line_to)})`), el(doc, "dd", "assessment-text", `”${a.other_text}”`));
    }
    details.append(dl);
    qcell.append(details);
    tr.append(qcell);
    for (const s of SCALES) {
      const td = el(doc, "td", "scale-cell");
      const isMain = s === scale;
      const isOther = other !== null && s === other && other !== scale;
      if (isMain || isOther) {
        td.append(scaleTag(doc, s));
        if (a.contradictory) td.append(el(doc, "span", "scale-note", isMain ? " (en läsning)" : " (andra läsningen)"));
        td.classList.add("scale-hit");
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  return wrap;
}

export interface RecommendationRow {
  report: string;
  id: string;
  order: number;
  text: string;
  addressee: string;
  line_from: number;
  line_to: number;
  repeats: string | null;
}

export interface RecommendationOptions {
  sourceLabel: string;
  /** Recommendations of other documents that repeat these (e.g. the missiv's), to show once with a link. */
  repeatedBy?: readonly RecommendationRow[];
  /** How a repeating document is named and linked: "revisorernas missiv", "#missiv". */
  repeatLabel?: (report: string) => {label: string; href: string};
  document?: Document;
}

/** The recommendations grouped by addressee (first appearance order); repetitions shown once, linked. */
export function recommendationsByAddressee(rows: readonly RecommendationRow[], options: RecommendationOptions): HTMLElement {
  const doc = getDocument(options.document);
  const wrap = el(doc, "div", "audit-recommendations");
  const own = rows.filter((r) => r.repeats === null).sort((a, b) => a.order - b.order);
  const addressees = [...new Set(own.map((r) => r.addressee))];
  for (const who of addressees) {
    const section = el(doc, "section", "addressee");
    const mine = own.filter((r) => r.addressee === who);
    // an addressee the report does not print is recorded in parentheses: "(ej angiven)"
    const label = /^\(.*\)$/.test(who.trim()) ? `Mottagare ${who.trim().slice(1, -1)}` : who;
    section.append(el(doc, "h3", undefined, `${label} (${mine.length})`));
    const ol = el(doc, "ol");
    for (const r of mine) {
      const li = el(doc, "li", "recommendation");
      li.dataset.id = r.id;
      li.append(el(doc, "span", "rec-text", `”${r.text}”`), doc.createTextNode(" "), el(doc, "span", "rec-ref", `(${r.id}, ${options.sourceLabel}, ${linesText(r.line_from, r.line_to)})`));
      const reps = (options.repeatedBy ?? []).filter((x) => x.repeats === `${r.report}#${r.id}`);
      for (const rep of reps) {
        const info = options.repeatLabel?.(rep.report) ?? {label: rep.report, href: `#${rep.report}`};
        const p = el(doc, "span", "rec-repeat");
        p.append(doc.createTextNode(" Upprepas ordagrant i "));
        const a = el(doc, "a", undefined, info.label);
        a.href = info.href;
        p.append(a, doc.createTextNode(`, ${linesText(rep.line_from, rep.line_to)}.`));
        li.append(p);
      }
      ol.append(li);
    }
    section.append(ol);
    wrap.append(section);
  }
  return wrap;
}

export interface CrossCheckRow {
  report: string;
  id: string;
  indicator: string;
  kpi: string | null;
  area: string;
  year: number;
  unit: string;
  printed: string;
  kolada_value: number | null;
  status: FigureStatus;
  line_from: number;
  line_to: number;
}

/** The report's figures against Kolada today, one row per figure (rows from figuresWithStatus). */
export function crossCheckTable(rows: readonly CrossCheckRow[], options: {document?: Document; caption: string}): HTMLElement {
  const doc = getDocument(options.document);
  const wrap = scrollRegion(doc, "audit-table-wrap", options.caption);
  const table = el(doc, "table", "audit-crosscheck");
  table.append(el(doc, "caption", undefined, options.caption));
  const head = el(doc, "tr");
  for (const h of ["Siffra i rapporten", "Område", "År", "I rapporten", "I Kolada i dag", "Jämförelse", "Rad"]) {
    const th = el(doc, "th", undefined, h);
    th.setAttribute("scope", "col");
    head.append(th);
  }
  const thead = el(doc, "thead");
  thead.append(head);
  const tbody = el(doc, "tbody");
  for (const r of rows) {
    const tr = el(doc, "tr");
    tr.dataset.status = r.status;
    tr.dataset.id = r.id;
    const th = el(doc, "th", undefined, r.kpi ? `${r.indicator} (${r.kpi})` : r.indicator);
    th.setAttribute("scope", "row");
    tr.append(
      th,
      el(doc, "td", undefined, r.area),
      el(doc, "td", "kit-num", String(r.year)),
      el(doc, "td", "kit-num", r.printed),
      el(doc, "td", "kit-num", r.kolada_value === null ? "–" : formatByUnit(r.kolada_value, r.unit as Unit)),
      el(doc, "td", `status status-${r.status}`, FIGURE_STATUS_TEXT[r.status] ?? r.status),
      el(doc, "td", "kit-num", linesText(r.line_from, r.line_to))
    );
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  return wrap;
}

export interface LostRow {
  report: string;
  id: string;
  order: number;
  title: string;
  kind: string;
  kpi: string | null;
  categories: string | null;
  years: string | null;
  prose: string | null;
  prose_line_from: number | null;
  prose_line_to: number | null;
  line_from: number;
  line_to: number;
}

/** The tables and charts whose values were lost, said plainly, with what the text says of them. */
export function lostList(rows: readonly LostRow[], options: {document?: Document; sourceLabel: string}): HTMLElement {
  const doc = getDocument(options.document);
  const ul = el(doc, "ul", "audit-lost");
  for (const l of [...rows].sort((a, b) => a.order - b.order)) {
    const li = el(doc, "li");
    li.dataset.id = l.id;
    const described = /^\[.*\]$/s.test(l.title.trim());
    const kind = l.kind === "chart" ? "Diagrammet" : "Tabellen";
    const bits = [
      l.kpi ? `nyckeltal ${formatList(l.kpi.split(","))}` : null,
      l.years ? `år ${formatList(l.years.split(","))}` : null,
      l.categories ? `serier: ${formatList(l.categories.split("; "))}` : null
    ].filter((x): x is string => x !== null);
    li.append(
      el(doc, "strong", undefined, described ? `${l.kind === "chart" ? "Ett diagram" : "En tabell"} utan bevarad rubrik (vår beskrivning: ${l.title.trim().slice(1, -1)})` : `${kind} ”${l.title}”`),
      doc.createTextNode(` (${linesText(l.line_from, l.line_to)}${bits.length ? `; ${bits.join("; ")}` : ""}): värdena gick förlorade när rapporten omvandlades till text och kan inte visas här.`)
    );
    if (l.prose) {
      const d = el(doc, "details", "verbatim");
      d.append(el(doc, "summary", undefined, "Vad rapportens text säger om den"), el(doc, "p", "assessment-text", `”${l.prose}” (${options.sourceLabel}, ${linesText(l.prose_line_from, l.prose_line_to)})`));
      li.append(d);
    }
    ul.append(li);
  }
  return ul;
}

export interface ThemeGridOptions {
  width: number;
  /** Column headings per report id ("Vänersborg 2022"). */
  names: ReadonlyMap<string, string>;
  /** Link to a question's wording. */
  href: (report: string, id: string) => string;
  document?: Document;
}

/** One cell entry's text: "A9 delvis/nej". */
export const entryText = (q: MatrixQuestion): string => `${q.id} ${readingsOf(q).join("/")}`;

/** Below this width the grid is drawn as a list: one block per theme, one line group per audit. */
export const THEME_GRID_MIN_WIDTH = 560;

/**
 * The theme × audit chart: a grid with a row per theme and a column per audit (on narrow
 * screens a list: per theme, per audit); each question is a labelled box (id and scale written
 * out, coloured by scale, two colours for a contradiction) linking to its wording. Carries its
 * table (for chartFigure's data table and CSV).
 */
export function themeGrid(matrix: ThemeMatrix, options: ThemeGridOptions): SVGSVGElement {
  const doc = getDocument(options.document);
  const narrow = options.width < THEME_GRID_MIN_WIDTH;
  const width = Math.max(narrow ? 300 : THEME_GRID_MIN_WIDTH, Math.floor(options.width));
  const n = matrix.reports.length;
  const nameOf = (r: string) => options.names.get(r) ?? r;
  const cell = (t: string, r: string) => matrix.cells.find((c) => c.theme === t && c.report === r)!;
  const entryH = 18;
  const gap = 4;
  const pad = 6;
  const svg = doc.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  svg.setAttribute("class", `theme-grid${narrow ? " theme-grid-narrow" : ""}`);
  // a group, not an image: the boxes are links (an image's children would be presentational)
  svg.setAttribute("role", "group");
  svg.setAttribute("font-family", "system-ui, sans-serif");
  svg.setAttribute("font-size", "12");
  svg.setAttribute("text-anchor", "start");
  svg.setAttribute("aria-label", `Granskningarnas bedömningar per tema: ${formatList(matrix.reports.map(nameOf))}`);
  const desc = matrix.themes
    .map((t) => `${t.label}: ${matrix.reports.map((r) => {
      const c = cell(t.id, r);
      return `${nameOf(r)} ${c.questions.length ? c.questions.map(entryText).join(", ") : "ingen fråga"}`;
    }).join("; ")}`)
    .join(". ");
  svg.setAttribute("aria-description", `Rutnät med ett tema per rad och en granskning per kolumn; varje ruta är en fråga med sin bedömning. ${desc}.`);
  const mk = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const rule = (y: number) => svg.append(mk("line", {x1: 0, x2: width, y1: y, y2: y, stroke: "currentColor", "stroke-opacity": 0.3}));
  /** The boxes of one cell, stacked from (x0, y0) in a column of width w; returns the height used. */
  const drawCell = (c: MatrixCell, x0: number, y0: number, w: number): number => {
    if (c.questions.length === 0) {
      svg.append(mk("text", {x: x0 + 2, y: y0 + 13, fill: "currentColor", "font-style": "italic", "fill-opacity": 0.8}, "ingen fråga"));
      return entryH;
    }
    c.questions.forEach((q, qi) => {
      const yy = y0 + qi * (entryH + gap);
      const a = mk("a", {href: options.href(q.report, q.id), class: "grid-entry", "data-report": q.report, "data-id": q.id});
      a.setAttribute("aria-label", `${nameOf(q.report)}, ${q.id}: ${readingsOf(q).join(" och ")}`);
      const readings = readingsOf(q);
      readings.forEach((sc, si) => {
        a.append(mk("rect", {x: x0 + (si * w) / readings.length, y: yy, width: w / readings.length, height: entryH, fill: SCALE_FILLS[sc], rx: si === 0 ? 3 : 0}));
      });
      a.append(mk("rect", {x: x0, y: yy, width: w, height: entryH, fill: "none", stroke: SCALE_TEXT, "stroke-opacity": 0.35, rx: 3, ...(readings.length > 1 ? {"stroke-dasharray": "3 2", "stroke-opacity": 0.9} : {})}));
      const label = entryText(q);
      // condense a label that would not fit its box (the text stays whole and legible)
      const fit: Record<string, string | number> = textWidth(label) > w - 9 ? {textLength: Math.max(10, w - 9), lengthAdjust: "spacingAndGlyphs"} : {};
      a.append(mk("text", {x: x0 + 5, y: yy + 13, fill: SCALE_TEXT, ...fit}, label));
      svg.append(a);
    });
    return c.questions.length * (entryH + gap) - gap;
  };
  let y = 0;
  if (!narrow) {
    const labelW = Math.min(190, Math.round(width * 0.26));
    const colW = (width - labelW) / n;
    const headH = 34;
    matrix.reports.forEach((r, i) => {
      svg.append(mk("text", {x: labelW + i * colW + colW / 2, y: headH - 12, "text-anchor": "middle", "font-weight": 600, fill: "currentColor"}, nameOf(r)));
    });
    y = headH;
    for (const t of matrix.themes) {
      rule(y);
      const label = mk("text", {x: 0, y: y + pad + 12, fill: "currentColor", "font-weight": 600});
      // wrap the theme label onto lines that fit the label column
      const lines: string[] = [];
      for (const word of t.label.split(" ")) {
        const last = lines[lines.length - 1];
        if (last && textWidth(`${last} ${word}`) <= labelW - 8) lines[lines.length - 1] = `${last} ${word}`;
        else lines.push(word);
      }
      lines.forEach((ln, li) => label.append(mk("tspan", {x: 0, dy: li === 0 ? 0 : 15}, ln)));
      svg.append(label);
      let h = Math.max(40, pad * 2 + lines.length * 15);
      matrix.reports.forEach((r, ri) => {
        h = Math.max(h, pad * 2 + drawCell(cell(t.id, r), labelW + ri * colW + 4, y + pad, colW - 8));
      });
      y += h;
    }
  } else {
    const nameW = Math.min(Math.round(width * 0.45), Math.max(...matrix.reports.map((r) => textWidth(nameOf(r)))) + 16);
    for (const t of matrix.themes) {
      rule(y);
      svg.append(mk("text", {x: 0, y: y + 16, fill: "currentColor", "font-weight": 700}, t.label));
      y += 24;
      for (const r of matrix.reports) {
        svg.append(mk("text", {x: 4, y: y + 13, fill: "currentColor", "font-weight": 600}, nameOf(r)));
        y += drawCell(cell(t.id, r), nameW, y, width - nameW - 2) + gap + 2;
      }
      y += pad;
    }
  }
  rule(y);
  const height = y + 2;
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const table: ChartTable = {
    caption: "Granskningarnas frågor per tema och bedömning",
    columns: [
      {key: "tema", label: "Tema", kind: "text"},
      {key: "granskning", label: "Granskning", kind: "text"},
      {key: "fraga", label: "Fråga", kind: "text"},
      {key: "bedomning", label: "Bedömning", kind: "text"}
    ],
    rows: matrix.themes.flatMap((t) =>
      matrix.reports.flatMap((r) => cell(t.id, r).questions.map((q) => ({tema: t.label, granskning: nameOf(r), fraga: `${q.id}. ${q.question}`, bedomning: readingsOf(q).join(" / ")})))
    )
  };
  return attachTable(svg, table);
}

/** The Plot <svg> inside a kit chart (the chart itself, or inside a legend wrapper), or null. */
function plotSvg(chart: Element): (SVGSVGElement & {scale?: (name: string) => {apply?: (v: unknown) => number; range?: number[]} | undefined}) | null {
  const hasScale = (e: Element) => typeof (e as unknown as {scale?: unknown}).scale === "function";
  if (chart.tagName.toLowerCase() === "svg" && hasScale(chart)) return chart as never;
  for (const s of Array.from(chart.querySelectorAll("svg"))) if (hasScale(s)) return s as never;
  return null;
}

/**
 * Mark a year on a kit trend chart: a dashed vertical rule with a label ("Granskningen 2022"),
 * also said in the chart's description. Returns false when the chart has no x scale (e.g. the
 * empty state) or the year lies outside it.
 */
export function markYear(chart: Element, year: number, label: string): boolean {
  const svg = plotSvg(chart);
  if (!svg?.scale) return false;
  const x = svg.scale("x");
  const yScale = svg.scale("y");
  if (!x?.apply || !yScale?.range) return false;
  const px = x.apply(year);
  if (!Number.isFinite(px)) return false;
  const [r0, r1] = yScale.range;
  const top = Math.min(r0, r1);
  const bottom = Math.max(r0, r1);
  const doc = svg.ownerDocument;
  const g = doc.createElementNS(SVG_NS, "g");
  g.setAttribute("class", "year-mark");
  const line = doc.createElementNS(SVG_NS, "line");
  for (const [k, v] of Object.entries({x1: px, x2: px, y1: top, y2: bottom, stroke: "currentColor", "stroke-width": 1.5, "stroke-dasharray": "4 3"})) line.setAttribute(k, String(v));
  const text = doc.createElementNS(SVG_NS, "text");
  const [x0, x1] = (x as {range?: number[]}).range ?? [px, px];
  const right = px > (Math.min(x0, x1) + Math.max(x0, x1)) / 2;
  const attrs = {x: right ? px - 4 : px + 4, y: bottom - 6, fill: "currentColor", "font-size": 11, "font-weight": 600, "text-anchor": right ? "end" : "start"};
  for (const [k, v] of Object.entries(attrs)) text.setAttribute(k, String(v));
  text.textContent = label;
  g.append(line, text);
  svg.append(g);
  const d = svg.getAttribute("aria-description");
  if (d !== null) svg.setAttribute("aria-description", `${d} Den streckade lodräta linjen markerar ${label.charAt(0).toLowerCase()}${label.slice(1)}.`);
  return true;
}
