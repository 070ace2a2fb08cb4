import {describe, expect, test} from "vitest";
import {formatList, formatYearRange} from "../../../components/kit/wording.js";
import {
  NBSP,
  formatByUnit,
  formatCount,
  formatDate,
  formatKronorPerInvanare,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatShare,
  formatYear,
  signed,
  tickFormat
} from "../../../components/kit/format.js";

describe("Swedish number formats", () => {
  test("groups thousands with a non-breaking space and uses a decimal comma", () => {
    expect(formatNumber(1234.5)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber(0.25, {decimals: 2})).toBe("0,25");
  });
  test("drops trailing zeros unless decimals are fixed", () => {
    expect(formatNumber(42)).toBe("42");
    expect(formatNumber(42.04)).toBe("42");
    expect(formatNumber(42, {decimals: 1})).toBe("42,0");
    expect(formatNumber(17.456, {maxDecimals: 2})).toBe("17,46");
  });
  test("uses a true minus sign", () => {
    expect(formatNumber(-3.5)).toBe("\u22123,5");
    expect(signed(-3.5)).toBe("\u22123,5");
    expect(signed(3.5)).toBe("+3,5");
    expect(signed(0)).toBe("±0");
  });
  test("units", () => {
    expect(formatPercent(42)).toBe(`42${NBSP}%`);
    expect(formatPercent(42.46)).toBe(`42,5${NBSP}%`);
    expect(formatShare(0.425)).toBe(`42,5${NBSP}%`);
    expect(formatKronorPerInvanare(1234.4)).toBe(`1${NBSP}234${NBSP}kr/inv`);
    expect(formatCount(1234.4)).toBe(`1${NBSP}234`);
    expect(formatPercentagePoints(-2)).toBe(`\u22122${NBSP}procentenheter`);
    expect(formatByUnit(747, "kr/inv")).toBe(`747${NBSP}kr/inv`);
    expect(formatByUnit(52, "procent")).toBe(`52${NBSP}%`);
  });
  test("missing values are a dash, never zero", () => {
    for (const v of [null, undefined, Number.NaN]) {
      expect(formatNumber(v)).toBe("–");
      expect(formatPercent(v)).toBe("–");
      expect(formatKronorPerInvanare(v)).toBe("–");
    }
  });
  test("years have no separator", () => {
    expect(formatYear(2024)).toBe("2024");
    expect(formatYearRange(2016, 2023)).toBe("2016–2023");
    expect(formatYearRange(2023, 2023)).toBe("2023");
  });
  test("dates and lists", () => {
    expect(formatDate("2022-09-15")).toBe("15 september 2022");
    expect(formatDate("not a date")).toBe("–");
    expect(formatList(["Vänersborg"])).toBe("Vänersborg");
    expect(formatList(["Vänersborg", "Alingsås", "Alvesta"])).toBe("Vänersborg, Alingsås och Alvesta");
  });
  test("tick formatter", () => {
    expect(tickFormat("kr/inv")(1500)).toBe(`1${NBSP}500`);
  });
});
