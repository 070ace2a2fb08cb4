// The checker: re-reads the source lines every record cites and reports each number or quoted
// text that is not there (rules: data/reports/SCHEMA.md, "Text matching rules").
import {createHash} from "node:crypto";
import {join} from "node:path";
import {InputError, displayPath} from "../errors.js";
import {decodeUtf8, readInputBytes} from "../textFile.js";
import {readFigures, type ReportFigure} from "./figures.js";
import {listReports} from "./list.js";
import {readAssessments, readLost, readMeta, readRecommendations, type Assessment, type LostRecord, type Recommendation, type ReportMeta} from "./records.js";
import {containsPrinted, containsQuote, normaliseRange, parsePrinted, readable, textLines} from "./text.js";

export interface Problem {
  /** the data file (or source.txt) the problem is in */
  file: string;
  /** 1-based line in that file, when known */
  line: number | null;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${displayPath(p.file)}${p.line === null ? "" : `:${p.line}`}: ${p.message}`;
}

/** Everything one report folder holds, validated. */
export interface ReportData {
  report: string;
  sourceFile: string;
  /** source.txt as read (utf8) */
  source: string;
  /** sha256 of source.txt's bytes */
  sourceSha256: string;
  meta: ReportMeta;
  figures: ReportFigure[];
  lost: LostRecord[];
  assessments: Assessment[];
  recommendations: Recommendation[];
}

/** Read and validate one report folder (validation errors throw an InputError). */
export function readReport(reportsDir: string, report: string): ReportData {
  const sourceFile = join(reportsDir, report, "source.txt");
  const bytes = readInputBytes(sourceFile, "missing file (every report folder keeps its source text as source.txt)");
  return {
    report,
    sourceFile,
    source: decodeUtf8(bytes, sourceFile),
    sourceSha256: createHash("sha256").update(bytes).digest("hex"),
    meta: readMeta(reportsDir, report),
    figures: readFigures(reportsDir, report),
    lost: readLost(reportsDir, report),
    assessments: readAssessments(reportsDir, report),
    recommendations: readRecommendations(reportsDir, report)
  };
}

const bracketed = (s: string) => /^\[.*\]$/s.test(s.trim());

/**
 * Check one report against its source text; `all` (default: just this one) resolves cross-report
 * links; links to `unreadable` reports (whose own problem is reported already) are not checked.
 */
export function checkReport(data: ReportData, all: readonly ReportData[] = [data], unreadable: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const lines = textLines(data.source);
  const n = lines.length;
  const problem = (file: string, line: number | null, message: string) => problems.push({file, line, message});

  // A range must lie inside source.txt; skip_lines inside the range.
  const inRange = (file: string, line: number | null, what: string, [from, to]: [number, number], skip: number[] = []): boolean => {
    if (to > n) {
      problem(file, line, `${what}: lines ${from}-${to} lie beyond the end of source.txt (${n} lines)`);
      return false;
    }
    for (const s of skip) if (s < from || s > to) problem(file, line, `${what}: skip_lines ${s} is outside lines ${from}-${to}`);
    return true;
  };
  const quote = (file: string, line: number | null, what: string, text: string, range: [number, number], skip: number[] = []) => {
    if (!inRange(file, line, what, range, skip)) return;
    const norm = normaliseRange(lines, range[0], range[1], skip);
    if (!containsQuote(norm, text)) {
      const shown = readable(norm);
      problem(
        file,
        line,
        `${what} not found in source.txt lines ${range[0]}-${range[1]}: "${text.slice(0, 120)}" (the lines read: "${shown.slice(0, 240)}${shown.length > 240 ? "…" : ""}")`
      );
    }
  };

  // meta.yaml
  const m = data.meta;
  if (m.source_sha256 !== data.sourceSha256) {
    problem(
      m.file,
      null,
      `source_sha256 ${m.source_sha256} does not match sha256(source.txt) = ${data.sourceSha256}: source.txt must stay byte-identical to ${m.source_file}`
    );
  }
  if (inRange(m.file, null, "date_lines", m.date_lines)) {
    const year = m.date.slice(0, 4);
    if (
      !lines
        .slice(m.date_lines[0] - 1, m.date_lines[1])
        .join(" ")
        .includes(year)
    )
      problem(m.file, null, `date ${m.date}: year ${year} not found on date_lines ${m.date_lines.join("-")}`);
  }
  if (m.purpose) quote(m.file, null, "purpose", m.purpose.text, m.purpose.lines, m.purpose.skip_lines);
  if (m.conclusion) quote(m.file, null, "conclusion", m.conclusion.text, m.conclusion.lines, m.conclusion.skip_lines);
  for (const t of m.tables) {
    if (!bracketed(t.title)) quote(m.file, null, `table ${t.id} title`, t.title, t.lines);
    else inRange(m.file, null, `table ${t.id}`, t.lines);
  }
  for (const r of m.related) if (!unreadable.has(r) && !all.some((d) => d.report === r)) problem(m.file, null, `related report "${r}" does not exist`);

  // figures.csv
  const tableIds = new Set(m.tables.map((t) => t.id));
  const keyOf = (f: ReportFigure) => JSON.stringify([f.table, f.indicator, f.area, f.year, f.kind === "target"]);
  const byKey = new Map<string, ReportFigure[]>();
  for (const f of data.figures) {
    const file = join(data.sourceFile, "..", "figures.csv");
    const at = (message: string) => problem(file, f.fileLine, `${f.id}: ${message}`);
    if (f.table !== null && !tableIds.has(f.table)) at(`table "${f.table}" is not in meta.yaml tables`);
    byKey.set(keyOf(f), [...(byKey.get(keyOf(f)) ?? []), f]);
    if (f.lineTo > n) {
      at(`lines ${f.lineFrom}-${f.lineTo} lie beyond the end of source.txt (${n} lines)`);
      continue;
    }
    if (f.kind === "missing" && bracketed(f.printed)) continue; // an empty cell, described in [brackets]
    const parsed = parsePrinted(f.printed);
    if (parsed === undefined) at(`printed "${f.printed}" does not parse as a number (decimal comma, space grouping) or "-"`);
    else if (parsed === null && f.kind !== "missing") at(`printed "${f.printed}" is a missing cell but kind is "${f.kind}"`);
    else if (parsed !== null && (f.value === null || Math.abs(parsed - f.value) > 1e-9)) at(`value ${f.value} is not the printed "${f.printed}" (${parsed})`);
    if (!containsPrinted(lines, f.lineFrom, f.lineTo, f.printed)) {
      at(
        `printed "${f.printed}" not found in source.txt lines ${f.lineFrom}-${f.lineTo}: "${lines
          .slice(f.lineFrom - 1, f.lineTo)
          .join(" ")
          .replace(/\s+/g, " ")
          .trim()
          .slice(0, 200)}"`
      );
    }
  }
  for (const group of byKey.values()) {
    if (group.length < 2) {
      if (group[0]?.contradictory)
        problem(
          join(data.sourceFile, "..", "figures.csv"),
          group[0].fileLine,
          `${group[0].id}: contradictory but there is no other reading (same table, indicator, area, year)`
        );
      continue;
    }
    for (const f of group.filter((g) => !g.contradictory)) {
      problem(
        join(data.sourceFile, "..", "figures.csv"),
        f.fileLine,
        `${f.id}: duplicate figure (same table, indicator, area, year as ${group
          .filter((g) => g !== f)
          .map((g) => g.id)
          .join(", ")}); mark both readings contradictory or fix it`
      );
    }
  }

  problems.push(...checkRepeatsAndBeside(data.figures, join(data.sourceFile, "..", "figures.csv")));

  // lost.yaml
  for (const l of data.lost) {
    if (!inRange(l.file, l.fileLine, `${l.id}`, l.lines, l.skip_lines)) continue;
    if (!bracketed(l.title)) quote(l.file, l.fileLine, `${l.id} title`, l.title, l.lines, l.skip_lines);
    const raw = lines.slice(l.lines[0] - 1, l.lines[1]).join(" ");
    for (const k of l.kpi) if (!raw.includes(k)) problem(l.file, l.fileLine, `${l.id}: KPI ${k} is not cited on lines ${l.lines.join("-")}`);
    if (l.prose) quote(l.file, l.fileLine, `${l.id} prose`, l.prose.text, l.prose.lines, l.prose.skip_lines);
  }

  // assessments.yaml
  for (const a of data.assessments) {
    quote(a.file, a.fileLine, `${a.id} question`, a.question, a.question_lines, a.question_skip_lines);
    quote(a.file, a.fileLine, `${a.id} assessment`, a.assessment, a.lines, a.skip_lines);
    if (a.other_reading) quote(a.file, a.fileLine, `${a.id} other_reading`, a.other_reading.text, a.other_reading.lines, a.other_reading.skip_lines);
  }

  // recommendations.yaml
  for (const r of data.recommendations) {
    quote(r.file, r.fileLine, `${r.id} text`, r.text, r.lines, r.skip_lines);
    if (r.repeats) {
      const [report, id] = r.repeats.split("#");
      const target = all.find((d) => d.report === report);
      if (unreadable.has(report)) continue;
      if (!target) problem(r.file, r.fileLine, `${r.id}: repeats "${r.repeats}" but report "${report}" does not exist`);
      else if (!target.recommendations.some((t) => t.id === id))
        problem(r.file, r.fileLine, `${r.id}: repeats "${r.repeats}" but ${report} has no recommendation ${id}`);
    }
  }
  return problems;
}

/**
 * figures.csv `repeats` and `beside` across rows: a repeat names another figure of the file that is
 * not itself a repeat, with the same area, year and value; the parts shown beside one KPI for one
 * area and year (summed on the site) share their unit and source.
 */
export function checkRepeatsAndBeside(figures: readonly ReportFigure[], file: string): Problem[] {
  const problems: Problem[] = [];
  const at = (f: ReportFigure, message: string) => problems.push({file, line: f.fileLine, message: `${f.id}: ${message}`});
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const f of figures) {
    if (f.repeats === null) continue;
    const target = byId.get(f.repeats);
    if (!target) at(f, `repeats "${f.repeats}" but the file has no figure ${f.repeats}`);
    else if (target.repeats !== null) at(f, `repeats ${target.id}, which repeats ${target.repeats} itself: name the figure that is not a repeat`);
    else if (target.areaId !== f.areaId || target.year !== f.year || target.value !== f.value) at(f, `repeats ${target.id} but area, year or value differ`);
  }
  const parts = new Map<string, ReportFigure[]>();
  for (const f of figures) {
    if (f.beside === null) continue;
    const key = JSON.stringify([f.beside.kpi, f.areaId ?? f.area, f.year]);
    parts.set(key, [...(parts.get(key) ?? []), f]);
  }
  for (const group of parts.values()) {
    const [first] = group;
    for (const f of group.slice(1)) {
      if (f.unit !== first.unit || f.beside!.source !== first.beside!.source)
        at(f, `shown beside ${first.beside!.kpi} with ${first.id} (summed), but unit or beside_source differ`);
    }
  }
  return problems;
}

/** Read every report folder and check all of them; validation errors are reported as problems too. */
export function checkReports(reportsDir: string): {reports: ReportData[]; problems: Problem[]} {
  const reports: ReportData[] = [];
  const problems: Problem[] = [];
  const unreadable = new Set<string>();
  for (const report of listReports(reportsDir)) {
    try {
      reports.push(readReport(reportsDir, report));
    } catch (error) {
      unreadable.add(report);
      if (error instanceof InputError)
        problems.push({
          file: error.file,
          line: error.line,
          message: error.field ? `${error.field}: ${error.reason}` : error.reason
        });
      else throw error;
    }
  }
  for (const data of reports) problems.push(...checkReport(data, reports, unreadable));
  return {reports, problems};
}

/** Every report, read, validated and checked; throws an InputError listing every problem (a bad file fails the build). */
export function loadCheckedReports(reportsDir: string): ReportData[] {
  const {reports, problems} = checkReports(reportsDir);
  if (problems.length === 1) throw new InputError(problems[0].file, problems[0].line, problems[0].message);
  if (problems.length > 1) {
    throw new InputError(reportsDir, null, `${problems.length} problems:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
  }
  return reports;
}
