// Resultat vid avslut: what the audits printed beside Kolada (result_audit_figures): the overlay
// chart of the share with its sentences, and the paragraphs of the A–E section about a printed
// category and about figures from another source shown beside the share.
import {room} from "../../kit/room.js";
import {formatList, genitive, lineRanges, reportWords} from "../../kit/wording.js";
import type {SectionOptions} from "../missing.js";
import {formatByUnit, formatYear} from "../../kit/format.js";
import {auditOverlay, type OverlayPoint} from "../../kit/auditOverlay.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {mergeLineRanges, reportSource} from "../../kit/sourceNote.js";
import {AREA_NAMES, areaName} from "../../../model/catalogue.js";
import {RESULTAT} from "../../../model/pages/resultat.js";
import type {RowOf} from "../../../model/table.js";
import type {resultAuditFigures} from "../../../model/tables/results.js";
import type {BesideStatus} from "../../../model/vocabulary.js";
import {label, type Choices, type ResultatData} from "./context.js";
import {overlaySentence} from "./sentences.js";
import type {TableColumn} from "../../kit/chartKit.js";
import {FIGURE_STATUS_TEXT} from "../../../model/vocabulary.js";
import {selectColumns, sqlCase, sqlComment, sqlList, sqlString} from "../../explore/chartQuery.js";

/**
 * The overlay's query: the points the selected kommuners' reports printed for the share
 * (result_audit_figures; the parts of a sum are one point, with all their lines), in the reader's
 * years, in the table's order.
 */
export function auditOverlayQuery(columns: readonly TableColumn[], c: Choices): string {
  const {from, to} = c.state;
  return `${sqlComment(`Granskningarnas siffror för ${label(RESULTAT.share).toLowerCase()} (${RESULTAT.share}) bredvid Kolada, ${c.rangeText}`)}
WITH rader AS (
  SELECT *, rowid AS i FROM result_audit_figures
  WHERE kpi = ${sqlString(RESULTAT.share)} AND report IN (SELECT report FROM report_summaries WHERE list_contains(${sqlList(c.selected)}, kommun))
),
punkter AS (
  SELECT report, point, min(i) AS forst,
    string_agg(CASE WHEN line_from = line_to THEN line_from::VARCHAR ELSE line_from || '–' || line_to END, ', ' ORDER BY i) AS rader
  FROM rader GROUP BY report, point
)
SELECT
${selectColumns(columns, {
  rapport: "r.report",
  omrade: "r.area",
  ar: "r.year",
  rapportvarde: "r.point_value",
  kolada: "CASE WHEN r.status = 'other_source' THEN NULL ELSE r.kolada_value END",
  status: sqlCase("r.status", FIGURE_STATUS_TEXT),
  rader: "p.rader"
})}
FROM punkter AS p
JOIN rader AS r ON r.i = p.forst
WHERE r.year BETWEEN ${from} AND ${to}
ORDER BY p.forst`;
}

type FigureRow = RowOf<typeof resultAuditFigures>;

/** The reports about the selected kommuner (report_summaries order). */
const selectedReports = (data: Pick<ResultatData, "reports">, selected: readonly string[]): string[] =>
  data.reports.filter((m) => selected.includes(m.kommun)).map((m) => m.report);

/** "Granskningen i Alingsås 2024". */
function reportName(data: Pick<ResultatData, "reports">, report: string): string {
  const m = data.reports.find((r) => r.report === report);
  return m ? reportWords.subject(m) : report;
}

/** The rows of result_audit_figures as points to draw: one per point, the parts of a sum together (in table order). */
export function overlayPoints(rows: readonly FigureRow[]): (OverlayPoint & {parts: FigureRow[]})[] {
  const points = new Map<string, FigureRow[]>();
  for (const r of rows) {
    const key = `${r.report}|${r.point}`;
    points.set(key, [...(points.get(key) ?? []), r]);
  }
  return [...points.values()].map((parts) => {
    const [first] = parts;
    const other = first.status === "other_source";
    return {
      report: first.report,
      figures: first.point,
      area: first.area_id,
      areaPrinted: first.area,
      year: first.year,
      value: first.point_value,
      printed: parts.map((p) => p.printed).join(" + "),
      status: first.status as BesideStatus,
      koladaValue: first.kolada_value,
      lines: parts.map((p) => [p.line_from, p.line_to] as [number, number]),
      note: other ? `${parts.map((p) => p.label).join(" + ")} ur ${first.source}${parts.length > 1 ? ", summerade av oss" : ""}` : null,
      parts
    };
  });
}

/** The points of `kpi` the selected kommuners' reports printed. */
function pointsOf(data: Pick<ResultatData, "auditFigures" | "reports">, c: Choices, kpi: string) {
  const reports = selectedReports(data, c.selected);
  return overlayPoints(data.auditFigures.filter((r) => r.kpi === kpi && reports.includes(r.report)));
}

/**
 * The A–E section's paragraphs about the audits: a printed figure of a category for a selected
 * kommun ("… anger andelen som börjat arbeta (kategori A). Östersund 2021: …"), and figures from
 * another source shown beside the share, mentioned but not compared with the categories it sums.
 */
export function compositionAuditParagraphs(
  data: Pick<ResultatData, "auditFigures" | "reports">,
  c: Choices,
  doc: Document = getDocument()
): HTMLParagraphElement[] {
  const out: HTMLParagraphElement[] = [];
  const letter = (kpi: string) => /^([A-Z])\. /.exec(label(kpi))?.[1] ?? kpi;
  for (const kpi of RESULTAT.auditKpis.filter((k) => (RESULTAT.composition as readonly string[]).includes(k))) {
    for (const p of pointsOf(data, c, kpi).filter((q) => q.status !== "other_source" && q.area !== null && c.selected.includes(q.area))) {
      const what = label(kpi)
        .replace(/^[A-Z]\. /, "")
        .toLowerCase();
      out.push(
        el(
          doc,
          "p",
          undefined,
          `${reportName(data, p.report)} (rad ${lineRanges(p.lines)}) anger andelen som ${what} (kategori ${letter(kpi)}). ${overlaySentence(p, areaName(p.area!))}`
        )
      );
    }
  }
  for (const p of pointsOf(data, c, RESULTAT.share).filter((q) => q.status === "other_source" && q.area !== null && c.selected.includes(q.area))) {
    const parts = p.parts.map((part, i) => `${formatByUnit(part.value, "procent")} ${i === 0 ? "av deltagarna gick till" : "till"} ${part.label}`);
    const caveats = p.parts.map((part) => part.caveat).filter((x): x is string => x !== null);
    out.push(
      el(
        doc,
        "p",
        undefined,
        `${reportName(data, p.report)} (rad ${lineRanges(mergeLineRanges(p.parts))}) anger för ${formatYear(p.year)} att ${formatList(parts)}. ` +
          `Siffrorna kommer ur ${p.parts[0].source}, inte ur Kolada${caveats.length ? `, och ${formatList(caveats)}` : ""}; de jämförs därför inte med kategori ${formatList(RESULTAT.shareParts.map(letter))}.`
      )
    );
  }
  return out;
}

/** "Vad granskningarna skrev": the audits' printed shares over Kolada's series, and one sentence per figure in the reader's years. */
export function auditSection(data: ResultatData, c: Choices, options: SectionOptions = {}): HTMLElement {
  const doc = getDocument();
  const {from, to} = c.state;
  const share = RESULTAT.share;
  const points = pointsOf(data, c, share);
  const kolada = data.kolada.filter((d) => d.kpi === share && d.gender === "T").map((d) => ({area: d.municipality, year: d.period, value: d.value}));
  const overlay = auditOverlay(points, kolada, {
    title: label(share),
    unit: "procent",
    from,
    to,
    names: AREA_NAMES,
    width: options.width
  });
  const sums = points.filter((p) => p.parts.length > 1 && p.area !== null);
  const sumsText = sums
    .map((p) => `${genitive(areaName(p.area!))} summa av ${formatList(p.parts.map((part) => part.label ?? part.figure_id))} är egen beräkning.`)
    .join(" ");
  const wrap = el(doc, "div");
  wrap.append(
    chartFigure(overlay, {
      title: `Granskningarnas siffror för ${label(share).toLowerCase()} bredvid Kolada`,
      source: {
        kolada: {kpis: [share], fetchedAt: data.fetchedAt},
        reports: [...new Set(points.map((p) => p.report))].map((report) =>
          reportSource(
            data.reports.find((m) => m.report === report)!,
            points.filter((p) => p.report === report).flatMap((p) => p.lines.map(([a, b]) => ({line_from: a, line_to: b})))
          )
        ),
        note: `Symbolens form visar kontrollen mot Kolada (se teckenförklaringen). Kontrollen görs på den precision rapporten tryckte${sumsText ? `; ${sumsText}` : "."} Granskningarnas siffror gäller totalt, oavsett valt kön.`
      },
      filename: `granskningar-${share.toLowerCase()}`,
      query: (table) => auditOverlayQuery(table.columns, c)
    })
  );
  if (points.length) {
    const list = el(doc, "ul", "page-sentences overlay-sentences");
    for (const p of points.filter((q) => q.year >= from && q.year <= to))
      list.append(el(doc, "li", undefined, overlaySentence(p, p.area ? areaName(p.area) : p.areaPrinted)));
    wrap.append(list);
  }
  return wrap;
}
/** The room it takes before it is drawn (components/kit/room.ts): a heading, the chart and the audits' figures. */
auditSection.room = room("34rem");
