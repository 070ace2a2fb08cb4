// A dashboard's comparison series and their credit, by the one rule of model/comparisons.ts: the
// rows come from group_values (Kolada's own group value where the snapshot holds it, otherwise the
// unweighted mean of the members' values when at least half of them have one). The credit says
// which: "Källa: Kolada" for Kolada's own values, own processing with the number of kommuner behind
// an own mean. And, when several kommuner are compared with their own groups, whose group is whose.
import type {RowOf} from "../../model/table.js";
import type {groupValues} from "../../model/tables/analysis.js";
import {areaName, isKommunId} from "../../model/catalogue.js";
import type {Comparison} from "../../model/vocabulary.js";
import {formatCount} from "../kit/format.js";
import {formatList, formatYears, inSentence, sentenceStart} from "../kit/wording.js";
import {isMissing} from "../kit/format.js";
import type {SeriesPoint, SeriesRow} from "./sentences.js";

/** A group_values row as a dashboard's slice holds it. */
export type GroupRow = RowOf<typeof groupValues>;

/** group_values rows as series rows (area as municipality), for seriesOf, findMissing and the charts. */
export const groupSeriesRows = (rows: readonly GroupRow[]): SeriesRow[] =>
  rows.map((r) => ({kpi: r.kpi, municipality: r.area, period: r.period, gender: r.gender, value: r.value}));

/**
 * What the snapshot holds for a section's areas, as series rows: the kommuner's Kolada rows and the
 * comparison areas' group_values rows (the one rule; they include Kolada's own group values), for
 * what a section draws and what it says is missing.
 */
export const kommunAndGroupRows = (kolada: readonly SeriesRow[], groups: readonly GroupRow[]): SeriesRow[] => [
  ...kolada.filter((r) => isKommunId(r.municipality)),
  ...groupSeriesRows(groups)
];

/** One comparison area's series of a KPI for the years from..to (a year without a value is null). */
export function groupSeries(rows: readonly GroupRow[], select: {kpi: string; area: string; gender?: string; from: number; to: number}): SeriesPoint[] {
  const gender = select.gender ?? "T";
  const byYear = new Map<number, number | null>();
  for (const r of rows) if (r.kpi === select.kpi && r.area === select.area && r.gender === gender) byYear.set(r.period, isMissing(r.value) ? null : r.value);
  const out: SeriesPoint[] = [];
  for (let y = select.from; y <= select.to; ++y) out.push({year: y, value: byYear.get(y) ?? null});
  return out;
}

/**
 * Several KPIs' comparison credits (comparisonCredit, one per KPI; empty ones left out) as few
 * sentences: one when they all say the same, else one per distinct credit with the KPIs it is for
 * ("U40811 och N01951 – …").
 */
export function mergedCredits(credits: readonly {kpi: string; text: string}[]): string[] {
  const byText = new Map<string, string[]>();
  for (const {kpi, text} of credits) if (text) byText.set(text, [...(byText.get(text) ?? []), kpi]);
  return byText.size === 1 ? [...byText.keys()] : [...byText].map(([text, kpis]) => `${formatList(kpis)} – ${text}`);
}

/** A count range: "212 kommuner", "201–212 kommuner". */
const kommunerRange = (counts: readonly number[]): string => {
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  return `${lo === hi ? formatCount(lo) : `${formatCount(lo)}–${formatCount(hi)}`} ${hi === 1 ? "kommun" : "kommuner"}`;
};

/**
 * Where the drawn comparison values come from, one sentence per area that has any: "Riket: Koladas
 * eget värde (Källa: Kolada)." "Alla kommuner (ovägt medel): eget ovägt medelvärde av 201–212
 * kommuner med värde per år (egen bearbetning av data från Kolada)." Years are named when an area
 * mixes both. Empty when nothing is drawn.
 */
export function comparisonCredit(
  rows: readonly GroupRow[],
  select: {kpi: string; areas: readonly string[]; gender?: string; from: number; to: number}
): string {
  const gender = select.gender ?? "T";
  const sentences: string[] = [];
  for (const area of select.areas) {
    const drawn = rows.filter(
      (r) => r.kpi === select.kpi && r.area === area && r.gender === gender && r.period >= select.from && r.period <= select.to && !isMissing(r.value)
    );
    if (drawn.length === 0) continue;
    const own = drawn.filter((r) => r.source === "kolada");
    const means = drawn.filter((r) => r.source === "medel");
    const mixed = own.length > 0 && means.length > 0;
    const yearsOf = (list: readonly GroupRow[]) => (mixed ? ` ${formatYears(list.map((r) => r.period))}` : "");
    const parts: string[] = [];
    if (own.length) parts.push(`Koladas eget värde${yearsOf(own)} (Källa: Kolada)`);
    if (means.length) {
      const members = means[0].members;
      const of = members ? ` av gruppens ${formatCount(members)}` : "";
      parts.push(
        `eget ovägt medelvärde${yearsOf(means)} av ${kommunerRange(means.map((r) => r.kommuner ?? 0))}${of} med värde (egen bearbetning av data från Kolada)`
      );
    }
    sentences.push(`${areaName(area)}: ${parts.join("; ")}.`);
  }
  return sentences.join(" ");
}

/**
 * Whose group is drawn when several kommuner are compared with their own group (size group or SKR
 * kommungrupp): "Jämförelsegrupperna: Vänersborg och Alingsås jämförs med kommuner med 30 000–49 999
 * invånare (ovägt medel), Östersund med …". Null for a common comparison or a single kommun.
 */
export function whoseComparison(comparison: Comparison, areas: readonly {id: string; name: string; kommuner: readonly string[]}[]): string | null {
  if (comparison !== "size" && comparison !== "skr") return null;
  const kommuner = areas.flatMap((a) => a.kommuner);
  if (kommuner.length < 2) return null;
  const what = comparison === "size" ? "storleksgrupp" : "kommungrupp enligt SKR";
  const parts = areas.map((a, i) => `${formatList(a.kommuner.map(areaName))} ${i === 0 ? "jämförs med" : "med"} ${inSentence(a.name)}`);
  return sentenceStart(`${areas.length === 1 ? `Alla valda kommuner har samma ${what}: ` : `Varje kommun jämförs med sin ${what}: `}${parts.join(", ")}.`);
}
