// Åldersprofiler, "Befolkningens åldersstruktur": per selected kommun the age bands of its latest
// and first year with values in the reader's range, beside the reference area's latest year up to
// the kommun's (population_age_bands), a sentence, and what is missing.
import {withMissing} from "../../kit/section.js";
import {formatList, formatYearRange, kpiDefinition} from "../../kit/wording.js";
import {room} from "../../kit/room.js";
import {areaName} from "../../../model/catalogue.js";
import {ALDER} from "../../../model/pages/alder.js";
import type {AgeGroup, AgeShare} from "../../kit/ageProfile.js";
import {ageProfile} from "../../kit/ageProfile.js";
import {chartFigure} from "../../kit/chartFigure.js";
import {el, emptyState, getDocument} from "../../kit/chartKit.js";
import {formatYear} from "../../kit/format.js";
import type {SectionOptions} from "../missing.js";
import {kpisMissing, missingNotes} from "../kpiSeries.js";
import type {AlderChoices, AlderData} from "./context.js";
import {ageSentence, type AgeSentenceShares} from "./sentences.js";
import type {TableColumn} from "../../kit/chartKit.js";
import {areaNameJoins, areaNameOf, selectColumns, sqlComment, sqlString} from "../../explore/chartQuery.js";

/**
 * A kommun's chart's query: its latest and first year with a value in the reader's range and the
 * reference area's latest year up to the kommun's (population_age_bands), each band of each.
 */
export function ageStructureQuery(columns: readonly TableColumn[], c: Pick<AlderChoices, "state">, kommun: string): string {
  const {gender, from, to} = c.state;
  const ref = sqlString(ALDER.ageReference);
  const bands = ALDER.ageBands.map((b, i) => `(${sqlString(b.band)}, ${sqlString(b.kpi)}, ${i + 1})`).join(", ");
  return `${sqlComment(`Åldersstruktur, ${areaName(kommun)} och ${areaName(ALDER.ageReference).toLowerCase()}, ${from}–${to}`)}
WITH rader AS (
  SELECT * FROM population_age_bands WHERE gender = ${sqlString(gender)} AND period BETWEEN ${from} AND ${to} AND value IS NOT NULL
),
ar AS (SELECT max(period) AS sista, min(period) AS forsta FROM rader WHERE municipality = ${sqlString(kommun)}),
referens AS (SELECT max(r.period) AS ar FROM rader AS r, ar WHERE r.municipality = ${ref} AND r.period <= ar.sista),
grupper AS (
  SELECT 1 AS nr, ${sqlString(kommun)} AS area, sista AS year FROM ar
  UNION ALL SELECT 2, ${sqlString(kommun)}, forsta FROM ar WHERE forsta <> sista
  UNION ALL SELECT 3, ${ref}, ar FROM referens WHERE ar IS NOT NULL
),
band AS (SELECT * FROM (VALUES ${bands}) AS b(band, kpi, nr))
SELECT
${selectColumns(columns, {alder: "b.band", grupp: `${areaNameOf("g.area")} || ' ' || g.year`, andel: "v.value"})}
FROM band AS b
CROSS JOIN grupper AS g
LEFT JOIN population_age_bands AS v ON v.kpi = b.kpi AND v.municipality = g.area AND v.period = g.year AND v.gender = ${sqlString(gender)}
${areaNameJoins("g.area")}
ORDER BY b.nr, g.nr`;
}

type BandRow = AlderData["ageBands"][number];

/** Years (ascending) of the reader's range in which `area` has a value of any band for the kön. */
export function ageYears(rows: readonly BandRow[], area: string, c: Pick<AlderChoices, "state">): number[] {
  const {gender, from, to} = c.state;
  return [
    ...new Set(
      rows.filter((r) => r.municipality === area && r.gender === gender && r.value !== null && r.period >= from && r.period <= to).map((r) => r.period)
    )
  ].sort((a, b) => a - b);
}

/** The bands of one area and year as ageProfile rows of group `group` (null where missing). */
export function ageShares(rows: readonly BandRow[], select: {area: string; year: number; group: string; gender: string}): AgeShare[] {
  return ALDER.ageBands.map(({band, kpi}) => ({
    band,
    group: select.group,
    value: rows.find((r) => r.kpi === kpi && r.municipality === select.area && r.period === select.year && r.gender === select.gender)?.value ?? null
  }));
}

const sentenceShares = (shares: readonly AgeShare[]): AgeSentenceShares => {
  const of = (kpi: string) => shares[ALDER.ageBands.findIndex((b) => b.kpi === kpi)]?.value ?? null;
  return {old: of(ALDER.ageSentence.old.kpi), young: of(ALDER.ageSentence.young.kpi)};
};

export function ageStructureSection(
  data: Pick<AlderData, "fetchedAt" | "kolada" | "kpis" | "ageBands">,
  c: AlderChoices,
  options: SectionOptions = {}
): HTMLElement {
  const doc = getDocument();
  const element = el(doc, "div");
  const gender = c.state.gender;
  const refId = ALDER.ageReference;
  const refName = areaName(refId);
  const bandKpis = ALDER.ageBands.map((b) => b.kpi);
  let drawn = 0;
  for (const m of c.kommuner) {
    const years = ageYears(data.ageBands, m.id, c);
    if (years.length === 0) continue;
    const last = years.at(-1)!;
    const first = years[0];
    const refYear =
      ageYears(data.ageBands, refId, c)
        .filter((y) => y <= last)
        .at(-1) ?? null;
    const lastShares = ageShares(data.ageBands, {area: m.id, year: last, group: "last", gender});
    const groups: AgeGroup[] = [{id: "last", label: `${m.name} ${formatYear(last)}`, area: m.id}];
    const shares = [...lastShares];
    if (first !== last) {
      groups.push({id: "first", label: `${m.name} ${formatYear(first)}`});
      shares.push(...ageShares(data.ageBands, {area: m.id, year: first, group: "first", gender}));
    }
    const refShares = refYear === null ? [] : ageShares(data.ageBands, {area: refId, year: refYear, group: "reference", gender});
    if (refYear !== null) {
      groups.push({id: "reference", label: `${refName} ${formatYear(refYear)}`, area: refId});
      shares.push(...refShares);
    }
    element.append(
      chartFigure(
        ageProfile(shares, {
          title: `Åldersstruktur, ${m.name}`,
          bands: ALDER.ageBands.map((b) => b.band),
          groups,
          width: options.width
        }),
        {
          title: `Befolkningen i ${m.name} efter ålder (${c.genderText})`,
          source: {
            kolada: {kpis: bandKpis, fetchedAt: data.fetchedAt},
            definitions: bandKpis.map((id) => kpiDefinition(data.kpis, id))
          },
          filename: `aldersstruktur-${m.id}`,
          query: (table) => ageStructureQuery(table.columns, c, m.id)
        }
      )
    );
    const sentence = ageSentence(m.name, last, sentenceShares(lastShares), refYear === null ? {old: null, young: null} : sentenceShares(refShares));
    if (sentence) element.append(el(doc, "p", "sentences", sentence));
    drawn++;
  }
  if (drawn === 0) {
    element.append(
      emptyState(
        doc,
        `Inga uppgifter om befolkningens åldersstruktur (${c.genderText}) för ${formatList(c.kommuner.map((m) => m.name))} ${formatYearRange(c.state.from, c.state.to)} i den inbäddade ögonblicksbilden, så inget diagram visas.`,
        "Befolkningens åldersstruktur"
      )
    );
  }
  const missing = kpisMissing(data.kolada, bandKpis, {
    areas: [...c.kommuner, {id: refId, name: refName}],
    years: c.years,
    gender
  });
  element.append(...missingNotes(doc, missing.facts));
  return withMissing(element, missing.facts);
}
/** The room it takes before it is drawn (components/kit/room.ts): a heading, the chart and its notes. */
ageStructureSection.room = room("34rem");
