// The open data (loaders/serve/published.ts, model/published.ts): every table of the data model
// published in the data archive at its stable name in every format, each format reading back the
// rows the table was made of, every field of every file described, and the data package valid
// against the Frictionless profiles (version 1, test/fixtures/frictionless/).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {RecordBatchReader, tableFromIPC} from "apache-arrow";
import {beforeAll, describe, expect, test} from "vitest";
import {readTable} from "../../../components/kit/arrow.js";
import {PROJECT_ROOT} from "../../../loaders/paths.js";
import {packageContext, publishTable, publishedFiles, publishedTables} from "../../../loaders/serve/published.js";
import {SERVED} from "../../../loaders/serve/tables.js";
import {failureText, TableError} from "../../../loaders/errors.js";
import {DATA_MODEL} from "../../../model/dataModel.js";
import {DATA_PACKAGE, DATA_README, FORMATS, leanFile, publishedFile, publishedNames} from "../../../model/published.js";
import {columnsOf, defineTable, floatOrNull, int, text, unitText, type Table} from "../../../model/table.js";
import {LICENCES, licencesOf} from "../../../model/licences.js";
import {runArchive} from "../../support/archive.js";
import {runEntry} from "../../support/entry.js";
import {validate} from "../../support/jsonSchema.js";
import {parquetKeyValues, rowsFromArrowFile, rowsFromCsv, rowsFromParquet, type Row} from "../../support/publishedFormats.js";

const files = new Map(publishedFiles().map((f) => [f.name, f.bytes]));
const file = (name: string) => {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`no published file ${name}`);
  return bytes;
};
// ignoreBOM keeps a byte order mark in the text (a TextDecoder drops it by default)
const textOf = (name: string) => new TextDecoder("utf-8", {ignoreBOM: true}).decode(file(name));
const rowsOf = (t: Table) => SERVED[t.name as keyof typeof SERVED].rows() as unknown as Row[];
const profile = (name: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, "test", "fixtures", "frictionless", `${name}.json`), "utf8"));

let archive: Map<string, Buffer>;
beforeAll(async () => {
  const r = await runArchive();
  if (r.code !== 0) throw new Error(`src/data.tar.ts failed: ${r.stderr}`);
  archive = r.files;
}, 120_000);

describe("the open data", () => {
  test("the data archive holds every table in every format at its stable name, the data package and its README, and the pages' lean copies", () => {
    const names = publishedNames();
    expect(names).toHaveLength(2 + DATA_MODEL.length * FORMATS.length);
    for (const name of names) expect(archive.has(name), name).toBe(true);
    for (const t of DATA_MODEL) expect(archive.has(leanFile(t.name)), leanFile(t.name)).toBe(true);
    expect([...files.keys()]).toEqual(names);
  });

  test.each(DATA_MODEL.map((t) => [t.name, t] as const))(
    "%s: the CSV, the CSV for Excel, Parquet and Arrow read back the rows it was made of",
    async (_, t) => {
      const rows = rowsOf(t);
      // (the thin snapshot leaves some tables empty: their files are the header or the schema alone)
      expect(rowsFromCsv(t, textOf(publishedFile(t.name, "csv"))), "csv").toEqual(rows);
      expect(rowsFromCsv(t, textOf(publishedFile(t.name, "excel")), {delimiter: ";", decimalComma: true}), "excel").toEqual(rows);
      expect(await rowsFromParquet(file(publishedFile(t.name, "parquet"))), "parquet").toEqual(rows);
      expect(rowsFromArrowFile(file(publishedFile(t.name, "arrow"))), "arrow").toEqual(rows);
      // the pages' reader reads the described copy too, and the lean copy is the same rows
      expect(readTable(t, file(publishedFile(t.name, "arrow")))).toEqual(rows);
      expect(readTable(t, archive.get(leanFile(t.name))!).length).toBe(rows.length);
    }
  );

  test("the CSV is UTF-8 with a header, commas, CRLF and no byte order mark; the CSV for Excel has semicolons, a decimal comma and one", () => {
    const csv = textOf(publishedFile("kolada", "csv"));
    expect(csv.startsWith("kpi,municipality,period,gender,value,count,status\r\n")).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const excel = textOf(publishedFile("interval_widths", "excel"));
    expect(excel.startsWith("\ufeffparticipants;share;lower;upper\r\n")).toBe(true);
    expect(excel).toMatch(/\r\n\d+;50;\d+,\d+;\d+,\d+\r\n/);
  });

  test("every field of every Arrow and Parquet file carries its description and unit; every file its table's title, source, credit, terms and version", () => {
    const {version} = packageContext();
    for (const t of DATA_MODEL) {
      const arrow = tableFromIPC(file(publishedFile(t.name, "arrow"))).schema;
      const kv = parquetKeyValues(file(publishedFile(t.name, "parquet")));
      const expected = {title: t.title, description: t.description, source: t.provenance, credit: t.credit, version};
      for (const [key, value] of Object.entries(expected)) {
        expect(arrow.metadata.get(key), `${t.name}.arrow: ${key}`).toBe(value);
        expect(kv.get(key), `${t.name}.parquet: ${key}`).toBe(value);
      }
      for (const l of licencesOf(t)) {
        expect(arrow.metadata.get("license"), t.name).toContain(l.title);
        expect(kv.get("license"), t.name).toContain(l.path);
      }
      if (t.formula) expect(arrow.metadata.get("formula"), t.name).toBe(t.formula);
      if (t.primaryKey) expect(kv.get("primary_key"), t.name).toBe(t.primaryKey.join(", "));
      // ARROW:schema: the described schema, as pyarrow and R's arrow read a Parquet file's columns' metadata
      const reader = RecordBatchReader.from(Buffer.from(kv.get("ARROW:schema")!, "base64"));
      reader.open();
      expect(reader.schema.metadata.get("title")).toBe(t.title);
      for (const c of columnsOf(t)) {
        const field = arrow.fields.find((f) => f.name === c.name)!;
        expect(field.metadata.get("description"), `${t.name}.arrow: ${c.name}`).toBe(c.description);
        expect(kv.get(`column.${c.name}.description`), `${t.name}.parquet: ${c.name}`).toBe(c.description);
        expect(reader.schema.fields.find((f) => f.name === c.name)!.metadata.get("description"), `${t.name} ARROW:schema: ${c.name}`).toBe(c.description);
        expect(field.metadata.get("unit") ?? null, `${t.name}.arrow: ${c.name} unit`).toBe(unitText(c.unit));
        expect(kv.get(`column.${c.name}.unit`) ?? null, `${t.name}.parquet: ${c.name} unit`).toBe(unitText(c.unit));
      }
    }
    // a unit that varies by row says where it is
    const value = tableFromIPC(file("kolada.arrow")).schema.fields.find((f) => f.name === "value")!;
    expect(value.metadata.get("unit")).toBe("nyckeltalets enhet: kolada_kpis.unit för radens kpi");
  });

  test("the files the pages load carry no metadata", () => {
    for (const t of DATA_MODEL) {
      const schema = tableFromIPC(archive.get(leanFile(t.name))!).schema;
      expect(schema.metadata.size, t.name).toBe(0);
      for (const f of schema.fields) expect(f.metadata.size, `${t.name}.${f.name}`).toBe(0);
    }
  });

  test("the data package validates against the Frictionless profiles (Data Package and Tabular Data Package, v1)", () => {
    const pkg = JSON.parse(textOf(DATA_PACKAGE));
    expect(validate(profile("tabular-data-package"), pkg)).toEqual([]);
    expect(validate(profile("data-package"), pkg)).toEqual([]);
    // the validator does find what the profile forbids
    expect(validate(profile("tabular-data-package"), {...pkg, resources: [{...pkg.resources[0], profile: "data-resource"}]}).length).toBeGreaterThan(0);
    expect(validate(profile("tabular-data-package"), {...pkg, resources: [{...pkg.resources[0], path: "../kolada.csv"}]}).length).toBeGreaterThan(0);
    expect(validate(profile("data-package"), {...pkg, name: "Uppföljning"}).length).toBeGreaterThan(0);
  });

  test("the data package lists every table with its schema, key, sources, terms and every file's size and checksum, the snapshot's date as its version", () => {
    const pkg = JSON.parse(textOf(DATA_PACKAGE));
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.version).toBe(packageContext().version);
    expect(pkg.licenses).toEqual(LICENCES.map((l) => ({title: l.title, path: l.path})));
    expect(pkg.resources.map((r: {name: string}) => r.name)).toEqual(DATA_MODEL.map((t) => t.name));
    const published = publishedTables();
    for (const [i, t] of DATA_MODEL.entries()) {
      const r = pkg.resources[i];
      expect(r.path).toBe(publishedFile(t.name, "csv"));
      expect(r.rowCount).toBe(rowsOf(t).length);
      expect(published[i].rows).toBe(r.rowCount);
      expect(r.schema.fields.map((f: {name: string}) => f.name)).toEqual(columnsOf(t).map((c) => c.name));
      for (const [j, c] of columnsOf(t).entries()) {
        expect(r.schema.fields[j].description).toBe(c.description);
        expect(r.schema.fields[j].constraints?.required ?? false).toBe(!c.nullable);
      }
      expect(r.schema.primaryKey).toEqual(t.primaryKey);
      expect(r.licenses).toEqual(licencesOf(t).map((l) => ({title: l.title, path: l.path})));
      expect(r.credit).toBe(t.credit);
      const listed = [{path: r.path, bytes: r.bytes, hash: r.hash}, ...r.alternates];
      expect(listed.map((f) => f.path)).toEqual(FORMATS.map((f) => f.file(t.name)));
      for (const f of listed) {
        expect(f.bytes, f.path).toBe(file(f.path).length);
        expect(f.hash, f.path).toBe(`sha256:${published[i].files[FORMATS.find((x) => x.file(t.name) === f.path)!.id].sha256}`);
      }
    }
  });

  test("the README names every table, its credit line and every licence line", () => {
    const readme = textOf(DATA_README);
    for (const t of DATA_MODEL) expect(readme).toContain(`\`${t.name}\``);
    for (const l of LICENCES) expect(readme).toContain(l.title);
    expect(readme).toContain(`Version ${packageContext().version}`);
  });
});

describe("rows that disagree with their declaration stop the build in one line naming the table and the column", () => {
  const table = defineTable({
    name: "synthetic_values",
    title: "Syntetiska testvärden",
    description: "Syntetiska testvärden.",
    rows: "ett värde",
    provenance: "Påhittade värden i testet.",
    credit: "Syntetiska testvärden",
    licences: [],
    primaryKey: ["kpi", "period"],
    columns: {kpi: text("nyckeltal"), period: int("år"), value: floatOrNull("värde", "procent")}
  });
  const publish = (rows: object[]) => () => publishTable(table, rows, "2026-01-01", null);

  test.each([
    ["a column the rows lack", [{kpi: "A", period: 2020}], /^table synthetic_values: column "value": row 1 has no such column/],
    [
      "a column the declaration lacks",
      [{kpi: "A", period: 2020, value: 1, extra: 2}],
      /^table synthetic_values: column "extra": row 1 has this column, but model\/tables does not declare it/
    ],
    [
      "a value of another type",
      [{kpi: "A", period: "2020", value: 1}],
      /^table synthetic_values: column "period": row 1: expected a 32-bit integer \(got "2020"\)/
    ],
    [
      "an empty cell where there can be none",
      [{kpi: null, period: 2020, value: 1}],
      /^table synthetic_values: column "kpi": row 1: empty, but the column cannot be empty/
    ],
    [
      "a primary key that repeats",
      [
        {kpi: "A", period: 2020, value: 1},
        {kpi: "A", period: 2020, value: 2}
      ],
      /^table synthetic_values: column "kpi, period": the primary key \["A",2020\] is on rows 1 and 2/
    ]
  ])("%s", (_, rows, message) => {
    expect(publish(rows)).toThrow(TableError);
    expect(publish(rows)).toThrow(message);
    try {
      publish(rows)();
    } catch (error) {
      expect(failureText(error)).not.toMatch(/unexpected/);
      expect(failureText(error)).not.toContain("\n");
    }
  });

  test("through a loader: exit code 1, the one line on stderr, no stack trace, nothing on stdout", async () => {
    const r = await runEntry("test/support/badTableLoader.ts");
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr.trim()).toBe('table synthetic_values: column "value": row 2: expected a finite number (got "12,5")');
  });
});
