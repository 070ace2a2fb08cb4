// Inputs that must be accepted and arrive unchanged: hand-edited files saved with CRLF line
// endings, with a UTF-8 byte-order mark (Excel's "CSV UTF-8"), with trailing blank lines; markup
// and very long texts in cells. Every edit is made on a temporary copy of data/ (SYNTHETIC text,
// never committed) and compared with what the committed files give.
import {cpSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {rowsFromArrow} from "../../components/kit/arrow.js";
import {prisbasbeloppArrow} from "../../loaders/facts/prisbasbelopp.js";
import {DATA_DIR} from "../../loaders/paths.js";
import {reportFiguresArrow} from "../../loaders/reports/figuresArrow.js";
import {reportAssessmentsArrow, reportLostArrow, reportMetaArrow, reportRecommendationsArrow} from "../../loaders/reports/reportArrows.js";
import {reportIndicatorsArrow, reportThemesArrow} from "../../loaders/reports/themes.js";
import {tempDir} from "../support/entry.js";
import {runArchive} from "../support/archive.js";

/** Every Arrow file built from data/reports and data/facts, by name. */
function arrows(dataDir: string): Record<string, Uint8Array> {
  const reports = join(dataDir, "reports");
  return {
    report_figures: reportFiguresArrow(reports),
    report_meta: reportMetaArrow(reports),
    report_assessments: reportAssessmentsArrow(reports),
    report_recommendations: reportRecommendationsArrow(reports),
    report_lost: reportLostArrow(reports),
    report_themes: reportThemesArrow(reports),
    report_indicators: reportIndicatorsArrow(reports),
    prisbasbelopp: prisbasbeloppArrow(join(dataDir, "facts"))
  };
}

/** The hand-edited files (source.txt stays byte-identical to its seed, so it is not among them). */
function handEdited(dataDir: string): string[] {
  const files = [join(dataDir, "facts", "prisbasbelopp.csv"), join(dataDir, "reports", "themes.yaml")];
  for (const r of readdirSync(join(dataDir, "reports"), {withFileTypes: true})) {
    if (!r.isDirectory()) continue;
    for (const f of ["figures.csv", "meta.yaml", "lost.yaml", "assessments.yaml", "recommendations.yaml"]) files.push(join(dataDir, "reports", r.name, f));
  }
  return files;
}

const committed = () => arrows(DATA_DIR);
let tmp: ReturnType<typeof tempDir>;
let copies = 0;
beforeAll(() => {
  tmp = tempDir("uppf-accepted-");
});
afterAll(() => tmp.remove());
function copyOfData(edit: (file: string, text: string) => string): string {
  const dir = join(tmp.dir, `data-${++copies}`);
  cpSync(DATA_DIR, dir, {recursive: true});
  for (const f of handEdited(dir)) writeFileSync(f, edit(f, readFileSync(f, "utf8")));
  return dir;
}

describe("hand-edited files saved by other editors arrive unchanged", () => {
  test("CRLF line endings in every hand-edited file: every Arrow file byte-identical", () => {
    const dir = copyOfData((_f, text) => text.replace(/\n/g, "\r\n"));
    expect(readFileSync(join(dir, "reports", "ostersund-2022", "figures.csv"), "utf8")).toContain("\r\n");
    expect(arrows(dir)).toEqual(committed());
  });

  test("a UTF-8 byte-order mark at the start of every hand-edited file (Excel's CSV UTF-8): byte-identical", () => {
    const dir = copyOfData((_f, text) => `\uFEFF${text}`);
    expect(readFileSync(join(dir, "reports", "alvesta-2018", "figures.csv"))[0]).toBe(0xef);
    expect(arrows(dir)).toEqual(committed());
  });

  test("trailing blank lines: byte-identical", () => {
    const dir = copyOfData((_f, text) => `${text}\n\n`);
    expect(arrows(dir)).toEqual(committed());
  });

  test("the loader entry itself: figures.csv with a BOM and CRLF gives the same stdout as the committed file", async () => {
    const dir = copyOfData((f, text) => (f.endsWith(".csv") ? `\uFEFF${text.replace(/\n/g, "\r\n")}` : text));
    const [edited, original] = await Promise.all([runArchive({UPPF_DATA_DIR: dir}), runArchive()]);
    expect(edited.stderr).toBe("");
    expect(edited.code).toBe(0);
    expect(edited.files.get("report_figures.arrow")!.length).toBeGreaterThan(0);
    expect(edited.files.get("report_figures.arrow")!.equals(original.files.get("report_figures.arrow")!)).toBe(true);
  }, 60_000);
});

describe("markup and very long texts arrive as they were written", () => {
  const MARKUP = `<b>fet</b> & "citat" <script>alert(1)</script> &amp; <img src=x onerror=alert(1)>`;
  // 200 000 characters with commas, quotes, line breaks and non-ASCII letters.
  const LONG = Array.from({length: 4000}, (_, i) => `rad ${i}: "å, ä, ö" – <i>kursiv</i>,\n`)
    .join("")
    .trimEnd()
    .padEnd(200_000, "x");
  const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

  test("in figures.csv (quoted cells) and in YAML (double-quoted scalars)", () => {
    const dir = copyOfData((f, text) => {
      if (f.endsWith(join("ostersund-2022", "figures.csv"))) {
        return text
          .replace("2380,2018,747,747,observed,193,,", `2380,2018,747,747,observed,193,${csvCell(MARKUP)},`)
          .replace("2380,2019,846,846,observed,193,,", `2380,2019,846,846,observed,193,${csvCell(LONG)},`);
      }
      if (f.endsWith(join("vanersborg-2022", "meta.yaml"))) return text.replace(/^note: ".*"$/m, `note: ${JSON.stringify(LONG)}`);
      if (f.endsWith(join("alvesta-2018", "recommendations.yaml"))) return text.replace(/^ {2}note: ".*"$/m, `  note: ${JSON.stringify(MARKUP)}`);
      return text;
    });
    const figures = rowsFromArrow<{report: string; id: string; note: string | null; value: number}>(reportFiguresArrow(join(dir, "reports")));
    const ost = (id: string) => figures.find((f) => f.report === "ostersund-2022" && f.id === id)!;
    expect(ost("F01").note).toBe(MARKUP);
    expect(ost("F02").note).toBe(LONG);
    // Every other figure (the rows after the long, multi-line cell included) is as committed.
    const others = (rows: typeof figures) => rows.filter((f) => !(f.report === "ostersund-2022" && (f.id === "F01" || f.id === "F02")));
    expect(others(figures)).toEqual(others(rowsFromArrow(reportFiguresArrow(join(DATA_DIR, "reports")))));
    const meta = rowsFromArrow<{report: string; note: string | null}>(reportMetaArrow(join(dir, "reports")));
    expect(meta.find((m) => m.report === "vanersborg-2022")!.note).toBe(LONG);
    const recs = rowsFromArrow<{report: string; id: string; note: string | null}>(reportRecommendationsArrow(join(dir, "reports")));
    expect(recs.find((r) => r.report === "alvesta-2018" && r.id === "R2")!.note).toBe(MARKUP);
  });
});
