// Resultat vid avslut, "Andel som började arbeta eller studera": the share over the reader's years
// for the selected kommuner (with the Wilson band from result_shares) and their comparison areas,
// a sentence per kommun, and what is missing.
import {withMissing} from "../../kit/section.js";
import {kpiDefinition} from "../../kit/wording.js";
import {room} from "../../kit/room.js";
import {trendChart} from "../../kit/trendChart.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {AREA_NAMES, areaName, catalogueJson} from "../../../model/catalogue.js";
import {RESULTAT} from "../../../model/pages/resultat.js";
import type {RowOf} from "../../../model/table.js";
import type {resultShares} from "../../../model/tables/results.js";
import {comparisonArea} from "../../frame/pageState.js";
import {findMissing, type SectionOptions} from "../missing.js";
import {missingNotes} from "../kpiSeries.js";
import {changeSentence, latestPoint, latestSentence, seriesOf, type SeriesPoint} from "../sentences.js";
import {areasInSentence, label, type Choices, type ResultatData} from "./context.js";
import {everyYearOf, sqlList, sqlString, trendQuery} from "../../explore/chartQuery.js";

type ShareRow = RowOf<typeof resultShares>;

/** The result_shares rows of the selected kommuner, kön and years: one per kommun and year, in the reader's order. */
export function selectedShares(data: Pick<ResultatData, "shares">, c: Choices): ShareRow[] {
  const {gender, from, to} = c.state;
  return c.selected.flatMap((id) =>
    data.shares.filter((s) => s.municipality === id && s.gender === gender && s.period >= from && s.period <= to).sort((a, b) => a.period - b.period)
  );
}

/** One kommun's shares as a series. */
export const shareSeries = (shares: readonly ShareRow[], id: string): SeriesPoint[] =>
  shares.filter((s) => s.municipality === id).map((s) => ({year: s.period, value: s.share}));

/** The chart's query: the selected kommuner's result_shares rows (with the band) and their comparison areas' share from kolada, every year. */
export function shareTrendQuery(columns: Parameters<typeof trendQuery>[1], c: Choices): string {
  const {gender, from, to} = c.state;
  const comparisons = c.comparisons.map((a) => a.id);
  const points = [
    `  SELECT municipality AS area, period AS year, share AS value, lower AS low, upper AS high
  FROM result_shares
  WHERE list_contains(${sqlList(c.selected)}, municipality) AND gender = ${sqlString(gender)} AND period BETWEEN ${from} AND ${to}`,
    ...(comparisons.length
      ? [`  SELECT area, year, value, NULL, NULL FROM (\n${everyYearOf("kolada", {kpi: RESULTAT.share, areas: comparisons, gender, from, to})}\n  )`]
      : [])
  ].join("\n  UNION ALL\n");
  return trendQuery(`${label(RESULTAT.share)}${c.genderText} (${RESULTAT.share}), ${c.rangeText}`, columns, points, [...c.selected, ...comparisons]);
}

export function shareTrendSection(data: ResultatData, c: Choices, options: SectionOptions = {}): HTMLElement {
  const doc = getDocument();
  const {gender, from, to} = c.state;
  const share = RESULTAT.share;
  const participants = RESULTAT.participants;
  const shares = selectedShares(data, c);
  const comparisonIds = c.comparisons.map((a) => a.id);
  const comparisonSeries = (id: string) => seriesOf(data.kolada, {kpi: share, municipality: id, gender, from, to});
  const rows = [
    ...shares.map((s) => ({area: s.municipality, year: s.period, value: s.share, low: s.lower, high: s.upper})),
    ...comparisonIds.flatMap((id) => comparisonSeries(id).map((p) => ({area: id, year: p.year, value: p.value})))
  ];
  const withBand = shares.some((s) => s.lower !== null);
  const trend = trendChart(rows, {
    title: label(share) + c.genderText,
    unit: "procent",
    areas: [...c.selected, ...comparisonIds],
    names: AREA_NAMES,
    width: options.width,
    band: withBand,
    bandLabel: "95 % konfidensintervall (Wilson) utifrån antalet avslutade deltagare"
  });
  const element = el(doc, "div");
  element.append(
    chartFigure(trend, {
      title: `${label(share)}${c.genderText}, andel (%) av avslutade deltagare, ${c.rangeText}`,
      source: {
        kolada: {kpis: withBand ? [share, participants] : [share], fetchedAt: data.fetchedAt, processed: withBand},
        definitions: [kpiDefinition(data.kpis, share), kpiDefinition(data.kpis, participants)],
        note: withBand
          ? "Bandet är ett 95 % konfidensintervall (Wilson) beräknat ur andelen och antalet avslutade deltagare (egen bearbetning)."
          : `Osäkerhetsband visas där antalet avslutade deltagare (${participants}) finns; det saknas för ${c.rangeText} i underlaget.`
      },
      filename: `resultat-vid-avslut-${from}-${to}`,
      query: (table) => shareTrendQuery(table.columns, c)
    })
  );

  const text = el(doc, "div", "page-sentences");
  for (const id of c.selected) {
    const points = shareSeries(shares, id);
    const area = comparisonArea(c.state.comparison, id, catalogueJson());
    const sentences = [
      latestSentence({
        name: areaName(id),
        unit: "procent",
        points,
        comparison: {name: area.name, points: comparisonSeries(area.id)},
        years: c.rangeYears
      }),
      latestPoint(points) ? changeSentence({name: areaName(id), unit: "procent", points}) : null
    ].filter((x): x is string => x !== null);
    text.append(el(doc, "p", undefined, sentences.join(" ")));
  }
  const entries = findMissing(data.kolada, {
    kpi: share,
    gender,
    years: c.yearsToCheck,
    areas: areasInSentence([...c.selected, ...comparisonIds])
  });
  const missing = [{kpis: [share], gender, entries, notPublished: c.notYet, nonePublished: c.published.length === 0}];
  text.append(...missingNotes(doc, missing));
  element.append(text);
  return withMissing(element, missing);
}
/** The room it takes before it is drawn (components/kit/room.ts): a heading, the chart and a note. */
shareTrendSection.room = room("30rem");
