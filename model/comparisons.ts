// How a group comparison is drawn, stated once for every page: Kolada's own group value where the
// snapshot holds it ("Källa: Kolada"), otherwise the unweighted mean of the members' values (own
// processing, with the number of kommuner behind it), drawn only when at least half of the group's
// members have a value. Riket is always Kolada's own value (a weighted national figure, never an own
// mean).

/** Riket's area id in Kolada. */
export const RIKET = "0000";

/** Where a comparison value comes from. */
export type ComparisonSource = "kolada" | "medel";
export const COMPARISON_SOURCES: readonly ComparisonSource[] = ["kolada", "medel"];

/** An own group mean needs at least this share of the group's members to have a value. */
export const GROUP_MEAN_MIN_SHARE = 0.5;

/** The fewest members with a value for an own mean of a group of `members` kommuner. */
export const groupMeanMinKommuner = (members: number): number => Math.max(1, Math.ceil(members * GROUP_MEAN_MIN_SHARE));

/** The rule in Swedish, for a page's definition text. */
export const COMPARISON_RULE_TEXT =
  "Jämförelsegrupper visas med Koladas eget värde för gruppen när ögonblicksbilden har det (Källa: Kolada). " +
  "Annars visas det ovägda medelvärdet av gruppens kommuner med värde (egen bearbetning), när minst hälften av gruppens kommuner har ett värde; antalet kommuner bakom medelvärdet står vid det. " +
  "Riket är alltid Koladas eget värde.";
