import {tableFromIPC} from "apache-arrow";
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {reportFiguresArrow} from "../../../loaders/reports/figuresArrow.js";
import {reportAssessmentsArrow, reportLostArrow, reportMetaArrow, reportRecommendationsArrow} from "../../../loaders/reports/reportArrows.js";

const rows = (bytes: Uint8Array) =>
  tableFromIPC(bytes)
    .toArray()
    .map((r) => r.toJSON() as Record<string, unknown>);

describe("report Arrow files", () => {
  test("report_meta: one row per report, with counts", () => {
    const meta = rows(reportMetaArrow(REPORTS_DIR));
    const ost = meta.find((m) => m.report === "ostersund-2022")!;
    expect(ost).toMatchObject({
      kommun: "2380",
      document: "rapport",
      date: "2022",
      date_precision: "year",
      figures: 113,
      assessments: 7,
      recommendations: 6
    });
    const alv = meta.find((m) => m.report === "alvesta-2018")!;
    expect(alv).toMatchObject({
      kommun: "0764",
      date: "2018-02-22",
      audited_bodies: "Kommunstyrelsen; Nämnden för individ- och familjeomsorg",
      assessments: 9
    });
  });
  test("report_figures keeps its columns and adds the table title", () => {
    const table = tableFromIPC(reportFiguresArrow(REPORTS_DIR));
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      "report",
      "id",
      "table",
      "indicator",
      "kpi",
      "kpi_match",
      "unit",
      "area",
      "area_id",
      "year",
      "value",
      "printed",
      "kind",
      "line_from",
      "line_to",
      "note",
      "contradictory",
      "table_title",
      "table_source"
    ]);
    const f = rows(reportFiguresArrow(REPORTS_DIR)).find((r) => r.report === "ostersund-2022" && r.id === "F37")!;
    expect(f).toMatchObject({value: 5.7, printed: "5,7", table: "T2", line_from: 456});
  });
  test("report_assessments keeps both readings of a contradictory assessment", () => {
    const a = rows(reportAssessmentsArrow(REPORTS_DIR));
    expect(a.filter((x) => x.report === "alvesta-2018")).toHaveLength(9);
    expect(a.find((x) => x.report === "alvesta-2018" && x.id === "A9")).toMatchObject({
      scale: "delvis",
      contradictory: true,
      other_scale: "nej",
      other_line_from: 298
    });
    expect(a.find((x) => x.report === "ostersund-2022" && x.id === "A5")).toMatchObject({
      scale: "ingen bedömning",
      order: 5
    });
  });
  test("report_recommendations and report_lost", () => {
    const r = rows(reportRecommendationsArrow(REPORTS_DIR));
    expect(r.filter((x) => x.report === "ostersund-2022").map((x) => x.id)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6"]);
    const l = rows(reportLostArrow(REPORTS_DIR));
    expect(l.find((x) => x.report === "ostersund-2022" && x.id === "C2")).toMatchObject({
      kind: "chart",
      years: "2018,2019,2020,2021",
      line_from: 841
    });
  });
  test("a bad data file fails every loader with file and line (nothing half-written)", () => {
    const dir = mkdtempSync(join(tmpdir(), "reports-"));
    cpSync(join(REPORTS_DIR, "alvesta-2018"), join(dir, "alvesta-2018"), {recursive: true});
    const file = join(dir, "alvesta-2018", "recommendations.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("Kommunstyrelsen bör tydliggöra", "Kommunstyrelsen ska tydliggöra"));
    for (const load of [reportMetaArrow, reportFiguresArrow, reportAssessmentsArrow, reportRecommendationsArrow, reportLostArrow]) {
      expect(() => load(dir)).toThrow(/recommendations.yaml:\d+: R1 text not found in source.txt lines 366-366/);
    }
  });
});
