// @vitest-environment jsdom
// The page Öppna data's parts (components/explore/openData.ts), as drawn at build time: the files'
// addresses with and without the site's configured address, the code examples, the terms, and a
// row per table with its four files. Sizes and row counts here are SYNTHETIC.
import {describe, expect, test} from "vitest";
import {
  ADDRESS_PLACEHOLDER,
  duckdbSnippet,
  formatBytes,
  openDataAddress,
  openDataTables,
  openDataTerms,
  pythonSnippet,
  rSnippet,
  type OpenDataTable
} from "../../../components/explore/openData.js";
import {DATA_MODEL} from "../../../model/dataModel.js";
import {LICENCES} from "../../../model/licences.js";
import {FORMATS} from "../../../model/published.js";

const without = {version: "2026-11-22", snapshot: "syntetisk ögonblicksbild", site: null};
const withSite = {...without, site: "https://exempel.github.io/uppfoljning"};

const tables: OpenDataTable[] = DATA_MODEL.slice(0, 3).map((table, i) => ({
  table,
  rows: 1000 * (i + 1),
  files: Object.fromEntries(FORMATS.map((f, j) => [f.id, {path: f.file(table.name), bytes: 900 + 12_345 * j * (i + 1)}])) as OpenDataTable["files"]
}));

describe("the page Öppna data", () => {
  test("sizes in Swedish", () => {
    expect(formatBytes(870)).toBe("870 byte");
    expect(formatBytes(1234)).toBe("1,2 kB");
    expect(formatBytes(58_474)).toBe("58 kB");
    expect(formatBytes(1_430_000)).toBe("1,4 MB");
  });

  test("without a configured address: links relative to the page, examples with a placeholder the text explains", () => {
    const address = openDataAddress(without);
    expect(Array.from(address.querySelectorAll("a"), (a) => [a.getAttribute("href"), a.getAttribute("rel")])).toEqual([
      ["./data/kolada.csv", "external"],
      ["./data/datapackage.json", "external"],
      ["./data/README.md", "external"]
    ]);
    expect(address.textContent).toContain(ADDRESS_PLACEHOLDER);
    expect(address.textContent).toContain("22 november 2026 (syntetisk ögonblicksbild)");
    for (const snippet of [rSnippet(without), pythonSnippet(without), duckdbSnippet(without)]) {
      expect(snippet.textContent).toContain(`${ADDRESS_PLACEHOLDER}/data/`);
      expect([snippet.getAttribute("role"), snippet.getAttribute("tabindex")]).toEqual(["region", "0"]);
    }
  });

  test("with the site's address: full addresses in the links and the examples", () => {
    const address = openDataAddress(withSite);
    expect(address.querySelector("a")?.getAttribute("href")).toBe("https://exempel.github.io/uppfoljning/data/kolada.csv");
    expect(address.textContent).not.toContain(ADDRESS_PLACEHOLDER);
    expect(pythonSnippet(withSite).textContent).toContain('bas = "https://exempel.github.io/uppfoljning/data/"');
    expect(duckdbSnippet(withSite).textContent).toContain("FROM 'https://exempel.github.io/uppfoljning/data/kolada.parquet'");
  });

  test("every licence line, with Kolada's terms linked", () => {
    const terms = openDataTerms();
    for (const l of LICENCES) expect(terms.textContent).toContain(l.title);
    expect(Array.from(terms.querySelectorAll("a"), (a) => a.getAttribute("href"))).toEqual(["https://www.kolada.se/om-oss/api"]);
  });

  test("a row per table: title, name, description, rows, its four files with their sizes, its credit line", () => {
    const region = openDataTables(tables, without);
    expect([region.getAttribute("role"), region.getAttribute("tabindex")]).toEqual(["region", "0"]);
    const rows = Array.from(region.querySelectorAll("tbody tr"));
    expect(rows.map((tr) => tr.id)).toEqual(tables.map((t) => `data-${t.table.name}`));
    const first = rows[0];
    expect(first.querySelector("th strong")?.textContent).toBe(tables[0].table.title);
    expect(first.querySelector("th code")?.textContent).toBe(tables[0].table.name);
    expect(first.querySelector("td.num")?.textContent).toBe("1 000".replace(" ", "\u00a0"));
    expect(Array.from(first.querySelectorAll(".open-data-files li"), (li) => li.textContent)).toEqual([
      "CSV (900 byte)",
      "Parquet (13 kB)",
      "Arrow (26 kB)",
      "CSV för Excel (38 kB)"
    ]);
    expect(Array.from(first.querySelectorAll(".open-data-files a"), (a) => a.getAttribute("href"))).toEqual(
      FORMATS.map((f) => `./data/${f.file(tables[0].table.name)}`)
    );
    expect(first.lastElementChild?.textContent).toBe(tables[0].table.credit);
  });
});
