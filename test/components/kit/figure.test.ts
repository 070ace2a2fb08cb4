// @vitest-environment jsdom
// Charting kit: dataTable, sourceNote, download, chartFigure, colours. Values synthetic.
import {describe, expect, test} from "vitest";
import {KOMMUNER, kommunOf} from "../../../model/catalogue.js";
import {dataTable, tableDetails} from "../../../components/kit/dataTable.js";
import {mergeLineRanges, reportSource, sourceLines, sourceNote} from "../../../components/kit/sourceNote.js";
import {csvFromTable, download, svgMarkup} from "../../../components/kit/download.js";
import {chartFigure} from "../../../components/kit/chartFigure.js";
import {trendChart} from "../../../components/kit/trendChart.js";
import {tableOf, type ChartTable} from "../../../components/kit/chartKit.js";
import {REFERENCE_STYLES, seriesStyle} from "../../../components/kit/colors.js";

const table: ChartTable = {
  caption: "Nettokostnad 2018–2019",
  columns: [
    {key: "omrade", label: "Område", kind: "text"},
    {key: "ar", label: "År", kind: "year"},
    {key: "v", label: "Värde", kind: "kr/inv"}
  ],
  rows: [
    {omrade: "Östersund", ar: 2018, v: 1234.4},
    {omrade: 'Östersund, "centrum"', ar: 2019, v: null}
  ]
};

describe("dataTable", () => {
  test("caption, column headers with scope and units, row headers, Swedish formats, missing as –", () => {
    const t = dataTable(table);
    expect(t.tagName).toBe("TABLE");
    expect(t.querySelector("caption")!.textContent).toBe("Nettokostnad 2018–2019");
    expect(Array.from(t.querySelectorAll("thead th")).map((th) => [th.textContent, th.getAttribute("scope")])).toEqual([
      ["Område", "col"],
      ["År", "col"],
      ["Värde (kr/inv)", "col"]
    ]);
    const cells = Array.from(t.querySelectorAll("tbody tr")).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    expect(cells).toEqual([
      ["Östersund", "2018", "1\u00a0234\u00a0kr/inv"],
      ['Östersund, "centrum"', "2019", "–"]
    ]);
    expect(t.querySelector("tbody th")!.getAttribute("scope")).toBe("row");
  });
  test("maxRows shows a note; empty table says so", () => {
    expect(dataTable(table, {maxRows: 1}).querySelector(".kit-note")!.textContent).toMatch(/1 av 2 rader/);
    expect(dataTable({...table, rows: []}).textContent).toMatch(/inga siffror/);
  });
  test("tableDetails: the table behind a disclosure with its summary, optionally in a sideways-scrolling box", () => {
    const d = tableDetails("Visa siffrorna", table, {scroll: true});
    expect(d.tagName).toBe("DETAILS");
    expect(d.className).toBe("kit-data");
    expect(d.querySelector("summary")!.textContent).toBe("Visa siffrorna");
    expect(d.querySelector(".table-scroll > table caption")!.textContent).toBe("Nettokostnad 2018–2019");
    expect(tableDetails("x", table).querySelector(".table-scroll")).toBeNull();
    expect(tableDetails("x", table, {maxRows: 1}).textContent).toMatch(/1 av 2 rader/);
  });
});

describe("sourceNote", () => {
  test("Kolada with KPI ids and snapshot date; processed; report with line ranges; definitions behind <details>", () => {
    expect(sourceLines({kolada: {kpis: ["U40455"], fetchedAt: "2026-03-15"}})).toEqual(["Källa: Kolada (nyckeltal U40455), hämtat 15 mars 2026."]);
    expect(sourceLines({kolada: {kpis: ["U40455", "N40011"], processed: true}})).toEqual([
      "Egen bearbetning av data från Kolada (nyckeltal U40455 och N40011)."
    ]);
    expect(
      sourceLines({
        reports: [
          {
            name: "Östersunds kommun, revisionskontoret (2022)",
            lines: [
              [193, 196],
              [201, 204]
            ],
            via: "Kolada"
          }
        ]
      })
    ).toEqual(["Källa: Östersunds kommun, revisionskontoret (2022), rader 193–196, 201–204; siffrorna hämtade ur Kolada av granskarna."]);
    const el = sourceNote({
      kolada: {kpis: ["U40455"]},
      definitions: [{id: "U40455", title: "Börjat arbeta eller studera", text: "Andel <b>deltagare</b> …"}]
    });
    expect(el.querySelector("p.source")!.textContent).toBe("Källa: Kolada (nyckeltal U40455).");
    expect(el.querySelector("details summary")!.textContent).toBe("Definition av nyckeltalet");
    expect(el.querySelector("dd")!.textContent).toBe("Andel <b>deltagare</b> …");
    expect(el.querySelector("b")).toBeNull();
  });
  test("reportSource: from report metadata and figure rows, line ranges merged", () => {
    expect(
      mergeLineRanges([
        {line_from: 195, line_to: 196},
        {line_from: 193, line_to: 193},
        {line_from: 194, line_to: 194},
        {line_from: 201, line_to: 201}
      ])
    ).toEqual([
      [193, 196],
      [201, 201]
    ]);
    const src = reportSource(
      {
        kommun_name: "Östersund",
        title: "[Fördjupad granskning av arbetsmarknadsåtgärder]",
        auditor: "Revisionskontoret",
        year: 2022
      },
      [
        {line_from: 193, line_to: 193},
        {line_from: 194, line_to: 194}
      ],
      "Kolada"
    );
    expect(sourceLines({reports: [src]})).toEqual([
      "Källa: Östersund, Fördjupad granskning av arbetsmarknadsåtgärder, Revisionskontoret (2022), rader 193–194; siffrorna hämtade ur Kolada av granskarna."
    ]);
    expect(reportSource({kommun_name: "Alvesta", title: "Granskning av X", auditor: "KPMG", year: 2018}, [{line_from: 5, line_to: 5}]).name).toBe(
      "Alvesta, ”Granskning av X”, KPMG (2018)"
    );
    expect(() => reportSource({kommun_name: "A", title: "T", auditor: "B", year: 2020}, [])).toThrow(/no figure rows/);
  });
  test("no source is an error", () => {
    expect(() => sourceNote({})).toThrow(/at least one source/);
  });
});

describe("download", () => {
  test("CSV: BOM, Swedish headers with units, quoted text, empty cell for missing, CRLF", () => {
    expect(csvFromTable(table)).toBe('\ufeffOmråde,År,Värde (kr/inv)\r\nÖstersund,2018,1234.4\r\n"Östersund, ""centrum""",2019,\r\n');
  });
  test("buttons save SVG and CSV of exactly the chart's plotted rows", async () => {
    const chart = trendChart(
      [
        {area: "2380", year: 2020, value: 1},
        {area: "2380", year: 2021, value: 2},
        {area: "1487", year: 2021, value: 3}
      ],
      {title: "T", unit: "antal", areas: ["2380"], width: 600}
    );
    const blobs: {name: string; blob: Blob}[] = [];
    const read = (blob: Blob) =>
      new Promise<string>((resolve) => {
        const r = new FileReader();
        r.onload = () => resolve(r.result as string);
        r.readAsText(blob);
      });
    const div = download(chart, {filename: "test", save: (blob, name) => void blobs.push({name, blob})});
    const buttons = Array.from(div.querySelectorAll("button"));
    expect(buttons.map((b) => b.textContent)).toEqual(["PNG", "SVG", "CSV"]);
    buttons[1].click();
    buttons[2].click();
    await new Promise((r) => setTimeout(r, 50));
    expect(div.querySelector(".kit-error")).toBeNull();
    const saved = await Promise.all(blobs.map(async ({name, blob}) => ({name, text: await read(blob)})));
    expect(saved.map((s) => s.name)).toEqual(["test.svg", "test.csv"]);
    const csv = saved.find((s) => s.name === "test.csv")!.text;
    expect(csv.replace(/^\ufeff/, "")).toBe("Område,År,Värde (antal)\r\nÖstersund,2020,1\r\nÖstersund,2021,2\r\n");
    const svg = saved.find((s) => s.name === "test.svg")!.text;
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain("Östersund");
  });
  test("svgMarkup is a standalone black-on-white SVG", () => {
    const chart = trendChart(
      [
        {area: "2380", year: 2020, value: 1},
        {area: "2380", year: 2021, value: 2}
      ],
      {title: "T", unit: "antal", width: 600}
    ) as SVGSVGElement;
    const m = svgMarkup(chart);
    expect(m).toContain("background: #ffffff");
    expect(m).toContain('fill="#ffffff"');
  });
});

describe("chartFigure", () => {
  test("chart, source note, data table behind <details>, downloads, in one <figure>", () => {
    const chart = trendChart(
      [
        {area: "2380", year: 2020, value: 1},
        {area: "2380", year: 2021, value: null}
      ],
      {title: "T", unit: "antal", width: 600}
    );
    const fig = chartFigure(chart, {title: "Rubrik", source: {kolada: {kpis: ["U40800"]}}, filename: "fil"});
    expect(fig.tagName).toBe("FIGURE");
    expect(fig.querySelector("figcaption")!.textContent).toBe("Rubrik");
    expect(fig.querySelector("svg")).toBe(chart);
    expect(fig.querySelector(".kit-source p.source")!.textContent).toBe("Källa: Kolada (nyckeltal U40800).");
    expect(fig.querySelector("details.kit-data summary")!.textContent).toBe("Visa siffrorna som tabell");
    expect(fig.querySelectorAll("details.kit-data tbody tr")).toHaveLength(2);
    expect(fig.querySelectorAll(".kit-download button")).toHaveLength(3);
    expect(tableOf(fig)).toBe(tableOf(chart));
  });
  test("an empty-state chart gets its source note but no table or downloads", () => {
    const empty = trendChart([], {title: "T", unit: "antal"});
    const fig = chartFigure(empty, {source: {other: ["SCB"]}, filename: "fil"});
    expect(fig.querySelector(".chart-empty")).toBeTruthy();
    expect(fig.querySelector("details.kit-data")).toBeNull();
    expect(fig.querySelector(".kit-download")).toBeNull();
    expect(fig.querySelector("p.source")!.textContent).toBe("Källa: SCB.");
  });
});

describe("colours", () => {
  const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const lum = (c: string) => {
    const [r, g, b] = hex(c);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  test("every kommun and reference colour has ≥3:1 contrast on the light and the dark background", () => {
    const colors = [...KOMMUNER.map((m) => m.color), ...Object.values(REFERENCE_STYLES).map((s) => s.color)];
    for (const c of colors) {
      expect(contrast(c, "#ffffff"), `${c} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(c, "#161616"), `${c} on dark`).toBeGreaterThanOrEqual(3);
    }
  });
  test("the four kommuner have distinct colours and symbols; references are dashed, each differently", () => {
    expect(new Set(KOMMUNER.map(({id}) => seriesStyle(id).color)).size).toBe(KOMMUNER.length);
    expect(new Set(KOMMUNER.map(({id}) => seriesStyle(id).symbol)).size).toBe(KOMMUNER.length);
    const dashes = ["G2328", "G30831", "0000"].map((id) => seriesStyle(id).dash);
    expect(dashes.every((d) => d !== null)).toBe(true);
    expect(new Set(dashes).size).toBe(3);
    // by id only: a display name is never guessed at (a series without an id is "other")
    expect(seriesStyle("G30831").kind).toBe("size_group");
    expect(seriesStyle("0764").color).toBe(kommunOf("0764")!.color);
    expect(seriesStyle(undefined).kind).toBe("other");
  });
});
