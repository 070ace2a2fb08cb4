// Kostnad per invånare, "Kostnad och resultat bland alla kommuner": every kommun's nettokostnad
// against its result for one year (cost_vs_result), the selected kommuner highlighted, and the
// year's counts, medians and correlation in words (cost_vs_result_summary).
import {withMissing} from "../../kit/section.js";
import {kpiDefinition} from "../../kit/wording.js";
import {room} from "../../kit/room.js";
import {AREA_NAMES, kpiOf} from "../../../model/catalogue.js";
import {KOSTNAD} from "../../../model/pages/kostnad.js";
import type {RowOf} from "../../../model/table.js";
import type {costVsResultSummary} from "../../../model/tables/cost.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {formatByUnit, formatCount, formatNumber, formatYear} from "../../kit/format.js";
import {scatterPlot} from "../../kit/scatterPlot.js";
import type {SectionOptions} from "../missing.js";
import {missingDataNote} from "../kpiSeries.js";
import type {KostnadChoices, KostnadData} from "./context.js";
import {areaNameJoins, areaNameOf, selectColumns, sqlComment, svOrder} from "../../explore/chartQuery.js";
import type {TableColumn} from "../../kit/chartKit.js";

/** The chart's query: every kommun with both values that year (cost_vs_result), named as the page names them (kommun_groups), by name as the chart sorts them, then kommunkod. */
export function costResultQuery(columns: readonly TableColumn[], year: number): string {
  const name = areaNameOf("p.municipality");
  return `${sqlComment(`Nettokostnad (${KOSTNAD.scatter.cost}) och resultat vid avslut (${KOSTNAD.scatter.result}), alla kommuner med båda värdena ${year}`)}
SELECT
${selectColumns(columns, {kommun: name, id: "p.municipality", x: "p.net_cost", y: "p.result"})}
FROM cost_vs_result AS p
${areaNameJoins("p.municipality")}
WHERE p.period = ${year} AND p.net_cost IS NOT NULL AND p.result IS NOT NULL
ORDER BY ${svOrder(name)}, p.municipality`;
}

type SummaryRow = RowOf<typeof costVsResultSummary>;

/**
 * The year the scatter shows: the latest year up to the reader's last year in which some kommun
 * has both values (else the first such year), else the latest year with results (up to the last
 * year, else any), else the reader's last year.
 */
export function scatterYear(summary: readonly SummaryRow[], to: number): number {
  const latest = (years: number[]) => years.filter((y) => y <= to).at(-1);
  const both = summary
    .filter((s) => s.with_both > 0)
    .map((s) => s.period)
    .sort((a, b) => a - b);
  const results = summary
    .filter((s) => s.with_result > 0)
    .map((s) => s.period)
    .sort((a, b) => a - b);
  return latest(both) ?? both[0] ?? latest(results) ?? results.at(-1) ?? to;
}

/** The sentence under the scatter: how many kommuner have both values, r and its strength, the medians; or what is missing. */
export function scatterSentence(row: SummaryRow | undefined, year: number): {text: string; missing: boolean} {
  const {cost, result} = KOSTNAD.scatter;
  if (!row || row.with_both === 0) {
    const kommuner = (n: number) => (n === 0 ? "ingen" : `${formatCount(n)} ${n === 1 ? "kommun" : "kommuner"}`);
    return {
      missing: true,
      text: `Saknas i ögonblicksbilden: ingen kommun har både ${cost} och ${result} ${formatYear(year)} (${result} finns för ${kommuner(row?.with_result ?? 0)}, ${cost} för ${kommuner(row?.with_cost ?? 0)}), så inget punktdiagram kan ritas.`
    };
  }
  const r = row.pearson_r === null ? "" : `Korrelationen (Pearsons r) mellan dem är ${formatNumber(row.pearson_r, {decimals: 2})}: ${row.strength}. `;
  return {
    missing: false,
    text: `${formatYear(year)} har ${formatCount(row.with_both)} kommuner både nettokostnad och resultat vid avslut. ${r}Medianen är ${formatByUnit(row.median_cost, "kr/inv")} och ${formatByUnit(row.median_result, "procent")}.`
  };
}

export function costResultSection(
  data: Pick<KostnadData, "fetchedAt" | "kpis" | "pairs" | "summary">,
  c: KostnadChoices,
  options: SectionOptions = {}
): HTMLElement {
  const doc = getDocument();
  const {cost, result} = KOSTNAD.scatter;
  const year = scatterYear(data.summary, c.state.to);
  const row = data.summary.find((s) => s.period === year);
  const points = data.pairs.filter((p) => p.period === year).map((p) => ({area: p.municipality, x: p.net_cost, y: p.result}));
  const scatter = scatterPlot(points, {
    title: "Nettokostnad och resultat vid avslut",
    year,
    x: {label: kpiOf(cost).label, unit: kpiOf(cost).unit},
    y: {label: kpiOf(result).label, unit: kpiOf(result).unit},
    highlight: c.state.kommuner,
    medians: row && row.median_cost !== null && row.median_result !== null ? {x: row.median_cost, y: row.median_result} : undefined,
    names: AREA_NAMES,
    width: options.width
  });
  const element = el(doc, "div");
  element.append(
    chartFigure(scatter, {
      title: `Nettokostnad arbetsmarknadsåtgärder och andel som börjat arbeta eller studera, ${formatYear(year)}`,
      source: {
        kolada: {kpis: [cost, result], fetchedAt: data.fetchedAt},
        definitions: [kpiDefinition(data.kpis, cost), kpiDefinition(data.kpis, result)],
        note: "Medianerna och korrelationen är egen bearbetning av data från Kolada."
      },
      filename: `kostnad-mot-resultat-${year}`,
      query: (table) => costResultQuery(table.columns, year),
      maxTableRows: 20
    })
  );
  const sentence = scatterSentence(row, year);
  element.append(sentence.missing ? missingDataNote(doc, sentence.text) : el(doc, "p", "sentences", sentence.text));
  // Without a pair, the KPIs no kommun has that year (or both, when the kommuner with each differ).
  const lacking = [cost, result].filter((id) => ((id === cost ? row?.with_cost : row?.with_result) ?? 0) === 0);
  return withMissing(element, sentence.missing ? [{kpis: lacking.length ? lacking : [cost, result], gender: "T", entries: []}] : []);
}
/** The room it takes before it is drawn (components/kit/room.ts): a heading, the chart and its notes. */
costResultSection.room = room("34rem");
