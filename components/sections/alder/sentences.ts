// The sentences of "Åldersprofiler", from the served rows: each kommun's young participants
// against the young in the population, its age structure against the reference area, the audit's
// reference case, and where the youth-unemployment series breaks.
import {areaName} from "../../../model/catalogue.js";
import {formatYearRange, formatYears, genitive, inSentence} from "../../kit/wording.js";
import {ALDER, YOUTH_SEGMENTS, type YearBoundSegment} from "../../../model/pages/alder.js";
import type {RowOf} from "../../../model/table.js";
import type {youthReferenceCase, youthRepresentation} from "../../../model/tables/age.js";
import {formatByUnit, formatNumber, formatYear} from "../../kit/format.js";

type RepresentationRow = RowOf<typeof youthRepresentation>;

/**
 * "Östersund 2024: 41 % av deltagarna var 24 år eller yngre, mot 11,8 % 16–24-åringar i
 * befolkningen, alltså 3,5 gånger så stor andel som i befolkningen." The wording follows the row's
 * band (over, same, under); without a ratio it says which part is missing.
 */
export function representationSentence(name: string, year: number, row: RepresentationRow | undefined): string {
  if (!row || row.ratio === null) {
    const lacking = !row || row.participants_share === null ? "andelen unga deltagare" : "befolkningens åldersfördelning";
    return `${name}: ${lacking} saknas för ${formatYear(year)}, så kvoten kan inte beräknas.`;
  }
  const how =
    row.band === "over"
      ? `${formatNumber(row.ratio, {maxDecimals: 1})} gånger så stor andel som i befolkningen`
      : row.band === "under"
        ? `en mindre andel än i befolkningen (kvot ${formatNumber(row.ratio, {maxDecimals: 2})})`
        : "ungefär samma andel som i befolkningen";
  return `${name} ${formatYear(year)}: ${formatByUnit(row.participants_share, "procent", {maxDecimals: 1})} av deltagarna var 24 år eller yngre, mot ${formatByUnit(row.population_share, "procent", {maxDecimals: 1})} 16–24-åringar i befolkningen, alltså ${how}.`;
}

/** The shares of the age sentence's bands for one group, null where missing. */
export interface AgeSentenceShares {
  old: number | null;
  young: number | null;
}

/**
 * "22,6 % av invånarna i Vänersborg var 65 år eller äldre 2024 (riket: 20,4 %) och 21,9 % var
 * 0–19 år (riket: 22,8 %)." Null when neither band has a value.
 */
export function ageSentence(name: string, year: number, own: AgeSentenceShares, reference: AgeSentenceShares): string | null {
  const referenceName = areaName(ALDER.ageReference).toLowerCase();
  const pct = (v: number) => formatByUnit(v, "procent", {maxDecimals: 1});
  const ref = (v: number | null) => (v !== null ? ` (${referenceName}: ${pct(v)})` : "");
  const parts: string[] = [];
  if (own.old !== null) parts.push(`${pct(own.old)} av invånarna i ${name} var ${ALDER.ageSentence.old.words} ${formatYear(year)}${ref(reference.old)}`);
  if (own.young !== null) parts.push(`${pct(own.young)} var ${ALDER.ageSentence.young.words}${ref(reference.young)}`);
  if (parts.length === 0) return null;
  const text = `${parts.join(" och ")}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The reference case in words: what the report printed, its kommun against the comparison area
 * in the declared year, and the same share against the kommun's population.
 */
export function referenceSentence(row: RowOf<typeof youthReferenceCase> | undefined, printedYears: readonly number[], kommun: string): string {
  const name = areaName(kommun);
  const year = ALDER.reference.year;
  const against = areaName(ALDER.reference.against);
  const parts = [
    `Granskningen av ${genitive(name)} arbetsmarknadsåtgärder trycker andelen deltagare som är 24 år eller yngre ${formatYearRange(printedYears[0], printedYears.at(-1)!)}.`
  ];
  if (row && row.mean_share !== null && row.ratio_to_mean !== null) {
    parts.push(
      `År ${formatYear(year)} var ${formatByUnit(row.participants_share, "procent")} av ${genitive(name)} deltagare 24 år eller yngre, mot ${formatByUnit(row.mean_share, "procent")} i ${inSentence(against)}: ${formatNumber(row.ratio_to_mean, {maxDecimals: 1})} gånger så hög andel.`
    );
  }
  parts.push("Rapporten jämför alltså deltagare med deltagare i andra kommuner, inte med befolkningen.");
  parts.push(
    !row || row.population_share === null || row.ratio_to_population === null
      ? `Andelen 16–24-åringar i ${genitive(name)} befolkning ${formatYear(year)} finns inte i den inbäddade ögonblicksbilden; en datauppdatering gör det möjligt att räkna kvoten mot befolkningen.`
      : `Andelen 16–24-åringar i ${genitive(name)} befolkning var ${formatByUnit(row.population_share, "procent")} samma år, så kvoten mot befolkningen var ${formatNumber(row.ratio_to_population, {maxDecimals: 1})}.`
  );
  return parts.join(" ");
}

/**
 * The sentence naming where a combined series breaks: "Serien bryts mellan 2023 och 2024: till och
 * med 2023 visas …, från 2024 …. Värdena före och efter brottet är inte direkt jämförbara."
 */
export function seriesBreakSentence(segments: readonly YearBoundSegment[] = YOUTH_SEGMENTS): string {
  if (segments.length < 2) return "";
  const parts: string[] = [];
  const breaks: string[] = [];
  segments.forEach((s, i) => {
    if (i === 0) parts.push(`till och med ${formatYear(s.to)} visas ${s.label}`);
    else if (s.to === undefined) parts.push(`från ${formatYear(s.from)} ${s.label}`);
    else parts.push(`${formatYear(s.from)}–${formatYear(s.to)} ${s.label}`);
    if (i > 0) breaks.push(`mellan ${formatYear(segments[i - 1].to)} och ${formatYear(s.from)}`);
  });
  const list = parts.length === 2 ? parts.join(", ") : `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}`;
  return `Serien bryts ${breaks.join(" och ")}: ${list}. Värdena före och efter brottet är inte direkt jämförbara.`;
}

const NUMBER_WORDS = ["Inga", "Ett", "Två", "Tre", "Fyra", "Fem"];

/** The note under the youth-unemployment chart: which KPI covers which years, and where the new series begins in the chart. */
export function youthSeriesNote(breakYears: readonly number[], segments: readonly YearBoundSegment[] = YOUTH_SEGMENTS): string {
  const spans = segments.map((s) => `${s.kpi} ${s.from === undefined ? `till och med ${formatYear(s.to)}` : `från ${formatYear(s.from)}`}`).join(", ");
  const count = NUMBER_WORDS[segments.length] ?? String(segments.length);
  return `${count} nyckeltal i en serie: ${spans}; värdena före och efter brottet är inte direkt jämförbara.${breakYears.length ? ` I diagrammet börjar den nya serien ${formatYears(breakYears)}.` : ""}`;
}
