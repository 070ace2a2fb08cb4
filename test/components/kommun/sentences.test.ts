import {describe, expect, test} from "vitest";
import {orderWords, placeSentences, placeText} from "../../../components/kommun/sentences.js";

describe("a place among the kommuner with a value", () => {
  test("plats X av Y, a shared place said as such", () => {
    expect(placeText({period: 2023, value: 40, rank: 45, tiedWith: 1, kommuner: 212})).toBe("plats 45 av 212");
    expect(placeText({period: 2023, value: 40, rank: 45, tiedWith: 2, kommuner: 212})).toBe("plats 45 av 212 (delad med 1 annan kommun med samma värde)");
    expect(placeText({period: 2023, value: 40, rank: 7, tiedWith: 4, kommuner: 1212})).toBe(
      "plats 7 av 1\u00a0212 (delad med 3 andra kommuner med samma värde)"
    );
  });
  test("each year with its own count; the year before, or that the snapshot lacks it", () => {
    const places = [
      {period: 2021, value: 30, rank: 12, tiedWith: 1, kommuner: 200},
      {period: 2022, value: 35.5, rank: 9, tiedWith: 1, kommuner: 210}
    ];
    const [now, before] = placeSentences("Ort", places, {direction: "higher", unit: "procent"});
    expect(now).toBe("2022 har Ort plats 9 av 210 bland kommunerna med värde, räknat från det högsta värdet.");
    expect(before).toBe("Året före, 2021, hade Ort plats 12 av 200 (30\u00a0%).");
    const [, gap] = placeSentences("Ort", [places[0], {...places[1], period: 2023}], {direction: "higher", unit: "procent"});
    expect(gap).toBe("Värdet för 2022 saknas i ögonblicksbilden, så det finns ingen plats för året före.");
    expect(placeSentences("Ort", [], {direction: "higher", unit: "procent"})).toEqual([]);
  });
  test("the words name the end of the order, never good or bad", () => {
    expect(orderWords("lower")).toBe("räknat från det lägsta värdet");
    for (const d of ["higher", "neutral", "lower"]) expect(orderWords(d)).not.toMatch(/bäst|sämst|bra|dålig/);
  });
});
