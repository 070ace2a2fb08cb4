// Åldersprofiler, "Unga deltagare mot unga i befolkningen": for the latest year of the reader's
// range with a ratio, both shares per selected kommun and comparison area (dumbbell) with a
// sentence per kommun, the ratio over time, the table of both parts and the ratio
// (youth_representation: a comparison area's from its parts in group_values), and what is missing.
import {withMissing} from "../../kit/section.js";
import {formatYearRange, kpiDefinition} from "../../kit/wording.js";
import {room} from "../../kit/room.js";
import {AREA_NAMES} from "../../../model/catalogue.js";
import {comparisonCredit, mergedCredits, whoseComparison, type GroupRow} from "../comparisons.js";
import {ALDER, YOUTH_PART_KPIS} from "../../../model/pages/alder.js";
import {OWN_PROCESSING} from "../../../model/vocabulary.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, emptyState, getDocument} from "../../kit/chartKit.js";
import {dumbbell} from "../../kit/dumbbell.js";
import {formatYear} from "../../kit/format.js";
import {trendChart} from "../../kit/trendChart.js";
import type {SectionOptions} from "../missing.js";
import {kpisMissing, missingNotes, scrollTable} from "../kpiSeries.js";
import type {AlderChoices, AlderData} from "./context.js";
import {representationSentence} from "./sentences.js";
import type {TableColumn} from "../../kit/chartKit.js";
import {areaNameJoins, areaNameOf, selectColumns, sqlComment, sqlList, trendQuery} from "../../explore/chartQuery.js";

/** The dumbbell's query: each selected kommun and comparison area (in the reader's order) with both shares that year (youth_representation). */
export function representationQuery(columns: readonly TableColumn[], ids: readonly string[], year: number): string {
  return `${sqlComment(`Unga deltagare och unga i befolkningen ${year}`)}
SELECT
${selectColumns(columns, {omrade: areaNameOf("a.area"), franAr: String(year), franVarde: "r.population_share", tillAr: String(year), tillVarde: "r.participants_share"})}
FROM unnest(${sqlList(ids)}) AS a(area)
LEFT JOIN youth_representation AS r ON r.municipality = a.area AND r.period = ${year}
${areaNameJoins("a.area")}
ORDER BY list_position(${sqlList(ids)}, a.area)`;
}

/** The ratio chart's query: the selected kommuner's and their comparison areas' ratio in the reader's years (youth_representation rows). */
export const ratioQuery = (columns: readonly TableColumn[], c: AlderChoices): string =>
  trendQuery(
    "Överrepresentation av unga bland deltagarna (kvot)",
    columns,
    `  SELECT municipality AS area, period AS year, ratio AS value FROM youth_representation WHERE period BETWEEN ${c.state.from} AND ${c.state.to}`,
    c.areas.map((a) => a.id)
  );

const {participants, aged16to19, aged20to24, inhabitants} = ALDER.parts;

/** The rows of the selected kommuner and their comparison areas within the reader's years (only years with a row of any part). */
export function selectedRepresentation(data: Pick<AlderData, "representation">, c: Pick<AlderChoices, "state" | "areas">): AlderData["representation"] {
  const ids = c.areas.map((a) => a.id);
  return data.representation.filter((r) => ids.includes(r.municipality) && r.period >= c.state.from && r.period <= c.state.to);
}

/**
 * Where a comparison area's ratio comes from: each part as group_values gives it (model/comparisons.ts),
 * one credit for the parts when they share it ("Alla kommuner (ovägt medel): Koladas eget värde
 * (Källa: Kolada)."), else one per group of parts ("U40811 – …"). Empty when no comparison is drawn.
 */
export function partsCredit(groups: readonly GroupRow[], select: {areas: readonly string[]; from: number; to: number}): string {
  const credits = mergedCredits(
    YOUTH_PART_KPIS.map((kpi) => ({kpi, text: comparisonCredit(groups, {kpi, areas: select.areas, from: select.from, to: select.to})}))
  );
  if (credits.length === 0) return "";
  return `Jämförelsegruppernas kvot räknas ur gruppens delar, var och en enligt jämförelseregeln: ${credits.join(" ")}`;
}

/** The latest year of the reader's range in which a selected kommun or comparison area has a ratio, or null. */
export function representationYear(rows: AlderData["representation"]): number | null {
  const years = rows.filter((r) => r.ratio !== null).map((r) => r.period);
  return years.length ? Math.max(...years) : null;
}

export function representationSection(
  data: Pick<AlderData, "fetchedAt" | "kolada" | "kpis" | "representation" | "groups">,
  c: AlderChoices,
  options: SectionOptions = {}
): HTMLElement {
  const doc = getDocument();
  const element = el(doc, "div");
  const rows = selectedRepresentation(data, c);
  const year = representationYear(rows);
  const ids = c.areas.map((a) => a.id);
  const comparisonIds = c.comparisons.map((a) => a.id);
  const source = {kpis: YOUTH_PART_KPIS, processed: true, fetchedAt: data.fetchedAt};
  const credit = partsCredit(data.groups, {areas: comparisonIds, from: c.state.from, to: c.state.to});
  if (year === null) {
    element.append(
      emptyState(
        doc,
        `Varken de valda kommunerna eller jämförelsegrupperna har både andelen unga deltagare och befolkningens ålder för samma år ${formatYearRange(c.state.from, c.state.to)}, så kvoten kan inte visas här ännu.`,
        "Unga deltagare mot unga i befolkningen"
      )
    );
  } else {
    const at = (id: string) => rows.find((r) => r.municipality === id && r.period === year);
    const pairs = ids.map((id) => ({
      area: id,
      fromYear: year,
      fromValue: at(id)?.population_share ?? null,
      toYear: year,
      toValue: at(id)?.participants_share ?? null
    }));
    element.append(
      chartFigure(
        dumbbell(pairs, {
          title: `Unga deltagare och unga i befolkningen ${formatYear(year)}`,
          unit: "procent",
          fromLabel: "Andel 16–24 år av befolkningen",
          toLabel: "Andel deltagare 24 år eller yngre",
          areas: ids,
          names: AREA_NAMES,
          width: options.width
        }),
        {
          title: `Andel unga bland deltagarna och i befolkningen, ${formatYear(year)}`,
          source: {
            kolada: source,
            definitions: YOUTH_PART_KPIS.map((id) => kpiDefinition(data.kpis, id)),
            note: [`${OWN_PROCESSING}: befolkningsandelen 16–24 år = (${aged16to19} + ${aged20to24}) / ${inhabitants}.`, credit]
              .filter((x) => x !== "")
              .join(" ")
          },
          filename: `unga-deltagare-befolkning-${year}`,
          query: (table) => representationQuery(table.columns, ids, year)
        }
      )
    );
    const whose = whoseComparison(c.state.comparison, c.comparisons);
    element.append(el(doc, "p", "sentences", [...c.kommuner.map((m) => representationSentence(m.name, year, at(m.id))), ...(whose ? [whose] : [])].join(" ")));
    const ratios = rows.map((r) => ({area: r.municipality, year: r.period, value: r.ratio}));
    element.append(
      chartFigure(
        trendChart(ratios, {
          title: "Överrepresentation av unga bland deltagarna (kvot)",
          unit: "kvot",
          areas: ids.filter((id) => ratios.some((p) => p.area === id)),
          names: AREA_NAMES,
          width: options.width
        }),
        {
          title: "Överrepresentation av unga bland deltagarna över tid (kvot)",
          source: {kolada: source, note: [`${OWN_PROCESSING}: ${participants} / andelen 16–24 år i befolkningen.`, credit].filter((x) => x !== "").join(" ")},
          filename: "overrepresentation-unga",
          query: (table) => ratioQuery(table.columns, c)
        }
      )
    );
    const caption = "Andel unga bland deltagarna och i befolkningen, och kvoten";
    element.append(
      scrollTable(doc, {
        caption,
        columns: [
          {key: "kommun", label: "Område", kind: "text"},
          {key: "ar", label: "År", kind: "year"},
          {key: "deltagare", label: "Deltagare 24 år eller yngre", kind: "procent"},
          {key: "befolkning", label: "Befolkningen 16–24 år", kind: "procent"},
          {key: "kvot", label: "Överrepresentation", kind: "kvot"}
        ],
        rows: rows
          .filter((r) => r.participants_share !== null || r.population_share !== null)
          .sort((a, b) => ids.indexOf(a.municipality) - ids.indexOf(b.municipality) || a.period - b.period)
          .map((r) => ({
            kommun: AREA_NAMES.get(r.municipality) ?? r.municipality,
            ar: r.period,
            deltagare: r.participants_share,
            befolkning: r.population_share,
            kvot: r.ratio
          }))
      })
    );
  }
  const missing = kpisMissing(data.kolada, YOUTH_PART_KPIS, {areas: c.kommuner, years: c.years});
  element.append(...missingNotes(doc, missing.facts));
  return withMissing(element, missing.facts);
}
/** The room it takes before it is drawn (components/kit/room.ts): about a section's room, so the sections after it stay out of view until the reader nears them. */
representationSection.room = room("20rem");
