// What a page reads, declared once: for each of its tables, the slice of a served table it can draw
// under any of the reader's choices (the rows, by the values of some columns; the columns it reads),
// and when it is fetched (with the page, or when a choice or section first needs it). The serving
// stage cuts each slice at build time (loaders/serve/pageSlices.ts, /data/pages/<page>/<key>.arrow),
// the page loads them with loadPage (components/kit/pageData.ts), and the page's data type is
// derived from the declaration (PageRows), so the sections cannot read a column the slice leaves
// out. No I/O, no DOM.
import type {RowOf, Table} from "./table.js";

export type Cell = string | number | boolean | null;
export type When = "load" | "demand";

export interface Slice<T extends Table = Table, W extends When = When> {
  /** The served table the rows are cut from (model/dataModel.ts): the whole table is /data/<name>.arrow. */
  from: Table;
  /** What the page reads, as a table its file is checked against: the kept columns, in the served table's order. */
  table: T;
  /** Rows kept: each listed column's value is one of its list (every row when there is none). */
  where: Readonly<Record<string, readonly Cell[]>>;
  /** Rows left out: a listed column's value is one of its list (another slice of the page holds them). */
  except: Readonly<Record<string, readonly Cell[]>>;
  /** "load": fetched with the page; "demand": fetched the first time a choice or a section needs it. */
  when: W;
}

type Name<T extends Table> = keyof T["columns"] & string;

type Where<T extends Table> = {readonly [C in Name<T>]?: readonly Cell[]};

/**
 * The slice of `from` a page reads: `slice(kpiRanks, {where: {kpi: [RESULTAT.share]}})`, without
 * the rows `except` lists (another slice's), with `columns` only those (in the served table's
 * order), and with `when: "demand"` fetched when needed. (Overloads, not a generic `when`: a generic would be inferred from where the slice is
 * used, widening "load" to either.)
 */
export function slice<T extends Table, const K extends Name<T> = Name<T>>(
  from: T,
  options?: {columns?: readonly K[]; where?: Where<T>; except?: Where<T>; when?: "load"}
): Slice<Table<Pick<T["columns"], K>>, "load">;
export function slice<T extends Table, const K extends Name<T> = Name<T>>(
  from: T,
  options: {columns?: readonly K[]; where?: Where<T>; except?: Where<T>; when: "demand"}
): Slice<Table<Pick<T["columns"], K>>, "demand">;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the overloads above type it
export function slice(from: Table, options: {columns?: readonly string[]; where?: object; except?: object; when?: When} = {}): Slice<any, any> {
  const keep = options.columns;
  for (const c of [...(keep ?? []), ...Object.keys(options.where ?? {}), ...Object.keys(options.except ?? {})])
    if (!Object.hasOwn(from.columns, c)) throw new Error(`model/slices.ts: ${from.name} has no column "${c}"`);
  const columns = Object.fromEntries(Object.entries(from.columns).filter(([name]) => !keep || keep.includes(name)));
  const rule = (o: object | undefined) => (o ?? {}) as Slice["where"];
  // The served table's key stays the slice's when the slice keeps its columns.
  const primaryKey = from.primaryKey?.every((c) => Object.hasOwn(columns, c)) ? from.primaryKey : undefined;
  return {from, table: {...from, columns, primaryKey}, where: rule(options.where), except: rule(options.except), when: options.when ?? "load"};
}

/** A page's tables: its name in the served paths (/data/pages/<page>/<key>.arrow) and a slice per key. */
export interface PageData<S extends Readonly<Record<string, Slice>> = Readonly<Record<string, Slice>>> {
  page: string;
  slices: S;
}

export const definePageData = <const S extends Readonly<Record<string, Slice>>>(page: string, slices: S): PageData<S> => {
  if (!/^[a-z]+$/.test(page)) throw new Error(`model/slices.ts: page name "${page}" must be lower-case letters (it is a path segment)`);
  for (const key of Object.keys(slices))
    if (!/^[a-zA-Z]+$/.test(key)) throw new Error(`model/slices.ts: ${page}: key "${key}" must be letters only (a file name)`);
  return {page, slices};
};

/** The served path of a page's slice, relative to src/ (what the page's FileAttachment names). */
export const slicePath = (page: string, key: string): string => `data/pages/${page}/${key}.arrow`;

/** The rows of a slice. */
export type SliceRows<S extends Slice> = RowOf<S["table"]>[];

type Keys<S, W extends When> = {[K in keyof S]: S[K] extends Slice<Table, infer X> ? (X extends W ? K : never) : never}[keyof S];

/**
 * A loaded page's data: each "load" slice's rows; each "demand" slice as a function that fetches
 * it once and then returns the same rows; and the snapshot's date the source notes name.
 */
export type PageRows<P extends PageData> = {
  readonly [K in Keys<P["slices"], "load">]: SliceRows<P["slices"][K]>;
} & {
  readonly [K in Keys<P["slices"], "demand">]: () => Promise<SliceRows<P["slices"][K]>>;
} & {
  /** The Kolada snapshot's date (YYYY-MM-DD), as every Kolada source note names it. */
  readonly fetchedAt: string;
};
