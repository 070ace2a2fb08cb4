// The files a dashboard fetches when the reader adds a kommun outside the catalogue
// (model/pageData.ts ADDED_KOMMUN_DATA): for each such kommun and page, one tar archive of one Arrow
// file per declared key, the page's slice cut for that kommun alone (forKommun) from the served
// table the page's slice is cut from: those tables hold every kommun of the snapshot
// (./tables.ts), so an added kommun's rows are the served rows a chart's query returns for it.
// Made in one loader run per page (src/data/kommun/[page].tar.ts, an archive of the page's 287
// small files, not a loader run each), and none of it shipped to a reader who adds no kommun. They
// are not members of the site's main archive (./archive.ts): Framework finds an archive's member by
// reading the archive from its start (its TarExtractor), so 861 of them in the 45 MB main archive
// of a full snapshot cost a clean build about half a minute of reading.
import {group} from "d3";
import {ADDED_KOMMUN_DATA, addedKommunPath, forKommun, type AddedKommunData} from "../../model/pageData.js";
import {InputError} from "../errors.js";
import {toArrowBytes} from "../arrowWriter.js";
import {otherKommunIds} from "../analysis/inputs.js";
import {tarArchive} from "../tarWriter.js";
import {cutRows} from "./pageSlices.js";
import {isServed, servedTable} from "./tables.js";

/** Rows by kommun, for one table (one pass over the rows rather than one per kommun). */
const byKommun = (rows: readonly object[]) => group(rows, (row) => (row as {municipality: string}).municipality);

/** Added-kommun files (of every page, or of `pages`): each one's path under /data/ and its bytes, page by page, kommun by kommun. */
export function addedKommunFiles(pages: readonly AddedKommunData[] = ADDED_KOMMUN_DATA): {name: string; bytes: Uint8Array}[] {
  const files: {name: string; bytes: Uint8Array}[] = [];
  const grouped = new Map<string, ReturnType<typeof byKommun>>();
  const rowsOf = (name: string) => {
    if (!isServed(name)) throw new Error(`model/pageData.ts: "${name}" is not a served table`);
    let rows = grouped.get(name);
    if (!rows) grouped.set(name, (rows = byKommun(servedTable(name).rows())));
    return rows;
  };
  for (const added of pages) {
    const perKey = added.keys.map((key) => {
      const s = added.data.slices[key];
      return {key, slice: s, rows: rowsOf(s.from.name)};
    });
    for (const id of otherKommunIds()) {
      const members = perKey.map(({key, slice, rows}) => {
        const mine = forKommun(slice, id);
        return {name: `${key}.arrow`, bytes: toArrowBytes(mine.table, cutRows(mine, rows.get(id) ?? []))};
      });
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
