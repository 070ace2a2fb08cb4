// @vitest-environment jsdom
// Resultat vid avslut's own URL parameter (the rank year) beside the frame's: reading it, writing
// it, the select that keeps it, and the frame keeping it when it rewrites the query.
import {describe, expect, test} from "vitest";
import {yearParamInput, readYearParam, replaceParam} from "../../../components/frame/pageParam.js";
import {RANK_YEAR} from "../../../components/sections/resultat/ranking.js";
import {withExtraParams, decodeState} from "../../../components/frame/pageState.js";
import {frameInputs} from "../../../components/frame/frameInputs.js";
import {RANK_YEAR_PARAM} from "../../../model/pages/resultat.js";
import {catalogueFixture as catalogue} from "../../fixtures/catalogue.js";

describe("URL: the page's own parameter beside the frame's", () => {
  test("readYearParam (the rank year): default latest, a valid year, notes for an unknown or malformed year", () => {
    expect(readYearParam("", RANK_YEAR, [2019, 2023, 2021])).toEqual({year: 2023, note: null});
    expect(readYearParam("?rankar=2019", RANK_YEAR, [2019, 2023])).toEqual({year: 2019, note: null});
    expect(readYearParam("?rankar=2012", RANK_YEAR, [2019, 2023])).toEqual({
      year: 2023,
      note: "Året 2012 för placeringen i länken har inga värden att rangordna bland de valda åren – visar 2023."
    });
    expect(readYearParam("rankar=<b>x</b>", RANK_YEAR, [2019])).toEqual({
      year: 2019,
      note: "Året <b>x</b> för placeringen i länken är inget årtal – visar 2019."
    });
    expect(readYearParam("?rankar=2019", RANK_YEAR, [])).toEqual({
      year: null,
      note: "Året 2019 för placeringen i länken ignoreras: inga år med värden att rangordna."
    });
    expect(readYearParam("", RANK_YEAR, [])).toEqual({year: null, note: null});
  });
  test("replaceParam sets and removes one parameter, keeping the others and the hash", () => {
    window.history.replaceState(null, "", "/resultat-vid-avslut?kommuner=0764#placering");
    replaceParam(window, RANK_YEAR_PARAM, "2019", "2023");
    expect(window.location.search).toBe("?kommuner=0764&rankar=2019");
    expect(window.location.hash).toBe("#placering");
    replaceParam(window, RANK_YEAR_PARAM, "2023", "2023");
    expect(window.location.search).toBe("?kommuner=0764");
  });
  test("yearParamInput (the rank year): the link's year chosen, a change kept in the link (not the latest), a note for a bad year, no select without years", () => {
    window.history.replaceState(null, "", "/resultat-vid-avslut?kommuner=0764&rankar=2019");
    const input = yearParamInput([2019, 2020, 2023], RANK_YEAR);
    document.body.append(input);
    expect(input.value).toBe(2019);
    const select = input.querySelector(".year-param select") as HTMLSelectElement;
    expect(input.querySelector(".year-param")!.classList.contains("no-print")).toBe(true);
    select.selectedIndex = 1;
    select.dispatchEvent(new Event("input", {bubbles: true}));
    expect(input.value).toBe(2020);
    expect(window.location.search).toBe("?kommuner=0764&rankar=2020");
    select.selectedIndex = 2;
    select.dispatchEvent(new Event("input", {bubbles: true}));
    expect(window.location.search).toBe("?kommuner=0764");
    input.remove();
    window.history.replaceState(null, "", "/resultat-vid-avslut?rankar=1900");
    const bad = yearParamInput([2019, 2023], RANK_YEAR);
    expect(bad.value).toBe(2023);
    expect(bad.querySelector(".frame-notes")!.textContent).toBe(
      "Året 1900 för placeringen i länken har inga värden att rangordna bland de valda åren – visar 2023."
    );
    const none = yearParamInput([], RANK_YEAR);
    expect(none.value).toBeNull();
    expect(none.querySelector("select")).toBeNull();
  });
  test("withExtraParams keeps the page's parameters when the frame rewrites the query", () => {
    expect(withExtraParams("?jamfor=0000", "?kommuner=0764&rankar=2019&x=1", ["rankar"])).toBe("?jamfor=0000&rankar=2019");
    expect(withExtraParams("", "?rankar=2019", ["rankar"])).toBe("?rankar=2019");
    expect(withExtraParams("?fran=2018", "?rankar=2019", [])).toBe("?fran=2018");
    expect(withExtraParams("", "", ["rankar"])).toBe("");
  });
  test("the frame inputs keep a page parameter on change, and decodeState does not call it unknown", () => {
    window.history.replaceState(null, "", "/resultat-vid-avslut?rankar=2019");
    expect(decodeState(window.location.search, catalogue, {extraParams: [RANK_YEAR_PARAM]}).notes).toEqual([]);
    const el = frameInputs({catalogue, kpis: ["U40455"], extraParams: [RANK_YEAR_PARAM]});
    document.body.append(el);
    const riket = Array.from(el.querySelectorAll("label"))
      .find((l) => l.textContent?.trim() === "Riket")!
      .querySelector("input")!;
    riket.checked = true;
    riket.dispatchEvent(new Event("input", {bubbles: true}));
    expect(window.location.search).toBe("?jamfor=0000&rankar=2019");
    el.remove();
  });
});
