// The files a dashboard fetches when the reader adds a kommun outside the catalogue
// (model/pageData.ts ADDED_KOMMUN_DATA): for each such kommun and page, one tar archive of one Arrow
// file per declared key, the page's slice cut for that kommun alone from the same table derived for
// every kommun of the snapshot. Made in the one data archive's loader run (./archive.ts): 287 small
// files per page, not a loader run each, and none of it shipped to a reader who adds no kommun.
import {group} from "d3";
import {catalogueYears, kommunOf, kpiIds} from "../../model/catalogue.js";
import {ADDED_KOMMUN_DATA, addedKommunPath} from "../../model/pageData.js";
import {toArrowBytes} from "../arrowWriter.js";
import {memo, prisbasbeloppSeries, snapshot} from "../analysis/inputs.js";
import {costPerParticipantRows, costPriceRows} from "../analysis/cost.js";
import {resultCompositionRows, resultShareRows} from "../analysis/results.js";
import {populationAgeBandRows, youthRepresentationRows, youthUnemploymentRows} from "../analysis/age.js";
import {koladaRow} from "../kolada/servedTables.js";
import {tarArchive} from "../tarWriter.js";
import {cutRows} from "./pageSlices.js";

/** The kommuner outside the catalogue, in kommuner.csv's order. */
export const addedKommunIds = memo((): string[] =>
  snapshot()
    .kommuner.map((k) => k.id)
    .filter((id) => !kommunOf(id))
);

/** Catalogue KPIs × every kommun outside the catalogue: the snapshot's values a page draws for them. */
const otherValues = memo(() => {
  const kpis = new Set(kpiIds());
  const others = new Set(addedKommunIds());
  return snapshot().rows.filter((r) => kpis.has(r.kpi) && others.has(r.municipality));
});

/** A served table derived for every kommun outside the catalogue, by the same derivation as the served one. */
const EVERY_KOMMUN: Readonly<Record<string, () => readonly object[]>> = {
  kolada: memo(() => otherValues().map(koladaRow)),
  result_shares: memo(() => resultShareRows(otherValues(), {kommuner: addedKommunIds(), years: catalogueYears()})),
  result_composition: memo(() => resultCompositionRows(otherValues(), addedKommunIds())),
  // Åldersprofiler (model/pageData.ts ALDER_ADDED): the kommun's parts and ratio, age bands and youth unemployment.
  youth_representation: memo(() => youthRepresentationRows(otherValues(), undefined, addedKommunIds())),
  population_age_bands: memo(() => populationAgeBandRows(otherValues(), undefined, addedKommunIds())),
  youth_unemployment: memo(() => youthUnemploymentRows(otherValues(), undefined, addedKommunIds())),
  // Kostnad per invånare (model/pageData.ts KOSTNAD_ADDED): the costs in every price level and the cost per participant.
  cost_prices: memo(() => costPriceRows(otherValues(), prisbasbeloppSeries(), {kommuner: addedKommunIds()})),
  cost_per_participant: memo(() => costPerParticipantRows(otherValues(), prisbasbeloppSeries(), addedKommunIds()))
};

/** Rows by kommun, for one table (one pass over the rows rather than one per kommun). */
const byKommun = (rows: readonly object[]) => group(rows, (row) => (row as {municipality: string}).municipality);

/** Every added-kommun file: its path under /data/ and its bytes, page by page, kommun by kommun. */
export function addedKommunFiles(): {name: string; bytes: Uint8Array}[] {
  const files: {name: string; bytes: Uint8Array}[] = [];
  for (const added of ADDED_KOMMUN_DATA) {
    const perKey = added.keys.map((key) => {
      const s = added.data.slices[key];
      const derive = EVERY_KOMMUN[s.from.name];
      if (!derive)
        throw new Error(`model/pageData.ts: ${added.data.page}.${key}: ${s.from.name} is not derived for every kommun (loaders/serve/kommunFiles.ts)`);
      return {key, slice: s, rows: byKommun(derive())};
    });
    for (const id of addedKommunIds()) {
      const members = perKey.map(({key, slice, rows}) => ({name: `${key}.arrow`, bytes: toArrowBytes(slice.table, cutRows(slice, rows.get(id) ?? []))}));
      files.push({name: addedKommunPath(added.data.page, id).replace(/^data\//, ""), bytes: tarArchive(members)});
    }
  }
  return files;
}
