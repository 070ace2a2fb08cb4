// @vitest-environment jsdom
import {beforeEach, describe, expect, test} from "vitest";
import {pageParam, readParam, writeParam} from "../../../components/frame/pageParam.js";

const options = {
  name: "priser",
  label: "Prisnivå",
  choices: [
    {value: "lopande", label: "Löpande priser"},
    {value: "fasta", label: "Fasta priser"}
  ],
  defaultValue: "lopande"
};

describe("pageParam", () => {
  beforeEach(() => window.history.replaceState(null, "", "/kostnad-per-invanare?kommuner=0764"));

  test("read: default, a known value, an unknown value with a note quoting it", () => {
    expect(readParam("", options)).toEqual({value: "lopande", note: null});
    expect(readParam("?priser=fasta", options)).toEqual({value: "fasta", note: null});
    expect(readParam("?priser=<b>x</b>", options)).toEqual({
      value: "lopande",
      note: "Okänt val ”<b>x</b>” för prisnivå i länken – visar löpande priser."
    });
    expect(() => readParam("", {...options, defaultValue: "nej"})).toThrow(/default "nej" is not one of the choices/);
  });

  test("write: only a non-default value, other parameters kept", () => {
    expect(writeParam("?kommuner=0764", "priser", "fasta", "lopande")).toBe("?kommuner=0764&priser=fasta");
    expect(writeParam("?kommuner=0764&priser=fasta", "priser", "lopande", "lopande")).toBe("?kommuner=0764");
    expect(writeParam("?priser=fasta", "priser", "lopande", "lopande")).toBe("");
  });

  test("a labelled radio group whose choice goes into the URL next to the frame's parameters", () => {
    const el = pageParam(options);
    document.body.append(el);
    expect(el.classList.contains("no-print")).toBe(true);
    // A fieldset named by its legend: the group's accessible name.
    const group = el.querySelector("fieldset")!;
    expect(group.querySelector(":scope > legend")!.textContent).toBe("Prisnivå");
    expect(group.querySelectorAll("input[type=radio]").length).toBeGreaterThan(1);
    expect(el.value).toBe("lopande");
    const radios = el.querySelectorAll<HTMLInputElement>("input[type=radio]");
    radios[1].checked = true;
    radios[1].dispatchEvent(new Event("input", {bubbles: true}));
    expect(el.value).toBe("fasta");
    expect(window.location.search).toBe("?kommuner=0764&priser=fasta");
    radios[0].checked = true;
    radios[0].dispatchEvent(new Event("input", {bubbles: true}));
    expect(window.location.search).toBe("?kommuner=0764");
    el.remove();
  });

  test("a bad value in the link shows the note as text and falls back", () => {
    window.history.replaceState(null, "", "/x?priser=%3Cimg%3E");
    const el = pageParam(options);
    expect(el.value).toBe("lopande");
    const note = el.querySelector(".frame-notes")!;
    expect(note.textContent).toBe("Okänt val ”<img>” för prisnivå i länken – visar löpande priser.");
    expect(note.querySelector("img")).toBeNull();
  });
});
