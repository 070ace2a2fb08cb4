// Writing served tables with the model's schema (loaders/arrowWriter.ts) and reading them back in the
// browser against the same schema (components/kit/arrow.ts). Values synthetic.
import {tableFromIPC} from "apache-arrow";
import {describe, expect, test} from "vitest";
import {dictionaryPays, toArrowBytes} from "../../loaders/arrowWriter.js";
import {loadTables, readTable, rowsFromArrow} from "../../components/kit/arrow.js";
import {boolOrNull, defineTable, floatOrNull, int, intOrNull, text, textOrNull, type RowOf} from "../../model/table.js";

const table = defineTable({
  name: "test_values",
  title: "Syntetiska testvärden",
  description: "Syntetiska testvärden.",
  rows: "ett värde",
  provenance: "Påhittade värden i testet.",
  credit: "Syntetiska testvärden",
  licences: [],
  columns: {kpi: text("nyckeltal"), period: int("år"), value: floatOrNull("värde")}
});
type Row = RowOf<typeof table>;

describe("Arrow writing and reading", () => {
  test("round-trips rows with the declared schema and keeps nulls as null", () => {
    const rows: Row[] = [
      {kpi: "U40455", period: 2023, value: 31.5},
      {kpi: "U40455", period: 2022, value: null}
    ];
    const bytes = toArrowBytes(table, rows);
    const arrow = tableFromIPC(bytes);
    expect(arrow.schema.fields.map((f) => [f.name, String(f.type), f.nullable])).toEqual([
      ["kpi", "Utf8", false],
      ["period", "Int32", false],
      ["value", "Float64", true]
    ]);
    expect(rowsFromArrow(bytes)).toEqual(rows);
    expect(readTable(table, bytes)).toEqual(rows);
  });
  test("every column type survives the round trip to the browser reader, nulls included", () => {
    const all = defineTable({
      ...table,
      name: "all_types",
      columns: {f: floatOrNull("f"), i: intOrNull("i"), t: textOrNull("t"), b: boolOrNull("b")}
    });
    const rows: RowOf<typeof all>[] = [
      {f: 1.5, i: 2, t: "Östersund", b: true},
      {f: null, i: null, t: null, b: null},
      {f: -0.25, i: -7, t: "Å", b: false}
    ];
    expect(readTable(all, toArrowBytes(all, rows))).toEqual(rows);
  });
  test("writes a text column whose values repeat dictionary-encoded, and both encodings read back the same", () => {
    const kommuner = ["1487", "1489", "2380", "0764"];
    const rows: Row[] = Array.from({length: 40}, (_, i) => ({kpi: i % 3 ? "U40455" : "N40011", period: 2016 + (i % 10), value: i / 4}));
    const unique: Row[] = Array.from({length: 40}, (_, i) => ({kpi: `${kommuner[i % 4]}-${i}`, period: 2016, value: null}));
    const repeated = tableFromIPC(toArrowBytes(table, rows)).schema.fields[0].type;
    expect(String(repeated)).toBe("Dictionary<Int32, Utf8>");
    expect(String(tableFromIPC(toArrowBytes(table, unique)).schema.fields[0].type)).toBe("Utf8");
    expect(readTable(table, toArrowBytes(table, rows))).toEqual(rows);
    expect(readTable(table, toArrowBytes(table, unique))).toEqual(unique);
    expect(dictionaryPays(["a", "a", "b"])).toBe(false);
    expect(dictionaryPays(Array.from({length: 16}, (_, i) => `k${i % 8}`))).toBe(true);
    expect(dictionaryPays(Array.from({length: 16}, (_, i) => `k${i % 9}`))).toBe(false);
  });
  test("is deterministic", () => {
    const rows: Row[] = [{kpi: "N40011", period: 2020, value: 723}];
    expect(Buffer.from(toArrowBytes(table, rows)).equals(Buffer.from(toArrowBytes(table, rows)))).toBe(true);
  });
  test("an empty table keeps its schema", () => {
    const arrow = tableFromIPC(toArrowBytes(table, []));
    expect(arrow.numRows).toBe(0);
    expect(arrow.schema.fields.map((f) => f.name)).toEqual(["kpi", "period", "value"]);
  });
  test("rejects values that do not fit the schema, naming table, column and row", () => {
    expect(() => toArrowBytes(table, [{kpi: "U40455", period: 2023.5, value: 1}])).toThrow(
      /^table test_values: column "period": row 1: expected a 32-bit integer/
    );
    expect(() => toArrowBytes(table, [{kpi: null as unknown as string, period: 2023, value: 1}])).toThrow(
      /column "kpi": row 1: empty, but the column cannot be empty/
    );
    expect(() => toArrowBytes(table, [{kpi: "x", period: 2023, value: Number.NaN}])).toThrow(/column "value": row 1: expected a finite number/);
    expect(() => toArrowBytes(table, [{kpi: "", period: 2023, value: 1}])).toThrow(/column "kpi": row 1: empty text; a missing value is null/);
  });
  test("the browser refuses a file whose schema differs from the model, naming the column", () => {
    const other = defineTable({...table, columns: {kpi: text("nyckeltal"), period: int("år"), value: int("värde")}});
    const renamed = defineTable({
      ...table,
      columns: {kpi: text("nyckeltal"), year: int("år"), value: floatOrNull("värde")}
    });
    const notNull = defineTable({
      ...table,
      columns: {kpi: text("nyckeltal"), period: int("år"), value: floatOrNull("värde")}
    });
    const bytes = toArrowBytes(table, [{kpi: "U40455", period: 2023, value: 1}]);
    expect(() => readTable(other, bytes)).toThrow('test_values.arrow: column "value" is not int32');
    expect(() => readTable(renamed, bytes)).toThrow("test_values.arrow: columns are kpi, period, value; the model declares kpi, year, value");
    expect(readTable(notNull, bytes)).toHaveLength(1);
  });
  test("loadTables reads several files against their schemas, and names the table of a bad one", async () => {
    const file = (bytes: Uint8Array) => ({arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer});
    const a = toArrowBytes(table, [{kpi: "U40455", period: 2023, value: 1}]);
    const loaded = await loadTables({values: [table, file(a)] as const, again: [table, file(a)] as const});
    expect(loaded.values).toEqual([{kpi: "U40455", period: 2023, value: 1}]);
    expect(loaded.again).toHaveLength(1);
    // the bytes themselves, as a page passes them (FileAttachment(…).arrayBuffer())
    const fromBytes = await loadTables({values: [table, Promise.resolve(a.slice().buffer as ArrayBuffer)] as const});
    expect(fromBytes.values).toEqual([{kpi: "U40455", period: 2023, value: 1}]);
    const other = defineTable({...table, name: "other_values", columns: {kpi: text("nyckeltal")}});
    await expect(loadTables({values: [other, file(a)] as const})).rejects.toThrow(/^other_values.arrow: columns are kpi, period, value/);
    // A page passes FileAttachment(…).arrayBuffer(), the promise of the bytes.
    expect((await loadTables({values: [table, file(a).arrayBuffer()] as const})).values).toEqual([{kpi: "U40455", period: 2023, value: 1}]);
  });
});
