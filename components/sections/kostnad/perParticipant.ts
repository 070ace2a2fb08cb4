// Kostnad per invånare, "Nettokostnad per deltagare": the selected kommuners' cost per participant
// in the chosen price level (cost_per_participant), what is missing of its three parts, and which
// parts an audit printed for its kommun (audit_kpi_figures).
import {withMissing} from "../../kit/section.js";
import {formatList, formatYears, kpiDefinition, reportWords} from "../../kit/wording.js";
import {room} from "../../kit/room.js";
import {AREA_NAMES, areaName, kpiOf} from "../../../model/catalogue.js";
import {KOSTNAD, PER_PARTICIPANT_KPIS} from "../../../model/pages/kostnad.js";
import {OWN_PROCESSING} from "../../../model/vocabulary.js";
import type {AuditFigureRow, ReportCreditMeta} from "../../audit/printedFigures.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";

import {trendChart} from "../../kit/trendChart.js";
import {type SectionOptions} from "../missing.js";
import {kpisMissing, missingNotes} from "../kpiSeries.js";
import type {KostnadChoices, KostnadData} from "./context.js";
import {everyYear, sqlIs, trendQuery} from "../../explore/chartQuery.js";
import type {TableColumn} from "../../kit/chartKit.js";

/** The chart's query: the selected kommuner's cost per participant (cost_per_participant) in the price level, every year of the reader's range. */
export function perParticipantQuery(columns: readonly TableColumn[], c: KostnadChoices): string {
  const ids = c.kommuner.map((m) => m.id);
  const select = {areas: ids, from: c.state.from, to: c.state.to};
  return trendQuery(`Nettokostnad per deltagare, ${c.priceText}`, columns, everyYear("cost_per_participant", sqlIs("k.price_year", c.priceYear), select), ids);
}

const formula = (): string => PER_PARTICIPANT_KPIS.map((id, i) => (i === 0 ? id : `${i === 1 ? "×" : "/"} ${id}`)).join(" ");

/**
 * "Östersunds granskning 2022 trycker nettokostnaden (N40011) och antalet deltagare (U40800) för
 * Östersund 2018–2021, men inte antalet invånare, så …": one sentence per report that printed some
 * but not all parts for its own kommun.
 */
export function reportPartsSentences(figures: readonly AuditFigureRow[], reports: readonly (ReportCreditMeta & {kommun: string})[]): string[] {
  const noun = (id: string) => KOSTNAD.perParticipant.nouns[id] ?? kpiOf(id).label.toLowerCase();
  return reports.flatMap((meta) => {
    const own = figures.filter((f) => f.report === meta.report && f.municipality === meta.kommun && f.value !== null && PER_PARTICIPANT_KPIS.includes(f.kpi));
    const printed = PER_PARTICIPANT_KPIS.filter((id) => own.some((f) => f.kpi === id));
    const lacking = PER_PARTICIPANT_KPIS.filter((id) => !printed.includes(id));
    if (printed.length === 0 || lacking.length === 0) return [];
    const years = [...new Set(own.map((f) => f.period))].sort((a, b) => a - b);
    return [
      `${reportWords.title(meta)} trycker ${formatList(printed.map((id) => `${noun(id)} (${id})`))} för ${areaName(meta.kommun)} ${formatYears(years)}, men inte ${formatList(lacking.map(noun), "eller")}, så kostnaden per deltagare går inte att räkna fram ur rapporten ensam.`
    ];
  });
}

export function perParticipantSection(
  data: Pick<KostnadData, "fetchedAt" | "kolada" | "kpis" | "reports" | "perParticipant" | "auditFigures">,
  c: KostnadChoices,
  options: SectionOptions = {}
): HTMLElement {
  const doc = getDocument();
  const element = el(doc, "div");
  const ids = c.kommuner.map((m) => m.id);
  const points = ids.flatMap((area) =>
    c.years.map((year) => ({
      area,
      year,
      value: data.perParticipant.find((r) => r.municipality === area && r.period === year && r.price_year === c.priceYear)?.value ?? null
    }))
  );
  const title = `Nettokostnad per deltagare, ${c.priceText}`;
  element.append(
    chartFigure(trendChart(points, {title, unit: "kr", areas: ids, names: AREA_NAMES, width: options.width}), {
      title,
      source: {
        kolada: {kpis: PER_PARTICIPANT_KPIS, processed: true, fetchedAt: data.fetchedAt},
        definitions: PER_PARTICIPANT_KPIS.map((id) => kpiDefinition(data.kpis, id)),
        note: `${OWN_PROCESSING}: ${formula()}, bara år då alla tre finns.${c.fixed ? ` ${c.fixedNote}` : ""}`
      },
      filename: `nettokostnad-per-deltagare-${c.priceFile}`,
      query: (table) => perParticipantQuery(table.columns, c)
    })
  );
  const missing = kpisMissing(data.kolada, PER_PARTICIPANT_KPIS, {areas: c.kommuner, years: c.years});
  element.append(...missingNotes(doc, missing.facts));
  for (const sentence of reportPartsSentences(data.auditFigures, data.reports)) element.append(el(doc, "p", undefined, sentence));
  return withMissing(element, missing.facts);
}
/** The room it takes before it is drawn (components/kit/room.ts): about a section's room, so the sections after it stay out of view until the reader nears them. */
perParticipantSection.room = room("20rem");
