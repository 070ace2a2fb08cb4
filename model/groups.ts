// The comparison groups the site uses, declared once. Their memberships are Kolada's
// (/municipality_groups, kept in the snapshot's metadata.json as areas of type G); what is
// declared here is which groups the site uses and how it names them. SKR's codes (A1–C9) are not
// in Kolada's data: they are a lookup from SKR's published nine-group scheme (kommungruppsindelning
// 2023), checked against SKR's own open data for all 290 kommuner.

/** Kolada's group of all 290 kommuner (its values are the unweighted mean of the kommuner). */
export const ALL_KOMMUNER_GROUP = "G2328";

export interface SkrGroup {
  /** Kolada's group id */
  id: string;
  /** SKR's code in the 2023 scheme */
  code: string;
  /** SKR's name of the group */
  name: string;
}

/** SKR's kommungrupper 2023 as Kolada publishes them (G92786–G92794), in SKR's order. */
// prettier-ignore
export const SKR_GROUPS: readonly SkrGroup[] = [
  {id: "G92787", code: "A1", name: "Storstäder"},
  {id: "G92793", code: "A2", name: "Pendlingskommun nära storstad"},
  {id: "G92790", code: "B3", name: "Större stad"},
  {id: "G92792", code: "B4", name: "Pendlingskommun nära större stad"},
  {id: "G92786", code: "B5", name: "Lågpendlingskommun nära större stad"},
  {id: "G92788", code: "C6", name: "Mindre stad/tätort"},
  {id: "G92789", code: "C7", name: "Pendlingskommun nära mindre stad/tätort"},
  {id: "G92791", code: "C8", name: "Landsbygdskommun"},
  {id: "G92794", code: "C9", name: "Landsbygdskommun med besöksnäring"}
];

/** Kolada's size groups by population ("Kommuner med … invånare (ovägt medel)"), smallest first. */
export const SIZE_GROUP_IDS: readonly string[] = ["G30823", "G30830", "G30824", "G30826", "G30827", "G30829", "G30831", "G30825", "G30828"];

/** The title every group of Kolada's liknande-kommuner family (labour market) starts with; the refresh searches Kolada's groups by it. */
export const LIKNANDE_PREFIX = "Liknande kommuner arbetsmarknad, ";
/**
 * The year of the liknande-kommuner family the site uses. Kolada publishes the family under a
 * year ("…, <kommun>, 2024"); when it publishes a newer one, or renames this one's year, the
 * refresh reports it or stops (docs/refresh.md, "The liknande kommuner's year"), and a person
 * changes this year after looking at the new family.
 */
export const LIKNANDE_YEAR = 2024;
/** Any year's liknande-kommuner group: "Liknande kommuner arbetsmarknad, <kommun>, <year>" (1: kommun, 2: year). */
export const LIKNANDE_FAMILY_TITLE = /^Liknande kommuner arbetsmarknad, (.+), (\d{4})$/;
/** Kolada's "Liknande kommuner arbetsmarknad, <kommun>, 2024": the kommun's seven most similar kommuner (1: kommun). */
export const LIKNANDE_TITLE = new RegExp(`^${LIKNANDE_PREFIX}(.+), ${LIKNANDE_YEAR}$`);
/** How many kommuner a liknande-kommuner group holds. */
export const LIKNANDE_SIZE = 7;

export type GroupFamily = "all" | "skr" | "size" | "liknande";

/**
 * The groups whose own Kolada values the refresh fetches (Alla kommuner, the size groups, the SKR
 * groups), besides Riket. The liknande-kommuner groups' values are not fetched: their means are
 * computed from the members' values (loaders/analysis/groupValues.ts).
 */
export const VALUE_GROUP_IDS: readonly string[] = [ALL_KOMMUNER_GROUP, ...SIZE_GROUP_IDS, ...SKR_GROUPS.map((g) => g.id)];

/** Which of the site's families a Kolada group belongs to, or null when the site does not use it. */
export function groupFamily(group: {id: string; title: string}): GroupFamily | null {
  if (group.id === ALL_KOMMUNER_GROUP) return "all";
  if (SKR_GROUPS.some((g) => g.id === group.id)) return "skr";
  if (SIZE_GROUP_IDS.includes(group.id)) return "size";
  if (LIKNANDE_TITLE.test(group.title)) return "liknande";
  return null;
}

/** A kommun's groups (Kolada ids), as the snapshot's memberships give them. */
export interface KommunGroups {
  kommun: string;
  skr: string;
  size: string;
  /** the kommun's own liknande-kommuner group (its seven members do not include the kommun) */
  liknande: string;
  liknandeMembers: readonly string[];
}
