import {describe, expect, test} from "vitest";
import {mapThresholds} from "../../../components/kommun/index.js";
import {searchKey} from "../../../components/kit/wording.js";

describe("the kommun index", () => {
  test("the search ignores case and diacritics", () => {
    expect(searchKey("Östersund")).toBe("ostersund");
    expect(searchKey("Åre")).toBe(searchKey("are"));
    expect(searchKey("Malå")).toBe("mala");
    expect(searchKey("Umeå").includes(searchKey("UME"))).toBe(true);
  });
  test("the map's classes: the quintiles of the values, whole units, no repeats", () => {
    const values = Array.from({length: 100}, (_, i) => i + 0.4);
    expect(mapThresholds(values)).toEqual([20, 40, 60, 80]);
    expect(mapThresholds([5, 5, 5, 5, 5])).toEqual([5]);
    expect(mapThresholds([])).toEqual([]);
  });
});
