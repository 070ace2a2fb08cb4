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
    case "invalid_union": {
      // Each accepted shape's first difference: "object", or "member_id (string) or id (string)".
      const firsts = issue.errors.map((e) => e[0]).filter((i): i is Issue => i !== undefined);
      if (firsts.length && firsts.every((i) => i.path.length === 0 && i.code === "invalid_type")) return [...new Set(firsts.map(expected))].join(" or ");
      return firsts.map((i) => (i.path.length ? `${formatPath(i.path)} (${expected(i)})` : expected(i))).join(" or ");
    }
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

/**
 * The fields of `data` that `schema` does not read, as paths with `[]` for any array index
 * (`values[].publ_period`), each once, in the order found. A union is followed through the first
 * of its shapes that accepts the value. This is how `--check` shows a renamed or new field in
 * Kolada's answers before it breaks a refresh.
 */
export function unreadFields(schema: z.ZodTypeAny, data: unknown): string[] {
  const found = new Set<string>();
  const walk = (s: z.core.$ZodType, value: unknown, path: string): void => {
    const def = s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    switch (def.type) {
      case "optional":
      case "nullable":
        return walk(def.innerType as z.core.$ZodType, value, path);
      case "array":
        if (Array.isArray(value)) for (const v of value) walk(def.element as z.core.$ZodType, v, `${path}[]`);
        return;
      case "union": {
        const option = (def.options as z.ZodTypeAny[]).find((o) => o.safeParse(value).success);
        if (option) walk(option, value, path);
        return;
      }
      case "object": {
        if (value === null || typeof value !== "object" || Array.isArray(value)) return;
        const shape = def.shape as Record<string, z.core.$ZodType>;
        for (const [key, v] of Object.entries(value)) {
          const at = path ? `${path}.${key}` : key;
          if (key in shape) walk(shape[key], v, at);
          else found.add(at);
        }
        return;
      }
      default:
        return;
    }
  };
  walk(schema, data, "");
  return [...found];
}
