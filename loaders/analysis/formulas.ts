// The analysis stage's scalar formulas: plain functions, each tested on its own
// (test/loaders/analysis/formulas.test.ts), and registered once with arquero (aq.addFunction) so a
// derivation calls them inside its table expressions as `op.<name>(…)` with the `op` exported
// here. A missing input (null, or undefined where a left join matched nothing) gives null.
import * as aq from "arquero";
import {isKommunId} from "../../model/catalogue.js";
import {CORRELATION_WORDS} from "../../model/vocabulary.js";

type Value = number | null | undefined;
const missing = (v: Value): v is null | undefined => v === null || v === undefined;

/**
 * The Wilson score interval of `k` successes in `n` trials at `z`, as proportions: null when `k` or
 * `n` is missing or `n` is not above 0. The bounds are exactly 0 when k is 0 and exactly 1 when k
 * is n, and stay within 0–1 otherwise. `k` need not be whole (a published percent × its count).
 */
export function wilson(k: Value, n: Value, z: number): {lower: number; upper: number} | null {
  if (missing(k) || missing(n) || !(n > 0)) return null;
  if (!(k >= 0 && k <= n)) throw new RangeError(`wilson: ${k} successes in ${n} trials`);
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {lower: k === 0 ? 0 : Math.max(0, centre - half), upper: k === n ? 1 : Math.min(1, centre + half)};
}

/** The Wilson interval of a share in percent (0–100) of `n`, in percent: the share's successes are share / 100 × n. */
const wilsonOfShare = (share: Value, n: Value, z: number) => (missing(share) ? null : wilson((share / 100) * (n ?? 0), n, z));

/** The lower bound (percent) of the Wilson interval of a share in percent of `n`; null where there is none. */
export function wilsonLower(share: Value, n: Value, z: number): number | null {
  const w = wilsonOfShare(share, n, z);
  return w === null ? null : w.lower * 100;
}

/** The upper bound (percent) of the Wilson interval of a share in percent of `n`; null where there is none. */
export function wilsonUpper(share: Value, n: Value, z: number): number | null {
  const w = wilsonOfShare(share, n, z);
  return w === null ? null : w.upper * 100;
}

/** a / b; null where either is missing or b is 0. */
export function ratio(a: Value, b: Value): number | null {
  return missing(a) || missing(b) || b === 0 ? null : a / b;
}

/**
 * The percent of the other kommuner with a value below this one's, from its rank counted from the
 * lowest value (`up`: 1 + the number below; ties share the lowest) among `n` kommuner with a
 * value; 0 when it is the only one, null when it has no rank. This is `op.percent_rank()` × 100,
 * written as 100 × (up − 1) / (n − 1): percent_rank's (up − 1) / (n − 1), then × 100, rounds
 * differently in the last digit for about a quarter of the values, and is NaN for one kommun.
 */
export function shareBelow(up: Value, n: number): number | null {
  if (missing(up)) return null;
  return n > 1 ? (100 * (up - 1)) / (n - 1) : 0;
}

/**
 * The percentile of a rank among `n` values, counting the values tied with it as half behind it:
 * 100 × (behind + tied / 2) / n, where behind = n − rank + 1 − tied (rank 1 is the best; ties share
 * the best rank). Null when there is no rank.
 */
export function percentile(rank: Value, tied: Value, n: number): number | null {
  if (missing(rank) || missing(tied)) return null;
  return (100 * (n - rank + 1 - tied + tied / 2)) / n;
}

/** The strength of a linear relation in words (model/vocabulary.ts CORRELATION_WORDS): the first whose `below` exceeds |r|; null without r. */
export function correlationWord(r: Value): string | null {
  if (missing(r) || Number.isNaN(r)) return null;
  return CORRELATION_WORDS.find((w) => Math.abs(r) < w.below)?.text ?? null;
}

/** The formulas by the name a table expression calls them with. */
const FORMULAS = {
  /** The model's check of a kommun id (four digits, not Riket): groups and Riket are not kommuner. */
  is_kommun: isKommunId,
  wilson_lower: wilsonLower,
  wilson_upper: wilsonUpper,
  ratio,
  share_below: shareBelow,
  percentile,
  correlation_word: correlationWord
};

// Registered once per process. `override`: a test runner may evaluate this module again beside
// the same arquero, and the definitions are the same.
for (const [name, fn] of Object.entries(FORMULAS)) aq.addFunction(name, fn, {override: true});

/** arquero's `op` with the formulas above: use it inside table expressions (`op.ratio(d.a, d.b)`). */
export const op = aq.op as typeof aq.op & typeof FORMULAS;
