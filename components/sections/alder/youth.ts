// Åldersprofiler, "Sammanhang: unga på arbetsmarknaden": youth unemployment as one series across
// Kolada's break (youth_unemployment), and the context KPIs, for the selected kommuner and their
// comparison areas in the chosen kön (a comparison area's values from group_values, by the one rule
// of model/comparisons.ts, credited as comparisonCredit says); the audits' printed figures where
// Kolada has no value; what is missing.
import {withMissing} from "../../kit/section.js";
import {kpiDefinition} from "../../kit/wording.js";
import {room} from "../../kit/room.js";
import {AREA_NAMES, kpiOf, SERIES_BREAKS} from "../../../model/catalogue.js";
import {ALDER, YOUTH_SEGMENTS} from "../../../model/pages/alder.js";
import {reportFigureCharts} from "../../audit/printedFigures.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {trendChart} from "../../kit/trendChart.js";
import type {MissingFacts, SectionOptions} from "../missing.js";
import {areaPoints, hasValues, kpiMissingFacts, kpisMissing, missingNotes} from "../kpiSeries.js";
import type {AlderChoices, AlderData} from "./context.js";
import {youthSeriesNote} from "./sentences.js";
import {everyYear, everyYearOf, everyYearOfGroups, sqlString, trendQuery} from "../../explore/chartQuery.js";
import {comparisonCredit, groupSeries, kommunAndGroupRows, mergedCredits, whoseComparison} from "../comparisons.js";

export function youthUnemploymentSection(
  data: Pick<AlderData, "fetchedAt" | "kolada" | "kpis" | "reports" | "unemployment" | "auditFigures" | "groups">,
  c: AlderChoices,
  options: SectionOptions = {}
): HTMLElement {
  const doc = getDocument();
  const element = el(doc, "div");
  const {gender, from, to} = c.state;
  const ids = c.areas.map((a) => a.id);
  const comparisonIds = c.comparisons.map((a) => a.id);
  const rows = data.unemployment.filter((r) => r.gender === gender && ids.includes(r.municipality) && r.period >= from && r.period <= to);
  const points = ids.flatMap((area) =>
    c.years.map((year) => ({
      area,
      year,
      value: rows.find((r) => r.municipality === area && r.period === year)?.value ?? null
    }))
  );
  const breakYears = [...new Set(rows.filter((r) => r.series_break).map((r) => r.period))];
  const name = SERIES_BREAKS.find((s) => s.id === ALDER.youthSeries)!.label;
  const kpis = YOUTH_SEGMENTS.map((s) => s.kpi);
  // Each segment's comparison values by the one rule, credited for the years it covers.
  const credit = mergedCredits(
    YOUTH_SEGMENTS.map((s) => ({
      kpi: s.kpi,
      text: comparisonCredit(data.groups, {kpi: s.kpi, areas: comparisonIds, gender, from: Math.max(from, s.from ?? from), to: Math.min(to, s.to ?? to)})
    }))
  );
  element.append(
    chartFigure(
      trendChart(points, {
        title: `${name} (${c.genderText})`,
        unit: kpiOf(kpis[0]).unit,
        areas: ids,
        names: AREA_NAMES,
        width: options.width
      }),
      {
        title: `${name}, ${c.genderText}`,
        source: {
          kolada: {kpis, fetchedAt: data.fetchedAt},
          definitions: kpis.map((id) => kpiDefinition(data.kpis, id)),
          note: [youthSeriesNote(breakYears), ...credit].join(" ")
        },
        filename: `${ALDER.youthSeries}-${gender.toLowerCase()}`,
        query: (table) =>
          trendQuery(
            `${name}, ${c.genderText}: en serie över definitionsbrottet`,
            table.columns,
            everyYear("youth_unemployment", `k.gender = ${sqlString(gender)}`, {areas: ids, from, to}),
            ids
          )
      }
    )
  );
  if (!hasValues(points)) for (const kpi of kpis) element.append(...reportFigureCharts(data, kpi, {note: ALDER.reportFigureNote, width: options.width}));
  const whose = whoseComparison(c.state.comparison, c.comparisons);
  if (whose) element.append(el(doc, "p", "sentences", whose));
  const withGroups = kommunAndGroupRows(data.kolada, data.groups);
  const facts = YOUTH_SEGMENTS.map((s) =>
    kpiMissingFacts(withGroups, {
      kpi: s.kpi,
      label: kpiOf(s.kpi).label,
      areas: c.areas,
      years: c.years.filter((y) => (s.from === undefined || y >= s.from) && (s.to === undefined || y <= s.to)),
      gender
    })
  );
  element.append(...missingNotes(doc, facts));
  return withMissing(element, facts);
}
/** The room it takes before it is drawn (components/kit/room.ts): about a section's room, so the sections after it stay out of view until the reader nears them. */
youthUnemploymentSection.room = room("20rem");

export function contextSection(
  data: Pick<AlderData, "fetchedAt" | "kolada" | "kpis" | "reports" | "auditFigures" | "groups">,
  c: AlderChoices,
  options: SectionOptions = {}
): HTMLElement {
  const doc = getDocument();
  const element = el(doc, "div");
  const {gender, from, to} = c.state;
  const ids = c.areas.map((a) => a.id);
  const kommunIds = c.kommuner.map((a) => a.id);
  const comparisonIds = c.comparisons.map((a) => a.id);
  const withGroups = kommunAndGroupRows(data.kolada, data.groups);
  const missing: MissingFacts[] = [];
  for (const id of ALDER.context) {
    const {label, unit} = kpiOf(id);
    // The kommuner's values from Kolada's rows, the comparison areas' from group_values (the one rule).
    const points = [
      ...areaPoints(data.kolada, {kpi: id, areas: kommunIds, from, to, gender}),
      ...comparisonIds.flatMap((area) => groupSeries(data.groups, {kpi: id, area, gender, from, to}).map((p) => ({area, year: p.year, value: p.value})))
    ];
    const credit = comparisonCredit(data.groups, {kpi: id, areas: comparisonIds, gender, from, to});
    element.append(
      chartFigure(
        trendChart(points, {
          title: `${label} (${c.genderText})`,
          unit,
          areas: ids,
          names: AREA_NAMES,
          width: options.width
        }),
        {
          title: `${label} (${id}), ${c.genderText}`,
          source: {kolada: {kpis: [id], fetchedAt: data.fetchedAt}, definitions: [kpiDefinition(data.kpis, id)], ...(credit ? {note: credit} : {})},
          filename: `${id.toLowerCase()}-${gender.toLowerCase()}`,
          query: (table) =>
            trendQuery(
              `${label} (${id}), ${c.genderText}`,
              table.columns,
              [
                everyYearOf("kolada", {kpi: id, areas: kommunIds, gender, from, to}),
                ...(comparisonIds.length ? [everyYearOfGroups({kpi: id, areas: comparisonIds, gender, from, to})] : [])
              ].join("\n  UNION ALL\n"),
              ids
            )
        }
      )
    );
    if (!hasValues(points)) element.append(...reportFigureCharts(data, id, {note: ALDER.reportFigureNote, width: options.width}));
    missing.push(...kpisMissing(withGroups, [id], {areas: c.areas, years: c.years, gender}).facts);
  }
  element.append(...missingNotes(doc, missing));
  return withMissing(element, missing);
}
/** The room it takes before it is drawn (components/kit/room.ts): a heading, the chart and its notes. */
contextSection.room = room("30rem");
