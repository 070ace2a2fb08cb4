// The refresh's groups: the memberships of every group the site uses, fetched from Kolada's
// /municipality_groups. The groups with fixed ids (Alla kommuner, the size groups, the SKR groups:
// model/groups.ts VALUE_GROUP_IDS) are fetched by id; the liknande-kommuner family is found by its
// title (a search for "Liknande kommuner arbetsmarknad"), so that a new year's family is noticed.
// What happens when Kolada publishes or renames the family's year: docs/refresh.md, "The liknande
// kommuner's year".
import {LIKNANDE_FAMILY_TITLE, LIKNANDE_PREFIX, LIKNANDE_TITLE, LIKNANDE_YEAR, SKR_GROUPS, VALUE_GROUP_IDS} from "../../model/groups.js";
import {areaName} from "../../model/catalogue.js";
import {InputError} from "../errors.js";
import type {KoladaClient} from "./client.js";
import type {AreaMeta} from "./types.js";

export interface SiteGroups {
  /** every group the site uses, with its members (sorted ids) */
  groups: AreaMeta[];
  /** things a person should know that do not stop the refresh (a newer liknande family), for the change report */
  notices: string[];
}

/** The search term for the liknande-kommuner family: its title prefix without the trailing ", ". */
export const LIKNANDE_SEARCH = LIKNANDE_PREFIX.replace(/,\s*$/, "");

const groupName = (id: string) => SKR_GROUPS.find((g) => g.id === id)?.name ?? areaName(id);

export async function fetchSiteGroups(client: KoladaClient, baseUrl: string): Promise<SiteGroups> {
  const at = `${baseUrl}/municipality_groups`;
  const fixed = await client.fetchGroups(VALUE_GROUP_IDS);
  for (const id of VALUE_GROUP_IDS) {
    const g = fixed.find((x) => x.id === id);
    if (!g) throw new InputError(at, null, `group "${id}" (${groupName(id)}), which the site uses, is unknown to Kolada (model/groups.ts)`);
    if (!g.members?.length) throw new InputError(at, null, `group "${id}" (${g.title}) lists no members`, {field: "members"});
  }

  const found = (await client.searchGroups(LIKNANDE_SEARCH)).filter((g) => LIKNANDE_FAMILY_TITLE.test(g.title));
  const current = found.filter((g) => LIKNANDE_TITLE.test(g.title));
  const byYear = new Map<number, AreaMeta[]>();
  for (const g of found) {
    const year = Number(LIKNANDE_FAMILY_TITLE.exec(g.title)![2]);
    byYear.set(year, [...(byYear.get(year) ?? []), g]);
  }
  const others = [...byYear].filter(([year]) => year !== LIKNANDE_YEAR).sort(([a], [b]) => a - b);
  const describe = ([year, groups]: [number, AreaMeta[]]) => `${groups.length} for ${year} (e.g. ${groups[0].id} "${groups[0].title}")`;
  if (current.length === 0) {
    throw new InputError(
      `${at}?title=${LIKNANDE_SEARCH}`,
      null,
      `lists no "${LIKNANDE_PREFIX}<kommun>, ${LIKNANDE_YEAR}" group` +
        (others.length ? `, but ${others.map(describe).join(" and ")}: Kolada renamed or replaced the family` : "") +
        `. The site's year is LIKNANDE_YEAR in model/groups.ts: check the new family on kolada.se, change the year, and refresh again (docs/refresh.md)`
    );
  }
  const newer = others.filter(([year]) => year > LIKNANDE_YEAR);
  const notices = newer.map(
    (entry) =>
      `Kolada also publishes a newer liknande-kommuner family: ${describe(entry)}. The site keeps the ${LIKNANDE_YEAR} family until LIKNANDE_YEAR in model/groups.ts is changed (docs/refresh.md, "The liknande kommuner's year").`
  );

  // A title search may list groups without their members: fetch those by id.
  const lacking = current.filter((g) => g.members === null).map((g) => g.id);
  const fetched = new Map((lacking.length ? await client.fetchGroups(lacking) : []).map((g) => [g.id, g]));
  const liknande = current.map((g) => (g.members === null ? fetched.get(g.id) : g));
  liknande.forEach((g, i) => {
    if (!g) throw new InputError(at, null, `group "${current[i].id}" (${current[i].title}) was listed by the title search but is unknown by id`);
  });
  const fixedIds = new Set(VALUE_GROUP_IDS);
  return {groups: [...fixed.filter((g) => fixedIds.has(g.id)), ...(liknande as AreaMeta[])], notices};
}
