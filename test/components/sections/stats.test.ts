import {describe, expect, test} from "vitest";
import {FEW_PARTICIPANTS} from "../../../model/vocabulary.js";
import {isUnstableShare, kpiDirection, median, rank, rankByYear, shareStability, wilsonInterval, wilsonIntervalFromPercent} from "../../../components/sections/stats.js";

describe("wilsonInterval", () => {
  test("matches the textbook value for 5 of 10 (23,7 %–76,3 %)", () => {
    const w = wilsonInterval(5, 10)!;
    expect(w.share).toBe(50);
    expect(w.lower).toBeCloseTo(23.66, 2);
    expect(w.upper).toBeCloseTo(76.34, 2);
    expect(w.n).toBe(10);
  });
  test("0 successes: lower bound exactly 0, upper z²/(n+z²)", () => {
    const w = wilsonInterval(0, 10)!;
    expect(w.lower).toBe(0);
    expect(w.upper).toBeCloseTo((100 * 1.959964 ** 2) / (10 + 1.959964 ** 2), 3); // 27,75 %
    expect(w.share).toBe(0);
  });
  test("n successes: upper bound exactly 100, lower symmetric to the 0 case", () => {
    const w = wilsonInterval(10, 10)!;
    expect(w.upper).toBe(100);
    expect(w.lower).toBeCloseTo(100 - wilsonInterval(0, 10)!.upper, 9);
  });
  test("1 of 1 is wide, 500 of 1000 is narrow", () => {
    expect(wilsonInterval(1, 1)!.lower).toBeCloseTo(20.65, 2);
    const w = wilsonInterval(500, 1000)!;
    expect(w.upper - w.lower).toBeLessThan(6.3);
    expect(w.upper - w.lower).toBeGreaterThan(6.1);
  });
  test("n = 0 and missing inputs give null", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(null, 10)).toBeNull();
    expect(wilsonInterval(3, null)).toBeNull();
    expect(wilsonInterval(3, Number.NaN)).toBeNull();
  });
  test("impossible counts throw a clear error", () => {
    expect(() => wilsonInterval(11, 10)).toThrow(/successes must be between 0 and n = 10/);
    expect(() => wilsonInterval(-1, 10)).toThrow(/successes/);
    expect(() => wilsonInterval(1, -5)).toThrow(/n must be a non-negative/);
  });
  test("from a published percent and its denominator", () => {
    const w = wilsonIntervalFromPercent(12, 25)!; // 3 of 25
    expect(w.share).toBeCloseTo(12, 9);
    expect(w.lower).toBeCloseTo(wilsonInterval(3, 25)!.lower, 9);
    expect(wilsonIntervalFromPercent(null, 25)).toBeNull();
    expect(wilsonIntervalFromPercent(40, 0)).toBeNull();
    expect(() => wilsonIntervalFromPercent(140, 10)).toThrow(/between 0 and 100/);
  });
});

describe("unstable share rule", () => {
  test(`fewer than ${FEW_PARTICIPANTS} participants is "few"; missing n is "unknown"`, () => {
    expect(FEW_PARTICIPANTS).toBe(30);
    expect(shareStability(29)).toBe("few");
    expect(shareStability(30)).toBe("stable");
    expect(shareStability(null)).toBe("unknown");
    expect(isUnstableShare(12)).toBe(true);
    expect(isUnstableShare(undefined)).toBe(false);
    expect(isUnstableShare(12, 10)).toBe(false);
  });
});

describe("median", () => {
  test("odd, even, missing skipped, empty", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, undefined, Number.NaN, 1])).toBe(3);
    expect(median([null])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe("rank", () => {
  const values = [
    {id: "0001", value: 40},
    {id: "0002", value: 55},
    {id: "0003", value: 40},
    {id: "0004", value: null},
    {id: "0005", value: 10},
    {id: "0006", value: 55}
  ];
  test("competition ranking with ties, higher is better; missing excluded and counted", () => {
    const r = rank(values, "higher");
    expect(r.entries.map((e) => [e.id, e.rank])).toEqual([["0002", 1], ["0006", 1], ["0001", 3], ["0003", 3], ["0005", 5]]);
    expect(r.missing).toEqual(["0004"]);
    expect(r.byId.get("0001")).toMatchObject({rank: 3, of: 5, tiedWith: 2});
    expect(r.byId.has("0004")).toBe(false);
    // percentile: (behind + tied/2) / of
    expect(r.byId.get("0002")!.percentile).toBeCloseTo((100 * (3 + 1)) / 5, 9); // 80
    expect(r.byId.get("0001")!.percentile).toBeCloseTo((100 * (1 + 1)) / 5, 9); // 40
    expect(r.byId.get("0005")!.percentile).toBeCloseTo((100 * 0.5) / 5, 9); // 10
  });
  test("lower is better reverses the order", () => {
    const r = rank(values, "lower");
    expect(r.byId.get("0005")!.rank).toBe(1);
    expect(r.byId.get("0001")!.rank).toBe(2);
    expect(r.byId.get("0002")!.rank).toBe(4);
  });
  test("neutral ranks from the highest value", () => {
    expect(rank(values, "neutral").byId.get("0002")!.rank).toBe(1);
  });
  test("a single value and all-missing", () => {
    expect(rank([{id: "0001", value: 3}], "higher").entries[0]).toMatchObject({rank: 1, of: 1, percentile: 50});
    const none = rank([{id: "0001", value: null}], "higher");
    expect(none.entries).toEqual([]);
    expect(none.missing).toEqual(["0001"]);
  });
  test("duplicate ids are an error", () => {
    expect(() => rank([{id: "0001", value: 1}, {id: "0001", value: 2}], "higher")).toThrow(/duplicate id 0001/);
  });
});

describe("rankByYear", () => {
  const rows = [
    {kpi: "U40455", municipality: "0764", period: 2022, gender: "T", value: 55},
    {kpi: "U40455", municipality: "1487", period: 2022, gender: "T", value: 30},
    {kpi: "U40455", municipality: "1489", period: 2022, gender: "T", value: null},
    {kpi: "U40455", municipality: "G2328", period: 2022, gender: "T", value: 40},
    {kpi: "U40455", municipality: "0000", period: 2022, gender: "T", value: 41},
    {kpi: "U40455", municipality: "1487", period: 2022, gender: "K", value: 90},
    {kpi: "N40011", municipality: "1487", period: 2022, gender: "T", value: 900},
    {kpi: "U40455", municipality: "0764", period: 2021, gender: "T", value: 12}
  ];
  test("per year, kommuner only, one gender, one KPI; rows absent for listed kommuner count as missing", () => {
    const by = rankByYear(rows, "U40455", {allKommuner: ["0764", "1487", "1489", "2380"]});
    expect([...by.keys()]).toEqual([2021, 2022]);
    const r22 = by.get(2022)!;
    expect(r22.direction).toBe("higher");
    expect(r22.entries.map((e) => e.id)).toEqual(["0764", "1487"]);
    expect(r22.missing).toEqual(["1489", "2380"]);
    expect(by.get(2021)!.missing).toEqual(["1487", "1489", "2380"]);
  });
  test("KPI directions are stated", () => {
    expect(kpiDirection("U40455")).toBe("higher");
    expect(kpiDirection("N03927")).toBe("lower");
    expect(kpiDirection("N40011")).toBe("neutral");
    expect(kpiDirection("X99999")).toBe("neutral");
  });
});
