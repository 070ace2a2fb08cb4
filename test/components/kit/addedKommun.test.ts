// @vitest-environment jsdom
// An added kommun's rows joining a dashboard's own (components/kit/addedKommun.ts withAdded): the
// file is fetched once, each declared key's rows follow the page's, and a slice the page fetches on
// demand stays on demand. The rows are SYNTHETIC; the file is made as the build makes it (tar of
// Arrow files written against the page's slices).
import {afterEach, describe, expect, test, vi} from "vitest";
import {unavailableNote, withAdded, withoutUnavailable} from "../../../components/kit/addedKommun.js";
import {toArrowBytes} from "../../../loaders/arrowWriter.js";
import {tarArchive} from "../../../loaders/tarWriter.js";
import {cutRows} from "../../../loaders/serve/pageSlices.js";
import {KOSTNAD_ADDED, addedKommunPath, forKommun} from "../../../model/pageData.js";
import type {Slice} from "../../../model/slices.js";

const costRow = (municipality: string, price_year: number | null, value: number) => ({
  kpi: "N40011",
  municipality,
  period: 2020,
  price_year,
  value,
  pbb_checked: price_year === null ? null : true
});
const koladaRow = (municipality: string, value: number) => ({kpi: "N40011", municipality, period: 2020, gender: "T", value});

/** A kommun's file for Kostnad (Stockholm's by default), as loaders/serve/kommunFiles.ts writes it. */
function stockholmFile(id = "0180"): Uint8Array {
  const rows: Record<string, object[]> = {
    kolada: [koladaRow(id, 1500)],
    cost: [costRow(id, null, 1500)],
    fixedCost: [costRow(id, 2019, 1400)],
    perParticipant: []
  };
  return tarArchive(
    KOSTNAD_ADDED.keys.map((key) => {
      const slice = forKommun(KOSTNAD_ADDED.data.slices[key] as Slice, id);
      return {name: `${key}.arrow`, bytes: toArrowBytes(slice.table, cutRows(slice, rows[key]))};
    })
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("withAdded", () => {
  test("fetches the added kommun's file once, joins each key's rows after the page's, keeps an on-demand slice on demand", async () => {
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (href: string) => {
      fetched.push(href);
      return new Response(stockholmFile().slice().buffer as ArrayBuffer);
    });
    let fixedAsked = 0;
    const data = {
      kolada: [koladaRow("2380", 900)],
      cost: [costRow("2380", null, 900)],
      fixedCost: async () => {
        fixedAsked++;
        return [costRow("2380", 2019, 880)];
      },
      perParticipant: [],
      pbb: []
    };
    const isAdded = (id: string) => id === "0180";
    const shown = await withAdded(data, KOSTNAD_ADDED, ["2380", "0180"], isAdded);
    expect(fetched).toEqual([new URL(addedKommunPath("kostnad", "0180"), document.baseURI).href]);
    expect(shown.kolada.map((r) => r.municipality)).toEqual(["2380", "0180"]);
    expect(shown.cost.map((r) => [r.municipality, r.value])).toEqual([
      ["2380", 900],
      ["0180", 1500]
    ]);
    expect(fixedAsked).toBe(0); // not fetched until a choice needs it
    expect(typeof shown.fixedCost).toBe("function");
    expect((await shown.fixedCost()).map((r) => [r.municipality, r.price_year, r.value])).toEqual([
      ["2380", 2019, 880],
      ["0180", 2019, 1400]
    ]);
    expect(shown.pbb).toBe(data.pbb); // a key not declared is the page's own
    // A second view of the same kommun reads the file it already has.
    await withAdded(data, KOSTNAD_ADDED, ["0180"], isAdded);
    expect(fetched).toHaveLength(1);
    // No added kommun: the page's data as it is, nothing fetched.
    expect(await withAdded(data, KOSTNAD_ADDED, ["2380"], isAdded)).toEqual({...data, unavailable: []});
    expect(fetched).toHaveLength(1);
  });

  test("a kommun whose file cannot be fetched is listed as unavailable, not a failed page: the others are drawn, the note names it once, and a later view tries again", async () => {
    let online = false;
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (href: string) => {
      fetched.push(href);
      if (href.endsWith("/0181.tar")) return new Response("", {status: 503});
      if (!online) throw new TypeError("Failed to fetch");
      return new Response(stockholmFile(href.slice(-8, -4)).slice().buffer as ArrayBuffer);
    });
    const data = {kolada: [koladaRow("2380", 900)], cost: [costRow("2380", null, 900)], fixedCost: async () => [], perParticipant: []};
    const isAdded = (id: string) => id === "0182" || id === "0181";
    const state = {kommuner: ["2380", "0182", "0181"], gender: "T"};
    const shown = await withAdded(data, KOSTNAD_ADDED, state.kommuner, isAdded);
    expect(shown.unavailable).toEqual(["0182", "0181"]);
    expect(shown.kolada).toEqual(data.kolada);
    expect(withoutUnavailable(state, shown)).toEqual({kommuner: ["2380"], gender: "T"});
    const note = unavailableNote(shown, document);
    expect(note.querySelectorAll("p")).toHaveLength(1);
    expect(note.textContent).toMatch(
      /^Uppgifterna för .+ och .+ kunde inte hämtas just nu, så avsnitten nedan visar dem inte\. Sidan kan laddas om för att försöka igen\.$/
    );
    expect(note.querySelector("p")!.getAttribute("role")).toBe("note");
    // back online: the failed file is fetched again, not remembered as failed
    online = true;
    const again = await withAdded(data, KOSTNAD_ADDED, ["2380", "0182"], isAdded);
    expect(again.unavailable).toEqual([]);
    expect(again.kolada.map((r) => r.municipality)).toEqual(["2380", "0182"]);
    expect(fetched.filter((h) => h.endsWith("/0182.tar"))).toHaveLength(2);
    expect(unavailableNote(again, document).textContent).toBe("");
    expect(withoutUnavailable(state, again)).toBe(state);
  });
});
