// Kostnad per invånare, "Kostnad per invånare över tid": per KPI of the chosen verksamhet a trend
// of the selected kommuner and their comparison areas in the chosen price level (cost_prices, whose
// comparison areas' values come from group_values; a share from kolada and group_values), with the
// comparison's credit, sentences on the latest year and the change, whose group is drawn, the
// audits' printed figures where Kolada has no value, and what is missing.
import {withMissing} from "../../kit/section.js";
import {kpiDefinition} from "../../kit/wording.js";
import {room} from "../../kit/room.js";
import {AREA_NAMES, kpiOf} from "../../../model/catalogue.js";
import {KOSTNAD} from "../../../model/pages/kostnad.js";
import type {RowOf} from "../../../model/table.js";
import type {costPrices} from "../../../model/tables/cost.js";
import {reportFigureCharts} from "../../audit/printedFigures.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {trendChart} from "../../kit/trendChart.js";
import {comparisonArea} from "../../frame/pageState.js";
import type {MissingFacts, SectionOptions} from "../missing.js";
import {changeSentence, latestSentence, type SeriesRow} from "../sentences.js";
import {areaPoints, hasValues, kpiMissingFacts, missingNotes} from "../kpiSeries.js";
import {comparisonCredit, kommunAndGroupRows, whoseComparison} from "../comparisons.js";
import type {KostnadChoices, KostnadData} from "./context.js";
import {everyYear, everyYearOf, everyYearOfGroups, sqlIs, sqlString, trendQuery} from "../../explore/chartQuery.js";
import type {TableColumn} from "../../kit/chartKit.js";

/**
 * One KPI chart's query: every year of the reader's range for the kommuner and comparison areas,
 * from cost_prices in the price level (kr/inv; its comparison areas' rows are group_values' values),
 * or from kolada for the kommuner and group_values for the comparison areas.
 */
export function costTrendQuery(columns: readonly TableColumn[], c: KostnadChoices, kpi: string): string {
  const {label, unit} = kpiOf(kpi);
  const {from, to} = c.state;
  const areas = c.areas.map((a) => a.id);
  const perInhabitant = unit === "kr/inv";
  const references = c.references.map((a) => a.id);
  const points = perInhabitant
    ? everyYear("cost_prices", `k.kpi = ${sqlString(kpi)} AND ${sqlIs("k.price_year", c.fixed ? c.priceYear : null)}`, {areas, from, to})
    : [
        everyYearOf("kolada", {kpi, gender: "T", areas: c.kommuner.map((m) => m.id), from, to}),
        ...(references.length ? [everyYearOfGroups({kpi, gender: "T", areas: references, from, to})] : [])
      ].join("\n  UNION ALL\n");
  return trendQuery(`${label}${perInhabitant ? `, ${c.priceText}` : ""} (${kpi})`, columns, points, areas);
}

/** The rows of cost_prices in one price level (price_year null: current prices), as series rows (gender T). */
export function costSeriesRows(rows: readonly RowOf<typeof costPrices>[], priceYear: number | null): SeriesRow[] {
  return rows.filter((r) => r.price_year === priceYear).map((r) => ({kpi: r.kpi, municipality: r.municipality, period: r.period, gender: "T", value: r.value}));
}

/** One paragraph per KPI chart: each kommun's latest value against its comparison area, then the changes since the year before. */
function trendSentences(points: ReturnType<typeof areaPoints>, c: KostnadChoices, unit: ReturnType<typeof kpiOf>["unit"]): string {
  const of = (id: string) => points.filter((p) => p.area === id);
  const latest = c.kommuner.map((m) => {
    const ref = comparisonArea(c.state.comparison, m.id, c.catalogue);
    return latestSentence({
      name: m.name,
      unit,
      points: of(m.id),
      comparison: ref ? {name: ref.name, points: of(ref.id)} : undefined,
      years: c.years
    });
  });
  const changes = c.kommuner.map((m) => changeSentence({name: m.name, unit, points: of(m.id)})).filter((t): t is string => t !== null);
  return [...latest, ...changes].join(" ");
}

export function costTrendSection(
  data: Pick<KostnadData, "fetchedAt" | "kolada" | "kpis" | "reports" | "cost" | "groups" | "auditFigures">,
  c: KostnadChoices,
  options: SectionOptions = {}
): HTMLElement {
  const doc = getDocument();
  const element = el(doc, "div");
  const missing: MissingFacts[] = [];
  const areaIds = c.areas.map((a) => a.id);
  const {from, to} = c.state;
  const snapshotRows = kommunAndGroupRows(data.kolada, data.groups);
  for (const id of c.verksamhet.kpis) {
    const {label, unit} = kpiOf(id);
    const perInhabitant = unit === "kr/inv";
    const deflated = c.fixed && perInhabitant;
    const rows = perInhabitant ? costSeriesRows(data.cost, deflated ? c.priceYear : null) : snapshotRows;
    const credit = comparisonCredit(data.groups, {kpi: id, areas: c.references.map((a) => a.id), from, to});
    const points = areaPoints(rows, {kpi: id, areas: areaIds, from: c.state.from, to: c.state.to});
    const title = `${label}${perInhabitant ? `, ${c.priceText}` : ""}`;
    element.append(
      chartFigure(trendChart(points, {title, unit, areas: areaIds, names: AREA_NAMES, width: options.width}), {
        title: `${title} (${id})`,
        source: {
          kolada: {kpis: [id], processed: deflated, fetchedAt: data.fetchedAt},
          definitions: [kpiDefinition(data.kpis, id)],
          note: [deflated ? c.fixedNote : KOSTNAD.notes[id], credit].filter((x) => x).join(" ") || undefined
        },
        filename: `kostnad-${id.toLowerCase()}-${c.priceFile}`,
        query: (table) => costTrendQuery(table.columns, c, id)
      })
    );
    if (hasValues(points)) element.append(el(doc, "p", "sentences", trendSentences(points, c, unit)));
    // A KPI whose printed tables the page features below shows them there, not here.
    if (!hasValues(points) && id !== KOSTNAD.auditTable.kpi)
      element.append(...reportFigureCharts(data, id, {note: KOSTNAD.reportFigureNote, width: options.width}));
    // What the snapshot lacks, in any price level: the kommuner's Kolada values and the comparison areas' group_values.
    missing.push(kpiMissingFacts(snapshotRows, {kpi: id, label, areas: c.areas, years: c.years}));
  }
  const whose = whoseComparison(c.state.comparison, c.comparisons);
  if (whose) element.append(el(doc, "p", "sentences", whose));
  element.append(...missingNotes(doc, missing));
  return withMissing(element, missing);
}
/** The room it takes before it is drawn (components/kit/room.ts): about a section's room, so the sections after it stay out of view until the reader nears them. */
costTrendSection.room = room("20rem");
