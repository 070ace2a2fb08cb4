// The files a dashboard fetches when the reader adds a kommun outside the catalogue
// (model/pageData.ts ADDED_KOMMUN_DATA): for each such kommun and page, one tar archive of one Arrow
// file per declared key, the page's slice cut for that kommun alone from the same table derived for
// every kommun of the snapshot. Made in one loader run per page (src/data/kommun/[page].tar.ts, an
// archive of the page's 287 small files, not a loader run each), and none of it shipped to a reader
// who adds no kommun. They are not members of the site's main archive (./archive.ts): Framework
// finds an archive's member by reading the archive from its start (its TarExtractor), so 861 of
// them in the 45 MB main archive of a full snapshot cost a clean build over two minutes.
import {group} from "d3";
import {catalogueYears, kommunOf, kpiIds} from "../../model/catalogue.js";
import {ADDED_KOMMUN_DATA, addedKommunPath, type AddedKommunData} from "../../model/pageData.js";
import {InputError} from "../errors.js";
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

/** Added-kommun files (of every page, or of `pages`): each one's path under /data/ and its bytes, page by page, kommun by kommun. */
export function addedKommunFiles(pages: readonly AddedKommunData[] = ADDED_KOMMUN_DATA): {name: string; bytes: Uint8Array}[] {
  const files: {name: string; bytes: Uint8Array}[] = [];
  for (const added of pages) {
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

/** Where a page's archive of added-kommun files is served from (/data/kommun/<page>.tar: Framework serves each member as /data/kommun/<page>/<member>). */
export const ADDED_KOMMUN_ARCHIVE_LOADER = "src/data/kommun/[page].tar.ts";

/**
 * The archive of one page's added-kommun files (`page` as Framework passes the route's parameter),
 * each named by its kommun (`<kommun>.tar`). An unknown page fails naming the loader and the pages there are.
 */
export function addedKommunArchive(page: string | undefined): Uint8Array {
  const added = ADDED_KOMMUN_DATA.find((a) => a.data.page === page);
  if (!added)
    throw new InputError(
      ADDED_KOMMUN_ARCHIVE_LOADER,
      null,
      `no page "${page ?? ""}" takes an added kommun (pages: ${ADDED_KOMMUN_DATA.map((a) => a.data.page).join(", ")})`,
      {field: "page"}
    );
  // each file by its name in the page's folder (/data/kommun/<page>/<kommun>.tar → <kommun>.tar)
  return tarArchive(addedKommunFiles([added]).map((f) => ({name: f.name.slice(f.name.lastIndexOf("/") + 1), bytes: f.bytes})));
}
