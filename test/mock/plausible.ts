// PLAUSIBLE SYNTHETIC values for the mock Kolada server: made up from a hash of the key, never real
// Kolada figures, but shaped like them, so that a site built from a refresh against the mock
// exercises every page as a full refresh from Kolada would: shares within 0–100 and the A–E
// categories summing to 100, counts whole and ≥ 0 and consistent with their shares (börjat arbeta,
// antal = avslutade × A %), totals that are the sum of kvinnor and män, populations and age bands
// that add up, gross costs ≥ 0 and net costs that are sometimes negative, a few values missing.
// Group and Riket values are computed from the kommuner's in koladaMock.ts (a group's value is its
// members' unweighted mean; Riket's is a count's sum or a share's mean).
import {KPIS, kpiValueKind, YEARS, type CatalogueKpi} from "../../model/catalogue.js";
import type {ValueKind} from "../../model/valueRules.js";
import type {Gender} from "../../model/vocabulary.js";

/** A deterministic pseudo-random number in [0, 1) from a string (FNV-1a with a final mix). */
export function hash01(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return (h >>> 0) / 2 ** 32;
}

const between = (key: string, lo: number, hi: number) => lo + (hi - lo) * hash01(key);
const round1 = (v: number) => Math.round(v * 10) / 10;
/** Whether `kpi` exists in `year` (its own `years`, within YEARS): the mock publishes no value outside them. */
const hasYear = (kpi: CatalogueKpi, year: number): boolean => (kpi.years?.from ?? YEARS.from) <= year && year <= (kpi.years?.to ?? YEARS.to);
const clampShare = (v: number) => round1(Math.min(100, Math.max(0, v)));

/** A KPI the mock serves: its id, whether Kolada divides it by gender and, when known, the kind of its values. */
export interface PlausibleKpi {
  id: string;
  genderDivided: boolean;
  kind?: ValueKind;
}

/** Synthetic population of a kommun in a year (whole): a base drawn once within `range` (log-uniform), a small yearly drift. */
export function population(kommun: string, year: number, range: readonly [number, number] = [2_500, 400_000]): number {
  const [lo, hi] = range;
  const base = Math.exp(between(`pop|${kommun}`, Math.log(lo), Math.log(hi)));
  const drift = between(`drift|${kommun}`, -0.004, 0.006);
  return Math.round(base * (1 + drift * (year - 2016)));
}

type ByGender = Record<Gender, number>;
/** A total split into kvinnor and män (whole numbers; T = K + M). */
const split = (total: number, female: number): ByGender => {
  const K = Math.round(total * female);
  return {T: total, K, M: total - K};
};
/** A share for T, and K and M around it. */
const aroundT = (key: string, t: number): ByGender => ({
  T: t,
  K: clampShare(t * between(`${key}|K`, 0.8, 1.2)),
  M: clampShare(t * between(`${key}|M`, 0.8, 1.2))
});

/** Shares (percent, one decimal) that sum to exactly 100, from one weight per category. */
function composition(key: string, weights: readonly (readonly [number, number])[]): number[] {
  const w = weights.map(([lo, hi], i) => between(`${key}|w${i}`, lo, hi));
  const sum = w.reduce((a, b) => a + b, 0);
  return closeTo100(w.map((x) => (x / sum) * 100));
}
/** Round shares to one decimal so that they sum to exactly 100 (the remainder goes to the last). */
function closeTo100(shares: number[]): number[] {
  const r = shares.map(round1);
  r[r.length - 1] = round1(100 - r.slice(0, -1).reduce((a, b) => a + b, 0));
  return r;
}

/** Ranges of shares and costs (synthetic), per KPI. */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  N40008: [600, 2500],
  N40007: [400, 2000],
  N30101: [4500, 7500],
  N31002: [400, 2200],
  N31825: [2, 8],
  U40811: [15, 55],
  N03932: [3, 12],
  N03927: [5, 16],
  N03941: [4, 12],
  N03942: [6, 18],
  N03930: [1, 5],
  N03928: [0.5, 4],
  N02797: [3, 10],
  N18601: [60, 85],
  N00973: [20, 60],
  N00971: [15, 45]
};
/** For a KPI the generator does not model (e.g. one a test adds): a value in a range that keeps its kind's rule. */
const BY_KIND: Readonly<Record<ValueKind, readonly [number, number]>> = {
  share: [10, 60],
  count: [10, 500],
  cost: [100, 1500],
  net: [-200, 1200],
  ratio: [0.5, 2]
};
/** Age bands as a share of the population (antal KPI → its andel KPI, if any). */
const BANDS: readonly {count: string; share: string | null; range: readonly [number, number]}[] = [
  {count: "N01919", share: "N01994", range: [19, 25]},
  {count: "N01954", share: null, range: [3.8, 5]},
  {count: "N01977", share: null, range: [4.5, 7.5]},
  {count: "N01955", share: "N01961", range: [50, 60]},
  {count: "N01938", share: "N01960", range: [18, 30]},
  {count: "N01957", share: "N01813", range: [4, 8]}
];
/** The A–E categories (A. arbete, B. studier, C. annan myndighet, D. slutfört, E. övrigt) and their typical weights. */
const AE = ["U40406", "U40409", "U40412", "U40415", "U40418"];
const AE_WEIGHTS: readonly (readonly [number, number])[] = [
  [20, 45],
  [5, 20],
  [5, 25],
  [5, 20],
  [10, 30]
];

/** Every modelled KPI's value for one kommun and year, by gender. */
function yearValues(kommun: string, year: number, popRange?: readonly [number, number]): Map<string, Partial<ByGender>> {
  const v = new Map<string, Partial<ByGender>>();
  const key = `${kommun}|${year}`;
  const P = population(kommun, year, popRange);
  const female = between(`${kommun}|female`, 0.485, 0.51);
  const pop = split(P, female);
  v.set("N01951", pop);
  for (const b of BANDS) {
    const band = split(Math.round((P * between(`${key}|${b.count}`, ...b.range)) / 100), between(`${key}|${b.count}|f`, 0.45, 0.55));
    v.set(b.count, band);
    if (b.share) v.set(b.share, {T: round1((band.T / pop.T) * 100), K: round1((band.K / pop.K) * 100), M: round1((band.M / pop.M) * 100)});
  }
  // Resultat vid avslut: avslutade deltagare per gender, the A–E shares per gender (each summing
  // to 100) and the totalt shares from the genders' counts, so every count agrees with its share.
  const n = split(Math.round(P * between(`${key}|avslut`, 0.0008, 0.006)), between(`${key}|avslut|f`, 0.35, 0.6));
  v.set("N40450", n);
  const ae = {K: composition(`${key}|K|ae`, AE_WEIGHTS), M: composition(`${key}|M|ae`, AE_WEIGHTS)};
  const aeT = n.T > 0 ? closeTo100(AE.map((_, i) => (n.K * ae.K[i] + n.M * ae.M[i]) / n.T)) : composition(`${key}|T|ae`, AE_WEIGHTS);
  AE.forEach((id, i) => v.set(id, {T: aeT[i], K: ae.K[i], M: ae.M[i]}));
  const count = (i: number) => {
    const K = Math.round((n.K * ae.K[i]) / 100);
    const M = Math.round((n.M * ae.M[i]) / 100);
    return {T: K + M, K, M};
  };
  v.set("U40450", count(0));
  v.set("U40451", count(1));
  v.set("U40455", {T: round1(aeT[0] + aeT[1]), K: round1(ae.K[0] + ae.K[1]), M: round1(ae.M[0] + ae.M[1])});
  // Deltagare: a count, the anvisade among them, two age shares summing to 100 (totalt only).
  const participants = split(Math.round(P * between(`${key}|deltagare`, 0.003, 0.015)), between(`${key}|deltagare|f`, 0.4, 0.6));
  v.set("U40800", participants);
  const assigned = between(`${key}|anvisade`, 0.4, 0.9);
  const anvisade = {K: Math.round(participants.K * assigned), M: Math.round(participants.M * assigned)};
  v.set("U40803", {...anvisade, T: anvisade.K + anvisade.M});
  const young = round1(between(`${key}|U40811`, ...RANGES.U40811));
  v.set("U40811", {T: young});
  v.set("U40812", {T: round1(100 - young)});
  // Costs (totalt only): gross ≥ 0; net = gross less income, which can exceed it (a negative net cost).
  for (const id of ["N40008", "N40007", "N30101", "N31002"]) v.set(id, {T: Math.round(between(`${key}|${id}`, ...RANGES[id]))});
  const net = (id: string, gross: string, lo: number, hi: number) => v.set(id, {T: Math.round(v.get(gross)!.T! * between(`${key}|${id}`, lo, hi))});
  net("N40011", "N40008", -0.08, 0.9);
  net("N40010", "N40007", -0.25, 0.4);
  net("N30005", "N30101", 0.8, 0.95);
  // Other shares; N00972 (studerar) is N00973 (arbetar eller studerar) less N00971 (arbetar).
  for (const [id, range] of Object.entries(RANGES)) if (!v.has(id)) v.set(id, aroundT(`${key}|${id}`, round1(between(`${key}|${id}`, ...range))));
  const both = v.get("N00973")!;
  const work = v.get("N00971")!;
  v.set("N00972", {T: clampShare(both.T! - work.T!), K: clampShare(both.K! - work.K!), M: clampShare(both.M! - work.M!)});
  return v;
}

/**
 * Every synthetic value of one kommun, keyed `kpi|period|gender`: for each KPI, year and gender
 * (T, and K and M where the KPI is divided by gender), within the years the catalogue gives a KPI
 * that begins or ends. About 3 % of the values are missing (null) and another 3 % not published
 * at all (absent), unless `complete`. `popRange` bounds the kommun's synthetic population (e.g.
 * its size group's).
 */
export function kommunValues(
  kommun: string,
  kpis: readonly PlausibleKpi[],
  years: readonly number[],
  {popRange, complete = false}: {popRange?: readonly [number, number]; complete?: boolean} = {}
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const catalogue = new Map(KPIS.map((k) => [k.id, k]));
  for (const year of years) {
    const modelled = yearValues(kommun, year, popRange);
    for (const kpi of kpis) {
      const known = catalogue.get(kpi.id);
      if (known && !hasYear(known, year)) continue;
      const kind = kpi.kind ?? (known ? kpiValueKind(known) : "share");
      for (const g of kpi.genderDivided ? (["T", "K", "M"] as const) : (["T"] as const)) {
        const drawn = complete ? 1 : hash01(`missing|${kpi.id}|${kommun}|${year}|${g}`);
        if (drawn < 0.03) continue; // not published
        const value = modelled.get(kpi.id)?.[g] ?? round1(between(`${kpi.id}|${kommun}|${year}|${g}`, ...BY_KIND[kind]));
        out.set(`${kpi.id}|${year}|${g}`, drawn < 0.06 ? null : value);
      }
    }
  }
  return out;
}
