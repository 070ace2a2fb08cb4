import {tableFromIPC} from "apache-arrow";
import {describe, expect, test} from "vitest";
import {toArrowBytes, type ColumnSpec} from "../../loaders/arrow.js";
import {rowsFromArrow} from "../../components/kit/arrow.js";

interface Row { kpi: string; period: number; value: number | null }
const columns: ColumnSpec<Row>[] = [
  {name: "kpi", type: "utf8", nullable: false, get: (r) => r.kpi},
  {name: "period", type: "int32", nullable: false, get: (r) => r.period},
  {name: "value", type: "float64", nullable: true, get: (r) => r.value}
];

describe("Arrow writing and reading", () => {
  test("round-trips rows with the declared schema and keeps nulls as null", () => {
    const bytes = toArrowBytes([{kpi: "U40455", period: 2023, value: 31.5}, {kpi: "U40455", period: 2022, value: null}], columns);
    const table = tableFromIPC(bytes);
    expect(table.schema.fields.map((f) => [f.name, String(f.type), f.nullable])).toEqual([
      ["kpi", "Utf8", false], ["period", "Int32", false], ["value", "Float64", true]
    ]);
    expect(rowsFromArrow(bytes)).toEqual([{kpi: "U40455", period: 2023, value: 31.5}, {kpi: "U40455", period: 2022, value: null}]);
  });
  test("is deterministic", () => {
    const rows = [{kpi: "N40011", period: 2020, value: 723}];
    expect(Buffer.from(toArrowBytes(rows, columns)).equals(Buffer.from(toArrowBytes(rows, columns)))).toBe(true);
  });
  test("an empty table keeps its schema", () => {
    const table = tableFromIPC(toArrowBytes([], columns));
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(["kpi", "period", "value"]);
  });
  test("rejects values that do not fit the schema, naming column and row", () => {
    expect(() => toArrowBytes([{kpi: "U40455", period: 2023.5, value: 1}], columns)).toThrow(/column "period", row 0: expected a 32-bit integer/);
    expect(() => toArrowBytes([{kpi: null as unknown as string, period: 2023, value: 1}], columns)).toThrow(/column "kpi", row 0: null in a non-nullable column/);
    expect(() => toArrowBytes([{kpi: "x", period: 2023, value: Number.NaN}], columns)).toThrow(/column "value", row 0: expected a finite number/);
  });
});
