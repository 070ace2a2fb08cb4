import {describe, expect, test} from "vitest";
import {
  comparisonArea,
  comparisonAreas,
  decodeState,
  defaultState,
  encodeState,
  genderApplies,
  stateYears,
  type FrameOptions,
  type PageState
} from "../../../components/frame/pageState.js";
import {catalogueFixture as cat} from "../../fixtures/catalogue.js";

const resultat: FrameOptions = {kpis: ["U40455"]};
const kostnad: FrameOptions = {
  kpis: ["N40011"],
  priceBaseYears: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]
};

describe("default state and encoding", () => {
  test("defaults: the four kommuner, Alla kommuner, full range, totalt; encodes to an empty query", () => {
    const d = defaultState(cat, resultat);
    expect(d).toEqual({
      kommuner: ["1487", "1489", "2380", "0764"],
      comparison: "G2328",
      from: 2016,
      to: 2025,
      gender: "T",
      priceBaseYear: null
    });
    expect(encodeState(d, cat, resultat)).toBe("");
    expect(defaultState(cat, kostnad).priceBaseYear).toBe(2025);
  });
  test("only non-default values are written, kommuner in catalogue order", () => {
    const s: PageState = {
      ...defaultState(cat, resultat),
      kommuner: ["0764", "2380"],
      comparison: "size",
      from: 2019,
      gender: "K"
    };
    expect(encodeState(s, cat, resultat)).toBe("?kommuner=2380,0764&jamfor=storleksgrupp&fran=2019&kon=K");
  });
  test("kön is not written where no KPI is gender-divided", () => {
    const s: PageState = {...defaultState(cat, kostnad), gender: "M", priceBaseYear: 2020};
    expect(encodeState(s, cat, kostnad)).toBe("?prisar=2020");
    expect(genderApplies(cat, ["N40011"])).toBe(false);
    expect(genderApplies(cat, ["N40011", "U40455"])).toBe(true);
    expect(genderApplies(cat, undefined)).toBe(false);
  });
});

describe("round trip", () => {
  const states: [PageState, FrameOptions][] = [
    [defaultState(cat, resultat), resultat],
    [{...defaultState(cat, resultat), kommuner: ["0764"], comparison: "0000", from: 2016, to: 2022, gender: "M"}, resultat],
    [{...defaultState(cat, resultat), kommuner: ["1487", "1489"], comparison: "size", from: 2020, to: 2020}, resultat],
    [{...defaultState(cat, kostnad), comparison: "size", priceBaseYear: 2016, to: 2023}, kostnad]
  ];
  test.each(states.map((s, i) => [i, ...s] as const))("state %i survives encode → decode with no notes", (_i, state, options) => {
    const query = encodeState(state, cat, options);
    const {state: back, notes} = decodeState(query, cat, options);
    expect(notes).toEqual([]);
    expect(back).toEqual(state);
    expect(encodeState(back, cat, options)).toBe(query);
  });
  test("accepts URLSearchParams and an encoded comma", () => {
    expect(decodeState(new URLSearchParams("kommuner=0764%2C2380"), cat).state.kommuner).toEqual(["2380", "0764"]);
  });
});

describe("bad parameters fall back to the default with a Swedish note", () => {
  const d = defaultState(cat, resultat);
  const check = (query: string, note: string | RegExp, options: FrameOptions = resultat) => {
    const {state, notes} = decodeState(query, cat, options);
    expect(notes).toHaveLength(1);
    if (typeof note === "string") expect(notes[0]).toBe(note);
    else expect(notes[0]).toMatch(note);
    return state;
  };
  test("unknown kommun", () => {
    expect(check("?kommuner=9999", "Okänd kommun 9999 i länken – visar standardvalet.").kommuner).toEqual(d.kommuner);
    expect(
      check("?kommuner=9999,abc", "Okänd kommun 9999 och ogiltig kommunkod ”abc” i länken – visar standardvalet (en kommunkod är fyra siffror).").kommuner
    ).toEqual(d.kommuner);
    expect(check("?kommuner=", "Ingen kommun vald i länken – visar standardvalet.").kommuner).toEqual(d.kommuner);
  });
  test("an unknown or malformed kommun id among known ones is dropped, the rest kept", () => {
    expect(check("?kommuner=0764,9999", "Okänd kommun 9999 i länken ignoreras.").kommuner).toEqual(["0764"]);
    expect(
      check("?kommuner=2380,0764,12345,abc", "Ogiltiga kommunkoder ”12345” och ”abc” i länken ignoreras (en kommunkod är fyra siffror).").kommuner
    ).toEqual(["2380", "0764"]);
    expect(check("?kommuner=0764,9999,0001", "Okända kommuner 9999 och 0001 i länken ignoreras.").kommuner).toEqual(["0764"]);
  });
  test("unknown comparison", () => {
    expect(check("?jamfor=G9999", /^Okänd jämförelsegrupp G9999 i länken – jämför med alla kommuner/).comparison).toBe("G2328");
    expect(check("?jamfor=size", /Okänd jämförelsegrupp size/).comparison).toBe("G2328");
  });
  test("malformed and out-of-range years, reversed range", () => {
    expect(check("?fran=20x9", "Startåret 20x9 i länken är inget årtal – visar standardvalet.").from).toBe(2016);
    expect(check("?till=2031", "Slutåret 2031 i länken ligger utanför 2016–2025 – visar standardvalet.").to).toBe(2025);
    const s = check("?fran=2024&till=2018", "Startåret 2024 ligger efter slutåret 2018 i länken – visar hela perioden.");
    expect([s.from, s.to]).toEqual([2016, 2025]);
  });
  test("kön: unknown value, and kön on a page without gender-divided KPIs", () => {
    expect(check("?kon=X", "Okänt kön X i länken (T, K eller M) – visar totalt.").gender).toBe("T");
    expect(check("?kon=K", "Nyckeltalen på sidan är inte uppdelade på kön – visar totalt.", kostnad).gender).toBe("T");
  });
  test("price base year outside the series, or on a page without fixed prices", () => {
    expect(check("?prisar=2010", "Basåret 2010 i länken finns inte i prisbasbeloppsserien – visar 2025 års priser.", kostnad).priceBaseYear).toBe(2025);
    expect(check("?prisar=2020", "Sidan visar inga fasta priser – basåret i länken ignoreras.").priceBaseYear).toBeNull();
  });
  test("unknown parameter names are reported, extra page parameters are not; repeated ones use the first", () => {
    check("?foo=1", "Okänd inställning ”foo” i länken ignoreras.");
    expect(decodeState("?visa=tabell", cat, {...resultat, extraParams: ["visa"]}).notes).toEqual([]);
    expect(check("?jamfor=0000&jamfor=G2328", /förekommer flera gånger/).comparison).toBe("0000");
  });
  test("several bad parameters give one note each; good ones are kept", () => {
    const {state, notes} = decodeState("?kommuner=9999&jamfor=0000&fran=abc&kon=K", cat, resultat);
    expect(notes).toHaveLength(2);
    expect(state).toEqual({...d, comparison: "0000", gender: "K"});
  });
  test("a very long value is cut in the note", () => {
    const {notes} = decodeState(`?jamfor=${"x".repeat(200)}`, cat);
    expect(notes[0].length).toBeLessThan(120);
  });
});

describe("comparison areas", () => {
  test("size resolves to each kommun's own size group; the others are fixed", () => {
    expect(comparisonArea("size", "0764", cat)).toEqual({
      id: "G30826",
      name: "Kommuner med 15 000–19 999 invånare (ovägt medel)"
    });
    expect(comparisonArea("0000", "0764", cat)).toEqual({id: "0000", name: "Riket"});
    expect(() => comparisonArea("size", "9999", cat)).toThrow(/unknown kommun 9999/);
    const areas = comparisonAreas({...defaultState(cat), comparison: "size"}, cat);
    expect(areas.map((a) => [a.id, a.kommuner])).toEqual([
      ["G30829", ["1487", "1489"]],
      ["G30831", ["2380"]],
      ["G30826", ["0764"]]
    ]);
    expect(comparisonAreas(defaultState(cat), cat)).toHaveLength(1);
  });
  test("stateYears", () => {
    expect(stateYears({from: 2019, to: 2021})).toEqual([2019, 2020, 2021]);
  });
});

describe("kommuner outside the catalogue (Catalogue.others)", () => {
  const others = [
    {id: "0180", name: "Stockholm", sizeGroup: "G30828", skrGroup: "G92787"},
    {id: "1480", name: "Göteborg", sizeGroup: "G30828", skrGroup: "G92787"},
    {id: "1280", name: "Malmö", sizeGroup: "G30828", skrGroup: "G92787"},
    {id: "0380", name: "Uppsala", sizeGroup: "G30828", skrGroup: "G92790"}
  ];
  const withOthers = {...cat, others};
  test("are kept after the catalogue's, in the link's order, and survive encode → decode", () => {
    const {state, notes} = decodeState("?kommuner=1480,0764,0180", withOthers, resultat);
    expect(notes).toEqual([]);
    expect(state.kommuner).toEqual(["0764", "1480", "0180"]);
    const query = encodeState(state, withOthers, resultat);
    expect(query).toBe("?kommuner=0764,1480,0180");
    expect(decodeState(query, withOthers, resultat).state).toEqual(state);
  });
  test("the four with one added is written in full", () => {
    const state = {...defaultState(withOthers, resultat), kommuner: [...defaultState(withOthers, resultat).kommuner, "0180"]};
    expect(encodeState(state, withOthers, resultat)).toBe("?kommuner=1487,1489,2380,0764,0180");
  });
  test("at most three are added; the rest are named in a note", () => {
    const {state, notes} = decodeState("?kommuner=0180,1480,1280,0380", withOthers, resultat);
    expect(state.kommuner).toEqual(["0180", "1480", "1280"]);
    expect(notes).toEqual(["Högst 3 kommuner utöver katalogens kan läggas till – Uppsala i länken ignoreras."]);
  });
  test("without others a real kommun outside the catalogue is unknown to the page", () => {
    expect(decodeState("?kommuner=0764,0180", cat, resultat).notes).toEqual(["Okänd kommun 0180 i länken ignoreras."]);
  });
});
