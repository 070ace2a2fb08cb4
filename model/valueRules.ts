// What a Kolada value may be, declared once: each catalogue KPI has a kind of value (share, count,
// gross cost, net cost, ratio), and each kind a rule that depends on the area type (a kommun's or
// Riket's count is a whole number, a group's is an unweighted mean of its members' counts). The
// refresh checks every fetched value before it writes (loaders/kolada/refresh.ts) and the
// snapshot's reader checks every row it reads (loaders/kolada/snapshot.ts), so a value that cannot
// be true never reaches the analysis. No I/O, no DOM.
import type {Unit} from "./vocabulary.js";

/** The kinds of value a KPI can have. */
export const VALUE_KINDS = ["share", "count", "cost", "net", "ratio"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** A KPI's kind of value when the catalogue does not say otherwise: by its unit. */
export const KIND_OF_UNIT: Readonly<Record<Unit, ValueKind>> = {
  procent: "share",
  antal: "count",
  "kr/inv": "cost",
  kr: "cost",
  kvot: "ratio"
};

/** Where a value belongs: a kommun or Riket (a published figure) or a group (an unweighted mean of its members). */
export type AreaKind = "area" | "group";
export const areaKindOf = (area: string): AreaKind => (/^G\d+$/.test(area) ? "group" : "area");

interface Rule {
  /** The rule in a maintainer's words (English: it goes into error messages, not onto pages). */
  text: string;
  holds: (value: number) => boolean;
}

const finite = (v: number) => Number.isFinite(v);
const RULES: Readonly<Record<ValueKind, Readonly<Record<AreaKind, Rule>>>> = {
  share: {
    area: {text: "a share lies within 0–100", holds: (v) => finite(v) && v >= 0 && v <= 100},
    group: {text: "a share (a group's mean of shares) lies within 0–100", holds: (v) => finite(v) && v >= 0 && v <= 100}
  },
  count: {
    area: {text: "a kommun's or Riket's count is a whole number ≥ 0", holds: (v) => Number.isInteger(v) && v >= 0},
    group: {text: "a group's count is a mean of counts, ≥ 0", holds: (v) => finite(v) && v >= 0}
  },
  cost: {
    area: {text: "a gross cost is ≥ 0", holds: (v) => finite(v) && v >= 0},
    group: {text: "a gross cost (a group's mean) is ≥ 0", holds: (v) => finite(v) && v >= 0}
  },
  net: {
    area: {text: "a net cost is a finite number (it may be negative)", holds: finite},
    group: {text: "a net cost is a finite number (it may be negative)", holds: finite}
  },
  ratio: {
    area: {text: "a ratio is ≥ 0", holds: (v) => finite(v) && v >= 0},
    group: {text: "a ratio (a group's mean) is ≥ 0", holds: (v) => finite(v) && v >= 0}
  }
};

/** The rule a value of this kind for this area must keep. */
export const valueRule = (kind: ValueKind, area: string): Rule => RULES[kind][areaKindOf(area)];

/** The rule's text when `value` breaks it, null when it keeps it (a missing value, null, keeps every rule). */
export function ruleBroken(kind: ValueKind, area: string, value: number | null): string | null {
  if (value === null) return null;
  const rule = valueRule(kind, area);
  return rule.holds(value) ? null : rule.text;
}
