// The snapshot's group memberships (metadata.json areas of type G), checked once: every member a
// kommun the snapshot knows, every kommun in exactly one SKR group and one size group and owner of
// exactly one liknande-kommuner group of seven; and the one source of a catalogue kommun's size
// group (catalogueSizeGroups). Errors name metadata.json and the field.
import {join} from "node:path";
import {KOMMUNER, type SizeGroups} from "../../model/catalogue.js";
import {groupFamily, LIKNANDE_SIZE, LIKNANDE_TITLE, SIZE_GROUP_IDS, SKR_GROUPS, type KommunGroups} from "../../model/groups.js";
import {InputError} from "../errors.js";
import {METADATA_FILE} from "./snapshot.js";
import type {AreaMeta, Snapshot} from "./types.js";

/** A group's title as a page names it: Kolada's, with a range's spaced hyphen as an en dash ("15 000 - 19 999" → "15 000–19 999"). */
export const groupName = (title: string): string => title.replace(/(\d) - (\d)/g, "$1–$2");

/**
 * Each catalogue kommun's size group (model/catalogue.ts KOMMUNER) as the snapshot's memberships
 * give it, named by Kolada's title (groupName): the only source of it. Reads the size groups alone,
 * so it serves a snapshot with every family and one from before the memberships were fetched. A
 * catalogue kommun in no size group, or in two, stops the build: `file: areas: …` (or the group's
 * members). `file` only names the file in errors.
 */
export function catalogueSizeGroups(snapshot: Pick<Snapshot, "metadata">, file = join("data/kolada", METADATA_FILE)): SizeGroups {
  const out = new Map<string, {id: string; name: string}>();
  snapshot.metadata.areas.forEach((area, i) => {
    if (area.type !== "G" || groupFamily(area) !== "size") return;
    for (const m of KOMMUNER) {
      if (!(area.members ?? []).includes(m.id)) continue;
      const other = out.get(m.id);
      if (other)
        throw new InputError(file, null, `catalogue kommun ${m.id} ${m.name} is in two size groups (${other.id} and ${area.id})`, {
          field: `areas[${i}].members`
        });
      out.set(m.id, {id: area.id, name: groupName(area.title)});
    }
  });
  for (const m of KOMMUNER)
    if (!out.has(m.id))
      throw new InputError(
        file,
        null,
        `catalogue kommun ${m.id} ${m.name} is in no size group (${SIZE_GROUP_IDS.join(", ")}): the snapshot's memberships must give every catalogue kommun its size group`,
        {field: "areas"}
      );
  return new Map(KOMMUNER.map((m) => [m.id, out.get(m.id)!]));
}

/**
 * Whether a snapshot holds the memberships of all three families a kommun's groups come from (SKR,
 * size, liknande kommuner); a snapshot from before they were fetched holds at most G2328 and the
 * catalogue's size groups.
 */
export function holdsMemberships(areas: readonly AreaMeta[]): boolean {
  const families = new Set(areas.filter((a) => a.type === "G").map((a) => groupFamily(a)));
  return families.has("skr") && families.has("size") && families.has("liknande");
}

/**
 * Every kommun's groups, keyed by kommun id; an empty map when the snapshot holds no memberships
 * (a snapshot from before the groups were fetched). `dir` (or `file`) only names the file in errors.
 */
export function kommunGroups(
  snapshot: Pick<Snapshot, "metadata" | "kommuner">,
  dir = "data/kolada",
  file = join(dir, METADATA_FILE)
): Map<string, KommunGroups> {
  const known = new Map(snapshot.kommuner.map((m) => [m.id, m.name]));
  const byName = new Map(snapshot.kommuner.map((m) => [m.name, m.id]));
  const skr = new Map<string, string>();
  const size = new Map<string, string>();
  const liknande = new Map<string, {id: string; members: string[]}>();
  const used = snapshot.metadata.areas.map((area, i) => ({area, i, family: area.type === "G" ? groupFamily(area) : null})).filter((x) => x.family);
  if (used.length === 0) return new Map();
  for (const {area, i, family} of used) {
    const at = `areas[${i}]`;
    const members = area.members ?? [];
    members.forEach((id, j) => {
      if (!known.has(id))
        throw new InputError(file, null, `group ${area.id} names kommun "${id}", which the snapshot's kommuner.csv does not know`, {
          field: `${at}.members[${j}]`
        });
    });
    const claim = (map: Map<string, string>, what: string) => {
      for (const id of members) {
        const other = map.get(id);
        if (other) throw new InputError(file, null, `kommun ${id} is in two ${what} (${other} and ${area.id})`, {field: `${at}.members`});
        map.set(id, area.id);
      }
    };
    if (family === "skr") claim(skr, "SKR groups");
    else if (family === "size") claim(size, "size groups");
    else if (family === "liknande") {
      const name = LIKNANDE_TITLE.exec(area.title)![1];
      const owner = byName.get(name);
      if (!owner) throw new InputError(file, null, `"${area.title}" names "${name}", which is no kommun in kommuner.csv`, {field: `${at}.title`});
      if (members.length !== LIKNANDE_SIZE)
        throw new InputError(file, null, `${area.id} has ${members.length} members, not ${LIKNANDE_SIZE}`, {field: `${at}.members`});
      if (members.includes(owner)) throw new InputError(file, null, `${area.id} lists its own kommun ${owner} among its members`, {field: `${at}.members`});
      if (liknande.has(owner))
        throw new InputError(file, null, `${name} has two liknande-kommuner groups (${liknande.get(owner)!.id} and ${area.id})`, {field: `${at}.title`});
      liknande.set(owner, {id: area.id, members: [...members]});
    }
  }
  const out = new Map<string, KommunGroups>();
  for (const {id, name} of snapshot.kommuner) {
    const lack = (what: string): never => {
      throw new InputError(file, null, `kommun ${id} ${name} is in no ${what}`, {field: "areas"});
    };
    const s = skr.get(id) ?? lack(`SKR group (${SKR_GROUPS.map((g) => g.id).join(", ")})`);
    const z = size.get(id) ?? lack(`size group (${SIZE_GROUP_IDS.join(", ")})`);
    const l = liknande.get(id) ?? lack(`"Liknande kommuner arbetsmarknad, ${name}, 2024" group`);
    out.set(id, {kommun: id, skr: s, size: z, liknande: l.id, liknandeMembers: l.members});
  }
  return out;
}
