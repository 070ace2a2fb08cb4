// kpi_freshness and report_summaries on small hand-made inputs with known answers (synthetic unless said otherwise).
import {describe, expect, test} from "vitest";
import {firstSentence, kpiFreshnessRows, reportSummaryRows} from "../../../loaders/analysis/overview.js";
import {KPIS} from "../../../model/catalogue.js";
import {koladaRow} from "../../support/rows.js";

const row = koladaRow;

type Meta = Parameters<typeof reportSummaryRows>[0][number];
const meta = (over: Partial<Meta>): Meta => ({
  id: "x-2020",
  kommun: "1487",
  kommun_name: "Vänersborg",
  document: "rapport",
  title: "T",
  auditor: "KPMG",
  date: "2020-01-01",
  conclusion: {text: "Vår bedömning är att det delvis fungerar. Mer text.", lines: [10, 12]},
  ...over
});

describe("report_summaries: one line per audit report", () => {
  test("firstSentence stops at a sentence end before a capital, not at abbreviations or section numbers", () => {
    expect(firstSentence("Vår bedömning är att det fungerar. Det grundar vi på x.")).toBe("Vår bedömning är att det fungerar.");
    expect(firstSentence("Nämnden har bl.a. en plan enligt avsnitt 3.8.1 och mål. Vidare saknas")).toBe(
      "Nämnden har bl.a. en plan enligt avsnitt 3.8.1 och mål."
    );
    expect(firstSentence("  Ingen punkt alls\n här ")).toBe("Ingen punkt alls här");
    expect(firstSentence("Fråga? Ändå svar.")).toBe("Fråga?");
  });

  test("leaves out cover letters, orders by the given kommuner then date, keeps the conclusion's lines", () => {
    const rows = [
      meta({id: "alvesta-2018", kommun: "0764", kommun_name: "Alvesta", date: "2018-02-22"}),
      meta({id: "vanersborg-2022-missiv", document: "missiv", date: "2022-09-27"}),
      meta({
        id: "vanersborg-2022",
        date: "2022-09-15",
        conclusion: {text: "Vår bedömning är att det delvis fungerar. Mer text.", lines: [10, 10]}
      }),
      meta({id: "ostersund-2022", kommun: "2380", kommun_name: "Östersund", date: "2022", conclusion: null}),
      meta({id: "annan-2019", kommun: "0114", kommun_name: "Upplands Väsby", date: "2019"})
    ];
    const out = reportSummaryRows(rows, ["1487", "1489", "2380", "0764"]);
    expect(out.map((a) => a.report)).toEqual(["vanersborg-2022", "ostersund-2022", "alvesta-2018", "annan-2019"]);
    expect(out[0]).toEqual({
      report: "vanersborg-2022",
      kommun: "1487",
      kommun_name: "Vänersborg",
      year: 2022,
      auditor: "KPMG",
      title: "T",
      first_sentence: "Vår bedömning är att det delvis fungerar.",
      line_from: 10,
      line_to: 10
    });
    expect(out[1]).toMatchObject({year: 2022, first_sentence: null, line_from: null, line_to: null});
    expect(() => reportSummaryRows([meta({date: "okänt"})])).toThrow(/x-2020.*okänt/);
  });
});

describe("kpi_freshness: the years in the snapshot and Kolada's publication dates", () => {
  test("first and last year with a value (gender T, any area) per catalogue KPI in catalogue order; none yet is null", () => {
    const values = [
      row("U40455", "0764", 2016, 30),
      row("U40455", "0114", 2023, 40),
      row("U40455", "0764", 2024, null),
      row("U40455", "0764", 2025, 50, "K"),
      row("N40011", "2380", 2019, null)
    ];
    const out = kpiFreshnessRows(values, [{id: "N40011", publication_date: "2027-05-01", prel_publication_date: null}]);
    expect(out.map((r) => r.kpi)).toEqual(KPIS.map((k) => k.id));
    expect(out.find((r) => r.kpi === "U40455")).toEqual({
      kpi: "U40455",
      label: "Börjat arbeta eller studera",
      first_year: 2016,
      last_year: 2023,
      publication_date: null,
      prel_publication_date: null
    });
    expect(out.find((r) => r.kpi === "N40011")).toMatchObject({
      first_year: null,
      last_year: null,
      publication_date: "2027-05-01"
    });
  });
});
