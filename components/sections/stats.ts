// Small statistics for the analysis pages: Wilson intervals for shares, a rule for unstable shares
// with few participants, ranks and percentiles among all kommuner, and the median.
// Pure functions of their inputs; missing values (null, undefined, NaN) are never treated as zero.
import {isMissing} from "../kit/format.js";
import {isKommunId, kpiOf, KPIS} from "../../model/catalogue.js";
import {FEW_PARTICIPANTS, Z_95, type Direction} from "../../model/vocabulary.js";

export type {Direction};

/** A share with its 95 % Wilson score interval, all in percent units (0–100). */
export interface ShareInterval {
  /** The observed share, percent. */
  share: number;
  /** Lower bound, percent. */
  lower: number;
  /** Upper bound, percent. */
  upper: number;
  /** Number of participants the share is based on. */
  n: number;
}

/**
 * 95 % Wilson score interval for a share of `successes` out of `n`, in percent units.
 * Well defined at 0 and n (the bounds stay inside 0–100, unlike the normal approximation).
 * n = 0 (or a missing n or successes) gives null: there is no share to describe.
 * `successes` may be non-integer when it is derived from a rounded published share.
 */
export function wilsonInterval(successes: number | null | undefined, n: number | null | undefined, z: number = Z_95): ShareInterval | null {
  if (isMissing(successes) || isMissing(n) || n === 0) return null;
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`wilsonInterval: n must be a non-negative number (got ${n})`);
  if (!Number.isFinite(successes) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval: successes must be between 0 and n = ${n} (got ${successes})`);
  }
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp tiny floating-point excursions at the edges (exactly 0 at successes = 0, 1 at n).
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === n ? 1 : Math.min(1, centre + half);
  return {share: p * 100, lower: lower * 100, upper: upper * 100, n};
}

/**
 * The Wilson interval for a share published in percent (e.g. Kolada's U40455) with its
 * denominator (N40450, number of participants who left). Null when either is missing or n = 0.
 */
export function wilsonIntervalFromPercent(percent: number | null | undefined, n: number | null | undefined, z: number = Z_95): ShareInterval | null {
  if (isMissing(percent) || isMissing(n) || n === 0) return null;
  if (percent < 0 || percent > 100) throw new RangeError(`wilsonIntervalFromPercent: percent must be between 0 and 100 (got ${percent})`);
  return wilsonInterval((percent / 100) * n, n, z);
}

export type ShareStability = "stable" | "few" | "unknown";

/** "few" when n < FEW_PARTICIPANTS, "unknown" when n is missing, otherwise "stable". */
export function shareStability(n: number | null | undefined, threshold: number = FEW_PARTICIPANTS): ShareStability {
  if (isMissing(n)) return "unknown";
  return n < threshold ? "few" : "stable";
}

/** True when the share rests on fewer than FEW_PARTICIPANTS participants (missing n is not "few"). */
export function isUnstableShare(n: number | null | undefined, threshold: number = FEW_PARTICIPANTS): boolean {
  return shareStability(n, threshold) === "few";
}

/** Median of the present values (missing ones skipped); null when none is present. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => !isMissing(v)).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const mid = present.length >> 1;
  return present.length % 2 === 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
}

/** The ranking direction of a KPI (model/catalogue.ts); KPIs outside the catalogue are "neutral" (rank 1 = highest value). */
export function kpiDirection(kpi: string): Direction {
  return KPIS.some((k) => k.id === kpi) ? kpiOf(kpi).direction : "neutral";
}

/** One kommun's place in a ranking. */
export interface RankEntry {
  id: string;
  value: number;
  /** Competition rank ("1224"): 1 + the number of kommuner strictly ahead. */
  rank: number;
  /** Number of kommuner with a value (the "av N"). */
  of: number;
  /** How many kommuner share this value (1 when not tied). */
  tiedWith: number;
  /**
   * Percentile rank 0–100: the share of kommuner behind this one, counting ties (itself
   * included) as half: 100 × (behind + tiedWith / 2) / of. Higher is further ahead in the
   * ranking's direction.
   */
  percentile: number;
}

export interface Ranking {
  direction: Direction;
  /** Entries in rank order (ties in id order). */
  entries: RankEntry[];
  byId: Map<string, RankEntry>;
  /** Ids whose value is missing: excluded from the ranking and counted here. */
  missing: string[];
}

/**
 * Rank values with competition ranking. Missing values are excluded and listed in `missing`.
 * Duplicate ids are an error (a ranking is per KPI, gender and year).
 */
export function rank(values: readonly {id: string; value: number | null | undefined}[], direction: Direction): Ranking {
  const seen = new Set<string>();
  const present: {id: string; value: number}[] = [];
  const missing: string[] = [];
  for (const {id, value} of values) {
    if (seen.has(id)) throw new Error(`rank: duplicate id ${id}`);
    seen.add(id);
    if (isMissing(value)) missing.push(id);
    else present.push({id, value});
  }
  const sign = direction === "lower" ? 1 : -1; // ascending for "lower", descending otherwise
  present.sort((a, b) => sign * (a.value - b.value) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const of = present.length;
  const entries: RankEntry[] = [];
  let i = 0;
  while (i < of) {
    let j = i;
    while (j + 1 < of && present[j + 1].value === present[i].value) ++j;
    const tiedWith = j - i + 1;
    const behind = of - 1 - j;
    for (let k = i; k <= j; ++k) {
      entries.push({id: present[k].id, value: present[k].value, rank: i + 1, of, tiedWith, percentile: (100 * (behind + tiedWith / 2)) / of});
    }
    i = j + 1;
  }
  return {direction, entries, byId: new Map(entries.map((e) => [e.id, e])), missing: missing.sort()};
}

/** A Kolada-like row: what rankByYear needs. */
export interface ValueRow {
  municipality: string;
  period: number;
  value: number | null;
  gender?: string;
  kpi?: string;
}

/**
 * Rankings per year among all kommuner (e.g. from kolada_all.arrow) for one KPI.
 * Rows are filtered to `kpi` (when rows carry a kpi), `gender` (default "T", when rows carry one)
 * and kommun ids (groups and Riket dropped). `allKommuner`, when given, lists every kommun that
 * should have a value: those without a row in a year are counted as missing too.
 */
export function rankByYear(
  rows: readonly ValueRow[],
  kpi: string,
  options: {gender?: string; direction?: Direction; allKommuner?: readonly string[]} = {}
): Map<number, Ranking> {
  const gender = options.gender ?? "T";
  const direction = options.direction ?? kpiDirection(kpi);
  const byYear = new Map<number, Map<string, number | null>>();
  for (const r of rows) {
    if (r.kpi !== undefined && r.kpi !== kpi) continue;
    if (r.gender !== undefined && r.gender !== gender) continue;
    if (!isKommunId(r.municipality)) continue;
    let year = byYear.get(r.period);
    if (!year) byYear.set(r.period, (year = new Map()));
    year.set(r.municipality, r.value);
  }
  const out = new Map<number, Ranking>();
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const values = byYear.get(year)!;
    for (const id of options.allKommuner ?? []) if (!values.has(id)) values.set(id, null);
    out.set(year, rank([...values].map(([id, value]) => ({id, value})), direction));
  }
  return out;
}

/** The latest year in which kommun `id` has a place in the rankings, with that place; null if none. */
export function latestRank(rankings: ReadonlyMap<number, Ranking>, id: string): {year: number; ranking: Ranking; entry: RankEntry} | null {
  const years = [...rankings.keys()].sort((a, b) => b - a);
  for (const year of years) {
    const ranking = rankings.get(year)!;
    const entry = ranking.byId.get(id);
    if (entry) return {year, ranking, entry};
  }
  return null;
}
