// A page's own parameters beside the frame's (pageState.ts). A choice beyond the frame (e.g. which verksamhet, nominal or fixed prices) as a
// keyboard-usable radio group whose value lives in the URL (only when not the default), next to
// the frame's parameters. An unknown value in the link falls back to the default with a note.
// Pass the parameter name to frameInputs' `extraParams`, so the frame keeps it in the link.
import {formatYear} from "../kit/format.js";
import {linkNote, radioGroup, selectControl} from "./controls.js";

export interface ParamChoice {
  /** Value as written in the URL. */
  value: string;
  /** Swedish label. */
  label: string;
}

export interface PageParamOptions {
  /** URL parameter name (short, Swedish, stable). */
  name: string;
  /** Visible label of the group. */
  label: string;
  choices: readonly ParamChoice[];
  /** Default value (not written to the URL). */
  defaultValue: string;
  window?: Window;
}

/** The value of `name` in `search`, or the default with a Swedish note when it is not a known choice. */
export function readParam(
  search: string,
  options: Pick<PageParamOptions, "name" | "label" | "choices" | "defaultValue">
): {value: string; note: string | null} {
  const {name, choices, defaultValue} = options;
  if (!choices.some((c) => c.value === defaultValue)) throw new Error(`pageParam "${name}": default "${defaultValue}" is not one of the choices`);
  const text = new URLSearchParams(search).get(name);
  if (text === null) return {value: defaultValue, note: null};
  if (choices.some((c) => c.value === text)) return {value: text, note: null};
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const fallback = choices.find((c) => c.value === defaultValue)!.label.toLowerCase();
  return {
    value: defaultValue,
    note: `Okänt val ”${shown}” för ${options.label.toLowerCase()} i länken – visar ${fallback}.`
  };
}

/** `search` with `name` set to `value`, or removed when `value` is the default. */
export function writeParam(search: string, name: string, value: string, defaultValue: string): string {
  const p = new URLSearchParams(search);
  if (value === defaultValue) p.delete(name);
  else p.set(name, value);
  const text = p.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

/** Set `name` to `value` in the window's URL (removed when it is the default), keeping the other parameters and the hash. */
export function replaceParam(win: Window, name: string, value: string, defaultValue: string): void {
  win.history.replaceState(win.history.state, "", `${win.location.pathname}${writeParam(win.location.search, name, value, defaultValue)}${win.location.hash}`);
}

/** A page's year parameter: its name in the link and the words its control and notes use. */
export interface YearParam {
  /** The parameter's name in the link. */
  name: string;
  /** The select's label ("År för placeringen"). */
  label: string;
  /** What the year is for, in a note ("för placeringen"). */
  about: string;
  /** Why a year in the link is ignored when there are no years ("inga år med värden att rangordna"). */
  noYears: string;
  /** Why a year in the link is not shown ("har inga värden att rangordna bland de valda åren"). */
  notAmong: string;
}

/**
 * The year of `param` from a query string: the latest of `years` by default; an unknown or
 * malformed value falls back to it with a note. Null year when `years` is empty.
 */
export function readYearParam(search: string, param: YearParam, years: readonly number[]): {year: number | null; note: string | null} {
  const latest = years.length ? Math.max(...years) : null;
  const text = new URLSearchParams(search).get(param.name);
  if (text === null) return {year: latest, note: null};
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (/^\d{4}$/.test(text) && years.includes(Number(text))) return {year: Number(text), note: null};
  if (latest === null) return {year: null, note: `Året ${shown} ${param.about} i länken ignoreras: ${param.noYears}.`};
  const why = /^\d{4}$/.test(text) ? param.notAmong : "är inget årtal";
  return {year: latest, note: `Året ${shown} ${param.about} i länken ${why} – visar ${formatYear(latest)}.`};
}

/**
 * A year choice kept in the link: a note when the link named a year it cannot show, then a select
 * of `years` (class "no-print year-param") kept in the link (only when not the latest). Its
 * `value` is the chosen year, null when there is no year.
 */
export function yearParamInput(years: readonly number[], param: YearParam, win: Window = window): HTMLElement & {value: number | null} {
  const doc = win.document;
  const choice = readYearParam(win.location.search, param, years);
  const root = doc.createElement("div") as unknown as HTMLElement & {value: number | null};
  if (choice.note) root.append(linkNote(doc, choice.note));
  const select =
    years.length && choice.year !== null
      ? selectControl(
          doc,
          param.label,
          years.map((y) => ({value: y, label: formatYear(y)})),
          choice.year
        )
      : null;
  if (select) {
    select.classList.add("no-print", "year-param");
    select.addEventListener("input", () => replaceParam(win, param.name, String(select.value), String(years[years.length - 1])));
    root.append(select);
  }
  Object.defineProperty(root, "value", {get: () => (select ? select.value : null)});
  return root;
}

/** The radio group (class "inputs no-print"); its `value` is the chosen value; a bad link value shows a note. */
export function pageParam(options: PageParamOptions): HTMLElement & {value: string} {
  const win = options.window ?? window;
  const doc = win.document;
  const {value: initial, note} = readParam(win.location.search, options);
  const radio = radioGroup(doc, options.label, options.choices, initial);
  const root = doc.createElement("div") as unknown as HTMLElement & {value: string};
  root.className = "inputs no-print page-param";
  if (note) root.append(linkNote(doc, note));
  root.append(radio);
  Object.defineProperty(root, "value", {get: () => radio.value});
  root.addEventListener("input", () => {
    replaceParam(win, options.name, radio.value, options.defaultValue);
  });
  return root;
}
