// The median (the Wilson interval, the few-participants rule, ranks and percentiles moved to the
// analysis stage: test/loaders/analysis/results.test.ts and ranks.test.ts).
import {describe, expect, test} from "vitest";
import {median} from "../../../components/sections/stats.js";

describe("median", () => {
  test("odd, even, missing skipped, empty", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, undefined, Number.NaN, 1])).toBe(3);
    expect(median([null])).toBeNull();
    expect(median([])).toBeNull();
  });
});
