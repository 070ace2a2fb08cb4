// A dashboard's catalogue for its frame: the catalogue's kommuner (model/catalogue.ts) with their
// size group and SKR kommungrupp as Kolada's memberships give them (the served kommun_groups rows:
// the model declares no kommun's group), every other kommun in the rows as one the reader may add,
// and the groups' names as references (and for areaName), so a comparison names the group it draws.
import {catalogueJson, KOMMUNER, knowGroupNames, knowKommunNames, kommunOf, type SizeGroup} from "../../model/catalogue.js";
import type {RowOf} from "../../model/table.js";
import type {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import type {Catalogue} from "./pageState.js";

export type KommunGroupRow = RowOf<typeof kommunGroupsTable>;
/** The rows a page loads: every column of kommun_groups, or without the SKR kommungrupp (a page that does not offer that comparison). */
export type FrameGroupRow = Pick<KommunGroupRow, "municipality" | "name" | "size_group" | "size_group_name"> &
  Partial<Pick<KommunGroupRow, "skr_group" | "skr_group_name">>;

/** The groups kommun_groups rows name (size groups, SKR kommungrupper), each once, with Kolada's names. */
export function groupNamesOf(rows: readonly FrameGroupRow[]): {id: string; name: string; kind: "size_group" | "skr_group"}[] {
  const out = new Map<string, {id: string; name: string; kind: "size_group" | "skr_group"}>();
  const add = (id: string | null, name: string | null, kind: "size_group" | "skr_group") => {
    if (id && name && !out.has(id)) out.set(id, {id, name, kind});
  };
  for (const r of rows) {
    add(r.size_group, r.size_group_name, "size_group");
    add(r.skr_group ?? null, r.skr_group_name ?? null, "skr_group");
  }
  return [...out.values()];
}

/**
 * The frame's catalogue from kommun_groups rows: they must hold every catalogue kommun with its
 * size group (the build guarantees it: loaders/kolada/groups.ts catalogueSizeGroups); the rows of
 * other kommuner are the ones the reader may add (a page whose slice holds only the catalogue's
 * offers none).
 */
export function dashboardCatalogue(rows: readonly FrameGroupRow[]): Catalogue {
  knowKommunNames(rows.map((r) => ({id: r.municipality, name: r.name})));
  const byId = new Map(rows.map((r) => [r.municipality, r]));
  const sizeGroups = new Map<string, SizeGroup>();
  for (const k of KOMMUNER) {
    const row = byId.get(k.id);
    if (!row?.size_group || !row.size_group_name)
      throw new Error(`dashboardCatalogue: the kommun_groups rows give catalogue kommun ${k.id} ${k.name} no size group`);
    sizeGroups.set(k.id, {id: row.size_group, name: row.size_group_name});
  }
  const base = catalogueJson(sizeGroups);
  const references: {id: string; name: string; kind: string}[] = [
    ...base.references,
    ...groupNamesOf(rows).filter((g) => !base.references.some((r) => r.id === g.id))
  ];
  knowGroupNames(references);
  return {
    ...base,
    kommuner: base.kommuner.map((k) => ({...k, skrGroup: byId.get(k.id)!.skr_group ?? null})),
    others: rows
      .filter((r) => !kommunOf(r.municipality))
      .map((r) => ({id: r.municipality, name: r.name, sizeGroup: r.size_group, skrGroup: r.skr_group ?? null}))
      .sort((a, b) => a.name.localeCompare(b.name, "sv")),
    references
  };
}
