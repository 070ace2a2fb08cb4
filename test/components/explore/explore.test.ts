// Pure parts of the Utforska explorer: CSV, URL state, quick-chart shape, bundle choice, Arrow cells.
import {describe, expect, test} from "vitest";
import {tableFromArrays} from "apache-arrow";
import {chooseBundle} from "../../../components/explore/bundle.js";
import {csvCell, toCsv, EXCEL_SV} from "../../../model/csv.js";
import {DEFAULT_EXAMPLE, EXAMPLES, referencedTables} from "../../../components/explore/examples.js";
import {formatResultCell, resultCsv} from "../../../components/explore/explorer.js";
import {parquetType, resultToParquet} from "../../../components/explore/parquet.js";
import {parquetReadObjects} from "hyparquet";
import {columnKind, errorLocation, errorMessage, resultFromArrow, shiftError, toCell, type QueryResult} from "../../../components/explore/result.js";
import {detectTrendShape, isTrendShape} from "../../../components/explore/shape.js";
import {BROKEN_LINK, decodeFragment, encodeFragment, MAX_LINK_SQL, readSql, withoutSql} from "../../../components/explore/urlState.js";
import {paramValue, queryParams, toPositional} from "../../../components/explore/params.js";
import {DATA_MODEL} from "../../../model/dataModel.js";

describe("CSV", () => {
  test("quotes only what needs quoting, doubles quotes, empty for null, CRLF", () => {
    const r: QueryResult = {
      columns: [
        {name: "namn", kind: "text"},
        {name: "värde", kind: "number"},
        {name: "ok", kind: "bool"}
      ],
      rows: [
        ["Östersund", 52.5, true],
        ['Säger "ja", sen', null, false],
        ["rad\nbrytning", -0.25, null]
      ]
    };
    expect(resultCsv(r)).toBe('namn,värde,ok\r\nÖstersund,52.5,true\r\n"Säger ""ja"", sen",,false\r\n"rad\nbrytning",-0.25,\r\n');
  });
  test("numbers keep full precision with a decimal point, never grouped", () => {
    expect(csvCell(1234567.891)).toBe("1234567.891");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(" kant ")).toBe('" kant "');
  });
  test("the one writer: LF on request, and Excel's Swedish dialect (semicolons, decimal comma, byte order mark)", () => {
    expect(toCsv(["a", "b"], [["x", 1.5]], {lineEnd: "\n"})).toBe("a,b\nx,1.5\n");
    expect(
      toCsv(
        ["namn", "värde"],
        [
          ["Östersund, centrum", 52.5],
          ["a;b", null]
        ],
        EXCEL_SV
      )
    ).toBe('\ufeffnamn;värde\r\nÖstersund, centrum;52,5\r\n"a;b";\r\n');
    expect(csvCell(true)).toBe("true");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("URL state", () => {
  test("the old ?sql= links still read; withoutSql drops only that parameter", () => {
    const sql = "SELECT 'å & ä' AS x -- 100%\nFROM kolada WHERE a = 1 + 2";
    expect(readSql(`?tema=resultat&sql=${encodeURIComponent(sql)}`)).toBe(sql);
    expect(readSql("")).toBeNull();
    expect(readSql("?sql=%20%20")).toBeNull();
    expect(withoutSql("?a=1&sql=x")).toBe("?a=1");
    expect(withoutSql("?sql=x")).toBe("");
  });
  test("a query and its parameters round-trip through the fragment, compressed", async () => {
    const sql = "SELECT 'å & ä' AS x -- 100%\nFROM kolada WHERE municipality = $kommun AND period = $år";
    const hash = await encodeFragment({sql, params: {kommun: "1487", år: "2023"}});
    expect(hash.startsWith("#q=")).toBe(true);
    expect(await decodeFragment(hash)).toEqual({sql, params: {kommun: "1487", år: "2023"}});
    expect(await decodeFragment("")).toBeNull();
    expect(await decodeFragment("#annat=1")).toBeNull();
  });
  test("a 100 000-character query fits a link far shorter than itself; longer is refused with its length", async () => {
    // synthetic SQL: a long IN list, as an analyst's pasted list of ids would be
    const ids = Array.from({length: 20_000}, (_, i) => `'${String(i % 290).padStart(4, "0")}'`).join(",");
    const sql = `SELECT * FROM kolada_all WHERE municipality IN (${ids})`.slice(0, MAX_LINK_SQL);
    expect(sql.length).toBe(MAX_LINK_SQL);
    const hash = await encodeFragment({sql, params: {}});
    expect(hash.length).toBeLessThan(sql.length / 4);
    expect((await decodeFragment(hash))?.sql).toBe(sql);
    await expect(encodeFragment({sql: sql + " ", params: {}})).rejects.toThrow(/för lång för en länk \(100001 tecken, högst 100000\)/);
  });
  test("a cut or corrupted link gives one Swedish message, never a wrong query", async () => {
    const hash = await encodeFragment({sql: "SELECT kpi, count(*) FROM kolada GROUP BY kpi ORDER BY kpi", params: {}});
    const value = new URLSearchParams(hash.slice(1)).get("q")!;
    for (const broken of [
      `#q=${value.slice(0, value.length - 6)}`,
      `#q=${value.replace(/~./, "~!")}`,
      "#q=12~",
      "#q=abc",
      `#q=${value.replace(/^\d+/, "5")}`
    ]) {
      await expect(decodeFragment(broken), broken).rejects.toThrow(BROKEN_LINK);
    }
  });
});

describe("error locations", () => {
  test("from DuckDB's LINE and caret, moved back out of the wrapper, also in a shortened long line", () => {
    const wrapped = shiftError(new Error('Binder Error: Referenced column "vaule" not found\n\nLINE 3:   vaule FROM kolada\n          ^'), 10, 1);
    expect(wrapped.message).toBe('Binder Error: Referenced column "vaule" not found\n\nLINE 2:   vaule FROM kolada\n          ^');
    const sql = "SELECT period,\n  vaule FROM kolada";
    expect(errorLocation(wrapped, sql)).toBe(sql.indexOf("vaule"));
    const long = `SELECT ${"x, ".repeat(100)}fel FROM t`;
    const err = new Error(`Binder Error: nope\n\nLINE 1: ...x, x, x, fel FROM t\n                    ^`);
    expect(errorLocation(err, long)).toBe(long.indexOf("fel"));
    expect(errorLocation(new Error('{"exception_type":"Parser","exception_message":"x","position":"4"}'), "SELEC 1")).toBe(4);
    expect(errorLocation(new Error("no place"), "SELECT 1")).toBeNull();
  });
});

describe("parameters", () => {
  test("$names outside strings, quoted names and comments, each once in order, with a kind", () => {
    const sql = "SELECT '$inte', \"$inte\" -- $inte\n/* $inte */ FROM t WHERE a = $kommun AND b = $år AND c = $x AND d = $kommun AND e = $$ $inte $$";
    expect(queryParams(sql)).toEqual([
      {name: "kommun", kind: "kommun"},
      {name: "år", kind: "year"},
      {name: "x", kind: "text"}
    ]);
  });
  test("positional form keeps every character's position (DuckDB's error offsets stay right)", () => {
    const sql = "SELECT * FROM t WHERE a = $kommun AND b = $år OR c = $kommun";
    const out = toPositional(sql, queryParams(sql));
    expect(out).toBe("SELECT * FROM t WHERE a = $1      AND b = $2  OR c = $1     ");
    expect(out.length).toBe(sql.length);
  });
  test("values are typed, and a wrong one gets a Swedish message naming the parameter", () => {
    expect(paramValue({name: "år", kind: "year"}, " 2023 ")).toBe(2023);
    expect(() => paramValue({name: "år", kind: "year"}, "tjugo")).toThrow(
      "Parametern $år ska vara ett årtal med fyra siffror, till exempel 2023, inte ”tjugo”."
    );
    expect(paramValue({name: "kommun", kind: "kommun"}, "1487")).toBe("1487");
    expect(() => paramValue({name: "kommun", kind: "kommun"}, "Alingsås")).toThrow(/kommunkod med fyra siffror/);
    expect(paramValue({name: "namn", kind: "text"}, "Öst")).toBe("Öst");
  });
});

const res = (columns: [string, QueryResult["columns"][number]["kind"]][], rows: QueryResult["rows"]): QueryResult => ({
  columns: columns.map(([name, kind]) => ({name, kind})),
  rows
});

describe("quick-chart shape", () => {
  test("(category, year, value) with a unit column", () => {
    const shape = detectTrendShape(
      res(
        [
          ["kommun", "text"],
          ["year", "integer"],
          ["value", "number"],
          ["unit", "text"]
        ],
        [
          ["A", 2020, 1.5, "procent"],
          ["B", 2021, null, "procent"]
        ]
      )
    );
    expect(shape).toEqual({series: 0, year: 1, value: 2, unit: "procent"});
  });
  test("the year column found by its values when not named, in any column order", () => {
    const shape = detectTrendShape(
      res(
        [
          ["v", "number"],
          ["namn", "text"],
          ["ar_x", "integer"]
        ],
        [
          [10, "A", 2019],
          [12, "A", 2020]
        ]
      )
    );
    expect(isTrendShape(shape) && [shape.year, shape.value, shape.series, shape.unit]).toEqual([2, 0, 1, null]);
  });
  test("ambiguous or unsuitable results give a Swedish reason", () => {
    const two = detectTrendShape(
      res(
        [
          ["a", "integer"],
          ["b", "integer"],
          ["s", "text"]
        ],
        [[2019, 2020, "x"]]
      )
    );
    expect(isTrendShape(two)).toBe(false);
    expect((two as {reason: string}).reason).toMatch(/årskolumn/);
    expect(
      isTrendShape(
        detectTrendShape(
          res(
            [
              ["s", "text"],
              ["year", "integer"]
            ],
            [["x", 2020]]
          )
        )
      )
    ).toBe(false);
    expect(
      (
        detectTrendShape(
          res(
            [
              ["s", "text"],
              ["year", "integer"],
              ["v", "number"]
            ],
            []
          )
        ) as {reason: string}
      ).reason
    ).toBe("Resultatet är tomt.");
    expect(
      isTrendShape(
        detectTrendShape(
          res(
            [
              ["s", "text"],
              ["year", "integer"],
              ["v", "number"]
            ],
            [["x", 12345, 1]]
          )
        )
      )
    ).toBe(false);
  });
  test("a unit column with several or unknown units leaves the unit open", () => {
    const shape = detectTrendShape(
      res(
        [
          ["s", "text"],
          ["year", "integer"],
          ["v", "number"],
          ["enhet", "text"]
        ],
        [
          ["x", 2020, 1, "procent"],
          ["y", 2020, 1, "kr"]
        ]
      )
    );
    expect(isTrendShape(shape) && shape.unit).toBeNull();
  });
});

describe("bundle choice", () => {
  const eh = {mainModule: "/eh.wasm", mainWorker: "/eh.worker.js"};
  test("eh when the browser has WebAssembly exceptions", () => {
    expect(chooseBundle({wasmExceptions: true}, eh)).toBe(eh);
  });
  test("a clear Swedish error otherwise (no 39 MB mvp fallback)", () => {
    expect(() => chooseBundle({wasmExceptions: false}, eh)).toThrow(/saknar stöd för undantagshantering i WebAssembly/);
  });
});

describe("Arrow result to plain cells", () => {
  test("types, nulls and bigint", () => {
    const table = tableFromArrays({
      s: ["a", "b"],
      i: Int32Array.from([2020, 2021]),
      f: Float64Array.from([1.5, Number.NaN]),
      n: BigInt64Array.from([1n, 2n ** 60n])
    });
    const r = resultFromArrow(table.schema, table.batches);
    expect(r.columns.map((c) => c.kind)).toEqual(["text", "integer", "number", "integer"]);
    expect(r.rows[0]).toEqual(["a", 2020, 1.5, 1]);
    expect(r.rows[1][3]).toBe((2n ** 60n).toString());
    expect(r.rows[1][2]).toBeNaN();
  });
  test("dates and nested values", () => {
    expect(toCell(Date.UTC(2022, 4, 31), "date")).toBe("2022-05-31");
    expect(toCell(Date.UTC(2022, 4, 31, 12, 30), "date")).toBe("2022-05-31T12:30:00Z");
    expect(toCell({toJSON: () => ({a: 1n})}, "other")).toBe('{"a":"1"}');
    expect(toCell(new Uint8Array(3), "other")).toBe("<3 byte>");
    expect(toCell(undefined, "text")).toBeNull();
    expect(columnKind(99)).toBe("other");
  });
});

describe("cells on the page, errors and Parquet", () => {
  test("Swedish numbers, years ungrouped, missing as a dash", () => {
    expect(formatResultCell(1234.5678, {name: "v", kind: "number"})).toBe("1\u00a0234,568");
    expect(formatResultCell(2023, {name: "year", kind: "integer"})).toBe("2023");
    expect(formatResultCell(2023, {name: "antal", kind: "integer"})).toBe("2\u00a0023");
    expect(formatResultCell(null, {name: "v", kind: "number"})).toBe("–");
    expect(formatResultCell(true, {name: "b", kind: "bool"})).toBe("sant");
  });
  test("DuckDB-wasm's JSON errors read as DuckDB prints them; other errors unchanged", () => {
    expect(errorMessage(new Error('{"exception_type":"Catalog","exception_message":"Table with name x does not exist!"}'))).toBe(
      "Catalog Error: Table with name x does not exist!"
    );
    expect(errorMessage(new Error("plain"))).toBe("plain");
    expect(errorMessage("{not json")).toBe("{not json");
  });
  test("the Parquet file reads back with the same columns and values (nulls kept)", async () => {
    const r: QueryResult = {
      columns: [
        {name: "kommun", kind: "text"},
        {name: "year", kind: "integer"},
        {name: "value", kind: "number"},
        {name: "ok", kind: "bool"},
        {name: "stor", kind: "integer"}
      ],
      rows: [
        ["Östersund", 2022, 52.5, true, 3e10],
        ["Alvesta", 2023, null, null, null]
      ]
    };
    const bytes = resultToParquet(r);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("PAR1");
    const back = await parquetReadObjects({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    });
    expect(back).toEqual([
      {kommun: "Östersund", year: 2022, value: 52.5, ok: true, stor: 3e10},
      {kommun: "Alvesta", year: 2023, value: null, ok: null, stor: null}
    ]);
  });
  test("Parquet types follow the values", () => {
    expect(parquetType("integer", [1, null, 2])).toBe("INT32");
    expect(parquetType("integer", [2 ** 40])).toBe("DOUBLE");
    expect(parquetType("integer", ["123456789012345678901"])).toBe("STRING");
    expect(parquetType("date", ["2022-01-01"])).toBe("STRING");
    expect(parquetType("number", [1.5, null])).toBe("DOUBLE");
  });
});

describe("examples", () => {
  test("every example names only tables of the data model or DuckDB's catalogue", () => {
    const known = new Set([...DATA_MODEL.map((t) => t.name), "information_schema.columns"]);
    for (const ex of EXAMPLES) {
      const unknown = referencedTables(ex.sql).filter((t) => !known.has(t));
      expect(unknown, ex.id).toEqual([]);
    }
  });
  test("ids are unique and the default draws a chart (it has the (series, year, value, unit) shape by name)", () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(DEFAULT_EXAMPLE.sql).toMatch(/AS kommun, k\.period AS year, .* AS value, 'procent' AS unit/);
  });
});
