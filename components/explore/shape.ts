// Does a result have the shape (category, year, value) that the quick chart draws?
import {isUnit, type Unit} from "../../model/vocabulary.js";
import type {QueryResult} from "./result.js";

export interface TrendShape {
  series: number;
  year: number;
  value: number;
  /** The unit when a text column named unit/enhet holds one known unit for every row. */
  unit: Unit | null;
}

const YEAR_NAME = /^(year|period|år|ar)$/i;
const UNIT_NAME = /^(unit|enhet)$/i;

const isYear = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100;

/**
 * The columns to chart, or a Swedish reason why the result cannot be charted. The shape: a year
 * column (named year/period/år, or the only numeric column whose values are all whole years), one
 * other numeric column (the value) and one text column (the series); an optional text column
 * unit/enhet gives the unit. Other columns make the shape ambiguous.
 */
export function detectTrendShape(result: QueryResult): TrendShape | {reason: string} {
  const {columns, rows} = result;
  if (rows.length === 0) return {reason: "Resultatet är tomt."};
  const numeric = columns.map((c, i) => ({c, i})).filter(({c}) => c.kind === "number" || c.kind === "integer");
  const unitCol = columns.findIndex((c) => c.kind === "text" && UNIT_NAME.test(c.name));
  const text = columns.map((c, i) => ({c, i})).filter(({c, i}) => c.kind === "text" && i !== unitCol);
  if (numeric.length !== 2 || text.length !== 1 || columns.length !== 3 + (unitCol >= 0 ? 1 : 0)) {
    return {
      reason: "Snabbdiagrammet ritar resultat med exakt tre kolumner: en textkolumn (serie), en årskolumn och en värdekolumn (och eventuellt en kolumn unit)."
    };
  }
  const allYears = (i: number) => rows.every((r) => r[i] === null || isYear(r[i]));
  const byName = numeric.filter(({c}) => YEAR_NAME.test(c.name));
  const candidates = byName.length === 1 ? byName : numeric.filter(({i}) => allYears(i));
  if (candidates.length !== 1 || !allYears(candidates[0].i)) {
    return {
      reason: "Hittar ingen entydig årskolumn (heltal mellan 1900 och 2100, gärna med namnet year eller period)."
    };
  }
  const year = candidates[0].i;
  const value = numeric.find(({i}) => i !== year)!.i;
  let unit: Unit | null = null;
  if (unitCol >= 0) {
    const units = new Set(rows.map((r) => r[unitCol]));
    if (units.size === 1) {
      const u = [...units][0];
      if (typeof u === "string" && isUnit(u)) unit = u as Unit;
    }
  }
  return {series: text[0].i, year, value, unit};
}

export function isTrendShape(x: TrendShape | {reason: string}): x is TrendShape {
  return !("reason" in x);
}
