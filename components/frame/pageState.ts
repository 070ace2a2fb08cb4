// The page frame's state (kommuner, comparison group, year range, kön, optional price base year),
// kept in the URL query string with only the non-default values, so a link reproduces a view.
// Decoding validates every parameter: an unknown or malformed one falls back to its default and
// yields a Swedish note for the page to show.
import {formatYear} from "../kit/format.js";
import {formatList, sentenceStart} from "../kit/wording.js";
import {COMPARISONS, COMPARISON_LABELS, COMPARISON_URL, GENDERS, MAX_ADDED_KOMMUNER, type Comparison, type Gender} from "../../model/vocabulary.js";

/** The parts of catalogue.json (catalogueJson() in model/catalogue.ts) the frame needs. */
export interface Catalogue {
  /** The catalogue's kommuner; a dashboard gives each its size group and SKR kommungrupp from Kolada's memberships (dashboardCatalogue). */
  kommuner: readonly {id: string; name: string; sizeGroup: string; skrGroup?: string | null}[];
  /**
   * The kommuner outside the catalogue a reader may add (up to MAX_ADDED_KOMMUNER), with their
   * size group and SKR kommungrupp from Kolada's memberships; none when the page offers no such choice.
   */
  others?: readonly OtherKommun[];
  references: readonly {id: string; name: string; kind: string}[];
  kpis: readonly {id: string; genderDivided: boolean; label?: string}[];
  years: {from: number; to: number};
}

/** A kommun outside the catalogue, as the frame offers it (the served kommun_groups rows). */
export interface OtherKommun {
  id: string;
  name: string;
  sizeGroup: string | null;
  skrGroup: string | null;
}

export interface PageState {
  /** Selected kommun ids: the catalogue's in catalogue order, then the added ones (Catalogue.others) in the order the reader added them. */
  kommuner: string[];
  comparison: Comparison;
  from: number;
  to: number;
  gender: Gender;
  /** Base year for fixed prices; null on pages without fixed prices. */
  priceBaseYear: number | null;
}

/** What a page offers beyond the common inputs. */
export interface FrameOptions {
  /** KPI ids shown on the page: kön is offered only when one of them is gender-divided. */
  kpis?: readonly string[];
  /** Years available as price base year (fixed prices); omit on pages without fixed prices. */
  priceBaseYears?: readonly number[];
  /** Default price base year (default: the latest of priceBaseYears). */
  defaultPriceBaseYear?: number;
  /** Further query parameter names the page reads itself (not reported as unknown). */
  extraParams?: readonly string[];
}

/** Query parameter names (Swedish, short, stable: they appear in shared links). */
export const PARAMS = {
  kommuner: "kommuner",
  comparison: "jamfor",
  from: "fran",
  to: "till",
  gender: "kon",
  priceBaseYear: "prisar"
} as const;

/** True when kön applies: at least one of the page's KPIs is divided by gender in the catalogue. */
export function genderApplies(catalogue: Catalogue, kpis: readonly string[] | undefined): boolean {
  if (!kpis) return false;
  return kpis.some((id) => catalogue.kpis.find((k) => k.id === id)?.genderDivided === true);
}

/** The default state: the four kommuner, Alla kommuner, the catalogue's full year range, totalt. */
export function defaultState(catalogue: Catalogue, options: FrameOptions = {}): PageState {
  return {
    kommuner: catalogue.kommuner.map((k) => k.id),
    comparison: "G2328",
    from: catalogue.years.from,
    to: catalogue.years.to,
    gender: "T",
    priceBaseYear: defaultPriceBaseYear(options)
  };
}

function defaultPriceBaseYear(options: FrameOptions): number | null {
  const years = options.priceBaseYears;
  if (!years || years.length === 0) return null;
  if (options.defaultPriceBaseYear !== undefined) {
    if (!years.includes(options.defaultPriceBaseYear)) {
      throw new Error(`defaultPriceBaseYear ${options.defaultPriceBaseYear} is not one of priceBaseYears`);
    }
    return options.defaultPriceBaseYear;
  }
  return Math.max(...years);
}

/** Query string ("?kommuner=0764&jamfor=0000", or "" when everything is default). */
export function encodeState(state: PageState, catalogue: Catalogue, options: FrameOptions = {}): string {
  const d = defaultState(catalogue, options);
  const p = new URLSearchParams();
  const kommuner = orderedKommuner(state.kommuner, catalogue);
  if (kommuner.join(",") !== d.kommuner.join(",")) p.set(PARAMS.kommuner, kommuner.join(","));
  if (state.comparison !== d.comparison) p.set(PARAMS.comparison, COMPARISON_URL[state.comparison]);
  if (state.from !== d.from) p.set(PARAMS.from, String(state.from));
  if (state.to !== d.to) p.set(PARAMS.to, String(state.to));
  if (state.gender !== d.gender && genderApplies(catalogue, options.kpis)) p.set(PARAMS.gender, state.gender);
  if (d.priceBaseYear !== null && state.priceBaseYear !== null && state.priceBaseYear !== d.priceBaseYear)
    p.set(PARAMS.priceBaseYear, String(state.priceBaseYear));
  const text = p.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

/**
 * Keep a page's own parameters (options.extraParams, e.g. a year chosen for a rank chart) when the
 * frame rewrites the query: `query` is encodeState's output, `current` the URL's search today.
 * The page's parameters are appended after the frame's, in the order of `extraParams`.
 */
export function withExtraParams(query: string, current: string, extraParams: readonly string[] = []): string {
  if (extraParams.length === 0) return query;
  const now = new URLSearchParams(current);
  const out = new URLSearchParams(query);
  for (const name of extraParams) {
    const value = now.get(name);
    if (value !== null && !out.has(name)) out.set(name, value);
  }
  const text = out.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

export interface DecodedState {
  state: PageState;
  /** Swedish notes about parameters that fell back to their default (empty when all were fine). */
  notes: string[];
}

const YEAR = /^\d{4}$/;

/** Read the state from a query string (with or without "?") or URLSearchParams, validating each parameter. */
export function decodeState(search: string | URLSearchParams, catalogue: Catalogue, options: FrameOptions = {}): DecodedState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const state = defaultState(catalogue, options);
  const notes: string[] = [];
  const known = new Set<string>([...Object.values(PARAMS), ...(options.extraParams ?? [])]);

  for (const name of new Set(params.keys())) {
    if (!known.has(name)) notes.push(`Okänd inställning ”${name}” i länken ignoreras.`);
    else if (params.getAll(name).length > 1) notes.push(`Inställningen ”${name}” förekommer flera gånger i länken – den första används.`);
  }

  const kommunerText = params.get(PARAMS.kommuner);
  if (kommunerText !== null) {
    const {ids, notes: kommunNotes} = readKommuner(kommunerText, catalogue);
    if (ids.length === 0) {
      notes.push(...(kommunNotes.length ? kommunNotes : ["Ingen kommun vald i länken – visar standardvalet."]));
    } else {
      notes.push(...kommunNotes);
      state.kommuner = ids;
    }
  }

  const comparisonText = params.get(PARAMS.comparison);
  if (comparisonText !== null) {
    const comparison = comparisonsOf(catalogue).find((c) => COMPARISON_URL[c] === comparisonText);
    if (comparison) state.comparison = comparison;
    else notes.push(`Okänd jämförelsegrupp ${shown(comparisonText)} i länken – jämför med ${COMPARISON_LABELS.G2328.toLowerCase()}.`);
  }

  const {from: minYear, to: maxYear} = catalogue.years;
  const readYear = (name: string, what: string): number | null => {
    const text = params.get(name);
    if (text === null) return null;
    if (YEAR.test(text)) {
      const year = Number(text);
      if (year >= minYear && year <= maxYear) return year;
      notes.push(`${what} ${shown(text)} i länken ligger utanför ${formatYear(minYear)}–${formatYear(maxYear)} – visar standardvalet.`);
      return null;
    }
    notes.push(`${what} ${shown(text)} i länken är inget årtal – visar standardvalet.`);
    return null;
  };
  const from = readYear(PARAMS.from, "Startåret");
  const to = readYear(PARAMS.to, "Slutåret");
  const newFrom = from ?? state.from;
  const newTo = to ?? state.to;
  if (newFrom > newTo) {
    notes.push(`Startåret ${formatYear(newFrom)} ligger efter slutåret ${formatYear(newTo)} i länken – visar hela perioden.`);
  } else {
    state.from = newFrom;
    state.to = newTo;
  }

  const genderText = params.get(PARAMS.gender);
  if (genderText !== null) {
    if (!genderApplies(catalogue, options.kpis)) {
      notes.push("Nyckeltalen på sidan är inte uppdelade på kön – visar totalt.");
    } else if ((GENDERS as readonly string[]).includes(genderText)) {
      state.gender = genderText as Gender;
    } else {
      notes.push(`Okänt kön ${shown(genderText)} i länken (T, K eller M) – visar totalt.`);
    }
  }

  const baseText = params.get(PARAMS.priceBaseYear);
  if (baseText !== null) {
    const years = options.priceBaseYears;
    if (!years || years.length === 0) {
      notes.push("Sidan visar inga fasta priser – basåret i länken ignoreras.");
    } else if (YEAR.test(baseText) && years.includes(Number(baseText))) {
      state.priceBaseYear = Number(baseText);
    } else {
      notes.push(`Basåret ${shown(baseText)} i länken finns inte i prisbasbeloppsserien – visar ${formatYear(state.priceBaseYear)} års priser.`);
    }
  }
  return {state, notes};
}

/** Is `id` a kommun the page knows: one of the catalogue's or of the others it offers? */
const knownKommun = (id: string, catalogue: Catalogue): boolean =>
  catalogue.kommuner.some((k) => k.id === id) || (catalogue.others ?? []).some((k) => k.id === id);

/** Selected ids as the state keeps them: the catalogue's in catalogue order, then the others in the given order (duplicates and unknown ids left out). */
export function orderedKommuner(ids: readonly string[], catalogue: Catalogue): string[] {
  const own = catalogue.kommuner.map((k) => k.id).filter((id) => ids.includes(id));
  const others = [...new Set(ids)].filter((id) => !own.includes(id) && (catalogue.others ?? []).some((k) => k.id === id));
  return [...own, ...others];
}

/**
 * The kommuner of a link's `kommuner=` list: the known ones (catalogue's first, then at most
 * MAX_ADDED_KOMMUNER others), and a note for each id dropped: unknown, malformed, or beyond the
 * limit. Kommun ids are four digits (Kolada's kommunkod, leading zero kept).
 */
export function readKommuner(text: string, catalogue: Catalogue): {ids: string[]; notes: string[]} {
  const given = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const malformed = given.filter((id) => !/^\d{4}$/.test(id));
  const unknown = given.filter((id) => /^\d{4}$/.test(id) && !knownKommun(id, catalogue));
  const ordered = orderedKommuner(given, catalogue);
  const own = ordered.filter((id) => catalogue.kommuner.some((k) => k.id === id));
  const others = ordered.filter((id) => !own.includes(id));
  const dropped: string[] = [];
  if (unknown.length) dropped.push(`${unknown.length === 1 ? "okänd kommun" : "okända kommuner"} ${formatList(unknown.map(shown))}`);
  if (malformed.length)
    dropped.push(`${malformed.length === 1 ? "ogiltig kommunkod" : "ogiltiga kommunkoder"} ${formatList(malformed.map((m) => `”${shown(m)}”`))}`);
  const ids = [...own, ...others.slice(0, MAX_ADDED_KOMMUNER)];
  const notes: string[] = [];
  const why = malformed.length ? " (en kommunkod är fyra siffror)" : "";
  if (dropped.length) notes.push(sentenceStart(`${formatList(dropped)} i länken ${ids.length ? `ignoreras${why}.` : `– visar standardvalet${why}.`}`));
  if (others.length > MAX_ADDED_KOMMUNER) {
    const beyond = others.slice(MAX_ADDED_KOMMUNER).map((id) => catalogue.others!.find((k) => k.id === id)!.name);
    notes.push(`Högst ${MAX_ADDED_KOMMUNER} kommuner utöver katalogens kan läggas till – ${formatList(beyond)} i länken ignoreras.`);
  }
  return {ids, notes};
}

/** A parameter value as shown in a note: cut at 40 characters (links can hold anything; pages insert notes as text, never HTML). */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The comparisons a catalogue can draw: the SKR kommungrupp only when every kommun has one (the snapshot holds Kolada's memberships). */
export function comparisonsOf(catalogue: Catalogue): Comparison[] {
  const all = [...catalogue.kommuner, ...(catalogue.others ?? [])];
  return COMPARISONS.filter((c) => c !== "skr" || all.every((k) => k.skrGroup));
}

/**
 * The area a kommun is compared with under `comparison` (its size group for "size", its SKR
 * kommungrupp for "skr"); null for an added kommun the snapshot's memberships do not place in such
 * a group (a snapshot from before the memberships were fetched).
 */
export function comparisonArea(comparison: Comparison, kommunId: string, catalogue: Catalogue): {id: string; name: string} | null {
  let id: string = comparison;
  if (comparison === "size" || comparison === "skr") {
    const kommun = catalogue.kommuner.find((k) => k.id === kommunId) ?? catalogue.others?.find((k) => k.id === kommunId);
    if (!kommun) throw new Error(`comparisonArea: unknown kommun ${kommunId}`);
    const group = comparison === "size" ? kommun.sizeGroup : kommun.skrGroup;
    if (!group) {
      if (catalogue.kommuner.some((k) => k.id === kommunId)) throw new Error(`comparisonArea: kommun ${kommunId} has no ${comparison} group in the catalogue`);
      return null;
    }
    id = group;
  }
  const ref = catalogue.references.find((r) => r.id === id);
  return {id, name: ref?.name ?? (comparison === "size" || comparison === "skr" ? id : COMPARISON_LABELS[comparison])};
}

/** Comparison areas for the selected kommuner (one per distinct area, in order of first use). */
export function comparisonAreas(state: PageState, catalogue: Catalogue): {id: string; name: string; kommuner: string[]}[] {
  const out = new Map<string, {id: string; name: string; kommuner: string[]}>();
  for (const k of state.kommuner) {
    const area = comparisonArea(state.comparison, k, catalogue);
    if (!area) continue;
    const entry = out.get(area.id) ?? {...area, kommuner: []};
    entry.kommuner.push(k);
    out.set(area.id, entry);
  }
  return [...out.values()];
}

/** The years of the state's range, ascending. */
export function stateYears(state: Pick<PageState, "from" | "to">): number[] {
  const years: number[] = [];
  for (let y = state.from; y <= state.to; ++y) years.push(y);
  return years;
}
