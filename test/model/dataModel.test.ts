// The one data model (model/dataModel.ts) against what is really built and documented:
// README in sync, every Arrow loader described with its exact columns, every file on Utforska.
import {execFileSync} from "node:child_process";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {tableFromIPC, Type} from "apache-arrow";
import {DATA_MODEL, README_END, README_START, renderReadmeSection, tableDoc, updateReadme, type ColumnType} from "../../model/dataModel.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";

const loaders = readdirSync(join(PROJECT_ROOT, "src", "data"))
  .filter((f) => f.endsWith(".arrow.ts"))
  .map((f) => f.slice(0, -".arrow.ts".length))
  .sort();

const arrowType = (typeId: number): ColumnType | string =>
  typeId === Type.Utf8 ? "utf8" : typeId === Type.Int ? "int32" : typeId === Type.Float ? "float64" : typeId === Type.Bool ? "bool" : `type ${typeId}`;

describe("data model", () => {
  test("README's data section is generated from model/dataModel.ts (run `npx tsx scripts/readme-data.ts`)", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    expect(readme).toContain(README_START);
    expect(updateReadme(readme)).toBe(readme);
  });

  test("updateReadme replaces only the marked section and names missing markers", () => {
    const doc = `# T\n\nbefore\n${README_START}\nold\n${README_END}\nafter\n`;
    expect(updateReadme(doc, "NEW")).toBe(`# T\n\nbefore\n${README_START}\nNEW\n${README_END}\nafter\n`);
    expect(() => updateReadme("# no markers")).toThrow(/markers <!-- data-model:start -->/);
  });

  test("names are unique SQL identifiers and every table has Swedish text for itself and its columns", () => {
    expect(new Set(DATA_MODEL.map((t) => t.name)).size).toBe(DATA_MODEL.length);
    for (const t of DATA_MODEL) {
      expect(t.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(t.description.length, t.name).toBeGreaterThan(10);
      expect(t.provenance.length, t.name).toBeGreaterThan(10);
      expect(new Set(t.columns.map((c) => c.name)).size, t.name).toBe(t.columns.length);
      for (const c of t.columns) expect(c.description.length, `${t.name}.${c.name}`).toBeGreaterThan(1);
    }
    expect(renderReadmeSection()).toContain("### `report_figures`");
    expect(() => tableDoc("nope")).toThrow(/no table named "nope"/);
  });

  test("every Arrow loader in src/data is described", () => {
    const described = new Set(DATA_MODEL.map((t) => t.name));
    expect(loaders.filter((l) => !described.has(l))).toEqual([]);
  });

  test("every Arrow loader's file is a table on the Utforska page (literal FileAttachment path)", () => {
    const page = readFileSync(join(PROJECT_ROOT, "src", "utforska.md"), "utf8");
    for (const name of loaders) {
      expect(page, name).toContain(`{name: "${name}", load: () => FileAttachment("./data/${name}.arrow").arrayBuffer()}`);
    }
  });

  // Runs every loader (as Framework does) and compares its Arrow schema with the model.
  test.each(loaders)("%s.arrow has exactly the documented columns, types and nullability", (name) => {
    const bytes = execFileSync(join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), [join("src", "data", `${name}.arrow.ts`)], {cwd: PROJECT_ROOT, maxBuffer: 1 << 28});
    const schema = tableFromIPC(bytes).schema;
    const actual = schema.fields.map((f) => ({name: f.name, type: arrowType(f.type.typeId), nullable: f.nullable}));
    const documented = tableDoc(name).columns.map((c) => ({name: c.name, type: c.type, nullable: c.nullable}));
    expect(actual).toEqual(documented);
  }, 60_000);
});

describe("report_vs_kolada (its loader function and its src/data entry)", () => {
  test("its documented columns are CROSS_CHECK_ARROW_COLUMNS", async () => {
    const {CROSS_CHECK_ARROW_COLUMNS} = await import("../../loaders/reports/crossCheck.js");
    expect(tableDoc("report_vs_kolada").columns.map((c) => ({name: c.name, type: c.type, nullable: c.nullable}))).toEqual(
      CROSS_CHECK_ARROW_COLUMNS.map((c) => ({name: c.name, type: c.type, nullable: c.nullable}))
    );
  });
});
