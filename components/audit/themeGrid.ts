// The theme × audit chart of the comparison page (SVG): a row per theme, a column per audit, each
// question a labelled box coloured by its scale and linking to its wording; on narrow screens a
// list. Carries its table (chartFigure's data table and CSV).
import {attachTable, getDocument, textWidth, type ChartTable} from "../kit/chartKit.js";
import {formatList} from "../kit/wording.js";

import type {MatrixCell, MatrixQuestion, ThemeMatrix} from "./matrix.js";
import {readingsOf, SCALE_FILLS, SCALE_TEXT} from "./scale.js";

const SVG_NS = "http://www.w3.org/2000/svg";

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
    .map(
      (t) =>
        `${t.label}: ${matrix.reports
          .map((r) => {
            const c = cell(t.id, r);
            return `${nameOf(r)} ${c.questions.length ? c.questions.map(entryText).join(", ") : "ingen fråga"}`;
          })
          .join("; ")}`
    )
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
      const a = mk("a", {
        href: options.href(q.report, q.id),
        class: "grid-entry",
        "data-report": q.report,
        "data-id": q.id
      });
      // The accessible name starts with the visible text (WCAG 2.5.3), then says whose question it is.
      a.setAttribute("aria-label", `${entryText(q)}, ${nameOf(q.report)}${readingsOf(q).length > 1 ? ` (två läsningar: ${readingsOf(q).join(" och ")})` : ""}`);
      const readings = readingsOf(q);
      readings.forEach((sc, si) => {
        a.append(
          mk("rect", {
            x: x0 + (si * w) / readings.length,
            y: yy,
            width: w / readings.length,
            height: entryH,
            fill: SCALE_FILLS[sc],
            rx: si === 0 ? 3 : 0
          })
        );
      });
      a.append(
        mk("rect", {
          x: x0,
          y: yy,
          width: w,
          height: entryH,
          fill: "none",
          stroke: SCALE_TEXT,
          "stroke-opacity": 0.35,
          rx: 3,
          ...(readings.length > 1 ? {"stroke-dasharray": "3 2", "stroke-opacity": 0.9} : {})
        })
      );
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
      svg.append(
        mk(
          "text",
          {
            x: labelW + i * colW + colW / 2,
            y: headH - 12,
            "text-anchor": "middle",
            "font-weight": 600,
            fill: "currentColor"
          },
          nameOf(r)
        )
      );
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
      matrix.reports.flatMap((r) =>
        cell(t.id, r).questions.map((q) => ({
          tema: t.label,
          granskning: nameOf(r),
          fraga: `${q.id}. ${q.question}`,
          bedomning: readingsOf(q).join(" / ")
        }))
      )
    )
  };
  return attachTable(svg, table);
}
