// kommun_groups: every kommun of the snapshot with its groups as Kolada's memberships give them
// (the frozen seed snapshot: test/fixtures/kolada-seed through KOLADA_SNAPSHOT_DIR), and a snapshot
// from before the memberships were fetched (synthetic).
import {describe, expect, it} from "vitest";
import {groupName, kommunGroupRows} from "../../../loaders/analysis/kommunGroups.js";
import {catalogueSizeGroups, kommunGroups} from "../../../loaders/kolada/groups.js";
import {readSnapshot} from "../../../loaders/kolada/snapshot.js";
import {KOMMUNER} from "../../../model/catalogue.js";
import {SIZE_GROUP_IDS, SKR_GROUPS} from "../../../model/groups.js";

describe("kommunGroupRows", () => {
  const snapshot = readSnapshot();
  const rows = kommunGroupRows(snapshot);

  it("gives every kommun of kommuner.csv its name, size group and SKR kommungrupp from the memberships", () => {
    expect(rows.map((r) => r.municipality)).toEqual(snapshot.kommuner.map((k) => k.id));
    const groups = kommunGroups(snapshot);
    for (const r of rows) {
      expect(SIZE_GROUP_IDS).toContain(r.size_group);
      expect(SKR_GROUPS.map((g) => g.id)).toContain(r.skr_group);
      expect(r.size_group).toBe(groups.get(r.municipality)!.size);
      expect(r.liknande_group).toBe(groups.get(r.municipality)!.liknande);
      expect(r.size_group_name).toMatch(/^Kommuner med .* invånare \(ovägt medel\)$/);
    }
  });

  it("gives a catalogue kommun the size group the build gives it (catalogueSizeGroups), with the same name", () => {
    const sizes = catalogueSizeGroups(snapshot);
    for (const k of KOMMUNER) {
      const r = rows.find((x) => x.municipality === k.id)!;
      expect({id: r.size_group, name: r.size_group_name}).toEqual(sizes.get(k.id));
    }
  });

  it("names a range with an en dash, as the pages write it", () => {
    expect(groupName("Kommuner med 15 000 - 19 999 invånare (ovägt medel)")).toBe("Kommuner med 15 000–19 999 invånare (ovägt medel)");
  });

  it("a snapshot without every family of groups gives what its groups say and null for the rest", () => {
    const partial = {
      kommuner: [
        {id: "0764", name: "Alvesta"},
        {id: "0180", name: "Stockholm"}
      ],
      metadata: {kpis: [], areas: [{id: "G30826", title: "Kommuner med 15 000 - 19 999 invånare (ovägt medel)", type: "G", members: ["0764"]}]}
    };
    expect(kommunGroupRows(partial)).toEqual([
      {
        municipality: "0764",
        name: "Alvesta",
        size_group: "G30826",
        size_group_name: "Kommuner med 15 000–19 999 invånare (ovägt medel)",
        skr_group: null,
        skr_group_name: null,
        liknande_group: null
      },
      {municipality: "0180", name: "Stockholm", size_group: null, size_group_name: null, skr_group: null, skr_group_name: null, liknande_group: null}
    ]);
  });
});
