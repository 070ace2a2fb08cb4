// @vitest-environment jsdom
// The sections of an audit's page, built from the committed report data through the same
// derivations the Arrow loaders run; counts come from the report folders, not typed. The
// follow-up charts are also drawn from synthetic rows (said where).
import {describe, expect, test} from "vitest";
import {missingOf} from "../../../components/kit/section.js";
import type {MissingFollowUp} from "../../../components/audit/followUp.js";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {loadCheckedReports} from "../../../loaders/reports/check.js";
import {followUpSection} from "../../../components/audit/followUp.js";
import {
  assessmentSection,
  auditHeader,
  auditPage,
  figuresSection,
  lostSection,
  recommendationSection,
  relatedId
} from "../../../components/audit/reportPage.js";
import {kpiOf} from "../../../model/catalogue.js";
import {auditTables} from "../../support/auditTables.js";

const reports = loadCheckedReports(REPORTS_DIR);
const tables = auditTables();
const audits = tables.audits;

describe("one audit's rows", () => {
  test("every audit report has a page; another id is refused", () => {
    expect(audits.map((a) => a.report).sort()).toEqual(
      reports
        .filter((r) => r.meta.document === "rapport")
        .map((r) => r.report)
        .sort()
    );
    expect(() => auditPage(tables, "nowhere-1999")).toThrow("Okänd granskning: nowhere-1999");
    expect(() => auditPage(tables, "vanersborg-2022-missiv")).toThrow(/Okänd granskning/);
  });
});

describe.each(audits.map((a) => [a.report] as const))("%s", (report) => {
  const data = reports.find((r) => r.report === report)!;
  const page = auditPage(tables, report);

  test("who audited what: the auditor or that none is named, the title or that none is printed", () => {
    const header = auditHeader(page);
    const who = header.querySelector(".audit-meta")!.textContent!;
    expect(who).toContain(`granskade`);
    expect(who.startsWith(data.meta.auditor_named ? data.meta.auditor : "Granskaren (som inte namnges i texten)")).toBe(true);
    const title = header.querySelector(".audit-title")!.textContent!;
    expect(title).toBe(
      data.meta.title_printed
        ? `Rapportens titel: ”${data.meta.title}”.`
        : `Rapporten saknar tryckt titel; den beskriver sig som ”${data.meta.title.slice(1, -1)}”.`
    );
    expect(header.textContent).not.toContain("[");
    expect(header.querySelectorAll("blockquote").length).toBe([data.meta.purpose, data.meta.conclusion].filter(Boolean).length);
  });

  test("as many assessments, recommendations, figures and lost tables as the files hold", () => {
    const own = data.recommendations.filter((r) => r.repeats === null);
    const a = assessmentSection(page);
    expect(a.querySelectorAll("table.audit-matrix tbody tr").length).toBe(data.assessments.length);
    if (data.assessments.length) expect(a.querySelector(".assessment-summary")!.textContent).toContain(`prövar ${data.assessments.length} fråg`);
    expect(a.querySelectorAll("tr.contradictory .contradiction").length).toBe(data.assessments.filter((x) => x.contradictory).length);
    const r = recommendationSection(page);
    expect(r.querySelectorAll("li.recommendation").length).toBe(own.length);
    const f = figuresSection(page);
    expect(f.querySelectorAll("table.audit-crosscheck tbody tr").length).toBe(data.figures.length);
    if (data.figures.length) expect(f.querySelector(".figures-summary")!.textContent).toContain(`redovisar ${data.figures.length} siffr`);
    expect(lostSection(page).querySelectorAll("ul.audit-lost > li").length).toBe(data.lost.length);
  });

  test("the recommendations another document repeats: shown once, each linked to that document's section", () => {
    const repeats = reports.flatMap((x) => x.recommendations).filter((x) => x.repeats?.startsWith(`${report}#`));
    const r = recommendationSection(page);
    const links = Array.from(r.querySelectorAll<HTMLAnchorElement>(".rec-repeat a"));
    expect(links.length).toBe(repeats.length);
    for (const a of links) expect(r.querySelector(a.getAttribute("href")!), a.getAttribute("href")!).not.toBeNull();
    const related = reports.filter((x) => x.meta.document === "missiv" && x.meta.related.includes(report));
    expect(Array.from(r.querySelectorAll("section.missiv")).map((s) => s.id)).toEqual(related.map((x) => relatedId(x.report)));
    for (const s of r.querySelectorAll("section.missiv")) expect(s.querySelector("h3")!.textContent).toBe("Revisorernas missiv");
  });

  test("the follow-up: a heading per followed KPI, the audit year marked, missing years said and returned as data", () => {
    const element = followUpSection(page, {width: 640});
    const missing = missingOf<MissingFollowUp>(element);
    expect(Array.from(element.querySelectorAll("h3")).map((h) => h.textContent)).toEqual(page.indicators.map((i) => `${kpiOf(i.kpi).label} (${i.kpi})`));
    for (const m of missing) {
      expect(m.area).toBe(data.meta.kommun);
      expect(element.textContent).toContain(`Uppgift saknas i ögonblicksbilden för ${data.meta.kommun_name}`);
    }
    const since = tables.followUp.filter((r) => r.report === report && !r.context && r.value === null);
    expect(missing.flatMap((m) => m.years.map((y) => `${m.kpi}|${y}`))).toEqual(since.map((r) => `${r.kpi}|${r.period}`));
    const marks = element.querySelectorAll("g.year-mark text");
    for (const t of marks) expect(t.textContent).toBe(`Granskningen ${page.audit.year}`);
  });
});

describe("the follow-up of the committed snapshot (Östersund 2022)", () => {
  const page = auditPage(tables, "ostersund-2022");
  const element = followUpSection(page, {width: 640});
  const missing = missingOf<MissingFollowUp>(element);

  test("a KPI missing from the snapshot is said plainly, never drawn as zero", () => {
    expect(element.textContent).toContain(
      "Uppgift saknas i ögonblicksbilden för Östersund 2022–2025 (nettokostnad arbetsmarknadsåtgärder); en datauppdatering fyller i resten."
    );
    expect(missing.find((m) => m.kpi === "N40011")).toEqual({
      kpi: "N40011",
      area: "2380",
      years: [2022, 2023, 2024, 2025]
    });
    expect(element.querySelectorAll(".followup-missing").length).toBe(page.indicators.length - 1);
  });

  test("U40455: the sentence and the chart from 2022, with our own mean of all kommuner said as such", () => {
    expect(element.querySelector(".followup-sentence")!.textContent).toMatch(
      /^I Östersund var värdet för ”börjat arbeta eller studera” 46,1\u00a0% år 2022; alla kommuners ovägda medel var 44,3\u00a0% år 2022\.$/
    );
    const figure = element.querySelector("figure")!;
    expect(figure.querySelector("figcaption")!.textContent).toBe("Börjat arbeta eller studera i Östersund från 2022");
    expect(figure.textContent).toContain("Egen bearbetning av data från Kolada (nyckeltal U40455).");
    expect(figure.textContent).toContain("Alla kommuners ovägda medel är vår egen beräkning");
    expect(figure.querySelector("g.year-mark text")!.textContent).toBe("Granskningen 2022");
  });
});

describe("the follow-up drawn from synthetic rows", () => {
  const base = auditPage(tables, "alvesta-2018");
  const row = (kpi: string, context: boolean, period: number, value: number | null, mean: number | null, source: string | null, inChart: boolean) => ({
    report: "alvesta-2018",
    kpi,
    context,
    period,
    value,
    mean,
    mean_source: source,
    in_chart: inChart
  });

  test("without a value since the audit: the years before as background, titled and said so; Kolada's own mean credited as Kolada", () => {
    const page = {
      ...base,
      indicators: [{report: "alvesta-2018", kpi: "U40455", order: 1, why: "Synthetic."}],
      followUp: [
        row("U40455", false, 2018, null, 40, "G2328", false),
        row("U40455", true, 2016, 30, 41, "G2328", true),
        row("U40455", true, 2017, 32, null, null, true),
        row("U40455", true, 2018, null, 40, "G2328", true)
      ]
    };
    const element = followUpSection(page, {width: 640});
    const missing = missingOf<MissingFollowUp>(element);
    expect(missing).toEqual([{kpi: "U40455", area: "0764", years: [2018]}]);
    expect(element.querySelector(".followup-sentence")!.textContent).toBe(
      "Kolada har ännu inga värden för Alvesta från granskningsåret 2018. Senaste värdet före granskningen: 32\u00a0% år 2017."
    );
    expect(element.querySelector("figcaption")!.textContent).toBe("Börjat arbeta eller studera i Alvesta åren före granskningen");
    expect(element.textContent).toContain("diagrammet visar i stället 2016–2018 som bakgrund.");
    expect(element.textContent).toContain("Källa: Kolada (nyckeltal U40455).");
    expect(element.textContent).not.toContain("egen beräkning");
  });

  test("nothing to draw: a note instead of a chart", () => {
    const page = {
      ...base,
      indicators: [{report: "alvesta-2018", kpi: "N40011", order: 1, why: "Synthetic."}],
      followUp: [row("N40011", false, 2018, null, null, null, false), row("N40011", true, 2018, null, null, null, true)]
    };
    const element = followUpSection(page, {width: 640});
    expect(element.querySelector("figure")).toBeNull();
    const note = element.querySelector(".chart-empty.followup-missing")!;
    expect(note.getAttribute("role")).toBe("note");
    expect(note.textContent).toBe(
      "Uppgift saknas i ögonblicksbilden för Alvesta 2018 (nettokostnad arbetsmarknadsåtgärder); en datauppdatering fyller i resten."
    );
  });
});
