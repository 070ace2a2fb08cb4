// kommun_groups: every kommun of the snapshot with its name and its groups (Kolada's memberships,
// validated by loaders/kolada/groups.ts), and the groups' names as Kolada titles them.
import type {RowOf} from "../../model/table.js";
import type {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import {kommunGroups} from "../kolada/groups.js";
import type {Snapshot} from "../kolada/types.js";

/** A group's title as a page names it: Kolada's, with a range's spaced hyphen as an en dash ("15 000 - 19 999" → "15 000–19 999"). */
export const groupName = (title: string): string => title.replace(/(\d) - (\d)/g, "$1–$2");

/** One row per kommun in kommuner.csv, in its order; the group columns are null when the snapshot holds no memberships. */
export function kommunGroupRows(snapshot: Pick<Snapshot, "metadata" | "kommuner">, dir?: string): RowOf<typeof kommunGroupsTable>[] {
  const groups = kommunGroups(snapshot, dir);
  const title = new Map(snapshot.metadata.areas.map((a) => [a.id, groupName(a.title)]));
  return snapshot.kommuner.map((k) => {
    const g = groups.get(k.id);
    return {
      municipality: k.id,
      name: k.name,
      size_group: g?.size ?? null,
      size_group_name: g ? (title.get(g.size) ?? null) : null,
      skr_group: g?.skr ?? null,
      skr_group_name: g ? (title.get(g.skr) ?? null) : null,
      liknande_group: g?.liknande ?? null
    };
  });
}
