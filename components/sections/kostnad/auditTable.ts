// Kostnad per invånare, the audits' tables of the featured KPI (model/pages/kostnad.ts
// `auditTable`): every report that printed a table of it gets a heading, a sentence on what it
// printed, its figures as a chart, and its values beside Kolada's today with the check status
// (audit_kpi_figures). A new report with such a table appears here without a code change.
import {room} from "../../kit/room.js";
import {formatYearRange, genitive, inSentence, reportWords} from "../../kit/wording.js";
import {AREA_NAMES, areaName, areaRole, kpiOf} from "../../../model/catalogue.js";
import {KOSTNAD} from "../../../model/pages/kostnad.js";
import {figureGroupQuery, figureGroups, statusText, type AuditFigureRow} from "../../audit/printedFigures.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {formatByUnit, formatCount, formatYear} from "../../kit/format.js";
import {mergeLineRanges, sourceNote} from "../../kit/sourceNote.js";
import {trendChart} from "../../kit/trendChart.js";
import type {SectionOptions} from "../missing.js";
import {scrollTable} from "../kpiSeries.js";
import type {KostnadData} from "./context.js";

const NUMBER_WORDS = ["inga", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"];
/** "två jämförelsegrupper", "en jämförelsegrupp", "12 jämförelsegrupper". */
const groups = (n: number) => `${NUMBER_WORDS[n] ?? formatCount(n)} ${n === 1 ? "jämförelsegrupp" : "jämförelsegrupper"}`;

/** The reports that printed a table of `kpi`, in report_summaries' order (the catalogue's kommun order, then date). */
export function reportsWithTable(data: Pick<KostnadData, "auditFigures" | "reports">, kpi: string): KostnadData["reports"][number][] {
  return data.reports.filter((m) => data.auditFigures.some((f) => f.report === m.report && f.kpi === kpi && f.table !== null));
}

/**
 * "Granskningen av Östersunds arbetsmarknadsåtgärder trycker en tabell med nettokostnaden per
 * invånare 2018–2021 för Östersund och två jämförelsegrupper. Östersunds nettokostnad var …, mot …
 * i alla kommuner (ovägt medel) samma år. Siffrorna nedan är rapportens tryckta värden, …"
 */
export function auditTableSentence(figures: readonly AuditFigureRow[], kommun: string): string {
  const {noun, subject, kpi} = KOSTNAD.auditTable;
  const unit = kpiOf(kpi).unit;
  const years = [...new Set(figures.filter((f) => f.value !== null).map((f) => f.period))].sort((a, b) => a - b);
  const others = new Set(figures.filter((f) => f.municipality !== kommun).map((f) => f.municipality ?? f.area)).size;
  const own = figures.filter((f) => f.municipality === kommun && f.value !== null).sort((a, b) => a.period - b.period);
  const mean = figures.filter((f) => f.municipality !== null && areaRole(f.municipality) === "mean" && f.value !== null);
  const name = areaName(kommun);
  const parts = [
    `Granskningen av ${genitive(name)} arbetsmarknadsåtgärder trycker en tabell med ${noun} ${formatYearRange(years[0], years.at(-1)!)} för ${name} och ${groups(others)}.`
  ];
  if (own.length && mean.length) {
    const first = own[0];
    const last = own.at(-1)!;
    const against = mean.find((f) => f.period === last.period);
    const meanName = areaName(mean[0].municipality!);
    parts.push(
      `${genitive(name)} ${subject} var ${formatByUnit(first.value, unit)} år ${formatYear(first.period)} och ${formatByUnit(last.value, unit)} år ${formatYear(last.period)}, mot ${formatByUnit(against?.value, unit)} i ${inSentence(meanName)} samma år.`
    );
  }
  parts.push("Siffrorna nedan är rapportens tryckta värden, inte hämtade ur Kolada av sajten.");
  return parts.join(" ");
}

export function auditTableSection(data: Pick<KostnadData, "fetchedAt" | "reports" | "auditFigures">, options: SectionOptions = {}): HTMLElement {
  const doc = getDocument();
  const {kpi, file} = KOSTNAD.auditTable;
  const {label, unit} = kpiOf(kpi);
  const element = el(doc, "div");
  const reports = reportsWithTable(data, kpi);
  if (reports.length === 0) element.append(el(doc, "p", undefined, `Ingen av granskningarna trycker en tabell med ${KOSTNAD.auditTable.noun}.`));
  for (const meta of reports) {
    const figures = data.auditFigures.filter((f) => f.report === meta.report && f.kpi === kpi);
    const credit = reportWords.credit(meta);
    const lines = mergeLineRanges(figures);
    const [group] = figureGroups(figures, kpi);
    element.append(el(doc, "h3", undefined, reportWords.title(meta)), el(doc, "p", undefined, auditTableSentence(figures, meta.kommun)));
    if (group) {
      element.append(
        chartFigure(
          trendChart(group.points, {
            title: `${label} enligt granskningen`,
            unit,
            names: AREA_NAMES,
            width: options.width
          }),
          {
            title: `Rapportens siffror: ${label.toLowerCase()} ${formatYearRange(group.years[0], group.years.at(-1)!)} (löpande priser)`,
            source: {
              reports: [{name: credit, lines, via: "Kolada"}],
              note: "Rapportens tryckta värden (rapportsiffror). Ett streck i rapporten visas som saknat värde, inte som noll."
            },
            filename: `${meta.report}-${file}`,
            query: (table) => figureGroupQuery(table.columns, group.report, kpi)
          }
        )
      );
    }
    element.append(el(doc, "p", undefined, "Rapportens värden bredvid Koladas värden i dag. Kontrollen jämför på den precision rapporten tryckte."));
    const rows = [...figures]
      .sort((a, b) => a.line_from - b.line_from || a.period - b.period)
      .map((f) => ({
        omrade: (f.municipality !== null ? AREA_NAMES.get(f.municipality) : undefined) ?? f.area,
        ar: f.period,
        rapport: f.value,
        kolada: f.kolada_value,
        status: statusText(f.status)
      }));
    element.append(
      scrollTable(doc, {
        caption: `${label} (${unit}): ${credit} och Kolada`,
        columns: [
          {key: "omrade", label: "Område", kind: "text"},
          {key: "ar", label: "År", kind: "year"},
          {key: "rapport", label: "I rapporten", kind: unit},
          {key: "kolada", label: "Kolada i dag", kind: unit},
          {key: "status", label: "Kontroll", kind: "text"}
        ],
        rows
      })
    );
    const unchecked = rows.filter((r) => r.rapport !== null && r.kolada === null).length;
    element.append(
      sourceNote({
        document: doc,
        reports: [{name: credit, lines, via: "Kolada"}],
        kolada: {kpis: [kpi], fetchedAt: data.fetchedAt},
        note: unchecked
          ? `${formatCount(unchecked)} av rapportens värden kan inte kontrolleras: ögonblicksbilden saknar ${kpi} för de områdena och åren.`
          : undefined
      })
    );
  }
  return element;
}
/** The room it takes before it is drawn (components/kit/room.ts): a heading and the table. */
auditTableSection.room = room("30rem");
