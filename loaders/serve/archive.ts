// Every file the site serves under /data/, made in one loader run (src/data.tar.ts): the open data
// (./published.ts: each served table as /data/<name>.{csv,parquet,arrow} and /data/excel/<name>.csv,
// the data package and its README), each served table whole as the pages load it, without
// metadata (/data/tables/<name>.arrow), each dashboard's slices (/data/pages/<page>/<key>.arrow),
// the snapshot's freshness (/data/snapshot.json), the catalogue (/data/catalogue.json) and what
// Utforska shows before DuckDB has loaded (/data/utforska.json: each table's row count, every kommun).
// Framework serves each file of the archive as a file of its own, and copies the open data to its
// unhashed addresses (the config's dynamicPaths). One run reads and checks the inputs once: a
// loader run per file (40 of them, each a process reading and re-checking the snapshot and every
// report) took most of a clean build. The files a dashboard fetches for an added kommun have
// archives of their own (./kommunFiles.ts).
//
// Framework's assumption here (node_modules/@observablehq/framework/dist/loader.js, TarExtractor):
// it extracts each member it serves by reading the archive from its start until that member. The
// archive therefore lists its files smallest first (the total read is then least), and keeps the
// many small per-kommun files out.
import {catalogueJson} from "../../model/catalogue.js";
import {PAGE_DATA} from "../../model/pageData.js";
import {leanFile} from "../../model/published.js";
import {snapshotInfo} from "../kolada/snapshotInfo.js";
import {sizeGroups, snapshot} from "../analysis/inputs.js";
import {tarArchive} from "../tarWriter.js";
import {pageSliceArrow} from "./pageSlices.js";
import {publishedFiles} from "./published.js";
import {SERVED, servedArrow, servedTable, type ServedName} from "./tables.js";

export interface ServedFile {
  /** The path under /data/. */
  name: string;
  bytes: Uint8Array;
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2) + "\n");

/** Every served file, in a fixed order (the same inputs give the same archive). */
export function servedFiles(): ServedFile[] {
  return smallestFirst([
    ...publishedFiles(),
    ...(Object.keys(SERVED) as ServedName[]).map((name) => ({name: leanFile(name), bytes: servedArrow(name)})),
    ...PAGE_DATA.flatMap((p) => Object.entries(p.slices).map(([key, s]) => ({name: `pages/${p.page}/${key}.arrow`, bytes: pageSliceArrow(s)}))),
    {name: "snapshot.json", bytes: json(snapshotInfo())},
    {name: "catalogue.json", bytes: json(catalogueJson(sizeGroups()))},
    {name: "utforska.json", bytes: json(explorerFacts())}
  ]);
}

/** Files ordered smallest first, by name among equals (Framework reads the archive from its start for each member it serves). */
export const smallestFirst = (files: readonly ServedFile[]): ServedFile[] =>
  [...files].sort((a, b) => a.bytes.length - b.bytes.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * What Utforska shows before DuckDB has loaded: each served table's number of rows (its schema
 * panel) and every kommun of the snapshot's kommuner.csv, by id and name (the `$kommun` input).
 */
export function explorerFacts(): {rows: Record<string, number>; kommuner: {id: string; name: string}[]} {
  return {
    rows: Object.fromEntries((Object.keys(SERVED) as ServedName[]).map((name) => [name, servedTable(name).rows().length])),
    kommuner: snapshot().kommuner.map((k) => ({id: k.id, name: k.name}))
  };
}

/** The archive Framework serves /data/ from. */
export const servedArchive = (): Uint8Array => tarArchive(servedFiles());
