// What a page's bundle takes of a model table module (model/tables/*.ts): only the tables' wire
// schemas. A page passes a table's declaration to loadTables, which checks the file's name,
// columns, types and nullability; the Swedish descriptions, provenance and formulas are for
// docs/data-model.md and Utforska. esbuild cannot leave unused object properties out, and every
// table of a module ships whole with them (1–4 KB gzip per page), so the bundler loads, in place
// of such a module, one generated from the module's own exports at build time.
import {pathToFileURL} from "node:url";
import type {Column, Table} from "../../model/table.js";

const isTable = (value: unknown): value is Table =>
  typeof value === "object" && value !== null && typeof (value as Table).name === "string" && typeof (value as Table).columns === "object";

export interface WireSchema {
  name: string;
  columns: Record<string, Pick<Column, "type" | "nullable">>;
}

/** A table with only what reading it needs: its name and each column's type and nullability. */
export function wireSchema(table: Table): WireSchema {
  return {
    name: table.name,
    columns: Object.fromEntries(Object.entries(table.columns).map(([name, c]) => [name, {type: c.type, nullable: c.nullable}]))
  };
}

/**
 * The source of a module with the same exports as `exports`, tables reduced to their wire schemas
 * and other values as JSON; null when an export is neither a table nor plain JSON data (then the
 * bundle takes the module as it is).
 */
export function schemaModuleSource(exports: Record<string, unknown>): string | null {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(exports)) {
    if (!isTable(value) && !isPlain(value)) return null;
    const json = JSON.stringify(isTable(value) ? wireSchema(value) : value);
    lines.push(name === "default" ? `export default ${json};` : `export const ${name} = ${json};`);
  }
  return lines.join("\n");
}

/** Plain JSON data all the way down (no functions, class instances, Maps or Sets). */
function isPlain(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "object") return false;
  if (Array.isArray(value)) return value.every(isPlain);
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.values(value).every(isPlain);
}

/** The generated module for the model table module at `sourcePath` (a .ts file), or null (see schemaModuleSource). */
export async function schemaModuleFor(sourcePath: string): Promise<string | null> {
  const exports = (await import(pathToFileURL(sourcePath).href)) as Record<string, unknown>;
  return schemaModuleSource({...exports});
}
