// @vitest-environment jsdom
// The data model as the Utforska page shows it (Swedish), from model/dataModel.ts.
import {describe, expect, test} from "vitest";
import {dataModelView} from "../../../components/explore/dataModelView.js";
import {DATA_MODEL} from "../../../model/dataModel.js";
import {defineTable, float, text} from "../../../model/table.js";

describe("dataModelView", () => {
  test("one section per registered table with its columns, SQL types and provenance", () => {
    const el = dataModelView(["kolada", "report_figures"]);
    const sections = el.querySelectorAll("section.data-model-table");
    expect(Array.from(sections, (s) => s.id)).toEqual(["tabell-kolada", "tabell-report_figures"]);
    const rows = Array.from(sections[0].querySelectorAll("tbody tr"), (tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent));
    expect(rows[0]).toEqual(["kpi", "VARCHAR", "nej", "", "Koladas nyckeltals-id, t.ex. U40455"]);
    expect(rows.find((r) => r[0] === "value")?.slice(1, 4)).toEqual(["DOUBLE", "ja", "nyckeltalets enhet: kolada_kpis.unit för radens kpi"]);
    expect(rows.find((r) => r[0] === "count")?.[3]).toBe("antal");
    expect(sections[0].querySelector(".source")?.textContent).toMatch(/^Källa: Kolada/);
    expect(sections[0].querySelector("h3")?.textContent).toBe("kolada Kolada-värden för sajtens nyckeltal");
    expect(sections[0].querySelector(".data-model-credit")?.textContent).toBe("Källhänvisning: ”Källa: Kolada”.");
    expect(sections[0].querySelector(".data-model-key")?.textContent).toBe("Primärnyckel: kpi, municipality, period, gender.");
    expect(Array.from(sections[0].querySelectorAll(".data-model-files a"), (a) => a.getAttribute("href"))).toEqual([
      "./data/kolada.csv",
      "./data/kolada.parquet",
      "./data/kolada.arrow",
      "./data/excel/kolada.csv"
    ]);
    // each table scrolls sideways in a focusable region of its own, named after the table (the page does not, on a phone)
    const region = sections[0].querySelector("table")!.parentElement!;
    expect([region.className, region.getAttribute("role"), region.getAttribute("tabindex"), region.getAttribute("aria-label")]).toEqual([
      "table-scroll",
      "region",
      "0",
      "Kolumner i kolada"
    ]);
  });
  test("names the described tables that are not on the page", () => {
    const el = dataModelView(["kolada"]);
    const note = el.querySelector(".data-model-missing")?.textContent ?? "";
    for (const t of DATA_MODEL.filter((t) => t.name !== "kolada")) expect(note).toContain(t.name);
  });
  test("a derived table shows its formula and inputs", () => {
    const derived = defineTable({
      name: "derived_example",
      title: "Syntetiskt exempel",
      description: "Syntetisk härledd tabell.",
      rows: "ett område",
      provenance: "Testets egna värden.",
      formula: "kvot = a / b",
      inputs: ["N01954", "N01951"],
      credit: "Syntetiska testvärden",
      licences: [],
      columns: {area: text("område"), ratio: float("kvot", "kvot")}
    });
    const el = dataModelView(["derived_example"], {model: [derived]});
    expect(el.querySelector(".data-model-formula")?.textContent).toBe("Beräkning: kvot = a / b");
    expect(el.querySelector(".data-model-inputs")?.textContent).toBe("Indata: N01954, N01951.");
  });
  test("a registered table without a description is an error naming it", () => {
    expect(() => dataModelView(["okand"])).toThrow(/table "okand" is registered on the page but not described/);
  });
});
