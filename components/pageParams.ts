// A page's own URL parameters beside the frame's (pageState.ts): the year chosen for the rank
// chart ("rankar"). Read with validation and a Swedish note; written with replaceState, keeping
// every other parameter (the frame keeps this one in turn: pass it as `extraParams`).
import {formatYear} from "./format.js";

export const RANK_YEAR_PARAM = "rankar";

/**
 * The rank year from a query string: the latest of `years` by default; an unknown or malformed
 * value falls back to it with a note. Null year when `years` is empty.
 */
export function readRankYear(search: string, years: readonly number[]): {year: number | null; note: string | null} {
  const latest = years.length ? Math.max(...years) : null;
  const text = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search).get(RANK_YEAR_PARAM);
  if (text === null) return {year: latest, note: null};
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (/^\d{4}$/.test(text) && years.includes(Number(text))) return {year: Number(text), note: null};
  if (latest === null) return {year: null, note: `Året ${shown} för placeringen i länken ignoreras: inga år med värden att rangordna.`};
  const why = /^\d{4}$/.test(text) ? "har inga värden att rangordna bland de valda åren" : "är inget årtal";
  return {year: latest, note: `Året ${shown} för placeringen i länken ${why} – visar ${formatYear(latest)}.`};
}

/** Set (or with null remove) one query parameter in the window's URL, keeping the others and the hash. */
export function writeParam(win: Window, name: string, value: string | null): void {
  const params = new URLSearchParams(win.location.search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const text = params.toString().replace(/%2C/g, ",");
  win.history.replaceState(win.history.state, "", `${win.location.pathname}${text ? `?${text}` : ""}${win.location.hash}`);
}
