// Åldersprofiler, the reference case (model/pages/alder.ts `reference`): the audit that compared
// its kommun's young participants with all kommuner's, in words beside the kommun's population
// (youth_reference_case), and the report's printed figures as a chart (audit_kpi_figures).
import {room} from "../../kit/room.js";
import {formatYearRange, reportWords} from "../../kit/wording.js";
import {AREA_NAMES, kpiOf} from "../../../model/catalogue.js";
import {ALDER} from "../../../model/pages/alder.js";
import {figureGroupQuery, figureGroups} from "../../audit/printedFigures.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";

import {mergeLineRanges} from "../../kit/sourceNote.js";
import {trendChart} from "../../kit/trendChart.js";
import type {SectionOptions} from "../missing.js";
import type {AlderData} from "./context.js";
import {referenceSentence} from "./sentences.js";

export function referenceSection(data: Pick<AlderData, "reports" | "reference" | "auditFigures">, options: SectionOptions = {}): HTMLElement {
  const doc = getDocument();
  const {report, kpi, year, words, file} = ALDER.reference;
  const meta = data.reports.find((m) => m.report === report);
  const element = el(doc, "div");
  if (!meta) throw new Error(`Åldersprofiler: the reference case's report "${report}" is not in report_summaries`);
  const figures = data.auditFigures.filter((f) => f.report === report && f.kpi === kpi);
  const printedYears = [...new Set(figures.filter((f) => f.value !== null).map((f) => f.period))].sort((a, b) => a - b);
  const row = data.reference.find((r) => r.report === report && r.period === year);
  element.append(
    el(doc, "h3", undefined, `Referensfall: ${reportWords.title(meta)}`),
    el(doc, "p", undefined, referenceSentence(row, printedYears, meta.kommun))
  );
  const [group] = figureGroups(figures, kpi);
  if (group) {
    const label = words.charAt(0).toUpperCase() + words.slice(1);
    element.append(
      chartFigure(
        trendChart(group.points, {
          title: `${label} enligt granskningen`,
          unit: kpiOf(kpi).unit,
          names: AREA_NAMES,
          width: options.width
        }),
        {
          title: `Rapportens siffror: ${words} ${formatYearRange(group.years[0], group.years.at(-1)!)}`,
          source: {
            reports: [{name: reportWords.credit(meta), lines: mergeLineRanges(figures), via: "Kolada"}],
            note: "Rapportens tryckta värden (rapportsiffror), inte hämtade ur Kolada av sajten. Ett streck i rapporten visas som saknat värde, inte som noll."
          },
          filename: `${report}-${file}`,
          query: (table) => figureGroupQuery(table.columns, report, kpi)
        }
      )
    );
  }
  return element;
}
/** The room it takes before it is drawn (components/kit/room.ts): about a section's room, so the sections after it stay out of view until the reader nears them. */
referenceSection.room = room("20rem");
