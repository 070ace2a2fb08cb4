// Small statistics for the pages: the median. (Intervals, ranks and percentiles are computed at
// build time: loaders/analysis/results.ts and ranks.ts.) Missing values are never treated as zero.
import {isMissing} from "../kit/format.js";

/** Median of the present values (missing ones skipped); null when none is present. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => !isMissing(v)).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const mid = present.length >> 1;
  return present.length % 2 === 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
}
