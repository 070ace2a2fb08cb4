// Fixed prices with the prisbasbelopp series: every value in current prices (as Kolada publishes
// it) and in the fixed prices of each base year of the series, value × pbb(base) / pbb(year).
// A year without a prisbasbelopp gives null (no interpolation); a missing value stays null.
// (Arquero expressions test `!= null`: a left join leaves `undefined` where nothing matched.)
import * as aq from "arquero";
import type {PrisbasbeloppFact} from "../facts/prisbasbelopp.js";
import type {ColumnTable} from "./tables.js";

/** The series as a table of year, kronor and checked; a repeated year or a non-positive amount is an error. */
export function prisbasbeloppTable(pbb: readonly Pick<PrisbasbeloppFact, "year" | "kronor" | "checked">[]): ColumnTable {
  const seen = new Set<number>();
  for (const r of pbb) {
    if (seen.has(r.year)) throw new Error(`prisbasbelopp: year ${r.year} appears twice`);
    if (!(r.kronor > 0)) throw new Error(`prisbasbelopp: year ${r.year} has no positive amount (got ${r.kronor})`);
    seen.add(r.year);
  }
  return aq.table({year: pbb.map((r) => r.year), kronor: pbb.map((r) => r.kronor), checked: pbb.map((r) => r.checked)});
}

/** A value beside the prisbasbelopp of its year and of the base year, as the fixed prices are derived. */
type Fixed = {value: number | null; base_kronor: number; base_checked: boolean; year_kronor: number | null; year_checked: boolean};

/**
 * `t` (with columns period and value) once in current prices (price_year null, pbb_checked null)
 * and once per base year of the series in fixed prices (price_year = the base year; pbb_checked
 * true when both years' amounts are checked, null when the value is null).
 */
export function inAllPrices(t: ColumnTable, pbb: readonly Pick<PrisbasbeloppFact, "year" | "kronor" | "checked">[]): ColumnTable {
  const series = prisbasbeloppTable(pbb);
  const current = t.derive({price_year: () => null, pbb_checked: () => null});
  const bases = series.select({year: "price_year", kronor: "base_kronor", checked: "base_checked"});
  const ofYear = series.select({year: "period", kronor: "year_kronor", checked: "year_checked"});
  const fixed = t
    .cross(bases)
    .join_left(ofYear, "period")
    .derive({
      value: (d: Fixed) => (d.value != null && d.year_kronor != null ? (d.value * d.base_kronor) / d.year_kronor : null),
      pbb_checked: (d: Fixed) => (d.value != null && d.year_kronor != null ? d.base_checked && d.year_checked : null)
    })
    .select(aq.not("base_kronor", "base_checked", "year_kronor", "year_checked"));
  return current.concat(fixed);
}
