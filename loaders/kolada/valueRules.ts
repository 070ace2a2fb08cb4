// Kolada values against what they may be (model/valueRules.ts, per KPI in model/catalogue.ts),
// checked where data enters: the refresh checks every fetched value before it writes anything,
// and the snapshot's reader every row of values.csv, so the analysis never sees a value that
// cannot be true. KPIs outside the catalogue have no rule.
import {KPIS, kpiValueKind} from "../../model/catalogue.js";
import {ruleBroken, type ValueKind} from "../../model/valueRules.js";
import {InputError} from "../errors.js";
import type {KoladaRow} from "./types.js";

const KINDS: ReadonlyMap<string, ValueKind> = new Map(KPIS.map((k) => [k.id, kpiValueKind(k)]));

/** A value as messages name it: "N40450 G30831 2024 M". */
export const valueName = (r: Pick<KoladaRow, "kpi" | "municipality" | "period" | "gender">): string => `${r.kpi} ${r.municipality} ${r.period} ${r.gender}`;

/** Why a value cannot be true (the value and the rule it breaks), or null when it keeps its KPI's rule. */
export function valueProblem(r: KoladaRow): string | null {
  const kind = KINDS.get(r.kpi);
  const broken = kind === undefined ? null : ruleBroken(kind, r.municipality, r.value);
  return broken === null ? null : `${valueName(r)}: value ${r.value} breaks the rule "${broken}" (model/catalogue.ts)`;
}

/** A value Kolada sent that breaks its KPI's rule: the refresh writes nothing and exits with a code of its own. */
export class ValueRuleError extends InputError {
  constructor(source: string, reason: string) {
    super(source, null, reason);
    this.name = "ValueRuleError";
  }
}

/** Throws a ValueRuleError naming the first value (of `rows`, fetched from `source`) that breaks its rule, and how many more do. */
export function checkFetchedValues(rows: Iterable<KoladaRow>, source: string): void {
  let first: string | null = null;
  let more = 0;
  for (const r of rows) {
    const problem = valueProblem(r);
    if (problem === null) continue;
    if (first === null) first = problem;
    else more++;
  }
  if (first !== null) throw new ValueRuleError(source, more ? `${first}; ${more} more value${more > 1 ? "s" : ""} break${more > 1 ? "" : "s"} a rule` : first);
}
