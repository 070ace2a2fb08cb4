// Resultat vid avslut, "Vad deltagarna gick vidare till (A–E)": the composition bars from
// result_composition, what is missing, and what the audits printed about the categories.
import {withMissing} from "../../kit/section.js";
import {kpiDefinition} from "../../kit/wording.js";
import {room} from "../../kit/room.js";
import {stacked100, type ShareRow} from "../../kit/stacked100.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {AREA_NAMES} from "../../../model/catalogue.js";
import {RESULTAT} from "../../../model/pages/resultat.js";
import {findMissing, type SectionOptions} from "../missing.js";
import {missingNotes} from "../kpiSeries.js";
import {compositionAuditParagraphs} from "./audits.js";
import {areasInSentence, checkedKommuner, label, type Choices, type ResultatData} from "./context.js";
import {areaNameJoins, areaNameOf, selectColumns, sqlComment, sqlList, sqlString} from "../../explore/chartQuery.js";
import type {TableColumn} from "../../kit/chartKit.js";

/**
 * The chart's query: the selected kommuner's A–E rows (result_composition) for the kön and years,
 * a bar (kommun and year) only when one of its shares has a value; kommuner in the reader's order,
 * then years, then the categories in the catalogue's order, named by their label (kolada_kpis).
 */
export function compositionQuery(columns: readonly TableColumn[], c: Choices): string {
  const {gender, from, to} = c.state;
  const categories = sqlList(RESULTAT.composition);
  return `${sqlComment(`Avslut efter kategori A–E${c.genderText}, ${c.rangeText}`)}
WITH rader AS (
  SELECT municipality AS area, period AS year, category, value
  FROM result_composition
  WHERE list_contains(${sqlList(c.selected)}, municipality) AND gender = ${sqlString(gender)} AND period BETWEEN ${from} AND ${to}
    AND list_contains(${categories}, category)
),
staplar AS (SELECT area, year FROM rader GROUP BY area, year HAVING count(value) > 0)
SELECT
${selectColumns(columns, {omrade: areaNameOf("r.area"), ar: "r.year", kategori: "k.label", andel: "r.value"})}
FROM rader AS r
JOIN staplar USING (area, year)
${areaNameJoins("r.area")}
LEFT JOIN kolada_kpis AS k ON k.id = r.category
ORDER BY list_position(${sqlList(c.selected)}, r.area), r.year, list_position(${categories}, r.category)`;
}

/** The selected kommuner's A–E rows for the kön and years (Kolada's rows, nulls kept), in the reader's kommun order. */
export function selectedComposition(data: Pick<ResultatData, "composition">, c: Choices): ShareRow[] {
  const {gender, from, to} = c.state;
  return c.selected.flatMap((id) =>
    data.composition
      .filter((r) => r.municipality === id && r.gender === gender && r.period >= from && r.period <= to)
      .map((r) => ({area: r.municipality, year: r.period, category: r.category, value: r.value}))
  );
}

export function compositionSection(data: ResultatData, c: Choices, options: SectionOptions = {}): HTMLElement {
  const doc = getDocument();
  const {from, to} = c.state;
  const categories = RESULTAT.composition;
  const rows = selectedComposition(data, c);
  const chart = stacked100(rows, {
    title: `Avslut efter kategori${c.genderText}`,
    categories: categories.map((id) => ({id, label: label(id)})),
    names: AREA_NAMES,
    width: options.width
  });
  const element = el(doc, "div");
  element.append(
    chartFigure(chart, {
      title: `Avslut efter kategori A–E${c.genderText}, andel (%) per kommun och år, ${c.rangeText}`,
      source: {
        kolada: {kpis: [...categories], fetchedAt: data.fetchedAt},
        definitions: categories.map((id) => kpiDefinition(data.kpis, id))
      },
      filename: `avslut-a-e-${from}-${to}`,
      query: (table) => compositionQuery(table.columns, c)
    })
  );
  const entries = findMissing(
    rows.filter((r) => r.value !== null).map((r) => ({municipality: r.area, period: r.year, value: r.value})),
    {years: c.yearsToCheck, areas: areasInSentence(checkedKommuner(c, categories))}
  );
  const notes = el(doc, "div", "page-sentences");
  notes.append(...missingNotes(doc, [{kpis: categories, gender: c.state.gender, entries, label: "fördelningen A–E"}]));
  notes.append(...compositionAuditParagraphs(data, c, doc));
  element.append(notes);
  return withMissing(element, [{kpis: categories, gender: c.state.gender, entries}]);
}
/** The room it takes before it is drawn (components/kit/room.ts): a heading, the chart and its notes. */
compositionSection.room = room("34rem");
