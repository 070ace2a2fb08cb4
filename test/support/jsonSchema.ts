// A small JSON Schema (draft-04) validator, for checking the data package against the Frictionless
// profiles kept in test/fixtures/frictionless/ with no network and no new dependency. It knows the
// validation keywords of draft-04 and the annotations the profiles use, and throws on any other
// keyword rather than skip it, so a profile can never be half-checked in silence.
type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type Schema = {[key: string]: Json};

/** Annotations: they describe, they do not constrain. */
const ANNOTATIONS = new Set(["$schema", "id", "title", "description", "default", "examples", "context", "propertyOrder", "options", "notes", "definitions"]);

const FORMATS: Readonly<Record<string, (s: string) => boolean>> = {
  "date-time": (s) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(s),
  email: (s) => /^[^\s@]+@[^\s@]+$/.test(s),
  uri: (s) => /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(s),
  textarea: () => true // an editor hint in the Frictionless profiles
};

const typeOf = (v: Json): string =>
  v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : typeof v;

const isType = (v: Json, type: string): boolean => {
  const t = typeOf(v);
  return t === type || (type === "number" && t === "integer");
};

const equal = (a: Json, b: Json): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The errors of `data` against `schema` (empty when valid), each with its JSON pointer. */
export function validate(schema: Schema, data: Json, root: Schema = schema, at = ""): string[] {
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${at || "/"}: ${why}`);
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case "$ref": {
        const ref = value as string;
        if (!ref.startsWith("#/")) throw new Error(`jsonSchema: only local references are supported (got ${ref})`);
        const target = ref
          .slice(2)
          .split("/")
          .reduce<Json>((o, k) => (o as Schema)[k.replace(/~1/g, "/").replace(/~0/g, "~")], root);
        errors.push(...validate(target as Schema, data, root, at));
        break;
      }
      case "type": {
        const types = Array.isArray(value) ? (value as string[]) : [value as string];
        if (!types.some((t) => isType(data, t))) fail(`expected ${types.join(" or ")}, got ${typeOf(data)}`);
        break;
      }
      case "enum":
        if (!(value as Json[]).some((v) => equal(v, data))) fail(`expected one of ${JSON.stringify(value)}`);
        break;
      case "format":
        if (typeof data === "string") {
          const check = FORMATS[value as string];
          if (!check) throw new Error(`jsonSchema: unknown format "${value}"`);
          if (!check(data)) fail(`not a valid ${value}: ${JSON.stringify(data)}`);
        }
        break;
      case "pattern":
        if (typeof data === "string" && !new RegExp(value as string, "u").test(data)) fail(`does not match ${value}: ${JSON.stringify(data)}`);
        break;
      case "minLength":
      case "maxLength":
        if (typeof data === "string") {
          const n = [...data].length;
          if (keyword === "minLength" ? n < (value as number) : n > (value as number)) fail(`${keyword} ${value}`);
        }
        break;
      case "minimum":
      case "maximum": {
        if (typeof data !== "number") break;
        const exclusive = schema[keyword === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === true;
        const limit = value as number;
        const ok = keyword === "minimum" ? (exclusive ? data > limit : data >= limit) : exclusive ? data < limit : data <= limit;
        if (!ok) fail(`${keyword} ${limit}${exclusive ? " (exclusive)" : ""}`);
        break;
      }
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        break; // read with minimum and maximum
      case "multipleOf":
        if (typeof data === "number" && !Number.isInteger(data / (value as number))) fail(`not a multiple of ${value}`);
        break;
      case "required":
        if (typeOf(data) === "object") for (const k of value as string[]) if (!Object.hasOwn(data as Schema, k)) fail(`missing required property "${k}"`);
        break;
      case "minProperties":
      case "maxProperties":
        if (typeOf(data) === "object") {
          const n = Object.keys(data as Schema).length;
          if (keyword === "minProperties" ? n < (value as number) : n > (value as number)) fail(`${keyword} ${value}`);
        }
        break;
      case "properties":
      case "patternProperties":
      case "additionalProperties": {
        if (typeOf(data) !== "object") break;
        if (keyword === "properties") {
          for (const [k, sub] of Object.entries(value as Schema))
            if (Object.hasOwn(data as Schema, k)) errors.push(...validate(sub as Schema, (data as Schema)[k], root, `${at}/${k}`));
        } else if (keyword === "patternProperties") {
          for (const [pattern, sub] of Object.entries(value as Schema))
            for (const [k, v] of Object.entries(data as Schema))
              if (new RegExp(pattern, "u").test(k)) errors.push(...validate(sub as Schema, v, root, `${at}/${k}`));
        } else {
          const known = new Set(Object.keys((schema.properties as Schema) ?? {}));
          const patterns = Object.keys((schema.patternProperties as Schema) ?? {}).map((p) => new RegExp(p, "u"));
          for (const [k, v] of Object.entries(data as Schema)) {
            if (known.has(k) || patterns.some((p) => p.test(k))) continue;
            if (value === false) fail(`property "${k}" is not allowed`);
            else if (typeof value === "object") errors.push(...validate(value as Schema, v, root, `${at}/${k}`));
          }
        }
        break;
      }
      case "dependencies":
        if (typeOf(data) === "object")
          for (const [k, dep] of Object.entries(value as Schema)) {
            if (!Object.hasOwn(data as Schema, k)) continue;
            if (Array.isArray(dep)) {
              for (const d of dep as string[]) if (!Object.hasOwn(data as Schema, d)) fail(`"${k}" needs "${d}"`);
            } else errors.push(...validate(dep as Schema, data, root, at));
          }
        break;
      case "items":
        if (Array.isArray(data)) {
          if (Array.isArray(value)) (value as Schema[]).forEach((sub, i) => i < data.length && errors.push(...validate(sub, data[i], root, `${at}/${i}`)));
          else data.forEach((v, i) => errors.push(...validate(value as Schema, v, root, `${at}/${i}`)));
        }
        break;
      case "additionalItems":
        if (Array.isArray(data) && Array.isArray(schema.items)) {
          const from = (schema.items as Json[]).length;
          if (value === false && data.length > from) fail(`at most ${from} items`);
          else if (typeof value === "object") data.slice(from).forEach((v, i) => errors.push(...validate(value as Schema, v, root, `${at}/${from + i}`)));
        }
        break;
      case "minItems":
      case "maxItems":
        if (Array.isArray(data) && (keyword === "minItems" ? data.length < (value as number) : data.length > (value as number))) fail(`${keyword} ${value}`);
        break;
      case "uniqueItems":
        if (value === true && Array.isArray(data) && new Set(data.map((v) => JSON.stringify(v))).size !== data.length) fail("items are not unique");
        break;
      case "allOf":
        for (const sub of value as Schema[]) errors.push(...validate(sub, data, root, at));
        break;
      case "anyOf":
        if (!(value as Schema[]).some((sub) => validate(sub, data, root, at).length === 0)) fail("matches none of anyOf");
        break;
      case "oneOf": {
        const matching = (value as Schema[]).filter((sub) => validate(sub, data, root, at).length === 0).length;
        if (matching !== 1) fail(`matches ${matching} of oneOf, not exactly one`);
        break;
      }
      case "not":
        if (validate(value as Schema, data, root, at).length === 0) fail("matches the schema under not");
        break;
      default:
        throw new Error(`jsonSchema: keyword "${keyword}" at ${at || "/"} is not supported`);
    }
  }
  return errors;
}
