// The one data model (model/dataModel.ts, model/tables/) against what is really built and
// documented: docs/ in sync, every served table described with its exact columns, every table on Utforska.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {tableFromIPC, Type} from "apache-arrow";
import {DATA_MODEL, tableNamed} from "../../model/dataModel.js";
import {COLUMN_UNITS, columnsOf} from "../../model/table.js";
import {LICENCES, licencesOf} from "../../model/licences.js";
import {LICENCE_IDS} from "../../model/tables/sources.js";
import {leanFile} from "../../model/published.js";
import type {ColumnType} from "../../model/vocabulary.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {GENERATED_DOCS} from "../../scripts/docs/generated.js";
import {renderDataModel} from "../../scripts/docs/dataModelDoc.js";
import {runArchive} from "../support/archive.js";

/** The data archive's whole tables (files `<name>.arrow` at its top level). */
let archive: Map<string, Buffer>;
let tables: string[];
beforeAll(async () => {
  const r = await runArchive();
  if (r.code !== 0) throw new Error(`src/data.tar.ts failed: ${r.stderr}`);
  archive = r.files;
  tables = [...archive.keys()]
    .filter((f) => /^[a-z_]+\.arrow$/.test(f))
    .map((f) => f.slice(0, -".arrow".length))
    .sort();
}, 120_000);

/** The model's name for a file column's type; a dictionary-encoded column counts as its values' type. */
const arrowType = (type: {typeId: number; dictionary?: {typeId: number}}): ColumnType | string => {
  const typeId = type.typeId === Type.Dictionary && type.dictionary ? type.dictionary.typeId : type.typeId;
  return typeId === Type.Utf8 ? "utf8" : typeId === Type.Int ? "int32" : typeId === Type.Float ? "float64" : typeId === Type.Bool ? "bool" : `type ${typeId}`;
};

describe("data model", () => {
  test.each(Object.keys(GENERATED_DOCS))("%s is generated from the code (run `npm run docs`)", (file) => {
    expect(readFileSync(join(PROJECT_ROOT, file), "utf8")).toBe(GENERATED_DOCS[file]());
  });

  test("names are unique SQL identifiers and every table has Swedish text for itself and its columns", () => {
    expect(new Set(DATA_MODEL.map((t) => t.name)).size).toBe(DATA_MODEL.length);
    for (const t of DATA_MODEL) {
      expect(t.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(t.description.length, t.name).toBeGreaterThan(10);
      expect(t.provenance.length, t.name).toBeGreaterThan(10);
      for (const c of columnsOf(t)) {
        expect(c.name, t.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(c.description.length, `${t.name}.${c.name}`).toBeGreaterThan(1);
      }
      // A derived table says how it is computed and from what.
      if (t.formula !== undefined || t.inputs !== undefined) {
        expect(t.formula?.length ?? 0, `${t.name}: formula`).toBeGreaterThan(10);
        expect(t.inputs?.length ?? 0, `${t.name}: inputs`).toBeGreaterThan(0);
      }
    }
    expect(renderDataModel()).toContain("## `report_figures`");
  });

  test("every table has a title, a credit line and its terms; its key names its own columns, never empty; every measure has a unit", () => {
    for (const t of DATA_MODEL) {
      expect(t.title.length, t.name).toBeGreaterThan(3);
      expect(t.title.length, `${t.name}: a short title`).toBeLessThan(60);
      expect(t.credit.length, t.name).toBeGreaterThan(3);
      expect(t.licences.length, t.name).toBeGreaterThan(0);
      expect(
        licencesOf(t).map((l) => l.id),
        t.name
      ).toEqual(t.licences);
      // Kolada's values, fetched or derived, come under Kolada's terms; the reports' under theirs
      if (t.provenance.includes("Kolada (RKA)")) expect(t.licences, t.name).toContain("kolada");
      if (t.provenance.includes("revisionsrapporter")) expect(t.licences, t.name).toContain("revisionsrapporter");
      const columns = columnsOf(t);
      for (const k of t.primaryKey ?? []) {
        const c = columns.find((x) => x.name === k);
        expect(c, `${t.name}: key column ${k}`).toBeDefined();
        expect(c!.nullable, `${t.name}: key column ${k} can be empty`).toBe(false);
      }
      expect(new Set(t.primaryKey ?? []).size, t.name).toBe((t.primaryKey ?? []).length);
      for (const c of columns) {
        if (c.type === "float64") expect(c.unit, `${t.name}.${c.name}: a float column has a unit`).toBeDefined();
        if (c.unit === undefined) continue;
        if (typeof c.unit === "string") expect(COLUMN_UNITS, `${t.name}.${c.name}`).toContain(c.unit);
        else if ("ofKpi" in c.unit) expect(t.columns[c.unit.ofKpi]?.type, `${t.name}.${c.name}: its KPI column`).toBe("utf8");
        else expect(t.columns[c.unit.inColumn]?.type, `${t.name}.${c.name}: its unit column`).toBe("utf8");
      }
    }
    expect(() => tableNamed("nope")).toThrow(/no table named "nope"/);
    // every licence id has its line, and every line is some table's
    expect(LICENCES.map((l) => l.id).sort()).toEqual([...LICENCE_IDS].sort());
    expect(new Set(DATA_MODEL.flatMap((t) => t.licences))).toEqual(new Set(LICENCE_IDS));
  });

  test("every table the data archive serves whole is described, and every described table is served", () => {
    expect(tables).toEqual(DATA_MODEL.map((t) => t.name).sort());
  });

  test("every served table is a table on the Utforska page (literal FileAttachment path)", () => {
    const page = readFileSync(join(PROJECT_ROOT, "src", "utforska.md"), "utf8");
    for (const name of tables) {
      expect(page, name).toContain(`{name: "${name}", load: () => FileAttachment("./data/${leanFile(name)}").arrayBuffer()}`);
    }
  });

  // The archive as Framework gets it: each table's Arrow schema against the model.
  test("every served table has exactly the documented columns, types and nullability", () => {
    for (const name of tables) {
      const schema = tableFromIPC(archive.get(`${name}.arrow`)!).schema;
      const actual = schema.fields.map((f) => ({name: f.name, type: arrowType(f.type), nullable: f.nullable}));
      const documented = columnsOf(tableNamed(name)).map((c) => ({name: c.name, type: c.type, nullable: c.nullable}));
      expect(actual, name).toEqual(documented);
    }
  });
});
