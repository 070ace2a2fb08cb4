import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {REPORTS_DIR} from "../../../loaders/paths.js";
import {checkReport, checkReports, formatProblem, type ReportData} from "../../../loaders/reports/check.js";
import {listReports} from "../../../loaders/reports/list.js";
import {parseAssessments, parseLost, parseMeta, parseRecommendations} from "../../../loaders/reports/records.js";
import {containsPrinted, containsQuote, normaliseRange, parsePrinted} from "../../../loaders/reports/text.js";

describe("text rules (SCHEMA.md)", () => {
  const lines = ["Vi har granskat arbetsmark-", "nadsåtgärder inom kultur-", "och fritid samt HR-", "konsulter. ", "", "Sida 4", "Slut."];
  test("line-break hyphenation is removed, suspended hyphens kept, a kept compound hyphen accepted", () => {
    const norm = normaliseRange(lines, 1, 4);
    expect(containsQuote(norm, "granskat arbetsmarknadsåtgärder inom kultur- och fritid")).toBe(true);
    expect(containsQuote(norm, "HR-konsulter.")).toBe(true);
    expect(containsQuote(norm, "HRkonsulter.")).toBe(true);
    expect(containsQuote(norm, "arbetsmark- nadsåtgärder")).toBe(false);
    expect(containsQuote(norm, "kulturoch")).toBe(false);
  });
  test("skip_lines drops page numbers inside a range; without it the quote fails", () => {
    expect(containsQuote(normaliseRange(lines, 4, 7), "konsulter. Slut.")).toBe(false);
    expect(containsQuote(normaliseRange(lines, 4, 7, [6]), "konsulter. Slut.")).toBe(true);
  });
  test("a printed cell must stand as a whole token", () => {
    const t = ["Östersunds kommun 747 846 723 - ", "Kommuner 50 000- 99 999 in-", "Andel 52,4 och 4663"];
    expect(containsPrinted(t, 1, 1, "846")).toBe(true);
    expect(containsPrinted(t, 1, 1, "-")).toBe(true);
    expect(containsPrinted(t, 2, 2, "-")).toBe(false);
    expect(containsPrinted(t, 3, 3, "52")).toBe(false);
    expect(containsPrinted(t, 3, 3, "52,4")).toBe(true);
    expect(containsPrinted(t, 3, 3, "466")).toBe(false);
  });
  test("printed numbers parse with decimal comma and space grouping", () => {
    expect(parsePrinted("5,7")).toBe(5.7);
    expect(parsePrinted("4 919")).toBe(4919);
    expect(parsePrinted("17 %")).toBe(17);
    expect(parsePrinted("-")).toBeNull();
    expect(parsePrinted("−3,5")).toBe(-3.5);
    expect(parsePrinted("5.7")).toBeUndefined();
    expect(parsePrinted("abc")).toBeUndefined();
  });
});

describe("the checker on the real data", () => {
  const {reports, problems} = checkReports(REPORTS_DIR);
  test("every report folder validates and every record is found in its cited lines", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(reports.map((r) => r.report)).toEqual(listReports(REPORTS_DIR));
  });
  test.each(listReports(REPORTS_DIR))("%s: source.txt is byte-identical to the seed (sha256 in meta.yaml)", (report) => {
    const bytes = readFileSync(join(REPORTS_DIR, report, "source.txt"));
    const meta = parseMeta(readFileSync(join(REPORTS_DIR, report, "meta.yaml"), "utf8"), "meta.yaml", report);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(meta.source_sha256);
  });

  const ost = () => structuredClone(reports.find((r) => r.report === "ostersund-2022")!) as ReportData;
  test("fails when a value is altered (in memory)", () => {
    const data = ost();
    const f = data.figures.find((x) => x.value === 846)!;
    f.value = 847;
    const found = checkReport(data).map(formatProblem);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`figures.csv:${f.fileLine}: ${f.id}: value 847 is not the printed "846"`));
  });
  test("fails when printed and value are altered together (the number is not in the source)", () => {
    const data = ost();
    const f = data.figures.find((x) => x.value === 846)!;
    f.value = 848;
    f.printed = "848";
    expect(checkReport(data).map(formatProblem).join("\n")).toMatch(/printed "848" not found in source.txt lines 193-193/);
  });
  test("fails when a quote is altered (in memory)", () => {
    const data = ost();
    data.meta.conclusion!.text = data.meta.conclusion!.text.replace("endast delvis", "helt");
    expect(checkReport(data).map(formatProblem).join("\n")).toMatch(/conclusion not found in source.txt lines 16-20/);
  });
  test("fails when an assessment or recommendation text is altered", () => {
    const data = ost();
    expect(data.assessments.length).toBeGreaterThan(0);
    data.assessments[0].assessment += " Dessutom är allt bra.";
    data.recommendations[0].text = data.recommendations[0].text.replace(/säkerställer|utvecklar|uppmärksammar|lyfter/, "överväger");
    const found = checkReport(data).map(formatProblem).join("\n");
    expect(found).toMatch(new RegExp(`${data.assessments[0].id} assessment not found`));
    expect(found).toMatch(new RegExp(`${data.recommendations[0].id} text not found`));
  });
  test("fails when source.txt changes by one byte", () => {
    const data = ost();
    data.sourceSha256 = createHash("sha256")
      .update(data.source + " ")
      .digest("hex");
    expect(checkReport(data).map(formatProblem).join("\n")).toMatch(/source_sha256 .* does not match/);
  });
  test("fails on a range beyond the end of the source and on a dangling repeats link", () => {
    const data = ost();
    data.figures[0].lineFrom = 5000;
    data.figures[0].lineTo = 5001;
    data.recommendations[0].repeats = "nowhere-2020#R1";
    const found = checkReport(data).map(formatProblem).join("\n");
    expect(found).toMatch(/lines 5000-5001 lie beyond the end of source.txt/);
    expect(found).toMatch(/repeats "nowhere-2020#R1" but report "nowhere-2020" does not exist/);
  });
  test("an unmarked duplicate figure is a problem", () => {
    const data = ost();
    data.figures.push({...data.figures[0], id: "F999", fileLine: 999});
    expect(checkReport(data).map(formatProblem).join("\n")).toMatch(/figures.csv:999: F999: duplicate figure/);
  });
  test("figures.csv repeats and beside: a repeat names a figure with the same area, year and value; summed parts share unit and source", () => {
    const data = ost();
    const f109 = data.figures.find((f) => f.id === "F109")!;
    expect(f109.repeats).toBe("F84");
    expect(checkReport(data)).toEqual([]);
    f109.repeats = "F83";
    f109.fileLine = 997;
    data.figures.push({...f109, id: "F998", repeats: "F109", fileLine: 998}, {...f109, id: "F999", repeats: "F0", fileLine: 999});
    const found = checkReport(data).map(formatProblem).join("\n");
    expect(found).toMatch(/figures.csv:997: F109: repeats F83 but area, year or value differ/);
    expect(found).toMatch(/figures.csv:998: F998: repeats F109, which repeats F83 itself/);
    expect(found).toMatch(/figures.csv:999: F999: repeats "F0" but the file has no figure F0/);
    const alingsas = structuredClone(reports.find((r) => r.report === "alingsas-2024")!) as ReportData;
    const parts = alingsas.figures.filter((f) => f.beside !== null);
    expect(parts.map((f) => [f.id, f.beside!.kpi, f.beside!.label])).toEqual([
      ["F03", "U40455", "arbete"],
      ["F04", "U40455", "studier"]
    ]);
    expect(checkReport(alingsas)).toEqual([]);
    parts[1].beside!.source = "en annan källa";
    expect(checkReport(alingsas).map(formatProblem).join("\n")).toMatch(/F04: shown beside U40455 with F03 \(summed\), but unit or beside_source differ/);
  });
});

const META = `id: r
kommun: "0764"
kommun_name: Alvesta
document: rapport
title: T
auditor: A
authors: []
client: C
date: "2018-02"
date_precision: month
date_lines: "3"
audited_bodies: [Kommunstyrelsen]
purpose: {text: P, lines: "1-2"}
conclusion: null
source_file: x.txt
source_sha256: ${"a".repeat(64)}
related: []
tables: []
`;

describe("meta.yaml validation", () => {
  test("a valid file parses", () => {
    const m = parseMeta(META, "meta.yaml", "r");
    expect(m).toMatchObject({kommun: "0764", date: "2018-02", date_lines: [3, 3]});
    expect(m.purpose?.lines).toEqual([1, 2]);
  });
  test.each([
    ['kommun: "0764"', "kommun: 0764", /meta.yaml:2: kommun: kommun id must be a 4-character string/],
    ['kommun: "0764"', 'kommun: "764"', /meta.yaml:2: kommun: kommun id must be a 4-character string of digits/],
    ['date: "2018-02"', 'date: "2018-13"', /meta.yaml:9: date: "2018-13" is not a calendar date/],
    ["date_precision: month", "date_precision: day", /meta.yaml:9: date: "2018-02" does not have date_precision day/],
    ['date_lines: "3"', 'date_lines: "9-3"', /meta.yaml:11: date_lines: "9-3" is not a line range/],
    ["document: rapport", "document: brev", /meta.yaml:4: document: /],
    [`source_sha256: ${"a".repeat(64)}`, "source_sha256: abc", /meta.yaml:16: source_sha256: must be the 64 hex digits/],
    ["tables: []", "tables: []\nextra: 1", /meta.yaml:1: .*extra/],
    ["id: r", "id: q", /meta.yaml:1: id "q" must equal the folder name "r"/],
    ["client: C", "client: C\nclient: D", /meta.yaml:\d+: YAML: Map keys must be unique/],
    // a description in [brackets] where the text prints nothing, and the flag that says so, must agree
    ["title: T", 'title: "[Vår beskrivning]"', /meta.yaml:5: title: title is a description in \[brackets\]: set title_printed: false/],
    ["title: T", "title: T\ntitle_printed: false", /meta.yaml:6: title_printed: title_printed: false needs title to be a description in \[brackets\]/],
    ["auditor: A", 'auditor: "[inte namngiven]"', /meta.yaml:6: auditor: auditor is a description in \[brackets\]: set auditor_named: false/],
    ["auditor: A", "auditor: A\nauditor_named: no", /meta.yaml:7: auditor_named: expected true or false/]
  ])("%s → %s is rejected with file and line", (from, to, message) => {
    expect(() => parseMeta(META.replace(from, to), "meta.yaml", "r")).toThrow(message);
  });
  test("a title or auditor the text does not print: the bracketed description with its flag", () => {
    const m = parseMeta(
      META.replace("title: T", 'title: "[Vår beskrivning]"\ntitle_printed: false').replace("auditor: A", 'auditor: "[inte namngiven]"\nauditor_named: false'),
      "meta.yaml",
      "r"
    );
    expect(m).toMatchObject({
      title: "[Vår beskrivning]",
      title_printed: false,
      auditor: "[inte namngiven]",
      auditor_named: false
    });
    expect(parseMeta(META, "meta.yaml", "r")).toMatchObject({title_printed: true, auditor_named: true});
  });
});

const LOST = `- id: L1
  title: "Tabell 1"
  kind: table
  kpi: [N31825]
  categories: [Alingsås]
  years: [2021, 2022]
  prose: null
  lines: "120-124"
`;
describe("lost.yaml validation", () => {
  test("a valid file parses", () => {
    expect(parseLost(LOST, "lost.yaml", "r")[0]).toMatchObject({
      id: "L1",
      kpi: ["N31825"],
      lines: [120, 124],
      fileLine: 1
    });
  });
  test.each([
    ["kpi: [N31825]", "kpi: [X1]", /lost.yaml:4: \[0\]\.kpi\[0\]: "X1" is not a Kolada KPI id/],
    ["kpi: [N31825]", "kpi: [N99999]", /lost.yaml:4: \[0\]\.kpi\[0\]: "N99999" is not a known KPI/],
    ["years: [2021, 2022]", "years: [20213]", /lost.yaml:6: \[0\]\.years\[0\]: is not a year/],
    ["kind: table", "kind: map", /lost.yaml:3: \[0\]\.kind/],
    ['title: "Tabell 1"', 'title: ""', /lost.yaml:2: \[0\]\.title: must not be empty/]
  ])("%s → %s is rejected", (from, to, message) => {
    expect(() => parseLost(LOST.replace(from, to), "lost.yaml", "r")).toThrow(message);
  });
  test("duplicate ids and a non-list are rejected", () => {
    expect(() => parseLost(LOST + LOST, "lost.yaml", "r")).toThrow(/lost.yaml:9: duplicate id "L1" \(first on line 1\)/);
    expect(() => parseLost("id: L1\n", "lost.yaml", "r")).toThrow(/lost.yaml:1: expected a list/);
  });
});

const ASSESSMENT = `- id: A1
  question: "Finns det mål?"
  question_lines: "98-99"
  body: Nämnden
  assessment: "Vi bedömer att det delvis finns mål."
  lines: "400-402"
  skip_lines: [401]
  scale: delvis
  contradictory: false
  other_reading: null
  note: null
`;
describe("assessments.yaml validation", () => {
  test("a valid file parses", () => {
    expect(parseAssessments(ASSESSMENT, "assessments.yaml", "r")[0]).toMatchObject({
      scale: "delvis",
      skip_lines: [401],
      lines: [400, 402]
    });
  });
  test.each([
    ["scale: delvis", "scale: kanske", /assessments.yaml:8: \[0\]\.scale: scale must be one of: ja, i huvudsak ja, delvis, nej, ingen bedömning/],
    ["contradictory: false", "contradictory: true", /assessments.yaml:10: \[0\]\.other_reading: contradictory: true needs other_reading/],
    ["skip_lines: [401]", "skip_lines: [x]", /assessments.yaml:7: \[0\]\.skip_lines\[0\]/],
    ['lines: "400-402"', "lines: 400-", /assessments.yaml:6: \[0\]\.lines: "400-" is not a line range/],
    ["  body: Nämnden\n", "", /assessments.yaml:1: \[0\]\.body/]
  ])("%s → %s is rejected", (from, to, message) => {
    expect(() => parseAssessments(ASSESSMENT.replace(from, to), "assessments.yaml", "r")).toThrow(message);
  });
});

const RECOMMENDATION = `- id: R1
  text: "Nämnden bör följa upp."
  addressee: Nämnden
  lines: "500"
  repeats: null
`;
describe("recommendations.yaml validation", () => {
  test("a valid file parses; an unquoted single line number is accepted", () => {
    expect(parseRecommendations(RECOMMENDATION.replace('"500"', "500"), "recommendations.yaml", "r")[0]).toMatchObject({
      lines: [500, 500],
      repeats: null
    });
  });
  test.each([
    ["repeats: null", "repeats: vanersborg-2022", /recommendations.yaml:5: \[0\]\.repeats: repeats is "<report-id>#<record id>"/],
    ["addressee: Nämnden", "addressee: 3", /recommendations.yaml:3: \[0\]\.addressee: expected a text/],
    ["id: R1", "id: R 1", /recommendations.yaml:1: \[0\]\.id: ids use letters/],
    ['text: "Nämnden bör följa upp."', "text: [a", /recommendations.yaml:\d+: YAML: /]
  ])("%s → %s is rejected", (from, to, message) => {
    expect(() => parseRecommendations(RECOMMENDATION.replace(from, to), "recommendations.yaml", "r")).toThrow(message);
  });
});

describe("Östersund key-figure tables are complete", () => {
  // Every row line of tables T1 (lines 189-214) and T2 (451-525): the cells after the area label.
  const source = readFileSync(join(REPORTS_DIR, "ostersund-2022", "source.txt"), "utf8").split("\n");
  const labels = [/^Östersunds kommun /, /^Alla kommuner \(ovägt medel\) /, /^(nare|vånare) /];
  const cells = (from: number, to: number) => {
    const out: {line: number; cell: string; col: number}[] = [];
    for (let n = from; n <= to; n++) {
      const text = source[n - 1].trim() + " ";
      const label = labels.find((l) => l.test(text));
      if (!label) continue;
      text
        .replace(label, "")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .forEach((cell, col) => out.push({line: n, cell, col}));
    }
    return out;
  };
  const {reports} = checkReports(REPORTS_DIR);
  const figures = reports.find((r) => r.report === "ostersund-2022")!.figures;
  test.each([
    ["T1", 189, 214, [2018, 2019, 2020, 2021], 36, 3],
    ["T2", 451, 525, [2019, 2020, 2021], 54, 8]
  ] as const)("%s: every printed cell is a figure on its line and in its year's column", (table, from, to, years, printedCells, indicators) => {
    const printed = cells(from, to);
    expect(printed).toHaveLength(printedCells);
    const inTable = figures.filter((f) => f.table === table);
    for (const c of printed) {
      const match = inTable.filter((f) => f.printed === c.cell && f.lineTo === c.line && f.year === years[c.col]);
      expect(match, `line ${c.line} cell ${c.col} "${c.cell}"`).toHaveLength(1);
    }
    // the full grid (indicators × 3 areas × years) is there; cells not printed are empty cells, recorded as missing
    expect(inTable).toHaveLength(indicators * 3 * years.length);
    expect(inTable.filter((f) => f.printed === "[tom]")).toHaveLength(inTable.length - printedCells);
  });
});

describe("printed number words", () => {
  test("Swedish number words 0-20 parse, with or without a unit", () => {
    expect(parsePrinted("tre procent")).toBe(3);
    expect(parsePrinted("Tolv")).toBe(12);
    expect(parsePrinted("en")).toBe(1);
    expect(parsePrinted("trettio procent")).toBeUndefined();
  });
});
