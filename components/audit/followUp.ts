// "Vad har hänt sedan granskningen": per followed KPI, a sentence and a chart of the kommun beside
// all kommuners' mean from the audit year on (or the years before it as background), drawn from
// audit_followup rows; the years without a value are returned as data beside the element.
import {withMissing} from "../kit/section.js";
import {el, getDocument} from "../kit/chartKit.js";
import {chartFigure} from "../kit/chartFigure.js";
import {formatYear} from "../kit/format.js";
import {trendChart, type TrendPoint} from "../kit/trendChart.js";
import {YEARS, kpiOf} from "../../model/catalogue.js";
import {COMPARISON_AREA, MEAN_SOURCE_NAMES, type MeanSource} from "../../model/pages/granskningar.js";
import type {RowOf} from "../../model/table.js";
import type {auditFollowUp} from "../../model/tables/audits.js";
import {markYear} from "./markYear.js";
import type {AuditPage} from "./reportPage.js";
import {followUpIntro, followUpMissing, followUpSentence} from "./sentences.js";
import type {TableColumn} from "../kit/chartKit.js";
import {selectColumns, sqlComment, sqlString} from "../explore/chartQuery.js";

/**
 * A follow-up chart's query: the years of the chart (audit_followup, in_chart) with the kommun's
 * value, then, when some year has a mean, the same years with the mean, named after where the
 * mean comes from (the first year's source that has one).
 */
export function followUpQuery(columns: readonly TableColumn[], report: string, kpi: string): string {
  const source = Object.entries(MEAN_SOURCE_NAMES)
    .map(([id, name]) => `WHEN ${sqlString(id)} THEN ${sqlString(name)}`)
    .join(" ");
  return `${sqlComment(`${kpiOf(kpi).label} (${kpi}) efter granskningen ${report}: kommunen och alla kommuners medel`)}
WITH rader AS (
  SELECT * FROM audit_followup WHERE report = ${sqlString(report)} AND kpi = ${sqlString(kpi)} AND in_chart
),
kalla AS (SELECT mean_source FROM rader WHERE mean_source IS NOT NULL ORDER BY period LIMIT 1),
serier AS (
  SELECT 1 AS serie, (SELECT kommun_name FROM report_meta WHERE report = ${sqlString(report)}) AS namn, period, value FROM rader
  UNION ALL
  SELECT 2, CASE k.mean_source ${source} END, r.period, r.mean FROM rader AS r CROSS JOIN kalla AS k
)
SELECT
${selectColumns(columns, {omrade: "namn", ar: "period", varde: "value"})}
FROM serier
ORDER BY serie, period`;
}

type Row = RowOf<typeof auditFollowUp>;

/** A KPI's years without a value for the kommun since the audit (what the missing-data notice names). */
export interface MissingFollowUp {
  kpi: string;
  area: string;
  years: number[];
}

/** One KPI's rows split into what the section needs (rows of one audit and KPI, in period order). */
export function followUpParts(rows: readonly Row[]) {
  const since = rows.filter((r) => !r.context);
  const chart = rows.filter((r) => r.in_chart);
  const hasOwn = since.some((r) => r.value !== null);
  const source = (chart.find((r) => r.mean_source !== null)?.mean_source ?? null) as MeanSource | null;
  return {since, chart, hasOwn, source, missing: since.filter((r) => r.value === null).map((r) => r.period)};
}

/** The notes under a follow-up chart: the KPI's title in Kolada, what is missing, background years, where the mean comes from. */
export function followUpNotes(o: {
  kommun: string;
  kpi: string;
  title: string;
  year: number;
  firstShown: number;
  missing: string | null;
  hasOwn: boolean;
  source: MeanSource | null;
}): string {
  return [
    `Nyckeltalet i Kolada: ”${o.title}”.`,
    o.missing,
    o.hasOwn
      ? null
      : `Kolada har ännu inga värden för ${o.kommun} från granskningsåret och framåt; diagrammet visar i stället ${formatYear(o.firstShown)}–${formatYear(o.year)} som bakgrund.`,
    o.source === "kpi_means" ? `Alla kommuners ovägda medel är vår egen beräkning: medelvärdet av alla kommuner med värde i Kolada (${o.kpi}) samma år.` : null,
    o.source === null ? "Inget jämförelsevärde för alla kommuner finns i ögonblicksbilden." : null
  ]
    .filter(Boolean)
    .join(" ");
}

/** The section: the intro, then per followed KPI a heading, a sentence and the chart (or a note when there is nothing to draw). */
export function followUpSection(p: AuditPage, options: {width: number; document?: Document}): HTMLElement {
  const doc = getDocument(options.document);
  const div = el(doc, "div", "audit-followup");
  const kommun = {id: p.meta.kommun, name: p.meta.kommun_name};
  const year = p.audit.year;
  const labels = p.indicators.map((i) => kpiOf(i.kpi).label);
  div.append(paragraph(doc, followUpIntro(kommun.name, year, YEARS.to, labels, p.indicators[0]?.why ?? null)));
  const missing: MissingFollowUp[] = [];
  for (const ind of p.indicators) {
    const info = kpiOf(ind.kpi);
    const parts = followUpParts(p.followUp.filter((r) => r.kpi === ind.kpi));
    if (parts.missing.length) missing.push({kpi: ind.kpi, area: kommun.id, years: parts.missing});
    const missingText = followUpMissing(kommun.name, parts.missing, info.label.toLowerCase());
    div.append(el(doc, "h3", undefined, `${info.label} (${ind.kpi})`));
    const sentence = followUpSentence(kommun.name, info.label, info.unit, year, parts.hasOwn ? parts.since : parts.chart, parts.hasOwn);
    if (sentence) div.append(paragraph(doc, sentence, "followup-sentence"));
    if (!parts.chart.some((r) => r.value !== null) && parts.source === null) {
      const note = paragraph(doc, missingText ?? "", "chart-empty followup-missing");
      note.setAttribute("role", "note");
      div.append(note);
      continue;
    }
    const points: TrendPoint[] = [
      ...parts.chart.map((r) => ({area: kommun.id, series: kommun.name, year: r.period, value: r.value})),
      ...(parts.source
        ? parts.chart.map((r) => ({
            area: COMPARISON_AREA,
            series: MEAN_SOURCE_NAMES[parts.source!],
            year: r.period,
            value: r.mean
          }))
        : [])
    ];
    const names = new Map([
      [kommun.id, kommun.name],
      [COMPARISON_AREA, MEAN_SOURCE_NAMES[parts.source ?? "kpi_means"]]
    ]);
    const chart = trendChart(points, {
      title: info.label,
      unit: info.unit,
      width: Math.min(options.width, 720),
      names,
      document: doc
    });
    markYear(chart, year, `Granskningen ${formatYear(year)}`);
    const definition = p.kpis.find((k) => k.id === ind.kpi)?.description;
    const note = followUpNotes({
      kommun: kommun.name,
      kpi: ind.kpi,
      title: info.title,
      year,
      firstShown: parts.chart[0]?.period ?? year,
      missing: missingText,
      hasOwn: parts.hasOwn,
      source: parts.source
    });
    div.append(
      chartFigure(chart, {
        title: parts.hasOwn ? `${info.label} i ${kommun.name} från ${formatYear(year)}` : `${info.label} i ${kommun.name} åren före granskningen`,
        filename: `${p.report}-${ind.kpi}`,
        query: (table) => followUpQuery(table.columns, p.report, ind.kpi),
        source: {
          kolada: {kpis: [ind.kpi], processed: parts.source === "kpi_means"},
          definitions: definition ? [{id: ind.kpi, title: info.title, text: definition}] : undefined,
          note
        },
        document: doc
      })
    );
  }
  return withMissing(div, missing);
}

function paragraph(doc: Document, text: string, className?: string): HTMLParagraphElement {
  return el(doc, "p", className, text);
}
