// Översikt, "Resultat vid avslut över tid": the share for every kommun of the catalogue and the
// mean of all kommuner where the snapshot has it (both in kolada), with what is missing.
import {withMissing} from "../../kit/section.js";
import {formatYearRange, inSentence} from "../../kit/wording.js";

import {trendChart} from "../../kit/trendChart.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {AREA_NAMES, KOMMUNER, kpiOf, REFERENCES} from "../../../model/catalogue.js";
import {OVERSIKT} from "../../../model/pages/oversikt.js";
import {findMissing, publishedYears, type SectionOptions} from "../missing.js";
import {missingNotes} from "../kpiSeries.js";
import type {OversiktData} from "./context.js";
import {sqlString, trendQuery} from "../../explore/chartQuery.js";

export function overviewTrendSection(data: OversiktData, options: SectionOptions = {}): HTMLElement {
  const doc = getDocument();
  const kpi = OVERSIKT.trend;
  const label = kpiOf(kpi).label;
  const mean = REFERENCES.find((r) => r.kind === "mean")!;
  const kommunIds = KOMMUNER.map((m) => m.id);
  const rows = [
    ...data.kolada.filter((d) => d.kpi === kpi && d.gender === "T" && kommunIds.includes(d.municipality)),
    ...data.kolada.filter((d) => d.kpi === kpi && d.gender === "T" && d.municipality === mean.id)
  ];
  const areas = [...kommunIds, mean.id].filter((id) => rows.some((d) => d.municipality === id));
  const years = rows.filter((d) => d.value !== null).map((d) => d.period);
  const element = el(doc, "div");
  element.append(
    chartFigure(
      trendChart(
        rows.map((d) => ({area: d.municipality, year: d.period, value: d.value})),
        {title: label, unit: "procent", areas, names: AREA_NAMES, width: options.width}
      ),
      {
        title: `${label}, andel av avslutade deltagare ${formatYearRange(Math.min(...years), Math.max(...years))}`,
        source: {kolada: {kpis: [kpi], fetchedAt: data.fetchedAt}},
        filename: `oversikt-${kpi.toLowerCase()}`,
        query: (table) =>
          trendQuery(
            `${label} (${kpi}), totalt: de fyra kommunerna och alla kommuner (ovägt medel)`,
            table.columns,
            `  SELECT municipality AS area, period AS year, value FROM kolada WHERE kpi = ${sqlString(kpi)} AND gender = 'T'`,
            areas
          )
      }
    )
  );
  const entries = findMissing(rows, {
    years: publishedYears(rows),
    areas: [...KOMMUNER.map((m) => ({id: m.id, name: m.name})), {id: mean.id, name: inSentence(mean.name)}]
  });
  const missing = [{kpis: [kpi], gender: "T", entries}];
  element.append(...missingNotes(doc, missing));
  return withMissing(element, missing);
}
