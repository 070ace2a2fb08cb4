// kommun_groups: every kommun of the snapshot with its name and its groups (Kolada's memberships,
// validated by loaders/kolada/groups.ts), and the groups' names as Kolada titles them.
import type {RowOf} from "../../model/table.js";
import type {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import {groupName, holdsMemberships, kommunGroups} from "../kolada/groups.js";
import {groupFamily, type KommunGroups} from "../../model/groups.js";
import type {Snapshot} from "../kolada/types.js";

export {groupName};

/**
 * One row per kommun in kommuner.csv, in its order. A snapshot with every family of groups (SKR,
 * size, liknande) is checked whole (kommunGroups: every kommun in exactly one of each). A snapshot
 * from before the memberships were fetched (the refresh's catalogue groups only: G2328 and the
 * catalogue's size groups) gives what its groups say and null for the rest.
 */
export function kommunGroupRows(snapshot: Pick<Snapshot, "metadata" | "kommuner">, dir?: string): RowOf<typeof kommunGroupsTable>[] {
  const complete = holdsMemberships(snapshot.metadata.areas);
  const groups = complete ? kommunGroups(snapshot, dir) : new Map<string, Partial<KommunGroups>>();
  if (!complete)
    for (const a of snapshot.metadata.areas) {
      const family = a.type === "G" ? groupFamily(a) : null;
      if (family !== "size" && family !== "skr") continue;
      for (const id of a.members ?? []) groups.set(id, {...groups.get(id), [family]: a.id});
    }
  const title = new Map(snapshot.metadata.areas.map((a) => [a.id, groupName(a.title)]));
  return snapshot.kommuner.map((k) => {
    const g = groups.get(k.id);
    return {
      municipality: k.id,
      name: k.name,
      size_group: g?.size ?? null,
      size_group_name: g?.size ? (title.get(g.size) ?? null) : null,
      skr_group: g?.skr ?? null,
      skr_group_name: g?.skr ? (title.get(g.skr) ?? null) : null,
      liknande_group: g?.liknande ?? null
    };
  });
}
