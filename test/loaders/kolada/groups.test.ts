import {describe, expect, it} from "vitest";
import {catalogueSizeGroups, groupName, holdsMemberships, kommunGroups} from "../../../loaders/kolada/groups.js";
import {KOMMUNER} from "../../../model/catalogue.js";
import {readSnapshot} from "../../../loaders/kolada/snapshot.js";
import {KOLADA_DIR} from "../../../loaders/paths.js";
import {SKR_GROUPS, SIZE_GROUP_IDS} from "../../../model/groups.js";
import type {AreaMeta, Snapshot} from "../../../loaders/kolada/types.js";

const snapshot = readSnapshot(KOLADA_DIR);

function withAreas(edit: (areas: AreaMeta[]) => void): Pick<Snapshot, "metadata" | "kommuner"> {
  const areas = structuredClone(snapshot.metadata.areas);
  edit(areas);
  return {kommuner: snapshot.kommuner, metadata: {kpis: [], areas}};
}

describe("kommunGroups (the committed memberships)", () => {
  const groups = kommunGroups(snapshot);

  it("gives every kommun of kommuner.csv one SKR group, one size group and its seven liknande kommuner", () => {
    expect(groups.size).toBe(snapshot.kommuner.length);
    for (const g of groups.values()) {
      expect(SKR_GROUPS.map((s) => s.id)).toContain(g.skr);
      expect(SIZE_GROUP_IDS).toContain(g.size);
      expect(g.liknandeMembers).toHaveLength(7);
      expect(g.liknandeMembers).not.toContain(g.kommun);
    }
  });

  it("agrees with the group title naming the kommun", () => {
    const byId = new Map(snapshot.metadata.areas.map((a) => [a.id, a]));
    for (const m of snapshot.kommuner) expect(byId.get(groups.get(m.id)!.liknande)!.title).toBe(`Liknande kommuner arbetsmarknad, ${m.name}, 2024`);
  });

  it("holds the memberships only with all three families (SKR, size, liknande)", () => {
    expect(holdsMemberships(snapshot.metadata.areas)).toBe(true);
    expect(holdsMemberships(snapshot.metadata.areas.filter((a) => !a.title.startsWith("Liknande kommuner")))).toBe(false);
    expect(holdsMemberships(snapshot.metadata.areas.filter((a) => !SIZE_GROUP_IDS.includes(a.id)))).toBe(false);
  });

  it("is empty for a snapshot without memberships", () => {
    expect(kommunGroups({kommuner: snapshot.kommuner, metadata: {kpis: [], areas: []}}).size).toBe(0);
  });
});

describe("catalogueSizeGroups (the one source of a catalogue kommun's size group)", () => {
  it("gives every catalogue kommun the size group kommunGroups gives it, named by Kolada's title", () => {
    const groups = kommunGroups(snapshot);
    const sizes = catalogueSizeGroups(snapshot);
    expect([...sizes.keys()]).toEqual(KOMMUNER.map((m) => m.id));
    for (const m of KOMMUNER) {
      const id = groups.get(m.id)!.size;
      expect(sizes.get(m.id)).toEqual({id, name: groupName(snapshot.metadata.areas.find((a) => a.id === id)!.title)});
    }
  });

  it("reads the size groups alone, so a snapshot from before the other families were fetched serves too", () => {
    const sizeOnly = {metadata: {kpis: [], areas: snapshot.metadata.areas.filter((a) => SIZE_GROUP_IDS.includes(a.id))}};
    expect(catalogueSizeGroups(sizeOnly)).toEqual(catalogueSizeGroups(snapshot));
  });

  it("follows the memberships: a catalogue kommun moved to another size group gets that group", () => {
    const moved = withAreas((areas) => {
      for (const a of areas) if (SIZE_GROUP_IDS.includes(a.id)) a.members = a.members!.filter((id) => id !== "1487");
      areas.find((a) => a.id === "G30825")!.members!.push("1487");
    });
    expect(catalogueSizeGroups(moved).get("1487")).toEqual({id: "G30825", name: "Kommuner med 100 000–199 999 invånare (ovägt medel)"});
  });

  it("names metadata.json and the field for a catalogue kommun in no size group, or in two", () => {
    const none = withAreas((areas) => {
      for (const a of areas) if (SIZE_GROUP_IDS.includes(a.id)) a.members = a.members!.filter((id) => id !== "2380");
    });
    expect(() => catalogueSizeGroups(none)).toThrow(
      `data/kolada/metadata.json: areas: catalogue kommun 2380 Östersund is in no size group (${SIZE_GROUP_IDS.join(", ")}): the snapshot's memberships must give every catalogue kommun its size group`
    );
    let at = -1;
    const two = withAreas((areas) => {
      at = areas.findIndex((a) => a.id === "G30828");
      areas[at].members!.push("0764");
    });
    expect(() => catalogueSizeGroups(two)).toThrow(`data/kolada/metadata.json: areas[${at}].members: catalogue kommun 0764 Alvesta is in two size groups`);
  });
});

describe("kommunGroups (bad memberships)", () => {
  const index = (areas: AreaMeta[], pred: (a: AreaMeta) => boolean) => areas.findIndex(pred);

  it("names the field of a member the snapshot does not know", () => {
    let at = -1;
    const bad = withAreas((areas) => {
      at = index(areas, (a) => a.id === "G92787");
      areas[at].members![1] = "9999";
    });
    expect(() => kommunGroups(bad)).toThrow(`data/kolada/metadata.json: areas[${at}].members[1]: group G92787 names kommun "9999"`);
  });

  it("names a kommun in two size groups", () => {
    const bad = withAreas((areas) => {
      const a = areas.find((x) => x.id === "G30823")!;
      areas.find((x) => x.id === "G30824")!.members!.push(a.members![0]);
    });
    expect(() => kommunGroups(bad)).toThrow(/is in two size groups \(G30823 and G30824\)/);
  });

  it("names a kommun left out of every SKR group", () => {
    const bad = withAreas((areas) => {
      const g = areas.find((x) => x.id === "G92787")!;
      g.members = g.members!.filter((id) => id !== "0180");
    });
    expect(() => kommunGroups(bad)).toThrow(/kommun 0180 Stockholm is in no SKR group/);
  });

  it("names a liknande group of the wrong size or for an unknown kommun", () => {
    const short = withAreas((areas) => {
      areas.find((x) => x.title.includes(", Ale, "))!.members!.pop();
    });
    expect(() => kommunGroups(short)).toThrow(/has 6 members, not 7/);
    const unknown = withAreas((areas) => {
      areas.find((x) => x.title.includes(", Ale, "))!.title = "Liknande kommuner arbetsmarknad, Atlantis, 2024";
    });
    expect(() => kommunGroups(unknown)).toThrow(/names "Atlantis", which is no kommun in kommuner.csv/);
  });
});
