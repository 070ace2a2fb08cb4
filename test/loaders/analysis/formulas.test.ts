// The analysis stage's scalar formulas, each on its own with the awkward cases, and once through
// arquero (registered with aq.addFunction), where a left join leaves undefined for a missing value.
import * as aq from "arquero";
import {describe, expect, test} from "vitest";
import {correlationWord, op, percentile, ratio, shareBelow, wilson, wilsonLower, wilsonUpper} from "../../../loaders/analysis/formulas.js";
import {CORRELATION_WORDS, Z_95} from "../../../model/vocabulary.js";

describe("wilson(k, n, z): the Wilson score interval as proportions", () => {
  test("the textbook value: 5 of 10 at 95 % is 0,2366–0,7634, symmetric around one half", () => {
    const w = wilson(5, 10, Z_95)!;
    expect(w.lower).toBeCloseTo(0.2366, 4);
    expect(w.upper).toBeCloseTo(0.7634, 4);
    expect(w.lower + w.upper).toBeCloseTo(1, 12);
  });
  test("no successes: exactly 0 below, z² / (n + z²) above; all successes: exactly 1 above", () => {
    expect(wilson(0, 10, Z_95)).toEqual({lower: 0, upper: expect.closeTo((Z_95 * Z_95) / (10 + Z_95 * Z_95), 12)});
    const all = wilson(10, 10, Z_95)!;
    expect(all.upper).toBe(1);
    expect(all.lower).toBeCloseTo(1 - wilson(0, 10, Z_95)!.upper, 12);
  });
  test("one trial is wide; a thousand are narrow; the bounds stay within 0–1", () => {
    expect(wilson(1, 1, Z_95)!.lower).toBeCloseTo(0.2065, 4);
    const w = wilson(500, 1000, Z_95)!;
    expect(w.upper - w.lower).toBeGreaterThan(0.061);
    expect(w.upper - w.lower).toBeLessThan(0.063);
    for (const [k, n] of [
      [1, 1000],
      [999, 1000],
      [0.5, 1],
      [1e-9, 3]
    ]) {
      const b = wilson(k, n, Z_95)!;
      expect(b.lower).toBeGreaterThanOrEqual(0);
      expect(b.upper).toBeLessThanOrEqual(1);
      expect(b.lower).toBeLessThan(b.upper);
    }
  });
  test("a successes count need not be whole: 12 % of 25 is the interval of 3 of 25", () => {
    expect(wilson((12 / 100) * 25, 25, Z_95)).toEqual(wilson(3, 25, Z_95));
  });
  test("z = 0 gives the share itself at both ends", () => {
    expect(wilson(3, 12, 0)).toEqual({lower: 0.25, upper: 0.25});
  });
  test("no trials, a missing count or a missing n: no interval", () => {
    expect(wilson(0, 0, Z_95)).toBeNull();
    expect(wilson(0, -1, Z_95)).toBeNull();
    expect(wilson(null, 10, Z_95)).toBeNull();
    expect(wilson(undefined, 10, Z_95)).toBeNull();
    expect(wilson(3, null, Z_95)).toBeNull();
    expect(wilson(3, Number.NaN, Z_95)).toBeNull();
  });
  test("more successes than trials, or fewer than none, is an error, not an interval", () => {
    expect(() => wilson(11, 10, Z_95)).toThrow(RangeError);
    expect(() => wilson(-1, 10, Z_95)).toThrow(RangeError);
    expect(() => wilson(Number.NaN, 10, Z_95)).toThrow(RangeError);
  });
});

describe("wilsonLower and wilsonUpper: the interval of a share in percent, in percent", () => {
  test("the share's successes are share / 100 × n; the bounds × 100", () => {
    expect(wilsonLower(50, 10, Z_95)).toBe(wilson(5, 10, Z_95)!.lower * 100);
    expect(wilsonUpper(50, 10, Z_95)).toBe(wilson(5, 10, Z_95)!.upper * 100);
  });
  test("exactly 0 and 100 at the ends", () => {
    expect(wilsonLower(0, 7, Z_95)).toBe(0);
    expect(wilsonUpper(100, 7, Z_95)).toBe(100);
  });
  test("null, never 0, without a share, a count, or with no participants", () => {
    for (const [share, n] of [
      [null, 10],
      [undefined, 10],
      [30, null],
      [30, undefined],
      [0, 0]
    ]) {
      expect(wilsonLower(share, n, Z_95)).toBeNull();
      expect(wilsonUpper(share, n, Z_95)).toBeNull();
    }
  });
});

describe("ratio(a, b)", () => {
  test("a / b; null where either is missing or b is 0; a 0 numerator is a ratio of 0", () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(-2, 4)).toBe(-0.5);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(3, undefined)).toBeNull();
  });
});

describe("shareBelow(up, n): percent of the other kommuner with a lower value", () => {
  test("the lowest 0, the highest 100, the middle of five 50", () => {
    expect(shareBelow(1, 5)).toBe(0);
    expect(shareBelow(5, 5)).toBe(100);
    expect(shareBelow(3, 5)).toBe(50);
  });
  test("ties share the lowest rank, so the kommuner tied with it do not count as lower", () => {
    // values 10, 20, 20, 30: both 20s have up = 2, one of three others lower
    expect(shareBelow(2, 4)).toBe(100 / 3);
  });
  test("the only kommun with a value: 0, not NaN; no rank: null", () => {
    expect(shareBelow(1, 1)).toBe(0);
    expect(shareBelow(null, 5)).toBeNull();
    expect(shareBelow(undefined, 5)).toBeNull();
  });
  test("op.percent_rank() × 100 up to the last digit (written so the served values keep theirs)", () => {
    const values = [7, 3, 3, 9, 1, 12, 5];
    const t = aq
      .table({value: values})
      .orderby("value")
      .derive({up: aq.op.rank(), percent_rank: aq.op.percent_rank()})
      .params({n: values.length})
      .derive({share_below: (d: {up: number}, $: {n: number}) => op.share_below(d.up, $.n)});
    for (const r of t.objects() as {percent_rank: number; share_below: number}[]) expect(r.share_below).toBeCloseTo(r.percent_rank * 100, 12);
    expect(shareBelow(2, 4)).not.toBe((1 / 3) * 100); // the last digit differs: 33.333333333333336, 33.33333333333333
  });
});

describe("percentile(rank, tied, n): ties count as half behind", () => {
  test("the best of five alone is 90; the worst 10; two tied for first share 80", () => {
    expect(percentile(1, 1, 5)).toBe(90);
    expect(percentile(5, 1, 5)).toBe(10);
    expect(percentile(1, 2, 5)).toBe(80);
  });
  test("all tied: 50; the only one: 50; no rank: null", () => {
    expect(percentile(1, 4, 4)).toBe(50);
    expect(percentile(1, 1, 1)).toBe(50);
    expect(percentile(null, 1, 5)).toBeNull();
    expect(percentile(undefined, undefined, 5)).toBeNull();
  });
});

describe("correlationWord(r)", () => {
  test("the first word whose bound exceeds |r|; a bound itself belongs to the next word", () => {
    expect(correlationWord(0)).toBe(CORRELATION_WORDS[0].text);
    expect(correlationWord(-0.05)).toBe(CORRELATION_WORDS[0].text);
    expect(correlationWord(0.1)).toBe(CORRELATION_WORDS[1].text);
    expect(correlationWord(-0.3)).toBe(CORRELATION_WORDS[2].text);
    expect(correlationWord(0.4999)).toBe(CORRELATION_WORDS[2].text);
    expect(correlationWord(1)).toBe(CORRELATION_WORDS.at(-1)!.text);
    expect(correlationWord(-1)).toBe(CORRELATION_WORDS.at(-1)!.text);
  });
  test("no r (too few kommuner, no spread): no word", () => {
    expect(correlationWord(null)).toBeNull();
    expect(correlationWord(undefined)).toBeNull();
    expect(correlationWord(Number.NaN)).toBeNull();
  });
});

describe("registered with arquero", () => {
  test("a table expression calls them by name; undefined after a left join is missing", () => {
    const t = aq
      .table({id: ["a", "b", "c"], n: [10, 0, 4]})
      .join_left(aq.table({id: ["a", "b"], share: [50, 0]}), "id")
      .params({z: Z_95})
      .derive({
        lower: (d: {share: number; n: number}, $: {z: number}) => op.wilson_lower(d.share, d.n, $.z),
        half: (d: {share: number; n: number}) => op.ratio(d.share, d.n),
        kommun: (d: {id: string}) => op.is_kommun(d.id)
      });
    expect(t.objects()).toEqual([
      {id: "a", n: 10, share: 50, lower: wilsonLower(50, 10, Z_95), half: 5, kommun: false},
      {id: "b", n: 0, share: 0, lower: null, half: null, kommun: false},
      {id: "c", n: 4, share: undefined, lower: null, half: null, kommun: false}
    ]);
    expect(
      aq
        .table({id: ["0764", "0000", "G2328", "764"]})
        .derive({kommun: (d: {id: string}) => op.is_kommun(d.id)})
        .array("kommun")
    ).toEqual([true, false, false, false]);
  });
});
