// @vitest-environment jsdom
// The audit views (components/audit/): rows are synthetic unless they come from the committed
// report data through the loaders (said where they do).
import {describe, expect, test} from "vitest";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {reportAssessmentsArrow, reportRecommendationsArrow} from "../../../loaders/reports/reportArrows.js";
import {rowsFromArrow} from "../../../components/kit/arrow.js";
import {assessmentMatrix, type AssessmentRow} from "../../../components/audit/assessmentMatrix.js";
import {comparison} from "../../../components/audit/comparison.js";
import {markYear} from "../../../components/audit/markYear.js";
import {recommendationsByAddressee, type RecommendationRow} from "../../../components/audit/recommendations.js";
import {SCALE_FILLS} from "../../../components/audit/scale.js";
import {themeGrid} from "../../../components/audit/themeGrid.js";
import {trendChart} from "../../../components/kit/trendChart.js";
import {tableOf} from "../../../components/kit/chartKit.js";
import {comparisonTables} from "../../support/auditTables.js";

const assessments = rowsFromArrow<AssessmentRow>(reportAssessmentsArrow(REPORTS_DIR));
const recs = rowsFromArrow<RecommendationRow>(reportRecommendationsArrow(REPORTS_DIR));

describe("assessmentMatrix (committed data)", () => {
  const alvesta = assessments.filter((a) => a.report === "alvesta-2018");
  const el = assessmentMatrix(alvesta, {sourceLabel: "Alvestas rapport"});

  test("one row per question, the scale written in its column, on its colour", () => {
    const rows = el.querySelectorAll("tbody tr");
    expect(rows.length).toBe(alvesta.length);
    const headers = Array.from(el.querySelectorAll("thead th")).map((th) => th.textContent);
    expect(headers).toEqual(["Fråga", "ja", "i huvudsak ja", "delvis", "nej", "ingen bedömning"]);
    const a4 = el.querySelector("#bedomning-A4")!;
    const cells = Array.from(a4.querySelectorAll("td"));
    expect(cells.map((c) => c.textContent)).toEqual(["ja", "", "", "", ""]);
    const tag = cells[0].querySelector(".scale") as HTMLElement;
    expect(tag.style.background).not.toBe("");
    expect(SCALE_FILLS.ja).toBe("#67a9cf");
  });

  test("the verbatim wording and line references sit behind <details>", () => {
    const row = el.querySelector("#bedomning-A6")!;
    const details = row.querySelector("details")!;
    expect(details.querySelector("summary")!.textContent).toBe("Ordalydelse och radhänvisning");
    const a6 = alvesta.find((a) => a.id === "A6")!;
    expect(details.textContent).toContain(a6.assessment);
    expect(details.textContent).toContain(`rader ${a6.line_from}–${a6.line_to}`);
  });

  test("a contradiction is shown as such: both readings, both columns", () => {
    const row = el.querySelector("#bedomning-A9")!;
    expect(row.classList.contains("contradictory")).toBe(true);
    expect(row.querySelector(".contradiction")!.textContent).toMatch(/motsäger sig själv.*”delvis”.*”nej” \(rad 298\)/);
    const cells = Array.from(row.querySelectorAll("td")).map((c) => c.textContent);
    expect(cells).toEqual(["", "", "delvis (en läsning)", "nej (andra läsningen)", ""]);
  });

  test("strings from the data are text, never markup", () => {
    const evil = {...alvesta[0], id: "X1", question: '<img src=x onerror="alert(1)">', assessment: "<b>fet</b>"};
    const m = assessmentMatrix([evil], {sourceLabel: "Test"});
    expect(m.querySelector("img")).toBeNull();
    expect(m.querySelector("b")).toBeNull();
    expect(m.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});

describe("recommendationsByAddressee (committed data)", () => {
  test("grouped by addressee; the missiv's repetitions shown once, with a link", () => {
    const own = recs.filter((r) => r.report === "vanersborg-2022");
    const missiv = recs.filter((r) => r.report === "vanersborg-2022-missiv");
    const el = recommendationsByAddressee(own, {
      sourceLabel: "Vänersborgs rapport",
      repeatedBy: missiv,
      repeatLabel: () => ({label: "revisorernas missiv", href: "#missiv"})
    });
    expect(el.querySelectorAll("li.recommendation").length).toBe(own.length);
    expect(Array.from(el.querySelectorAll("h3")).map((h) => h.textContent)).toEqual([`Kommunstyrelsen (${own.length})`]);
    const links = el.querySelectorAll("a[href='#missiv']");
    expect(links.length).toBe(missiv.length);
    expect(el.querySelector("li[data-id='R5'] .rec-repeat")!.textContent).toBe(" Upprepas ordagrant i revisorernas missiv, rad 47.");
  });

  test("an addressee the report does not print is said so (Alvesta R2)", () => {
    const own = recs.filter((r) => r.report === "alvesta-2018");
    const el = recommendationsByAddressee(own, {sourceLabel: "Alvestas rapport"});
    expect(Array.from(el.querySelectorAll("h3")).map((h) => h.textContent)).toEqual(["Kommunstyrelsen (1)", "Mottagare ej angiven (1)"]);
  });

  test("several addressees (Östersund)", () => {
    const own = recs.filter((r) => r.report === "ostersund-2022");
    const el = recommendationsByAddressee(own, {sourceLabel: "Östersunds rapport"});
    const groups = new Set(own.map((r) => r.addressee));
    expect(el.querySelectorAll("section.addressee").length).toBe(groups.size);
    expect(el.querySelectorAll("li.recommendation").length).toBe(own.length);
  });
});

describe("themeGrid (committed data)", () => {
  const {matrix, names} = comparison(comparisonTables());
  const svg = themeGrid(matrix, {width: 640, names, href: (r, id) => `./${r}#bedomning-${id}`, document});

  test("a labelled, linked box per question, scale written out; the audits as columns", () => {
    const entries = svg.querySelectorAll("a.grid-entry");
    expect(entries.length).toBe(matrix.cells.reduce((n, c) => n + c.questions.length, 0));
    const a10 = svg.querySelector("a[data-report='alingsas-2024'][data-id='A10']")!;
    expect(a10.getAttribute("href")).toBe("./alingsas-2024#bedomning-A10");
    expect(a10.querySelector("text")!.textContent).toBe("A10 nej");
    expect(svg.querySelector("a[data-id='A9'][data-report='alvesta-2018'] text")!.textContent).toBe("A9 delvis/nej");
    // The accessible name begins with the visible text (WCAG 2.5.3 label in name).
    expect(a10.getAttribute("aria-label")).toBe(`A10 nej, ${names.get("alingsas-2024")}`);
    expect(svg.querySelector("a[data-id='A9'][data-report='alvesta-2018']")!.getAttribute("aria-label")).toBe(
      `A9 delvis/nej, ${names.get("alvesta-2018")} (två läsningar: delvis och nej)`
    );
    for (const n of names.values()) expect(svg.textContent).toContain(n);
    expect(svg.getAttribute("aria-description")).toContain("Uppföljning av kostnader");
  });

  test("narrow screens get the list layout with the same boxes", () => {
    const narrow = themeGrid(matrix, {width: 340, names, href: (r, id) => `./${r}#bedomning-${id}`, document});
    expect(narrow.classList.contains("theme-grid-narrow")).toBe(true);
    expect(Number(narrow.getAttribute("width"))).toBe(340);
    expect(narrow.querySelectorAll("a.grid-entry").length).toBe(svg.querySelectorAll("a.grid-entry").length);
    for (const r of narrow.querySelectorAll("rect")) expect(Number(r.getAttribute("x")) + Number(r.getAttribute("width"))).toBeLessThanOrEqual(340);
  });

  test("carries its table for the data table and CSV", () => {
    const t = tableOf(svg)!;
    expect(t.rows.length).toBe(svg.querySelectorAll("a.grid-entry").length);
    expect(t.rows.find((r) => r.fraga?.toString().startsWith("A10."))).toMatchObject({
      tema: "Uppföljning av kostnader",
      granskning: "Alingsås 2024",
      bedomning: "nej"
    });
  });
});

describe("markYear", () => {
  test("draws a labelled rule at the audit year and says so in the description", () => {
    const chart = trendChart(
      [2018, 2019, 2020].map((year, i) => ({area: "0764", year, value: 30 + i})),
      {title: "Synthetic", unit: "procent", width: 600, document}
    );
    expect(markYear(chart, 2019, "Granskningen 2019")).toBe(true);
    const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg")!;
    const g = svg.querySelector("g.year-mark")!;
    expect(g.querySelector("text")!.textContent).toBe("Granskningen 2019");
    expect(svg.getAttribute("aria-description")).toContain("markerar granskningen 2019");
  });

  test("returns false on an empty state", () => {
    const empty = trendChart([{area: "0764", year: 2020, value: null}], {
      title: "Synthetic",
      unit: "procent",
      document
    });
    expect(markYear(empty, 2020, "Granskningen 2020")).toBe(false);
  });
});
