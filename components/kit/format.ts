// Swedish number and date formatting for the whole site (charts, sentences, tables).
// sv-SE conventions: decimal comma, U+00A0 (non-breaking space) as thousands separator and
// between a number and its unit, years without separators, a true minus sign (U+2212).
import {formatLocale, type FormatLocaleObject} from "d3-format";
import {UNIT_LABELS, type Unit} from "../../model/vocabulary.js";

export type {Unit};

export const NBSP = "\u00a0";
export const MINUS = "\u2212";

/** d3-format locale for sv-SE (the same definitions as d3's sv-SE.json, with a real minus). */
export const svLocale: FormatLocaleObject = formatLocale({
  decimal: ",",
  thousands: NBSP,
  grouping: [3],
  currency: ["", `${NBSP}kr`],
  minus: MINUS
});

export type Missing = null | undefined;

/** True for null, undefined and NaN: the site's single notion of "no value". */
export function isMissing(value: number | Missing): value is Missing {
  return value === null || value === undefined || Number.isNaN(value);
}

/** Text used wherever a value is missing (Kolada's own "no value" sign is a dash). */
export const MISSING_TEXT = "–";

const cache = new Map<string, (n: number) => string>();
function fmt(spec: string): (n: number) => string {
  let f = cache.get(spec);
  if (!f) cache.set(spec, (f = svLocale.format(spec)));
  return f;
}

/**
 * A number with Swedish grouping and decimal comma: 1234.5 → "1 234,5" (NBSP).
 * `decimals` fixes the number of decimals; without it up to `maxDecimals` (default 1) are kept
 * and trailing zeros dropped.
 */
export function formatNumber(value: number | Missing, options: {decimals?: number; maxDecimals?: number} = {}): string {
  if (isMissing(value)) return MISSING_TEXT;
  if (options.decimals !== undefined) return fmt(`,.${options.decimals}f`)(value);
  const max = options.maxDecimals ?? 1;
  const rounded = Number(value.toFixed(max));
  const decimals = decimalsNeeded(rounded, max);
  return fmt(`,.${decimals}f`)(rounded);
}

function decimalsNeeded(value: number, max: number): number {
  for (let d = 0; d < max; ++d) {
    if (Math.abs(Number(value.toFixed(d)) - value) < 1e-9) return d;
  }
  return max;
}

/** A percentage given in percent units: 42 → "42 %", 42.46 → "42,5 %". */
export function formatPercent(value: number | Missing, options: {decimals?: number; maxDecimals?: number} = {}): string {
  if (isMissing(value)) return MISSING_TEXT;
  return `${formatNumber(value, options)}${NBSP}%`;
}

/** A share given as a fraction: 0.425 → "42,5 %". */
export function formatShare(value: number | Missing, options: {decimals?: number; maxDecimals?: number} = {}): string {
  if (isMissing(value)) return MISSING_TEXT;
  return formatPercent(value * 100, options);
}

/** Percentage points: 3.2 → "+3,2 procentenheter" (signed). */
export function formatPercentagePoints(value: number | Missing, options: {decimals?: number; maxDecimals?: number} = {}): string {
  if (isMissing(value)) return MISSING_TEXT;
  return `${signed(value, options)}${NBSP}procentenheter`;
}

/** Kronor: 1234 → "1 234 kr". */
export function formatKronor(value: number | Missing, options: {decimals?: number; maxDecimals?: number} = {maxDecimals: 0}): string {
  if (isMissing(value)) return MISSING_TEXT;
  return `${formatNumber(value, options)}${NBSP}kr`;
}

/** Kronor per inhabitant: 1234 → "1 234 kr/inv". */
export function formatKronorPerInvanare(value: number | Missing, options: {decimals?: number; maxDecimals?: number} = {maxDecimals: 0}): string {
  if (isMissing(value)) return MISSING_TEXT;
  return `${formatNumber(value, options)}${NBSP}kr/inv`;
}

/** A count: 1234 → "1 234". */
export function formatCount(value: number | Missing): string {
  return formatNumber(value, {decimals: 0});
}

/** A number with an explicit sign: 3.2 → "+3,2", −3.2 → "−3,2", 0 → "±0". */
export function signed(value: number | Missing, options: {decimals?: number; maxDecimals?: number} = {}): string {
  if (isMissing(value)) return MISSING_TEXT;
  const text = formatNumber(Math.abs(value), options);
  if (/^[0,]+$/.test(text)) return `±${text}`;
  return `${value < 0 ? MINUS : "+"}${text}`;
}

/** A year, never grouped: 2024 → "2024". */
export function formatYear(value: number | Missing): string {
  if (isMissing(value)) return MISSING_TEXT;
  return String(Math.trunc(value));
}

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** An ISO date (or Date) as "15 september 2022". */
export function formatDate(value: string | Date | Missing): string {
  if (value === null || value === undefined) return MISSING_TEXT;
  const date = typeof value === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return MISSING_TEXT;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function formatByUnit(value: number | Missing, unit: Unit, options: {decimals?: number; maxDecimals?: number} = {}): string {
  switch (unit) {
    case "procent":
      return formatPercent(value, options);
    case "kr/inv":
      return formatKronorPerInvanare(value, {maxDecimals: 0, ...options});
    case "kr":
      return formatKronor(value, {maxDecimals: 0, ...options});
    case "antal":
      return formatNumber(value, {maxDecimals: 0, ...options});
    case "kvot":
      return formatNumber(value, {maxDecimals: 2, ...options});
  }
}

/** Axis label text for a unit ("Andel (%)", "Kronor per invånare"). */
export function unitLabel(unit: Unit): string {
  return UNIT_LABELS[unit];
}

/** Tick formatter for Plot axes: numbers in Swedish format without unit suffix. */
export function tickFormat(unit: Unit): (n: number) => string {
  return (n: number) => formatNumber(n, {maxDecimals: unit === "kvot" ? 2 : 1});
}
