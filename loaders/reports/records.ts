// Readers and validators for a report folder's YAML files: meta.yaml, lost.yaml,
// assessments.yaml, recommendations.yaml (schema: data/reports/SCHEMA.md).
import {join} from "node:path";
import {z} from "zod";
import {InputError} from "../errors.js";
import {readTextFile} from "../textFile.js";
import {parseLineRange} from "./figures.js";
import {kpiProblem} from "./knownKpis.js";
import {parseYamlFile, validateYaml, type YamlFile} from "./yamlFile.js";

import {DOCUMENT_KINDS, SCALES} from "../../model/vocabulary.js";

const text = z.string({error: "expected a text"}).trim().min(1, {error: "must not be empty"});
const lineRange = z.union([z.string(), z.number().int()], {error: 'expected a line range like "189-214"'}).transform((v, ctx) => {
  const r = parseLineRange(String(v));
  if (!r) {
    ctx.addIssue({code: "custom", message: `"${v}" is not a line range like "189-214" (1-based, from ≤ to)`});
    return z.NEVER;
  }
  return r;
});
const skipLines = z.array(z.number().int().positive(), {error: "skip_lines must be a list of line numbers"}).default([]);
const note = z.string().nullable().default(null);
const id = z.string({error: "expected an id"}).regex(/^[A-Za-z0-9_-]+$/, {error: "ids use letters, digits, _ and - only"});
const year = z.number({error: "expected a year"}).int().min(1990, {error: "is not a year"}).max(2100, {error: "is not a year"});
const kpiId = z.string({error: "expected a KPI id"}).superRefine((v, ctx) => {
  const problem = kpiProblem(v);
  if (problem) ctx.addIssue({code: "custom", message: problem});
});
const kommunId = z.string({error: 'kommun id must be a 4-character string in quotes, e.g. "0764"'}).regex(/^\d{4}$/, {
  error: 'kommun id must be a 4-character string of digits, e.g. "0764"'
});

/** A quoted text with the lines it stands on. */
const quoted = z.strictObject({text, lines: lineRange, skip_lines: skipLines});
export type Quoted = z.output<typeof quoted>;

const dateSchema = z.string({error: "expected a date in quotes"}).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {error: "dates are YYYY-MM-DD, YYYY-MM or YYYY"});

export const metaSchema = z
  .strictObject({
    id,
    kommun: kommunId,
    kommun_name: text,
    document: z.enum(DOCUMENT_KINDS),
    title: text,
    /** false when no title survived in the text: `title` is then our description in [brackets]. */
    title_printed: z.boolean({error: "expected true or false"}).default(true),
    auditor: text,
    /** false when the text names no auditor: `auditor` is then a description in [brackets]. */
    auditor_named: z.boolean({error: "expected true or false"}).default(true),
    authors: z.array(text),
    client: text,
    date: dateSchema,
    date_precision: z.enum(["day", "month", "year"]),
    date_lines: lineRange,
    audited_bodies: z.array(text).min(1, {error: "name at least one audited body"}),
    purpose: quoted.nullable(),
    conclusion: quoted.nullable(),
    source_file: text,
    source_sha256: z.string().regex(/^[0-9a-f]{64}$/, {error: "must be the 64 hex digits of sha256(source.txt)"}),
    related: z.array(z.string()).default([]),
    tables: z.array(z.strictObject({id, title: text, lines: lineRange, source: z.string().nullable().default(null), note})).default([]),
    note
  })
  .superRefine((m, ctx) => {
    const parts = m.date.split("-").length;
    const expected = {day: 3, month: 2, year: 1}[m.date_precision];
    if (parts !== expected)
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: `"${m.date}" does not have date_precision ${m.date_precision}`
      });
    if (parts >= 2) {
      const [y, mo, d] = m.date.split("-").map(Number);
      const dt = new Date(Date.UTC(y, mo - 1, d ?? 1));
      if (dt.getUTCMonth() !== mo - 1 || (d !== undefined && dt.getUTCDate() !== d))
        ctx.addIssue({code: "custom", path: ["date"], message: `"${m.date}" is not a calendar date`});
    }
    // A description in [brackets] stands where the text prints nothing; the flag says so explicitly.
    for (const [field, flag] of [
      ["title", "title_printed"],
      ["auditor", "auditor_named"]
    ] as const) {
      const described = /^\[.*\]$/s.test(m[field].trim());
      if (described === m[flag]) {
        ctx.addIssue({
          code: "custom",
          path: [described ? field : flag],
          message: described ? `${field} is a description in [brackets]: set ${flag}: false` : `${flag}: false needs ${field} to be a description in [brackets]`
        });
      }
    }
    m.tables.forEach((t, i) => {
      const first = m.tables.findIndex((u) => u.id === t.id);
      if (first !== i)
        ctx.addIssue({
          code: "custom",
          path: ["tables", i, "id"],
          message: `duplicate table id "${t.id}" (first at tables[${first}])`
        });
    });
  });

export const lostSchema = z.array(
  z.strictObject({
    id,
    title: text,
    kind: z.enum(["table", "chart"]),
    kpi: z.array(kpiId).default([]),
    categories: z.array(text).default([]),
    years: z.array(year).default([]),
    prose: quoted.nullable().default(null),
    lines: lineRange,
    skip_lines: skipLines,
    note
  }),
  {error: "expected a list (use [] for none)"}
);

const reading = z.strictObject({text, lines: lineRange, skip_lines: skipLines, scale: z.enum(SCALES)});

export const assessmentsSchema = z.array(
  z
    .strictObject({
      id,
      question: text,
      question_lines: lineRange,
      question_skip_lines: skipLines,
      body: text,
      assessment: text,
      lines: lineRange,
      skip_lines: skipLines,
      scale: z.enum(SCALES, {error: `scale must be one of: ${SCALES.join(", ")}`}),
      contradictory: z.boolean().default(false),
      other_reading: reading.nullable().default(null),
      note
    })
    .superRefine((a, ctx) => {
      if (a.contradictory !== (a.other_reading !== null)) {
        ctx.addIssue({
          code: "custom",
          path: ["other_reading"],
          message: "contradictory: true needs other_reading, and other_reading needs contradictory: true"
        });
      }
    }),
  {error: "expected a list (use [] for none)"}
);

export const recommendationsSchema = z.array(
  z.strictObject({
    id,
    text,
    addressee: text,
    lines: lineRange,
    skip_lines: skipLines,
    repeats: z
      .string()
      .regex(/^[a-z0-9-]+#[A-Za-z0-9_-]+$/, {error: 'repeats is "<report-id>#<record id>"'})
      .nullable()
      .default(null),
    note
  }),
  {error: "expected a list (use [] for none)"}
);

export type MetaYaml = z.output<typeof metaSchema>;
export type LostYaml = z.output<typeof lostSchema>[number];
export type AssessmentYaml = z.output<typeof assessmentsSchema>[number];
export type RecommendationYaml = z.output<typeof recommendationsSchema>[number];

/** Where a record came from in its data file. */
export interface Located {
  report: string;
  file: string;
  /** 1-based line of the record in its data file */
  fileLine: number | null;
}

export type ReportMeta = MetaYaml & Located;
export type LostRecord = LostYaml & Located;
export type Assessment = AssessmentYaml & Located;
export type Recommendation = RecommendationYaml & Located;

function checkUniqueIds(y: YamlFile, records: {id: string}[]): void {
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) {
      const first = y.lineOf([seen.get(r.id)!]);
      throw new InputError(y.file, y.lineOf([i, "id"]), `duplicate id "${r.id}" (first on line ${first})`);
    }
    seen.set(r.id, i);
  });
}

function parseList<S extends z.ZodType<{id: string}[]>>(textIn: string, file: string, report: string, schema: S): (z.output<S>[number] & Located)[] {
  const y = parseYamlFile(textIn, file);
  const records = validateYaml(y, schema) as {id: string}[];
  checkUniqueIds(y, records);
  return records.map((r, i) => ({...r, report, file, fileLine: y.lineOf([i])})) as (z.output<S>[number] & Located)[];
}

export function parseMeta(textIn: string, file: string, report: string): ReportMeta {
  const y = parseYamlFile(textIn, file);
  const meta = validateYaml(y, metaSchema);
  if (meta.id !== report) throw new InputError(file, y.lineOf(["id"]), `id "${meta.id}" must equal the folder name "${report}"`);
  return {...meta, report, file, fileLine: 1};
}
export const parseLost = (t: string, file: string, report: string): LostRecord[] => parseList(t, file, report, lostSchema);
export const parseAssessments = (t: string, file: string, report: string): Assessment[] => parseList(t, file, report, assessmentsSchema);
export const parseRecommendations = (t: string, file: string, report: string): Recommendation[] => parseList(t, file, report, recommendationsSchema);

function readIn<T>(reportsDir: string, report: string, name: string, parse: (t: string, file: string, report: string) => T): T {
  const file = join(reportsDir, report, name);
  return parse(readTextFile(file, `missing file (every report folder has ${name}; use [] for no records)`), file, report);
}

export const readMeta = (dir: string, report: string) => readIn(dir, report, "meta.yaml", parseMeta);
export const readLost = (dir: string, report: string) => readIn(dir, report, "lost.yaml", parseLost);
export const readAssessments = (dir: string, report: string) => readIn(dir, report, "assessments.yaml", parseAssessments);
export const readRecommendations = (dir: string, report: string) => readIn(dir, report, "recommendations.yaml", parseRecommendations);
