// A dashboard page's data, loaded as model/pageData.ts declares it: every slice fetched "load" is
// read at once with the snapshot's date, each checked against its declared table; a slice fetched
// "demand" becomes a function that fetches it the first time a choice or a section asks, then
// returns the same rows. The page names each file literally (Framework needs literal paths), as
// `FileAttachment("./data/pages/<page>/<key>.arrow").href`: the address only, so nothing is
// fetched before it is needed (and no library is added for the .arrow extension).
import {slicePath, type PageData, type PageRows, type Slice} from "../../model/slices.js";
import type {SnapshotInfo} from "../../model/rows.js";
import {readTable} from "./arrow.js";

/** The served addresses a page passes: one per slice of its declaration, and the snapshot's. */
export type PageFiles<P extends PageData> = {readonly [K in keyof P["slices"]]: string} & {readonly snapshot: string};

/** The loaded page data, with the snapshot's metadata (Översikt shows it). */
export type LoadedPage<P extends PageData> = PageRows<P> & {readonly snapshot: SnapshotInfo};

async function fetchBytes(href: string): Promise<ArrayBuffer> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** Why the page's files do not match its declaration (null when they do): a missing or extra key, or an address of another slice. */
export function filesProblem(data: PageData, files: Readonly<Record<string, string>>): string | null {
  const keys = Object.keys(data.slices);
  const missing = keys.filter((k) => !(k in files));
  const extra = Object.keys(files).filter((k) => k !== "snapshot" && !keys.includes(k));
  if (missing.length || extra.length || !("snapshot" in files))
    return `${data.page}: the page's files (${Object.keys(files).join(", ")}) differ from model/pageData.ts (${["snapshot", ...keys].join(", ")})`;
  for (const k of keys) {
    const want = slicePath(data.page, k).replace(/\.arrow$/, "");
    const path = files[k].split(/[?#]/)[0].replace(/(\.[0-9a-f]{8})?\.arrow$/, "");
    if (!path.endsWith(`/${want}`)) return `${data.page}: "${k}" is served from ${files[k]}, not ${slicePath(data.page, k)}`;
  }
  return null;
}

/**
 * Load a page's data: `await loadPage(RESULTAT_DATA, {snapshot: FileAttachment("./data/snapshot.json").href,
 * kolada: FileAttachment("./data/pages/resultat/kolada.arrow").href, …})`.
 */
export async function loadPage<P extends PageData>(data: P, files: PageFiles<P>): Promise<LoadedPage<P>> {
  const problem = filesProblem(data, files);
  if (problem) throw new Error(problem);
  const read = async (key: string, s: Slice) => readTable(s.table, await fetchBytes(files[key as keyof typeof files]));
  const onDemand = (key: string, s: Slice) => {
    let loading: Promise<unknown[]> | null = null;
    return () => (loading ??= read(key, s));
  };
  const [snapshot, ...loaded] = await Promise.all([
    fetchBytes(files.snapshot).then((b) => JSON.parse(new TextDecoder().decode(b)) as SnapshotInfo),
    ...Object.entries(data.slices).map(async ([key, s]) => [key, s.when === "load" ? await read(key, s) : onDemand(key, s)] as const)
  ]);
  return {snapshot, fetchedAt: snapshot.snapshot_date, ...Object.fromEntries(loaded as (readonly [string, unknown])[])} as LoadedPage<P>;
}
