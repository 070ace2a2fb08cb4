// The data of kommuner the reader adds to a dashboard (outside the catalogue), fetched when added:
// one tar archive per kommun and page (model/pageData.ts addedKommunPath; made in the one data
// loader run, loaders/serve/kommunFiles.ts), one Arrow file per declared key, each read against
// the page's declared slice. The rows join the page's own, so the sections draw an added kommun
// as they draw the catalogue's. A kommun's file is fetched once per page view.
import {areaName} from "../../model/catalogue.js";
import {addedKommunPath, type AddedKommunData} from "../../model/pageData.js";
import type {PageData} from "../../model/slices.js";
import {readTable} from "./arrow.js";
import {formatList} from "./wording.js";

/** The files of a tar archive (ustar, regular files only), by name. */
export function untar(buffer: ArrayBuffer): Map<string, Uint8Array> {
  const bytes = new Uint8Array(buffer);
  const files = new Map<string, Uint8Array>();
  const text = (from: number, length: number) => new TextDecoder().decode(bytes.subarray(from, from + length)).replace(/\0[\s\S]*$/, "");
  for (let at = 0; at + 512 <= bytes.length;) {
    const name = text(at, 100);
    if (name === "") break; // the two empty blocks at the end
    const size = parseInt(text(at + 124, 12).trim(), 8);
    if (!Number.isFinite(size)) throw new Error(`tar: entry "${name}" has no size`);
    files.set(name, bytes.slice(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const cache = new Map<string, Promise<Record<string, unknown[]>>>();

/** One added kommun's rows, by key (fetched once). `base` is the page's address (default: the document's). */
export function loadAddedKommun(added: AddedKommunData, kommun: string, base: string = document.baseURI): Promise<Record<string, unknown[]>> {
  const href = new URL(addedKommunPath(added.data.page, kommun), base).href;
  let loading = cache.get(href);
  if (!loading) {
    loading = fetch(href).then(async (response) => {
      if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
      const files = untar(await response.arrayBuffer());
      return Object.fromEntries(
        added.keys.map((key) => {
          const bytes = files.get(`${key}.arrow`);
          if (!bytes) throw new Error(`${href}: no ${key}.arrow`);
          return [key, readTable(added.data.slices[key].table, bytes)];
        })
      );
    });
    loading.catch(() => cache.delete(href));
    cache.set(href, loading);
  }
  return loading;
}

/** The page's data with the added kommuner's rows, and the added kommuner whose file could not be fetched. */
export type WithAdded<D> = D & {readonly unavailable: readonly string[]};

/**
 * The page's data with the added kommuner's rows joined to it: `withAdded(data, RESULTAT_ADDED,
 * state.kommuner)` fetches the files of the selected kommuner outside the catalogue (those the
 * data does not hold) and returns the data with their rows after the page's own (a slice the page
 * fetches on demand stays a function, whose rows are followed by theirs). A kommun whose file
 * cannot be fetched (offline, a server error) is listed in `unavailable` instead of failing the
 * page: the page draws the others and says so (unavailableNote).
 */
export async function withAdded<D extends object, P extends PageData>(
  data: D,
  added: AddedKommunData<P>,
  kommuner: readonly string[],
  isAdded: (id: string) => boolean
): Promise<WithAdded<D>> {
  const ids = kommuner.filter(isAdded);
  if (ids.length === 0) return {...data, unavailable: []};
  const settled = await Promise.all(
    ids.map((id) =>
      loadAddedKommun(added as unknown as AddedKommunData, id).then(
        (rows) => ({id, rows}),
        () => ({id, rows: null})
      )
    )
  );
  const loaded = settled.flatMap((s) => (s.rows ? [s.rows] : []));
  const unavailable = settled.filter((s) => !s.rows).map((s) => s.id);
  const out: Record<string, unknown> = {...(data as Record<string, unknown>), unavailable};
  if (loaded.length === 0) return out as WithAdded<D>;
  for (const key of added.keys) {
    const own = (data as Record<string, unknown>)[key];
    const theirs = loaded.flatMap((l) => l[key]);
    // A slice fetched on demand stays on demand: its rows, when first asked for, then the added kommuner's.
    out[key] = typeof own === "function" ? async () => [...((await own()) as unknown[]), ...theirs] : [...((own as unknown[] | undefined) ?? []), ...theirs];
  }
  return out as WithAdded<D>;
}

/** The reader's choices without the added kommuner whose file could not be fetched (the sections draw the others). */
export const withoutUnavailable = <S extends {kommuner: readonly string[]}>(state: S, shown: {unavailable: readonly string[]}): S =>
  shown.unavailable.length ? {...state, kommuner: state.kommuner.filter((id) => !shown.unavailable.includes(id))} : state;

/** The block of notes about the kommuner the reader added: one note per text (none: an empty block that keeps its place on the page). */
export function addedNotes(texts: readonly string[], doc: Document = document): HTMLElement {
  const element = doc.createElement("div");
  element.className = "added-note";
  for (const text of texts) {
    const p = doc.createElement("p");
    p.className = "missing-data";
    p.setAttribute("role", "note");
    p.textContent = text;
    element.append(p);
  }
  return element;
}

/**
 * The one note about added kommuner whose file could not be fetched, by name (known once the page's
 * choices have read the kommun list); an empty element when every file came.
 */
export function unavailableNote(shown: {unavailable: readonly string[]}, doc: Document = document): HTMLElement {
  const names = shown.unavailable.map(areaName);
  return addedNotes(
    names.length
      ? [
          `Uppgifterna för ${formatList(names)} kunde inte hämtas just nu, så avsnitten nedan visar ${names.length === 1 ? "den" : "dem"} inte. Sidan kan laddas om för att försöka igen.`
        ]
      : [],
    doc
  );
}
