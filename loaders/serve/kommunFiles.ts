// The files a dashboard fetches when the reader adds a kommun outside the catalogue
// (model/pageData.ts ADDED_KOMMUN_DATA): for each such kommun and page, one tar archive of one Arrow
// file per declared key, the page's slice cut for that kommun alone (forKommun) from the served
// table the page's slice is cut from: those tables hold every kommun of the snapshot
// (./tables.ts), so an added kommun's rows are the served rows a chart's query returns for it.
// Made in the one data archive's loader run (./archive.ts): 287 small files per page, not a loader
// run each, and none of it shipped to a reader who adds no kommun.
import {group} from "d3";
import {ADDED_KOMMUN_DATA, addedKommunPath, forKommun} from "../../model/pageData.js";
import {toArrowBytes} from "../arrowWriter.js";
import {otherKommunIds} from "../analysis/inputs.js";
import {tarArchive} from "../tarWriter.js";
import {cutRows} from "./pageSlices.js";
import {isServed, servedTable} from "./tables.js";

/** The kommuner outside the catalogue, in kommuner.csv's order: one file each per page. */
export const addedKommunIds = otherKommunIds;

/** Rows by kommun, for one table (one pass over the rows rather than one per kommun). */
const byKommun = (rows: readonly object[]) => group(rows, (row) => (row as {municipality: string}).municipality);

/** Every added-kommun file: its path under /data/ and its bytes, page by page, kommun by kommun. */
export function addedKommunFiles(): {name: string; bytes: Uint8Array}[] {
  const files: {name: string; bytes: Uint8Array}[] = [];
  const grouped = new Map<string, ReturnType<typeof byKommun>>();
  const rowsOf = (name: string) => {
    if (!isServed(name)) throw new Error(`model/pageData.ts: "${name}" is not a served table`);
    let rows = grouped.get(name);
    if (!rows) grouped.set(name, (rows = byKommun(servedTable(name).rows())));
    return rows;
  };
  for (const added of ADDED_KOMMUN_DATA) {
    const perKey = added.keys.map((key) => {
      const s = added.data.slices[key];
      return {key, slice: s, rows: rowsOf(s.from.name)};
    });
    for (const id of addedKommunIds()) {
      const members = perKey.map(({key, slice, rows}) => {
        const mine = forKommun(slice, id);
        return {name: `${key}.arrow`, bytes: toArrowBytes(mine.table, cutRows(mine, rows.get(id) ?? []))};
      });
      files.push({name: addedKommunPath(added.data.page, id).replace(/^data\//, ""), bytes: tarArchive(members)});
    }
  }
  return files;
}
