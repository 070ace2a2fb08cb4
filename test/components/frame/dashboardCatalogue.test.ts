// @vitest-environment jsdom
// A dashboard's catalogue from the served kommun_groups rows: the catalogue's kommuner with their
// groups from Kolada's memberships, the others as kommuner to add, the groups named, and the
// comparison area of an added kommun (synthetic rows with real ids; the catalogue kommuner's size
// groups are the seed's real memberships).
import {describe, expect, test} from "vitest";
import {dashboardCatalogue, type KommunGroupRow} from "../../../components/frame/dashboardCatalogue.js";
import {comparisonArea, comparisonAreas, comparisonsOf, defaultState} from "../../../components/frame/pageState.js";
import {AREA_NAMES, areaName, KOMMUNER} from "../../../model/catalogue.js";
import {SEED_SIZE_GROUPS, seedCatalogueGroupRows} from "../../support/memberships.js";

const sizeOf = (id: string) => SEED_SIZE_GROUPS.get(id)!.id;

const row = (municipality: string, name: string, size: string | null, skr: string | null): KommunGroupRow => ({
  municipality,
  name,
  size_group: size,
  size_group_name: size ? `Storleksgrupp ${size}` : null,
  skr_group: skr,
  skr_group_name: skr ? `Kommungrupp ${skr}` : null,
  liknande_group: null
});

describe("dashboardCatalogue", () => {
  const rows = [
    ...KOMMUNER.map((k) => row(k.id, k.name, sizeOf(k.id), "G92788")),
    row("1480", "Göteborg", "G30828", "G92787"),
    row("0180", "Stockholm", "G30828", "G92787")
  ];
  const cat = dashboardCatalogue(rows);

  test("the catalogue's kommuner get their groups from the rows; the others, in Swedish order, can be added; their names are known", () => {
    expect(cat.kommuner.map((k) => [k.id, k.sizeGroup, k.skrGroup])).toEqual(KOMMUNER.map((k) => [k.id, sizeOf(k.id), "G92788"]));
    expect(cat.others!.map((k) => k.name)).toEqual(["Göteborg", "Stockholm"]);
    expect(areaName("0180")).toBe("Stockholm");
    expect(comparisonsOf(cat)).toEqual(["G2328", "size", "skr", "0000"]);
  });

  test("an added kommun is compared with its own groups, named as the rows name them", () => {
    expect(comparisonArea("skr", "0180", cat)).toEqual({id: "G92787", name: "Kommungrupp G92787"});
    expect(comparisonArea("size", "1480", cat)).toEqual({id: "G30828", name: "Storleksgrupp G30828"});
    const state = {...defaultState(cat), kommuner: ["0764", "1480", "0180"], comparison: "skr" as const};
    expect(comparisonAreas(state, cat).map((a) => [a.id, a.kommuner])).toEqual([
      ["G92788", ["0764"]],
      ["G92787", ["1480", "0180"]]
    ]);
  });

  test("without memberships: no SKR comparison is offered, and an added kommun without a size group has no size comparison", () => {
    const bare = dashboardCatalogue([...KOMMUNER.map((k) => row(k.id, k.name, sizeOf(k.id), null)), row("0180", "Stockholm", null, null)]);
    expect(comparisonsOf(bare)).toEqual(["G2328", "size", "0000"]);
    expect(comparisonArea("size", "0180", bare)).toBeNull();
  });

  test("a catalogue kommun's size group is the rows', named by them: the references and areaName follow the rows, not the model", () => {
    const renamed = dashboardCatalogue(KOMMUNER.map((k, i) => row(k.id, k.name, i === 0 ? "G30825" : sizeOf(k.id), null)));
    expect(renamed.kommuner[0].sizeGroup).toBe("G30825");
    expect(comparisonArea("size", KOMMUNER[0].id, renamed)).toEqual({id: "G30825", name: "Storleksgrupp G30825"});
    expect(renamed.references.filter((r) => r.kind === "size_group").map((r) => r.id)).toContain("G30825");
    expect(areaName("G30825")).toBe("Storleksgrupp G30825");
    expect(AREA_NAMES.get("G92787")).toBe("Kommungrupp G92787");
  });

  test("rows without a catalogue kommun's size group are refused, naming the kommun", () => {
    const [first, ...rest] = KOMMUNER;
    expect(() => dashboardCatalogue([row(first.id, first.name, null, null), ...rest.map((k) => row(k.id, k.name, sizeOf(k.id), null))])).toThrow(
      `catalogue kommun ${first.id} ${first.name} no size group`
    );
    expect(() => dashboardCatalogue(rest.map((k) => row(k.id, k.name, sizeOf(k.id), null)))).toThrow(`catalogue kommun ${first.id}`);
  });

  test("rows without the SKR columns (Kostnad's and Åldersprofiler's slice) offer no SKR comparison and no kommun to add", () => {
    const sizeOnly = dashboardCatalogue(seedCatalogueGroupRows());
    expect(comparisonsOf(sizeOnly)).toEqual(["G2328", "size", "0000"]);
    expect(sizeOnly.others).toEqual([]);
    expect(sizeOnly.kommuner.map((k) => k.sizeGroup)).toEqual(KOMMUNER.map((k) => sizeOf(k.id)));
  });
});
