// The kommun pages' sentences: a place among the kommuner with a value, and what the snapshot lacks.
// A place is a position in an order of values, never a verdict: the words say which end of the
// order place 1 is (Kolada's own warning against reading a rank as good or bad).
import {formatByUnit, formatCount, formatYear, type Unit} from "../kit/format.js";
import type {KommunPlace} from "../../model/pages/kommun.js";
import {MISSING_HERE} from "../kit/wording.js";

/** What the snapshot lacks, said the same way everywhere (not what Kolada lacks): the kit's wording. */
export const SNAPSHOT_LACKS = MISSING_HERE;

/** Which end of the order is place 1: the lowest value for a KPI where lower is better, else the highest. */
export const orderWords = (direction: string): string => (direction === "lower" ? "räknat från det lägsta värdet" : "räknat från det högsta värdet");

/** "plats 45 av 212" (with "delad med 2 andra" when tied). */
export function placeText(place: KommunPlace): string {
  const shared =
    place.tiedWith > 1 ? ` (delad med ${formatCount(place.tiedWith - 1)} ${place.tiedWith - 1 === 1 ? "annan kommun" : "andra kommuner"} med samma värde)` : "";
  return `plats ${formatCount(place.rank)} av ${formatCount(place.kommuner)}${shared}`;
}

/** The sentence of the latest place and the one of the year before. */
export function placeSentences(name: string, places: readonly KommunPlace[], options: {direction: string; unit: Unit}): string[] {
  const latest = places[places.length - 1];
  if (!latest) return [];
  const out = [`${formatYear(latest.period)} har ${name} ${placeText(latest)} bland kommunerna med värde, ${orderWords(options.direction)}.`];
  const before = places.find((p) => p.period === latest.period - 1);
  if (before) out.push(`Året före, ${formatYear(before.period)}, hade ${name} ${placeText(before)} (${formatByUnit(before.value, options.unit)}).`);
  else out.push(`Värdet för ${formatYear(latest.period - 1)} ${SNAPSHOT_LACKS}, så det finns ingen plats för året före.`);
  return out;
}
