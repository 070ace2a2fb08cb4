// @vitest-environment jsdom
// The frame's native controls: accessible names from <legend>/<label>, one label per option holding
// its input, values read and written, input events bubbling to the control. Values synthetic.
import {describe, expect, test, vi} from "vitest";
import {checkboxGroup, radioGroup, selectControl} from "../../../components/frame/controls.js";

const OPTIONS = [
  {value: "a", label: "Alfa"},
  {value: "b", label: "Beta"},
  {value: "c", label: "Gamma"}
];

describe("frame controls", () => {
  test("a checkbox group is a fieldset named by its legend; each option's label holds its input", () => {
    const c = checkboxGroup(document, "Kommuner", OPTIONS, ["a", "c"]);
    expect(c.tagName).toBe("FIELDSET");
    expect(c.querySelector("legend")?.textContent).toBe("Kommuner");
    const labels = Array.from(c.querySelectorAll("label"));
    expect(labels.map((l) => l.textContent)).toEqual(["Alfa", "Beta", "Gamma"]);
    for (const l of labels) expect(l.querySelector("input[type=checkbox]")).not.toBeNull();
    expect(c.value).toEqual(["a", "c"]);
    const onInput = vi.fn();
    c.addEventListener("input", onInput);
    const beta = labels[1].querySelector("input")!;
    beta.checked = true;
    beta.dispatchEvent(new Event("input", {bubbles: true}));
    expect(onInput).toHaveBeenCalledTimes(1);
    expect(c.value).toEqual(["a", "b", "c"]);
    c.value = [];
    expect(c.value).toEqual([]);
  });

  test("a radio group has one name, one checked option, and refuses a value it does not offer", () => {
    const r = radioGroup(document, "Kön", OPTIONS, "b");
    const inputs = Array.from(r.querySelectorAll<HTMLInputElement>("input[type=radio]"));
    expect(new Set(inputs.map((i) => i.name)).size).toBe(1);
    expect(inputs.filter((i) => i.checked)).toHaveLength(1);
    expect(r.value).toBe("b");
    inputs[2].checked = true;
    expect(r.value).toBe("c");
    r.value = "a";
    expect(inputs[0].checked).toBe(true);
    expect(() => radioGroup(document, "Kön", OPTIONS, "x")).toThrow(/not one of the options/);
  });

  test("a select is named by its label and returns option values of any type", () => {
    const years = [2016, 2017, 2018].map((y) => ({value: y, label: String(y)}));
    const s = selectControl(document, "Från år", years, 2017);
    expect(s.tagName).toBe("LABEL");
    expect(s.querySelector("span")?.textContent).toBe("Från år");
    expect(s.select.options.length).toBe(3);
    expect(s.value).toBe(2017);
    s.select.value = "2";
    expect(s.value).toBe(2018);
    s.value = 2016;
    expect(s.select.value).toBe("0");
    expect(() => selectControl(document, "Till år", years, 1999)).toThrow(/not one of the options/);
  });
});
