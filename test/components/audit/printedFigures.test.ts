// @vitest-environment jsdom
// The audits' printed figures as charts, the credit line and the check status
// (components/audit/printedFigures.ts). Rows synthetic, shaped like audit_kpi_figures.
import {describe, expect, test} from "vitest";
import {figureGroups, reportFigureCharts, statusText, type AuditFigureRow} from "../../../components/audit/printedFigures.js";
import {FIGURE_STATUS_TEXT} from "../../../model/vocabulary.js";

const r = (report: string, kpi: string, municipality: string | null, period: number, value: number | null, line: number, charted: boolean): AuditFigureRow => ({
  report,
  figure_id: `F${line}${period}`,
  table: "T2",
  kpi,
  area: municipality ?? "Ett område",
  municipality,
  period,
  value,
  printed: value === null ? "-" : String(value),
  kolada_value: null,
  status: value === null ? "missing" : "not_in_snapshot",
  charted,
  line_from: line,
  line_to: line
});

describe("report figures as a fallback chart", () => {
  const rows = [
    r("ostersund-2022", "N03927", "2380", 2019, 7.8, 474, true),
    r("ostersund-2022", "N03927", "2380", 2020, null, 474, true),
    r("ostersund-2022", "N03927", "G2328", 2020, 11.8, 475, true),
    r("ostersund-2022", "N03927", "2380", 2021, null, 474, false),
    r("ostersund-2022", "N03927", null, 2019, 44, 829, false),
    r("ostersund-2022", "N02797", "2380", 2019, 5.3, 482, true),
    r("other-2020", "N03927", "0764", 2019, 9, 10, true)
  ];
  test("grouped per report; dashes stay null; only the charted figures; lines of the figures with an area", () => {
    const groups = figureGroups(rows, "N03927");
    expect(groups.map((g) => g.report)).toEqual(["ostersund-2022", "other-2020"]);
    expect(groups[0]).toEqual({
      report: "ostersund-2022",
      points: [
        {area: "2380", year: 2019, value: 7.8},
        {area: "2380", year: 2020, value: null},
        {area: "G2328", year: 2020, value: 11.8}
      ],
      lines: [[474, 475]],
      years: [2019, 2020]
    });
    expect(figureGroups(rows, "N18601")).toEqual([]);
    expect(figureGroups([r("r", "X", "2380", 2019, null, 1, false)], "X")).toEqual([]);
  });
  test("one labelled chart per report, credited with its lines", () => {
    const reports = [{report: "ostersund-2022", kommun_name: "Östersund", auditor: "Revisionskontoret", year: 2022}];
    const [chart, other] = reportFigureCharts({auditFigures: rows, reports}, "N03927", {note: "totalt", width: 640});
    expect(chart.querySelector("figcaption")!.textContent).toBe("Rapportens siffror: arbetslöshet 16–24 år (t.o.m. 2023) 2019–2020 (N03927, totalt)");
    expect(chart.querySelector("svg")!.getAttribute("aria-label")).toBe(
      "Arbetslöshet 16–24 år (t.o.m. 2023) enligt granskningen: Östersund och Alla kommuner (ovägt medel), 2019–2020"
    );
    expect(chart.textContent).toContain("Källa: Östersunds kommun, revisionskontoret (2022), rader 474–475; siffrorna hämtade ur Kolada av granskarna.");
    expect(other.querySelector("figcaption")!.textContent).toContain("2019 (N03927, totalt)");
  });
});

describe("a printed figure's check status", () => {
  test("each status in the vocabulary's words, capitalised; an unknown status is an error", () => {
    expect(statusText("matches")).toBe("Stämmer med Kolada");
    expect(statusText("revised")).toBe("Avviker från Kolada i dag");
    expect(statusText("not_in_snapshot")).toBe("Saknas i ögonblicksbilden av Kolada");
    // A dash or an empty cell: nothing printed to check.
    expect(statusText("missing")).toBe("Tom cell i rapporten");
    for (const [status, text] of Object.entries(FIGURE_STATUS_TEXT)) expect(statusText(status).toLowerCase()).toBe(text.toLowerCase());
    expect(() => statusText("maybe")).toThrow(/unknown status "maybe"/);
  });
});
