// An audit page's slices of the served report tables (loaders/serve/reportSlices.ts and the
// parameterized loader src/data/reports/[report].tar.ts), from the committed reports.
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {DataType, tableFromIPC} from "apache-arrow";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../../loaders/paths.js";
import {REPORT_SLICES, reportDocuments, reportSliceArrow, reportSlicesTar} from "../../../loaders/serve/reportSlices.js";
import {servedArrow} from "../../../loaders/serve/tables.js";
import {tarFiles} from "../../tarFiles.js";

const rows = (bytes: Uint8Array) =>
  tableFromIPC(bytes)
    .toArray()
    .map((r) => r.toJSON() as Record<string, unknown>);
/** Each column's name, nullability and values' type (a text column may be dictionary-encoded in one and not the other). */
const fieldsOf = (bytes: Uint8Array) =>
  tableFromIPC(bytes).schema.fields.map((f) => [f.name, f.nullable, String(DataType.isDictionary(f.type) ? f.type.dictionary : f.type)]);
type ReportTableName = (typeof REPORT_SLICES)[number];
const names = [...REPORT_SLICES];
const reportTableArrow = (name: ReportTableName) => servedArrow(name);
const whole = Object.fromEntries(names.map((n) => [n, rows(reportTableArrow(n))])) as Record<ReportTableName, Record<string, unknown>[]>;
const reports = whole.report_meta.filter((m) => m.document === "rapport").map((m) => m.report as string);

describe("an audit page's slices of the report tables", () => {
  test("the documents of a report: itself, a missiv naming it, a later report repeating its recommendations", () => {
    const meta = [
      {report: "a-2020", related: null},
      {report: "a-2020-missiv", related: "a-2020"},
      {report: "b-2022", related: "x; a-2020"},
      {report: "c-2024", related: null}
    ];
    const recs = [
      {report: "c-2024", repeats: "a-2020#R2"},
      {report: "c-2024", repeats: null},
      {report: "d-2025", repeats: "a-2020x#R1"}
    ];
    expect([...reportDocuments("a-2020", meta, recs)].sort()).toEqual(["a-2020", "a-2020-missiv", "b-2022", "c-2024"]);
    expect([...reportDocuments("c-2024", meta, recs)]).toEqual(["c-2024"]);
  });

  test("every report has a slice of every table: the whole table's rows of its documents, in the same order, same columns", () => {
    expect(reports.length).toBeGreaterThanOrEqual(4);
    for (const report of reports) {
      const documents = reportDocuments(report, whole.report_meta as never, whole.report_recommendations as never);
      for (const name of names) {
        const slice = reportSliceArrow(name, report);
        expect(rows(slice), `${report}/${name}`).toEqual(whole[name].filter((r) => documents.has(r.report as string)));
        expect(fieldsOf(slice), name).toEqual(fieldsOf(reportTableArrow(name)));
      }
      // The page's own report is always there.
      expect(rows(reportSliceArrow("report_meta", report)).map((m) => m.report)).toContain(report);
    }
    // The slices are smaller than the whole (each report's page reads only its rows).
    const sizes = names.map((n) => [reportSliceArrow(n, reports[0]).length, reportTableArrow(n).length]);
    expect(sizes.reduce((s, [a]) => s + a, 0)).toBeLessThan(sizes.reduce((s, [, b]) => s + b, 0));
  });

  test("an unknown report is one line naming the flag and the reports", () => {
    expect(() => reportSliceArrow("report_meta", "nowhere-1999")).toThrow(
      new RegExp(`--report: no report named "nowhere-1999"; the reports are ${reports[0]}`)
    );
    expect(() => reportSlicesTar(undefined)).toThrow(/--report: no report named ""/);
  });

  test("the parameterized loader writes a tar of every slice, and refuses a bad parameter with one line and exit 1", async () => {
    const tsx = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
    const loader = join("src", "data", "reports", "[report].tar.ts");
    const run = (...args: string[]) => spawnSync(tsx, [loader, ...args], {cwd: PROJECT_ROOT, maxBuffer: 1 << 26, env: {...process.env, UPPF_DEBUG: ""}});
    const ok = run(`--report=${reports[0]}`);
    expect(ok.status).toBe(0);
    // Read with tar-stream, the library Framework extracts a loader's archive with.
    const files = await tarFiles(ok.stdout);
    expect([...files.keys()]).toEqual(names.map((n) => `${n}.arrow`));
    for (const n of names) expect(Buffer.compare(files.get(`${n}.arrow`)!, Buffer.from(reportSliceArrow(n, reports[0]))), n).toBe(0);
    expect(Buffer.compare(run(`--report=${reports[0]}`).stdout, ok.stdout)).toBe(0); // deterministic
    for (const args of [["--report=nowhere-1999"], [`--report=${reports[0]}`, "--extra=1"]]) {
      const bad = run(...args);
      expect(bad.status, args.join(" ")).toBe(1);
      expect(bad.stdout.length).toBe(0);
      expect(bad.stderr.toString().trim().split("\n")).toHaveLength(1);
    }
    expect(run("--report=nowhere-1999").stderr.toString()).toMatch(/\[report\]\.tar\.ts: --report: no report named "nowhere-1999"/);
  }, 60_000);
});
