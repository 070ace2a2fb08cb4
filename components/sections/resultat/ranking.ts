// Resultat vid avslut, "Placering bland alla kommuner": the rank-year choice, every kommun's share
// that year with the selected kommuner's places (kpi_ranks), a sentence per kommun, and the places
// per year in a table.
import {withMissing} from "../../kit/section.js";
import {room} from "../../kit/room.js";
import {formatYear} from "../../kit/format.js";
import {rankStrip} from "../../kit/rankStrip.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {tableDetails} from "../../kit/dataTable.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {yearParamInput, type YearParam} from "../../frame/pageParam.js";
import {AREA_NAMES, areaName} from "../../../model/catalogue.js";
import {RESULTAT, RANK_YEAR_PARAM} from "../../../model/pages/resultat.js";
import type {RowOf} from "../../../model/table.js";
import type {kpiRanks} from "../../../model/tables/ranks.js";
import type {Direction} from "../../../model/vocabulary.js";
import type {SectionOptions} from "../missing.js";
import {label, type Choices, type ResultatData} from "./context.js";
import {rankSentence} from "./sentences.js";
import {rankQuery} from "../../explore/chartQuery.js";
import type {TableColumn} from "../../kit/chartKit.js";

/** The chart's query: every kommun with a value and a place that year (kpi_ranks). */
export const rankingQuery = (columns: readonly TableColumn[], c: Choices, year: number): string =>
  rankQuery(`${label(RESULTAT.share)}${c.genderText} (${RESULTAT.share}) ${year}: alla kommuner med värde och placering`, columns, {
    kpi: RESULTAT.share,
    gender: c.state.gender,
    year
  });

type RankRow = RowOf<typeof kpiRanks>;

/** The kpi_ranks rows of the share for the reader's kön, one year. */
const yearRows = (data: Pick<ResultatData, "ranks">, c: Choices, year: number): RankRow[] =>
  data.ranks.filter((r) => r.kpi === RESULTAT.share && r.gender === c.state.gender && r.period === year);

/** The years of the reader's range in which some kommun has a place, ascending. */
export function rankYears(data: Pick<ResultatData, "ranks">, c: Choices): number[] {
  const {gender, from, to} = c.state;
  const years = new Set(
    data.ranks.filter((r) => r.kpi === RESULTAT.share && r.gender === gender && r.rank !== null && r.period >= from && r.period <= to).map((r) => r.period)
  );
  return [...years].sort((a, b) => a - b);
}

/** The rank-year select (its value is the chosen year, null when no year has places), kept in the link. */
/** The year of the places, kept in the link as RANK_YEAR_PARAM. */
export const RANK_YEAR: YearParam = {
  name: RANK_YEAR_PARAM,
  label: "År för placeringen",
  about: "för placeringen",
  noYears: "inga år med värden att rangordna",
  notAmong: "har inga värden att rangordna bland de valda åren"
};
export const rankYearChoice = (data: Pick<ResultatData, "ranks">, c: Choices) => yearParamInput(rankYears(data, c), RANK_YEAR);

export function rankingSection(data: ResultatData, c: Choices, rankYear: number | null, options: SectionOptions = {}): HTMLElement {
  const doc = getDocument();
  const share = RESULTAT.share;
  const element = el(doc, "div");
  const missing = [{kpis: [share], gender: c.state.gender, entries: []}];
  if (rankYear === null) {
    const p = el(
      doc,
      "p",
      "chart-empty missing-data",
      `Saknas i ögonblicksbilden: ingen kommun har värden för ${share}${c.genderText} ${c.rangeText}, så ingen placering kan visas.`
    );
    p.setAttribute("role", "note");
    element.append(p, rankHistory(data, c));
    return withMissing(element, [{...missing[0], nonePublished: true}]);
  }
  const rows = yearRows(data, c, rankYear);
  // A selected kommun without a row that year is shown as "värde saknas", not as an unknown kommun.
  const strip = [
    ...rows.map((r) => ({area: r.municipality, value: r.value, rank: r.rank, lowerShare: r.lower_share})),
    ...c.selected.filter((id) => !rows.some((r) => r.municipality === id)).map((id) => ({area: id, value: null, rank: null, lowerShare: null}))
  ];
  const chart = rankStrip(strip, {
    title: label(share) + c.genderText,
    unit: "procent",
    year: rankYear,
    highlight: c.selected,
    median: rows[0].median,
    direction: rows[0].direction as Direction,
    names: AREA_NAMES,
    width: options.width
  });
  element.append(
    chartFigure(chart, {
      title: `${label(share)}${c.genderText} ${formatYear(rankYear)}: alla kommuner`,
      source: {
        kolada: {kpis: [share], fetchedAt: data.fetchedAt, processed: true},
        note: "Varje streck är en kommun; placering och percentil är egen bearbetning."
      },
      filename: `placering-${share.toLowerCase()}-${rankYear}`,
      query: (table) => rankingQuery(table.columns, c, rankYear),
      maxTableRows: 25
    })
  );
  const box = el(doc, "div", "page-sentences");
  for (const id of c.selected) box.append(el(doc, "p", undefined, rankSentence({id, name: areaName(id), year: rankYear, rows})));
  element.append(box, rankHistory(data, c));
  return withMissing(element, missing);
}
/** The room it takes before it is drawn (components/kit/room.ts): a heading, the chart and its notes. */
rankingSection.room = room("34rem");

/** The selected kommuner's place and percentile in every year of the range that has places. */
function rankHistory(data: ResultatData, c: Choices): HTMLElement {
  const share = RESULTAT.share;
  const years = rankYears(data, c);
  return tableDetails(
    "Visa placering och percentil per år",
    {
      caption: `Placering bland alla kommuner, ${label(share).toLowerCase()}${c.genderText}, ${c.rangeText} (plats 1 = högst andel)`,
      columns: [
        {key: "kommun", label: "Kommun", kind: "text"},
        {key: "ar", label: "År", kind: "year"},
        {key: "varde", label: "Andel", kind: "procent"},
        {key: "plats", label: "Plats", kind: "antal"},
        {key: "av", label: "Av kommuner med värde", kind: "antal"},
        {key: "percentil", label: "Percentil", kind: "antal"}
      ],
      rows: c.selected.flatMap((id) =>
        years.map((y) => {
          const rows = yearRows(data, c, y);
          const e = rows.find((r) => r.municipality === id && r.rank !== null);
          return {
            kommun: areaName(id),
            ar: y,
            varde: e?.value ?? null,
            plats: e?.rank ?? null,
            av: rows[0].kommuner,
            percentil: e ? Math.round(e.percentile!) : null
          };
        })
      )
    },
    {scroll: true}
  );
}
