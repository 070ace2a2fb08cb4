// Bad input of every kind, through the entry point a maintainer (or the build) runs: each case
// breaks one thing in a temporary copy of data/ (SYNTHETIC edits, never committed), runs the real
// command as a child process and asserts: a non-zero exit, the file and line (or field) named with
// the cause, no stack trace, nothing written (a loader's stdout empty, the copy unchanged by the
// command). The Kolada answers go through `npm run data:refresh` against the mock server.
import {readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {createHash} from "node:crypto";
import {FIGURE_COLUMNS} from "../../loaders/reports/figures.js";
import {KoladaMock, type Fault} from "../mock/koladaMock.js";
import {STACK_TRACE, runEntry, tempDir, treeHash, type EntryResult} from "../support/entry.js";
import {seedDataCopy} from "../support/seed.js";
import {ARCHIVE_ENTRY} from "../support/archive.js";

type Entry =
  | {loader: string} // tsx src/data.tar.ts (every served file) with UPPF_DATA_DIR; `loader` names the file that reads the input
  | {checker: true} // tsx scripts/check-reports.ts <copy>/reports
  | {refresh: (mock: KoladaMock) => void; code?: number}; // npm run data:refresh against the mock, into <copy>/kolada

interface Case {
  name: string;
  edit?: (d: DataCopy) => void;
  entry: Entry;
  /** the file (relative to data/) and line the message must name, or a URL path for Kolada answers */
  file: string;
  line: number | null;
  /** the rest of the message after "file:line: " */
  cause: RegExp;
}

/** Edits on a temporary copy of data/. */
class DataCopy {
  constructor(readonly dir: string) {}
  path = (rel: string) => join(this.dir, rel);
  read = (rel: string) => readFileSync(this.path(rel), "utf8");
  write = (rel: string, text: string | Buffer) => writeFileSync(this.path(rel), text);
  replace(rel: string, from: string, to: string): void {
    const text = this.read(rel);
    if (!text.includes(from)) throw new Error(`test set-up: "${from}" is not in ${rel}`);
    this.write(rel, text.replace(from, to));
  }
  remove = (rel: string) => rmSync(this.path(rel));
  /** Save as Latin-1, as some Windows editors do. */
  latin1 = (rel: string) => this.write(rel, Buffer.from(this.read(rel), "latin1"));
  /** Rewrite the manifest's checksums: a snapshot consistent but bad, as a faulty writer would leave it. */
  reseal(): void {
    const manifest = JSON.parse(this.read("kolada/manifest.json"));
    for (const f of Object.keys(manifest.files))
      manifest.files[f].sha256 = createHash("sha256")
        .update(readFileSync(this.path(`kolada/${f}`)))
        .digest("hex");
    this.write("kolada/manifest.json", JSON.stringify(manifest, null, 2) + "\n");
  }
}

/** The 1-based line of the first occurrence of `needle` in a file of the copy (the test put it there). */
const lineOf = (d: DataCopy, rel: string, needle: string) =>
  d
    .read(rel)
    .split("\n")
    .findIndex((l) => l.includes(needle)) + 1;

const snapshot = {loader: "snapshot.json"};
const figures = {loader: "report_figures.arrow"};
const meta = {loader: "report_meta.arrow"};
const checker = {checker: true} as const;
const facts = {loader: "prisbasbelopp.arrow"};
const themes = {loader: "report_themes.arrow"};
const data = (r: {endpoint: string}) => r.endpoint === "data";
const fault = (f: Fault) => (m: KoladaMock) => void m.faults.push(f);
const reshapeData = (reshape: Fault["reshape"]) => fault({kind: "reshape", match: data, reshape});

// Where a case's expected line depends on where its edit landed, `line` is computed in `expectedLine`.
const AT_EDIT = -1;
const expectedLine: Record<string, (d: DataCopy) => number> = {
  "assessments.yaml: a tab-indented line": (d) => lineOf(d, "reports/alvesta-2018/assessments.yaml", "\tquestion:"),
  "figures.csv: an error after a quoted cell that spans two lines is on its own line": (d) => lineOf(d, "reports/ostersund-2022/figures.csv", "F02,"),
  "figures.csv: a printed figure not found in its cited lines": (d) => lineOf(d, "reports/ostersund-2022/figures.csv", "F02,"),
  "themes.yaml: an unknown theme": (d) => lineOf(d, "reports/themes.yaml", "theme: ansvarsfrihet"),
  "assessments.yaml: a scale outside the list": (d) => lineOf(d, "reports/alvesta-2018/assessments.yaml", "scale: kanske"),
  "lost.yaml: a year like 2O18": (d) => lineOf(d, "reports/alingsas-2024/lost.yaml", "2O18")
};

const cases: Case[] = [
  // ---- the Kolada snapshot (data/kolada), through the data archive
  {
    name: "values.csv: a value that is not a number",
    edit: (d) => (d.replace("kolada/values.csv", "U40455,0114,2018,T,31.25,,", "U40455,0114,2018,T,31.2x,,"), d.reseal()),
    entry: snapshot,
    file: "kolada/values.csv",
    line: 3,
    cause: /column "value": "31\.2x" is not a number/
  },
  {
    name: "values.csv: a decimal comma",
    edit: (d) => (d.replace("kolada/values.csv", "U40455,0114,2018,T,31.25,,", "U40455,0114,2018,T,31,25,,"), d.reseal()),
    entry: {loader: "kolada.arrow"},
    file: "kolada/values.csv",
    line: 3,
    cause: /expected 7 cells, got 8 \(a comma inside a cell, e\.g\. a decimal comma\?/
  },
  {
    name: "values.csv: a duplicated row",
    edit: (d) => (d.replace("kolada/values.csv", "U40455,0114,2018,T,31.25,,\n", "U40455,0114,2018,T,31.25,,\nU40455,0114,2018,T,31.25,,\n"), d.reseal()),
    entry: snapshot,
    file: "kolada/values.csv",
    line: 4,
    cause: /duplicate value U40455\|0114\|2018\|T \(first on line 3\)/
  },
  {
    name: "values.csv: a share above 100 (the KPI's rule)",
    edit: (d) => (d.replace("kolada/values.csv", "U40455,0114,2018,T,31.25,,", "U40455,0114,2018,T,131.25,,"), d.reseal()),
    entry: {loader: "kolada.arrow"},
    file: "kolada/values.csv",
    line: 3,
    cause: /U40455 0114 2018 T: value 131\.25 breaks the rule "a share lies within 0–100" \(model\/catalogue\.ts\)/
  },
  {
    name: "values.csv: edited by hand (checksum)",
    edit: (d) => d.replace("kolada/values.csv", "31.25", "31.5"),
    entry: snapshot,
    file: "kolada/values.csv",
    line: null,
    cause: /sha256 [0-9a-f]{64} does not match manifest\.json/
  },
  {
    name: "values.csv: missing",
    edit: (d) => d.remove("kolada/values.csv"),
    entry: snapshot,
    file: "kolada/values.csv",
    line: null,
    cause: /missing from the Kolada snapshot/
  },
  {
    name: "values.csv: saved with CRLF line endings",
    edit: (d) => (d.write("kolada/values.csv", d.read("kolada/values.csv").replace(/\n/g, "\r\n")), d.reseal()),
    entry: snapshot,
    file: "kolada/values.csv",
    line: 1,
    cause: /carriage return found; the snapshot uses \\n line endings/
  },
  {
    name: "kommuner.csv: ids out of order",
    edit: (d) => (d.replace("kolada/kommuner.csv", "id,name\n0114,Upplands Väsby\n", "id,name\n0115,Vallentuna\n0114,Upplands Väsby\n"), d.reseal()),
    entry: {loader: "kolada_all.arrow"},
    file: "kolada/kommuner.csv",
    line: 3,
    cause: /ids must be unique and sorted \("0114" after "0115"\)/
  },
  {
    name: "kommuner.csv: saved as Latin-1",
    edit: (d) => (d.latin1("kolada/kommuner.csv"), d.reseal()),
    entry: snapshot,
    file: "kolada/kommuner.csv",
    line: 2,
    cause: /not UTF-8: byte 0xE4 at column 16/
  },
  {
    name: "metadata.json: not valid JSON",
    edit: (d) => (d.write("kolada/metadata.json", '{\n  "kpis": [],\n  "areas": [,]\n}\n'), d.reseal()),
    entry: {loader: "kolada_kpis.arrow"},
    file: "kolada/metadata.json",
    line: 3,
    cause: /not valid JSON at column 13 \(Unexpected token/
  },
  {
    // A catalogue kommun's size group is Kolada's membership, declared nowhere else.
    name: "metadata.json: no size group for 1487",
    edit: (d) => {
      const metadata = JSON.parse(d.read("kolada/metadata.json")) as {areas: {id: string; members: string[] | null}[]};
      const group = metadata.areas.find((a) => a.members?.includes("1487") && /^G308\d\d$/.test(a.id))!;
      group.members = group.members!.filter((id) => id !== "1487");
      d.write("kolada/metadata.json", JSON.stringify(metadata, null, 2) + "\n");
      d.reseal();
    },
    entry: {loader: "kolada.arrow"},
    file: "kolada/metadata.json",
    line: null,
    cause:
      /areas: catalogue kommun 1487 Vänersborg is in no size group \(G30823, .*\): the snapshot's memberships must give every catalogue kommun its size group/
  },
  {
    name: "manifest.json: a trailing comma",
    edit: (d) => d.replace("kolada/manifest.json", '"since": null,', '"since": null,,'),
    entry: snapshot,
    file: "kolada/manifest.json",
    line: 12,
    cause: /not valid JSON at column 17 \(/
  },
  {
    name: "manifest.json: rows missing",
    edit: (d) => d.replace("kolada/manifest.json", '"rows": 1784,', ""),
    entry: snapshot,
    file: "kolada/manifest.json",
    line: null,
    cause: /rows: must be a whole number/
  },
  {
    name: "manifest.json: fetched_at not a timestamp",
    edit: (d) => d.replace("kolada/manifest.json", '"fetched_at": "2026-11-22T00:00:00.000Z"', '"fetched_at": "last week"'),
    entry: snapshot,
    file: "kolada/manifest.json",
    line: null,
    cause: /fetched_at: must be an ISO timestamp/
  },

  // ---- figures.csv
  {
    name: "figures.csv: saved by Excel with semicolons",
    edit: (d) =>
      d.write(
        "reports/alvesta-2018/figures.csv",
        "\uFEFF" +
          d
            .read("reports/alvesta-2018/figures.csv")
            .split("\n")
            .map((l) => l.replace(/,/g, ";"))
            .join("\n")
      ),
    entry: checker,
    file: "reports/alvesta-2018/figures.csv",
    line: 1,
    cause: /header must be exactly id,table,.* \(the file is separated by ";": save it as comma-separated CSV\)/
  },
  {
    name: "figures.csv: a quote left open",
    edit: (d) => d.replace("reports/alvesta-2018/figures.csv", "'Målresultatet är 2016 82 %.',", "\"'Målresultatet är 2016 82 %.',"),
    entry: figures,
    file: "reports/alvesta-2018/figures.csv",
    line: 3,
    cause: /a quote \(\"\) opened on this line is never closed/
  },
  {
    // The next quote in the file (line 38) opens a cell of its own; it must not be taken as the closing one.
    name: "figures.csv: a quote never closed, with quoted cells further down",
    edit: (d) =>
      d.replace(
        "reports/ostersund-2022/figures.csv",
        "2380,2021,,-,missing,193,Cell printed as '-' (no value),",
        "2380,2021,,-,missing,193,\"Cell printed as '-' (no value),"
      ),
    entry: figures,
    file: "reports/ostersund-2022/figures.csv",
    line: 5,
    cause: /a quote \(\"\) opened on this line seems never to be closed: the cell would end at the quote on line 38, which is followed by text/
  },
  {
    name: "figures.csv: a missing column",
    edit: (d) => d.write("reports/alvesta-2018/figures.csv", d.read("reports/alvesta-2018/figures.csv").replace(",note,contradictory", ",contradictory")),
    entry: checker,
    file: "reports/alvesta-2018/figures.csv",
    line: 1,
    cause: /header must be exactly .* \(missing column "note"\)/
  },
  {
    name: "figures.csv: a decimal comma",
    edit: (d) => d.replace("reports/ostersund-2022/figures.csv", "2380,2019,846,846,", "2380,2019,84,6,846,"),
    entry: figures,
    file: "reports/ostersund-2022/figures.csv",
    line: 3,
    cause: new RegExp(`expected ${FIGURE_COLUMNS.length} cells, got ${FIGURE_COLUMNS.length + 1} \\(a comma inside a cell, e\\.g\\. a decimal comma\\?`)
  },
  {
    name: "figures.csv: a decimal comma in quotes",
    edit: (d) => d.replace("reports/ostersund-2022/figures.csv", "2380,2019,846,846,", '2380,2019,"84,6",846,'),
    entry: checker,
    file: "reports/ostersund-2022/figures.csv",
    line: 3,
    cause: /column "value": "84,6" does not parse as a number \(use a decimal point, no grouping\)/
  },
  {
    name: "figures.csv: a year like 2O19",
    edit: (d) => d.replace("reports/ostersund-2022/figures.csv", "2380,2019,846,846,", "2380,2O19,846,846,"),
    entry: figures,
    file: "reports/ostersund-2022/figures.csv",
    line: 3,
    cause: /column "year": "2O19" is not a year/
  },
  {
    name: "figures.csv: saved as Latin-1",
    edit: (d) => d.latin1("reports/ostersund-2022/figures.csv"),
    entry: checker,
    file: "reports/ostersund-2022/figures.csv",
    line: 2,
    cause: /not UTF-8: byte 0xE5 at column 35/
  },
  {
    name: "figures.csv: missing",
    edit: (d) => d.remove("reports/alvesta-2018/figures.csv"),
    entry: checker,
    file: "reports/alvesta-2018/figures.csv",
    line: null,
    cause: /missing file/
  },
  {
    name: "figures.csv: a printed figure not found in its cited lines",
    edit: (d) => d.replace("reports/ostersund-2022/figures.csv", "2380,2019,846,846,", "2380,2019,864,864,"),
    entry: figures,
    file: "reports/ostersund-2022/figures.csv",
    line: AT_EDIT,
    cause: /F02: printed "864" not found in source\.txt lines 193-193/
  },
  {
    name: "figures.csv: an error after a quoted cell that spans two lines is on its own line",
    edit: (d) => {
      d.replace("reports/ostersund-2022/figures.csv", "2380,2018,747,747,observed,193,,", '2380,2018,747,747,observed,193,"a note on\ntwo lines",');
      d.replace("reports/ostersund-2022/figures.csv", "title,kr/inv,Östersunds kommun,2380,2019", "title,sek,Östersunds kommun,2380,2019");
    },
    entry: checker,
    file: "reports/ostersund-2022/figures.csv",
    line: AT_EDIT,
    cause: /column "unit": "sek" is not one of procent/
  },

  // ---- meta.yaml, assessments.yaml, recommendations.yaml, lost.yaml, source.txt
  {
    name: "meta.yaml: saved as Latin-1 (Vänersborg)",
    edit: (d) => d.latin1("reports/vanersborg-2022/meta.yaml"),
    entry: meta,
    file: "reports/vanersborg-2022/meta.yaml",
    line: 3,
    cause: /not UTF-8: byte 0xE4 at column 15 \(Latin-1 or Windows-1252\?\); save the file as UTF-8/
  },
  {
    name: "meta.yaml: a duplicated key",
    edit: (d) => d.replace("reports/vanersborg-2022/meta.yaml", "kommun_name: Vänersborg\n", "kommun_name: Vänersborg\nkommun_name: Vänersborg\n"),
    entry: checker,
    file: "reports/vanersborg-2022/meta.yaml",
    line: 4,
    cause: /YAML: Map keys must be unique/
  },
  {
    name: "meta.yaml: a kommun id without quotes",
    edit: (d) => d.replace("reports/alvesta-2018/meta.yaml", 'kommun: "0764"', "kommun: 0764"),
    entry: meta,
    file: "reports/alvesta-2018/meta.yaml",
    line: 2,
    cause: /kommun: kommun id must be a 4-character string in quotes/
  },
  {
    name: "meta.yaml: a date that is not in the calendar",
    edit: (d) => d.replace("reports/vanersborg-2022/meta.yaml", 'date: "2022-09-15"', 'date: "2022-09-31"'),
    entry: checker,
    file: "reports/vanersborg-2022/meta.yaml",
    line: 9,
    cause: /date: "2022-09-31" is not a calendar date/
  },
  {
    name: "assessments.yaml: a tab-indented line",
    edit: (d) => d.replace("reports/alvesta-2018/assessments.yaml", "\n  question:", "\n\tquestion:"),
    entry: checker,
    file: "reports/alvesta-2018/assessments.yaml",
    line: AT_EDIT,
    cause: /YAML: this line is indented with a tab; YAML indents with spaces only/
  },
  {
    name: "assessments.yaml: a scale outside the list",
    edit: (d) => d.replace("reports/alvesta-2018/assessments.yaml", "scale: delvis", "scale: kanske"),
    entry: {loader: "report_assessments.arrow"},
    file: "reports/alvesta-2018/assessments.yaml",
    line: AT_EDIT,
    cause: /\[0\]\.scale: scale must be one of: ja, i huvudsak ja, delvis, nej, ingen bedömning/
  },
  {
    name: "recommendations.yaml: a quote left open",
    edit: (d) => d.replace("reports/alvesta-2018/recommendations.yaml", 'verksamhetsområde."', "verksamhetsområde."),
    entry: {loader: "report_recommendations.arrow"},
    file: "reports/alvesta-2018/recommendations.yaml",
    line: 3,
    cause: /YAML: Missing closing "quote/
  },
  {
    name: "recommendations.yaml: a duplicated id",
    edit: (d) => d.replace("reports/alvesta-2018/recommendations.yaml", "- id: R2", "- id: R1"),
    entry: checker,
    file: "reports/alvesta-2018/recommendations.yaml",
    line: 6,
    cause: /duplicate id "R1" \(first on line 2\)/
  },
  {
    name: "lost.yaml: a year like 2O18",
    edit: (d) => d.replace("reports/alingsas-2024/lost.yaml", "years: [2018, 2020]", "years: [2O18, 2020]"),
    entry: {loader: "report_lost.arrow"},
    file: "reports/alingsas-2024/lost.yaml",
    line: AT_EDIT,
    cause: /\[2\]\.years\[0\]: expected a year/
  },
  {
    name: "lost.yaml: missing",
    edit: (d) => d.remove("reports/alingsas-2024/lost.yaml"),
    entry: checker,
    file: "reports/alingsas-2024/lost.yaml",
    line: null,
    cause: /missing file \(every report folder has lost\.yaml; use \[\] for no records\)/
  },
  {
    name: "source.txt: missing",
    edit: (d) => d.remove("reports/ostersund-2022/source.txt"),
    entry: meta,
    file: "reports/ostersund-2022/source.txt",
    line: null,
    cause: /missing file \(every report folder keeps its source text as source\.txt\)/
  },
  {
    name: "source.txt: saved as Latin-1",
    edit: (d) => d.latin1("reports/ostersund-2022/source.txt"),
    entry: checker,
    file: "reports/ostersund-2022/source.txt",
    line: 3,
    cause: /not UTF-8: byte 0xE5 at column 2/
  },
  {
    name: "source.txt: edited (no longer the seed)",
    edit: (d) => d.replace("reports/ostersund-2022/source.txt", "SAMMANFATTNING", "Sammanfattning"),
    entry: checker,
    file: "reports/ostersund-2022/meta.yaml",
    line: null,
    cause: /source_sha256 [0-9a-f]{64} does not match sha256\(source\.txt\)/
  },

  // ---- themes.yaml, prisbasbelopp.csv
  {
    name: "themes.yaml: an unknown theme",
    edit: (d) => d.replace("reports/themes.yaml", "    theme: ansvar\n", "    theme: ansvarsfrihet\n"),
    entry: themes,
    file: "reports/themes.yaml",
    line: AT_EDIT,
    cause: /question "vanersborg-2022#A1": unknown theme "ansvarsfrihet"/
  },
  {
    name: "themes.yaml: saved as Latin-1",
    edit: (d) => d.latin1("reports/themes.yaml"),
    entry: themes,
    file: "reports/themes.yaml",
    line: 1,
    cause: /not UTF-8: byte 0xE4 at column 23/
  },
  {
    name: "prisbasbelopp.csv: a year twice",
    edit: (d) => d.replace("facts/prisbasbelopp.csv", "2012,44000,no\n", "2011,44000,no\n"),
    entry: facts,
    file: "facts/prisbasbelopp.csv",
    line: 4,
    cause: /column "year": 2011 appears twice/
  },
  {
    name: "prisbasbelopp.csv: a year like 2O12",
    edit: (d) => d.replace("facts/prisbasbelopp.csv", "2012,44000,no", "2O12,44000,no"),
    entry: facts,
    file: "facts/prisbasbelopp.csv",
    line: 4,
    cause: /column "year": "2O12" is not a 4-digit year/
  },
  {
    name: "prisbasbelopp.csv: semicolons",
    edit: (d) => d.write("facts/prisbasbelopp.csv", d.read("facts/prisbasbelopp.csv").replace(/,/g, ";")),
    entry: facts,
    file: "facts/prisbasbelopp.csv",
    line: 1,
    cause: /header must be exactly year,prisbasbelopp_kr,checked \(the file is separated by ";": save it as comma-separated CSV\)/
  },
  {
    name: "prisbasbelopp.csv: an amount with a decimal comma",
    edit: (d) => d.replace("facts/prisbasbelopp.csv", "2012,44000,no", "2012,44000,5,no"),
    entry: facts,
    file: "facts/prisbasbelopp.csv",
    line: 4,
    cause: /expected 3 cells, got 4 \(a comma inside a cell/
  },

  // ---- Kolada's answers to `npm run data:refresh`
  {
    name: "refresh: a renamed field",
    entry: {refresh: reshapeData((item) => ({...item, year: item.period, period: undefined}))},
    file: "/v3/data/kpi/",
    line: null,
    cause: /response does not have the expected shape: values\[0\]\.period: expected number, got nothing \(the field is missing\)/
  },
  {
    name: "refresh: a value as text with a decimal comma",
    entry: {
      refresh: reshapeData((item) => ({...item, values: (item.values as object[]).map((v) => ({...v, value: "12,5"}))}))
    },
    file: "/v3/data/kpi/",
    line: null,
    cause: /response does not have the expected shape: values\[0\]\.values\[0\]\.value: expected number, got "12,5" \(string\)/
  },
  {
    name: "refresh: a truncated body",
    entry: {refresh: fault({kind: "truncated", match: data})},
    file: "/v3/data/kpi/",
    line: null,
    cause: /gave up after 2 attempts; last error: response is not valid JSON, probably truncated/
  },
  {
    name: "refresh: HTTP 503 every time",
    entry: {refresh: fault({kind: "status", status: 503})},
    file: "/v3/municipality",
    line: null,
    cause: /gave up after 2 attempts; last error: HTTP 503/
  },
  {
    name: "refresh: an empty answer",
    entry: {refresh: fault({kind: "empty", match: data})},
    file: "/v3/data",
    line: null,
    cause: /returned no values at all for the catalogue/
  },
  {
    name: "refresh: no kommuner listed",
    entry: {
      refresh: fault({
        kind: "reshape",
        match: (r) => r.endpoint === "municipality",
        reshape: (a) => ({...a, type: "L"})
      })
    },
    file: "/v3/municipality",
    line: null,
    cause: /listed no kommuner \(type "K"\); refusing to continue/
  },
  {
    name: "refresh: a group's count below zero (the KPI's rule)",
    entry: {refresh: (m) => m.set("N40450", "G30831", 2024, "M", {value: -1}), code: 4},
    file: "/v3/data",
    line: null,
    cause: /N40450 G30831 2024 M: value -1 breaks the rule "a group's count is a mean of counts, ≥ 0"/
  },
  {
    name: "refresh: HTTP 200 without the headline KPI U40455",
    entry: {refresh: (m) => void m.remove((kpi) => kpi === "U40455"), code: 3},
    file: "",
    line: null,
    cause: /stopped by the removal guard: it would remove KPI U40455 \(1 784 values\)/
  }
];

async function run(c: Case, copy: DataCopy): Promise<EntryResult & {where: string}> {
  const e = c.entry;
  if ("loader" in e) return {...(await runEntry(ARCHIVE_ENTRY, [], {UPPF_DATA_DIR: copy.dir})), where: copy.path(c.file)};
  if ("checker" in e) return {...(await runEntry("scripts/check-reports.ts", [copy.path("reports")])), where: copy.path(c.file)};
  const mock = new KoladaMock();
  e.refresh(mock);
  const base = await mock.start();
  try {
    const r = await runEntry("scripts/refresh.ts", ["--report", join(copy.dir, "..", "report.md")], {
      KOLADA_BASE_URL: base,
      KOLADA_SNAPSHOT_DIR: copy.path("kolada"),
      KOLADA_RPS: "1000",
      KOLADA_MAX_ATTEMPTS: "2",
      KOLADA_BACKOFF_MS: "1"
    });
    return {...r, where: `${base.replace(/\/v3$/, "")}${c.file}`};
  } finally {
    await mock.close();
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("bad input: one line naming the file and line (or field), non-zero exit, no stack trace, nothing written", () => {
  test("the table covers every kind of input file and at least 30 cases", () => {
    const kinds = new Set(cases.map((c) => (c.name.startsWith("refresh") ? "refresh answers" : c.name.split(":")[0])));
    expect([...kinds].sort()).toEqual([
      "assessments.yaml",
      "figures.csv",
      "kommuner.csv",
      "lost.yaml",
      "manifest.json",
      "meta.yaml",
      "metadata.json",
      "prisbasbelopp.csv",
      "recommendations.yaml",
      "refresh answers",
      "source.txt",
      "themes.yaml",
      "values.csv"
    ]);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test.concurrent.each(cases)(
    "$name",
    async (c) => {
      const tmp = tempDir("uppf-bad-input-");
      try {
        const copy = new DataCopy(join(tmp.dir, "data"));
        seedDataCopy(copy.dir); // data/ with the frozen seed snapshot: the cases edit the seed's lines
        c.edit?.(copy);
        const line = c.line === AT_EDIT ? expectedLine[c.name](copy) : c.line;
        expect(line, "the case's line").not.toBe(0);
        const before = treeHash(copy.dir);
        const r = await run(c, copy);
        expect(r.code, r.stderr).toBe("refresh" in c.entry ? (c.entry.code ?? 1) : 1);
        const named = c.file === "" ? "" : `${escape(r.where)}${"refresh" in c.entry ? "[^\\s]*" : ""}${line === null ? "" : `:${line}`}: `;
        expect(r.stderr).toMatch(new RegExp(`${named}${c.cause.source}`));
        expect(r.stderr).not.toMatch(STACK_TRACE);
        if ("loader" in c.entry) expect(r.stdout.length, "the loader wrote output").toBe(0);
        expect(treeHash(copy.dir), "the data copy was changed").toEqual(before);
      } finally {
        tmp.remove();
      }
    },
    60_000
  );
});
