// DuckDB's `$name` placeholders in a query: found outside strings, quoted names and comments,
// given an input each (a name the site knows gets a fitting one), and turned into positional
// prepared-statement parameters (`$1`, `$2`, …) with the values typed for DuckDB.

export type ParamKind = "kommun" | "year" | "text";

export interface QueryParam {
  /** The name without `$`. */
  name: string;
  kind: ParamKind;
}

const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;

interface Occurrence {
  name: string;
  from: number;
  to: number;
}

/** Every `$name` in `sql` outside string literals, quoted identifiers, comments and $$-strings, in order. */
export function findParams(sql: string): Occurrence[] {
  const out: Occurrence[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      // '…' string or "…" identifier; a doubled quote escapes it
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      i = j + 1;
    } else if (ch === "-" && sql[i + 1] === "-") {
      const j = sql.indexOf("\n", i);
      i = j < 0 ? sql.length : j + 1;
    } else if (ch === "/" && sql[i + 1] === "*") {
      const j = sql.indexOf("*/", i + 2);
      i = j < 0 ? sql.length : j + 2;
    } else if (ch === "$") {
      let j = i + 1;
      if (j < sql.length && IDENT_START.test(sql[j])) {
        while (j < sql.length && IDENT_PART.test(sql[j])) j += 1;
      }
      if (sql[j] === "$") {
        // a dollar-quoted string: $$…$$ or $tag$…$tag$
        const tag = sql.slice(i, j + 1);
        const end = sql.indexOf(tag, j + 1);
        i = end < 0 ? sql.length : end + tag.length;
      } else {
        if (j > i + 1) out.push({name: sql.slice(i + 1, j), from: i, to: j});
        i = Math.max(j, i + 1);
      }
    } else i += 1;
  }
  return out;
}

const kindOf = (name: string): ParamKind => (/^kommun(kod)?$/i.test(name) ? "kommun" : /^(år|ar|year|period)$/i.test(name) ? "year" : "text");

/** The query's parameters, each once, in order of first use. */
export function queryParams(sql: string): QueryParam[] {
  const seen = new Map<string, QueryParam>();
  for (const o of findParams(sql)) if (!seen.has(o.name)) seen.set(o.name, {name: o.name, kind: kindOf(o.name)});
  return [...seen.values()];
}

/**
 * The query with each `$name` replaced by its position (`$1`, …), padded with spaces to the same
 * length so DuckDB's error positions still point into the reader's text.
 */
export function toPositional(sql: string, params: readonly QueryParam[]): string {
  const index = new Map(params.map((p, i) => [p.name, i + 1]));
  let out = "";
  let at = 0;
  for (const o of findParams(sql)) {
    const k = index.get(o.name);
    if (k === undefined) continue;
    const token = `$${k}`;
    out += sql.slice(at, o.from) + token.padEnd(o.to - o.from, " ");
    at = o.to;
  }
  return out + sql.slice(at);
}

/** A value the reader gave, typed for DuckDB; a Swedish message when it does not fit its input. */
export function paramValue(param: QueryParam, raw: string): string | number {
  const text = raw.trim();
  if (param.kind === "year") {
    if (!/^\d{4}$/.test(text)) throw new Error(`Parametern $${param.name} ska vara ett årtal med fyra siffror, till exempel 2023, inte ”${raw}”.`);
    return Number(text);
  }
  if (param.kind === "kommun" && !/^\d{4}$/.test(text)) {
    throw new Error(`Parametern $${param.name} ska vara en kommunkod med fyra siffror (välj kommunen i listan), inte ”${raw}”.`);
  }
  return raw;
}
