// The model's table modules enter a page bundle as their wire schemas only
// (scripts/site/schemaModule.ts): same exports, same names, types and nullability, no prose.
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {readTable} from "../../components/kit/arrow.js";
import {toArrowBytes} from "../../loaders/arrowWriter.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {columnsOf, type Table} from "../../model/table.js";
import {costVsResult} from "../../model/tables/cost.js";
import {bundlePage, tableModuleSource} from "../../scripts/site/bundle.js";
import {schemaModuleFor, schemaModuleSource} from "../../scripts/site/schemaModule.js";

const tablesDir = join(PROJECT_ROOT, "model", "tables");
const modules = readdirSync(tablesDir).filter((f) => f.endsWith(".ts"));

/** Import generated module source. */
const load = async (source: string) => (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === "object" && v !== null && "columns" in v && "name" in v;

describe("model table modules as wire schemas", () => {
  test.each(modules)("%s: the same exports; each table's name, column order, types and nullability; no descriptions", async (file) => {
    const original = (await import(join(tablesDir, file))) as Record<string, unknown>;
    const source = await schemaModuleFor(join(tablesDir, file));
    expect(source, `${file} should reduce to data`).not.toBeNull();
    const generated = await load(source!);
    expect(Object.keys(generated).sort()).toEqual(Object.keys(original).sort());
    for (const [name, value] of Object.entries(original)) {
      if (!isTable(value)) {
        expect(generated[name]).toEqual(value);
        continue;
      }
      const wire = generated[name] as Table;
      expect(wire.name).toBe(value.name);
      expect(columnsOf(wire).map(({name, type, nullable}) => [name, type, nullable])).toEqual(
        columnsOf(value).map(({name, type, nullable}) => [name, type, nullable])
      );
      for (const c of columnsOf(value)) expect(source).not.toContain(c.description);
    }
  });

  test("a page reads a file against the wire schema exactly as against the declaration", async () => {
    const wire = (await load(schemaModuleSource({costVsResult})!)).costVsResult as Table;
    const rows = [{municipality: "1487", period: 2023, net_cost: 1200.5, result: 31.25}];
    expect(readTable(wire, toArrowBytes(costVsResult, rows))).toEqual(rows);
    const other = toArrowBytes({...costVsResult, columns: {...costVsResult.columns, result: {...costVsResult.columns.result, nullable: true}}}, rows);
    expect(() => readTable(wire, other)).toThrow('cost_vs_result.arrow: column "result" is nullable, unlike the model');
  });

  test("a module with an export that is not data is left as it is", () => {
    expect(schemaModuleSource({costVsResult, helper: () => 1})).toBeNull();
    expect(schemaModuleSource({costVsResult, when: new Date(0)})).toBeNull();
    expect(schemaModuleSource({costVsResult, ids: new Set(["a"])})).toBeNull();
    expect(schemaModuleSource({costVsResult, nothing: undefined})).toBeNull();
    expect(schemaModuleSource({SOURCE: "Kolada", YEARS: [2016, 2025]})).toBe('export const SOURCE = "Kolada";\nexport const YEARS = [2016,2025];');
  });

  test("finds the source of Framework's copy of a table module, and nothing else", () => {
    const root = "/site/dist";
    const sourceRoot = join(PROJECT_ROOT, "src");
    expect(tableModuleSource(root, "/site/dist/_import/model/tables/cost.0123abcd.js", sourceRoot)).toBe(join(sourceRoot, "model", "tables", "cost.ts"));
    expect(tableModuleSource(root, "/site/dist/_import/model/tables/nosuch.0123abcd.js", sourceRoot)).toBeNull();
    expect(tableModuleSource(root, "/site/dist/_import/model/catalogue.0123abcd.js", sourceRoot)).toBeNull();
  });

  test("a page bundle holds the table's schema and none of its descriptions", async () => {
    const root = mkdtempSync(join(tmpdir(), "uppf-schema-"));
    const sourceRoot = mkdtempSync(join(tmpdir(), "uppf-schema-src-"));
    mkdirSync(join(sourceRoot, "model", "tables"), {recursive: true});
    // A source table module (synthetic) and Framework's copy of it in the built site.
    const declaration = [
      "export const things = {name: 'things', description: 'Saker som bara dokumentationen behöver.', rows: 'en sak', provenance: 'Påhittat.',",
      "  columns: {id: {type: 'utf8', nullable: false, description: 'Sakens id, en lång förklaring'}}};"
    ].join("\n");
    writeFileSync(join(sourceRoot, "model", "tables", "things.ts"), declaration);
    mkdirSync(join(root, "_import", "model", "tables"), {recursive: true});
    writeFileSync(join(root, "_import", "model", "tables", "things.abcdef12.js"), declaration);
    const html = '<script type="module">\nconst [{things}] = await Promise.all([import("./_import/model/tables/things.abcdef12.js")]);\n</script>';
    writeFileSync(join(root, "page.html"), html);
    const b = (await bundlePage(root, join(root, "page.html"), html, {sourceRoot}))!;
    const code = readFileSync(join(root, b.file), "utf8");
    expect(code).not.toContain("förklaring");
    expect(code).not.toContain("dokumentationen");
    const mod = await import(join(root, b.file));
    expect(mod.m0.things).toEqual({name: "things", columns: {id: {type: "utf8", nullable: false}}});
  });
});
