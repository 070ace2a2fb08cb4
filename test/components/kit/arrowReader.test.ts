// The pages' own Arrow IPC reader (components/kit/arrowReader.ts) against apache-arrow, the
// writer: the same values from the same bytes, in both IPC formats, and a clear refusal of
// anything outside the shape the loaders write. Values synthetic.
import {
  Bool,
  Dictionary,
  Field,
  Float32,
  Float64,
  Int32,
  Int64,
  Int8,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  makeData,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
  type DataType
} from "apache-arrow";
import {describe, expect, test} from "vitest";
import {readArrow} from "../../../components/kit/arrowReader.js";

type Value = string | number | boolean | null;

/** One record batch per entry of `batches`, each a list of columns, with the given types and nullability. */
function arrowTable(specs: {name: string; type: DataType; nullable?: boolean}[], batches: Value[][][]): Table {
  const fields = specs.map((s) => new Field(s.name, s.type, s.nullable ?? true));
  const schema = new Schema(fields);
  return new Table(
    batches.map((columns) => {
      const children = columns.map((values, j) => vectorFromArray(values, specs[j].type).data[0]);
      return new RecordBatch(schema, makeData({type: new Struct(fields), length: columns[0]?.length ?? 0, nullCount: 0, children}));
    })
  );
}

/** What apache-arrow reads from the bytes, as columns of plain values. */
function apacheColumns(bytes: Uint8Array): Value[][] {
  const t = tableFromIPC(bytes);
  return t.schema.fields.map((f) => [...t.getChild(f.name)!].map((v) => (v === undefined ? null : typeof v === "bigint" ? Number(v) : (v as Value))));
}

const sample = () =>
  arrowTable(
    [
      {name: "kommun", type: new Utf8(), nullable: false},
      {name: "year", type: new Int32(), nullable: false},
      {name: "value", type: new Float64()},
      {name: "checked", type: new Bool()},
      {name: "area", type: new Dictionary(new Utf8(), new Int32(), 3)},
      {name: "note", type: new Utf8()}
    ],
    [
      [
        ["1487", "1489", "2380", "0764", "1487"],
        [2016, 2017, -3, 2 ** 31 - 1, 0],
        [31.25, null, -0.5, 1e-9, 93.73134328],
        [true, false, null, true, false],
        ["Vänersborg", "Alingsås", null, "Östersund", "Vänersborg"],
        ["", null, "ÅÄÖ – ”citat”", "a", null]
      ]
    ]
  );

describe("the pages' Arrow reader", () => {
  test.each(["file", "stream"] as const)("reads every column type, nulls and a dictionary like apache-arrow does (%s format)", (format) => {
    const bytes = tableToIPC(sample(), format);
    const read = readArrow(bytes);
    expect(read.numRows).toBe(5);
    expect(read.fields).toEqual([
      {name: "kommun", nullable: false, type: "utf8", dictionary: false},
      {name: "year", nullable: false, type: "int32", dictionary: false},
      {name: "value", nullable: true, type: "float64", dictionary: false},
      {name: "checked", nullable: true, type: "bool", dictionary: false},
      {name: "area", nullable: true, type: "utf8", dictionary: true},
      {name: "note", nullable: true, type: "utf8", dictionary: false}
    ]);
    expect(read.columns).toEqual(apacheColumns(bytes));
    expect(read.columns[4]).toEqual(["Vänersborg", "Alingsås", null, "Östersund", "Vänersborg"]);
  });

  test("joins several record batches; a stream may replace a dictionary between them", () => {
    const batches: Value[][][] = [
      [
        ["U40455", "N40011"],
        [1, 2]
      ],
      [
        ["N40011", null, "U40455"],
        [3, null, 5]
      ]
    ];
    const plain = arrowTable(
      [
        {name: "kpi", type: new Utf8()},
        {name: "n", type: new Int32()}
      ],
      batches
    );
    const encoded = arrowTable(
      [
        {name: "kpi", type: new Dictionary(new Utf8(), new Int32(), 0)},
        {name: "n", type: new Int32()}
      ],
      batches
    );
    // (apache-arrow writes each batch's own dictionary; the file format does not allow that.)
    for (const bytes of [tableToIPC(plain, "file"), tableToIPC(plain, "stream"), tableToIPC(encoded, "stream")]) {
      const read = readArrow(bytes);
      expect(read.numRows).toBe(5);
      expect(read.columns).toEqual(apacheColumns(bytes));
      expect(read.columns[0]).toEqual(["U40455", "N40011", "N40011", null, "U40455"]);
    }
  });

  test("reads bytes that do not start on an aligned offset (a copy of the values is taken)", () => {
    const bytes = tableToIPC(sample(), "file");
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(readArrow(shifted.subarray(3)).columns).toEqual(apacheColumns(bytes));
  });

  test("reads an empty table's schema", () => {
    const bytes = tableToIPC(arrowTable([{name: "x", type: new Float64(), nullable: false}], [[[]]]), "file");
    const read = readArrow(bytes);
    expect(read.numRows).toBe(0);
    expect(read.fields.map((f) => f.name)).toEqual(["x"]);
    expect(read.columns).toEqual([[]]);
  });

  test("names the types it does not decode in the schema, and refuses to read their values", () => {
    const bytes = tableToIPC(
      arrowTable(
        [
          {name: "small", type: new Int8()},
          {name: "big", type: new Int64()},
          {name: "single", type: new Float32()}
        ],
        [[[1], [BigInt(2) as unknown as number], [0.5]]]
      ),
      "file"
    );
    let seen: string[] = [];
    expect(() =>
      readArrow(bytes, (fields) => {
        seen = fields.map((f) => f.type);
      })
    ).toThrow('not an Arrow file this site reads: column "small" has a type this reader does not decode (int8)');
    expect(seen).toEqual(["unsupported: int8", "unsupported: int64", "unsupported: float32"]);
  });

  test("lets the caller refuse a schema before any value is read", () => {
    const bytes = tableToIPC(sample(), "file");
    expect(() =>
      readArrow(bytes, () => {
        throw new Error("sample.arrow: not what the model declares");
      })
    ).toThrow("sample.arrow: not what the model declares");
  });

  test("refuses bytes that are not an Arrow file, or are cut short, with one line", () => {
    const bytes = tableToIPC(sample(), "stream");
    expect(() => readArrow(new TextEncoder().encode("<!DOCTYPE html><html></html>"))).toThrow(/^not an Arrow file this site reads: /);
    expect(() => readArrow(new Uint8Array(0))).toThrow("not an Arrow file this site reads: no schema at the start");
    for (const cut of [12, 100, bytes.length - 20]) {
      expect(() => readArrow(bytes.subarray(0, cut)), `cut at ${cut}`).toThrow(/^not an Arrow file this site reads: /);
    }
    const file = tableToIPC(sample(), "file");
    expect(() => readArrow(file.subarray(0, 16))).toThrow(/^not an Arrow file this site reads: /);
  });

  test("bytes changed anywhere are read or refused in one line, never with another kind of error", () => {
    const bytes = tableToIPC(sample(), "file");
    let seed = 20261129; // a fixed sequence, so a failure repeats
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 400; ++k) {
      const changed = bytes.slice();
      for (let j = 0; j < 1 + (k % 3); ++j) changed[next() % changed.length] = next() % 256;
      try {
        readArrow(changed);
      } catch (error) {
        expect((error as Error).message, `change ${k}`).toMatch(/^not an Arrow file this site reads: [^\n]+$/);
      }
    }
  });
});
