// @vitest-environment jsdom
import {beforeEach, describe, expect, test} from "vitest";
import {frameInputs, showPriceBase} from "../../../components/frame/frameInputs.js";
import {defaultState} from "../../../components/frame/pageState.js";
import {catalogueFixture as catalogue} from "../../fixtures/catalogue.js";

function setUrl(url: string) {
  window.history.replaceState(null, "", url);
}
function change(el: HTMLInputElement | HTMLSelectElement) {
  el.dispatchEvent(new Event("input", {bubbles: true}));
}
function checkboxFor(root: Element, name: string): HTMLInputElement {
  const label = Array.from(root.querySelectorAll("label")).find((l) => l.textContent?.trim() === name);
  if (!label) throw new Error(`no label ${name}`);
  return label.querySelector("input")!;
}
/** The <select> whose <label> (wrapping it) reads `text`. */
function selectLabelled(root: Element, text: string): HTMLSelectElement {
  const label = Array.from(root.querySelectorAll("label")).find((l) => l.querySelector("select") && l.firstElementChild?.textContent === text);
  if (!label) throw new Error(`no select labelled ${text}`);
  return label.querySelector("select")!;
}

describe("frameInputs", () => {
  beforeEach(() => setUrl("/resultat-vid-avslut"));

  test("defaults, Swedish labels, wrapper class, accessible groups, native focusable controls", () => {
    const el = frameInputs({catalogue, kpis: ["U40455"]});
    document.body.append(el);
    expect(el.classList.contains("inputs")).toBe(true);
    expect(el.classList.contains("no-print")).toBe(true);
    expect(el.value).toEqual(defaultState(catalogue, {kpis: ["U40455"]}));
    const text = el.textContent!;
    for (const t of [
      "Kommuner",
      "Jämför med",
      "Från år",
      "Till år",
      "Kön",
      "Vänersborg",
      "Alvesta",
      "Alla kommuner (ovägt medel)",
      "Kommunens storleksgrupp (ovägt medel)",
      "Riket",
      "Totalt",
      "Kvinnor",
      "Män"
    ]) {
      expect(text).toContain(t);
    }
    // Checkbox and radio groups are fieldsets named by their legend; every option's label holds its input.
    const groups = Array.from(el.querySelectorAll("fieldset"));
    expect(groups.map((g) => g.querySelector(":scope > legend")?.textContent)).toEqual(["Kommuner", "Jämför med", "Kön"]);
    for (const input of el.querySelectorAll("input")) expect(input.closest("label")?.textContent?.trim()).toBeTruthy();
    expect(selectLabelled(el, "Från år").tagName).toBe("SELECT");
    for (const control of el.querySelectorAll("input, select")) expect((control as HTMLElement).tabIndex).toBe(0);
    expect(el.querySelector(".frame-notes")).toBeNull();
    el.remove();
  });

  test("kön is left out where no KPI is gender-divided; a price base year select appears when offered", () => {
    const el = frameInputs({catalogue, kpis: ["N40011"], priceBaseYears: [2019, 2020, 2023]});
    expect(el.textContent).not.toContain("Kön");
    const base = selectLabelled(el, "Fasta priser, basår");
    expect(Array.from(base.options).map((o) => o.textContent)).toEqual(["2019", "2020", "2023"]);
    expect(el.value.priceBaseYear).toBe(2023);
    base.value = "0"; // the first option
    change(base);
    expect(el.value.priceBaseYear).toBe(2019);
    expect(window.location.search).toBe("?prisar=2019");
  });

  test("reads the state from the URL and shows notes for bad parameters", () => {
    setUrl("/resultat-vid-avslut?jamfor=0000&kommuner=9999&kon=K");
    const el = frameInputs({catalogue, kpis: ["U40455"]});
    expect(el.value.comparison).toBe("0000");
    expect(el.value.gender).toBe("K");
    expect(el.value.kommuner).toEqual(["1487", "1489", "2380", "0764"]);
    expect(el.notes).toEqual(["Okänd kommun 9999 i länken – visar standardvalet."]);
    const note = el.querySelector(".frame-notes")!;
    expect(note.getAttribute("role")).toBe("status");
    expect(note.textContent).toBe("Okänd kommun 9999 i länken – visar standardvalet.");
  });

  test("a note quoting the link is text, not HTML", () => {
    setUrl(`/x?jamfor=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
    const el = frameInputs({catalogue});
    expect(el.querySelector(".frame-notes img")).toBeNull();
    expect(el.querySelector(".frame-notes")!.textContent).toContain("<img");
  });

  test("each change updates value, fires input on the frame and writes only non-defaults to the URL", () => {
    setUrl("/resultat-vid-avslut#diagram");
    const el = frameInputs({catalogue, kpis: ["U40455"]});
    document.body.append(el);
    const seen: string[] = [];
    el.addEventListener("input", () => seen.push(JSON.stringify(el.value)));

    const alvesta = checkboxFor(el, "Vänersborg");
    alvesta.checked = false;
    change(alvesta);
    expect(el.value.kommuner).toEqual(["1489", "2380", "0764"]);
    expect(window.location.search).toBe("?kommuner=1489,2380,0764");
    expect(window.location.hash).toBe("#diagram");
    expect(window.location.pathname).toBe("/resultat-vid-avslut");

    const riket = checkboxFor(el, "Riket");
    riket.checked = true;
    change(riket);
    expect(el.value.comparison).toBe("0000");

    const women = checkboxFor(el, "Kvinnor");
    women.checked = true;
    change(women);
    expect(window.location.search).toBe("?kommuner=1489,2380,0764&jamfor=0000&kon=K");
    expect(seen).toHaveLength(3);
    expect(JSON.parse(seen[2]).gender).toBe("K");

    // Back to the defaults: the query disappears.
    alvesta.checked = true;
    change(alvesta);
    checkboxFor(el, "Alla kommuner (ovägt medel)").checked = true;
    change(checkboxFor(el, "Alla kommuner (ovägt medel)"));
    checkboxFor(el, "Totalt").checked = true;
    change(checkboxFor(el, "Totalt"));
    expect(window.location.search).toBe("");
    el.remove();
  });

  test("the year range stays ordered when one end passes the other", () => {
    const el = frameInputs({catalogue});
    const from = selectLabelled(el, "Från år");
    const to = selectLabelled(el, "Till år");
    to.value = String(2019 - 2016); // option index of 2019
    change(to);
    expect([el.value.from, el.value.to]).toEqual([2016, 2019]);
    from.value = String(2022 - 2016);
    change(from);
    expect([el.value.from, el.value.to]).toEqual([2022, 2022]);
    expect(window.location.search).toBe("?fran=2022&till=2022");
    to.value = String(2018 - 2016);
    change(to);
    expect([el.value.from, el.value.to]).toEqual([2018, 2018]);
  });

  test("an explicit initial state wins over the URL", () => {
    setUrl("/x?jamfor=0000");
    const el = frameInputs({catalogue, initial: {...defaultState(catalogue), comparison: "size"}});
    expect(el.value.comparison).toBe("size");
    expect(el.notes).toEqual([]);
  });

  test("a page's own parameters (extraParams) stay in the link when a frame input changes; others do not", () => {
    setUrl("/kostnad-per-invanare?verksamhet=ifo&priser=fasta&okand=1");
    const el = frameInputs({catalogue, kpis: ["N40011"], extraParams: ["verksamhet", "priser"]});
    const comparison = el.querySelectorAll("input[type=radio]")[2] as HTMLInputElement; // Riket
    comparison.checked = true;
    change(comparison);
    expect(window.location.search).toBe("?jamfor=0000&verksamhet=ifo&priser=fasta");
  });

  test("the price-base-year control shows only when the page says fixed prices matter; the value is kept either way", () => {
    const el = frameInputs({catalogue, kpis: ["N40011"], priceBaseYears: [2019, 2020]});
    document.body.append(el);
    const control = selectLabelled(el, "Fasta priser, basår").closest("label")!;
    showPriceBase(el, false);
    expect(control.hidden).toBe(true);
    expect(el.value.priceBaseYear).toBe(2020);
    showPriceBase(el, true);
    expect(control.hidden).toBe(false);
    // A frame without prices has nothing to show or hide.
    const plain = frameInputs({catalogue, kpis: ["U40455"]});
    expect(() => showPriceBase(plain, true)).not.toThrow();
    expect(plain.querySelector("[hidden]")).toBeNull();
  });
});

describe("adding a kommun outside the catalogue", () => {
  const others = [
    {id: "0180", name: "Stockholm", sizeGroup: "G30828", skrGroup: "G92787"},
    {id: "1480", name: "Göteborg", sizeGroup: "G30828", skrGroup: "G92787"},
    {id: "1280", name: "Malmö", sizeGroup: "G30828", skrGroup: "G92787"},
    {id: "2583", name: "Haparanda", sizeGroup: "G30823", skrGroup: "G92791"},
    {id: "0319", name: "Älvkarleby", sizeGroup: "G30824", skrGroup: "G92786"}
  ];
  const withOthers = {...catalogue, others};
  const key = (input: HTMLInputElement, k: string) => input.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true}));
  const type = (input: HTMLInputElement, text: string) => {
    input.value = text;
    input.dispatchEvent(new Event("input", {bubbles: true}));
  };
  beforeEach(() => setUrl("/resultat-vid-avslut"));

  test("a name search ignoring case and diacritics, by keyboard; the choice goes into the link and can be undone", () => {
    const el = frameInputs({catalogue: withOthers, kpis: ["U40455"]});
    document.body.append(el);
    const seen: string[][] = [];
    el.addEventListener("input", () => seen.push(el.value.kommuner));
    const input = el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(el.querySelector(`label[for="${input.id}"]`)!.textContent).toBe("Lägg till en kommun");
    type(input, "GOTEB");
    expect(seen).toEqual([]); // typing is not a choice
    const list = document.getElementById(input.getAttribute("aria-controls")!)!;
    expect(Array.from(list.querySelectorAll('[role="option"]')).map((o) => o.textContent)).toEqual(["Göteborg"]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    type(input, "alvk");
    key(input, "ArrowDown");
    expect(input.getAttribute("aria-activedescendant")).toBe(list.querySelector('[role="option"]')!.id);
    key(input, "Enter");
    expect(el.value.kommuner).toEqual(["1487", "1489", "2380", "0764", "0319"]);
    expect(window.location.search).toBe("?kommuner=1487,1489,2380,0764,0319");
    expect(seen).toHaveLength(1);
    expect(input.value).toBe("");
    const added = checkboxFor(el, "Älvkarleby (tillagd)");
    expect(added.checked).toBe(true);
    added.checked = false;
    change(added);
    added.dispatchEvent(new Event("change", {bubbles: true}));
    expect(el.value.kommuner).toEqual(["1487", "1489", "2380", "0764"]);
    expect(window.location.search).toBe("");
    expect(Array.from(el.querySelectorAll("label")).some((l) => l.textContent!.includes("Älvkarleby"))).toBe(false);
    expect(el.querySelector('[role="status"].kommun-search-status')!.textContent).toBe("Älvkarleby är borttagen.");
  });

  test("Escape closes the list; a search without a match says so; at most three are added", () => {
    setUrl("/resultat-vid-avslut?kommuner=0764,0180,1480");
    const el = frameInputs({catalogue: withOthers, kpis: ["U40455"]});
    const input = el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    type(input, "xyz");
    expect(el.querySelector(".kommun-search-none")!.textContent).toBe("Ingen kommun med det namnet.");
    key(input, "Escape");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    type(input, "malm");
    key(input, "Enter"); // the only match
    expect(el.value.kommuner).toEqual(["0764", "0180", "1480", "1280"]);
    expect(input.disabled).toBe(true);
    expect(el.textContent).toContain("3 kommuner är tillagda, det största antalet.");
  });
});
