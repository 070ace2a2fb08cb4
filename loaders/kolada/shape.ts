// Saying exactly where a Kolada response differs from the schema: the field's path, what the
// schema expects and what came (e.g. `values[0].period: expected number, got "2020" (string)`).
import type {z} from "zod";

type Issue = z.core.$ZodIssue;
const MISSING = Symbol("missing");

/** A path as written in JavaScript: `values[0].values[1].gender`; "(the whole response)" for []. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(the whole response)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== "object" || !(p in (v as object))) return MISSING;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function kind(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

function shown(v: unknown): string {
  if (v === MISSING) return "nothing (the field is missing)";
  if (v === undefined) return "undefined";
  const json = JSON.stringify(v) ?? String(v);
  const text = json.length > 60 ? `${json.slice(0, 59)}…` : json;
  return typeof v === "object" && v !== null ? `${kind(v)} ${text}` : `${text} (${kind(v)})`;
}

function expected(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(" | ")}`;
    case "invalid_format":
      return issue.format === "regex" && "pattern" in issue ? `a string matching ${String(issue.pattern)}` : `a ${issue.format} string`;
    case "too_small":
    case "too_big":
      return issue.message.replace(/^Too (small|big): expected /, "");
    case "unrecognized_keys":
      return `no other keys than the known ones (got ${issue.keys.join(", ")})`;
    default:
      return issue.message;
  }
}

/** One line for a zod issue on `data`: `path: expected …, got …`. */
export function describeIssue(issue: Issue, data: unknown): string {
  return `${formatPath(issue.path)}: expected ${expected(issue)}, got ${shown(valueAt(data, issue.path))}`;
}
