// A dashboard's catalogue for its frame: the catalogue's kommuner (model/catalogue.ts) with their
// size group and SKR kommungrupp as Kolada's memberships give them (the served kommun_groups rows),
// every other kommun as one the reader may add, and the groups' names as references, so a
// comparison names the group it draws.
import {catalogueJson, knowKommunNames} from "../../model/catalogue.js";
import type {RowOf} from "../../model/table.js";
import type {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import type {Catalogue} from "./pageState.js";

export type KommunGroupRow = RowOf<typeof kommunGroupsTable>;

/** The frame's catalogue from kommun_groups rows (an empty list gives the catalogue as model/catalogue.ts declares it, with nothing to add). */
export function dashboardCatalogue(rows: readonly KommunGroupRow[]): Catalogue {
  const base = catalogueJson();
  knowKommunNames(rows.map((r) => ({id: r.municipality, name: r.name})));
  const byId = new Map(rows.map((r) => [r.municipality, r]));
  const own = new Set(base.kommuner.map((k) => k.id));
  const references: {id: string; name: string; kind: string}[] = [...base.references];
  const addReference = (id: string | null, name: string | null, kind: string) => {
    if (id && name && !references.some((r) => r.id === id)) references.push({id, name, kind});
  };
  for (const r of rows) {
    addReference(r.size_group, r.size_group_name, "size_group");
    addReference(r.skr_group, r.skr_group_name, "skr_group");
  }
  return {
    ...base,
    kommuner: base.kommuner.map((k) => {
      const row = byId.get(k.id);
      return {...k, sizeGroup: row?.size_group ?? k.sizeGroup, skrGroup: row?.skr_group ?? null};
    }),
    others: rows
      .filter((r) => !own.has(r.municipality))
      .map((r) => ({id: r.municipality, name: r.name, sizeGroup: r.size_group, skrGroup: r.skr_group}))
      .sort((a, b) => a.name.localeCompare(b.name, "sv")),
    references
  };
}
