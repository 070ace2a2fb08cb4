// The vocabularies of the site, each declared once: units, genders, comparison groups, the
// assessment scale of the audits, the status of a report figure against Kolada (one Swedish
// wording each), the column types of the served tables, and the thresholds that the analysis and
// the wording depend on. Imported by the loaders (Node) and by the pages (through src/model).
// No I/O, no DOM.

// ---- units ---------------------------------------------------------------------------------

/** The units a value can have (KPIs, report figures, derived columns). */
export const UNITS = ["procent", "kr/inv", "kr", "antal", "kvot"] as const;
export type Unit = (typeof UNITS)[number];

/** Axis label per unit (Swedish). */
export const UNIT_LABELS: Readonly<Record<Unit, string>> = {
  procent: "Andel (%)",
  "kr/inv": "Kronor per invånare",
  kr: "Kronor",
  antal: "Antal",
  kvot: "Kvot"
};

export const isUnit = (s: unknown): s is Unit => (UNITS as readonly unknown[]).includes(s);

// ---- direction of "better" --------------------------------------------------------------------

/**
 * Which way a KPI's ranking runs. "higher": a higher value is better and gets rank 1; "lower": a
 * lower value is better and gets rank 1; "neutral": neither is better (costs, counts, age shares);
 * rank 1 is then the highest value and texts say "högst", never "bäst".
 */
export const DIRECTIONS = ["higher", "lower", "neutral"] as const;
export type Direction = (typeof DIRECTIONS)[number];

// ---- genders ---------------------------------------------------------------------------------

export const GENDERS = ["T", "K", "M"] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Readonly<Record<Gender, string>> = {T: "Totalt", K: "Kvinnor", M: "Män"};

// ---- comparison groups -------------------------------------------------------------------------

/** G2328 = Alla kommuner (ovägt medel); "size" = each kommun's own size group; 0000 = Riket. */
export const COMPARISONS = ["G2328", "size", "0000"] as const;
export type Comparison = (typeof COMPARISONS)[number];
export const COMPARISON_LABELS: Readonly<Record<Comparison, string>> = {
  G2328: "Alla kommuner (ovägt medel)",
  size: "Kommunens storleksgrupp (ovägt medel)",
  "0000": "Riket"
};
/** How a comparison is spelled in a page's link (stable: it appears in shared URLs). */
export const COMPARISON_URL: Readonly<Record<Comparison, string>> = {
  G2328: "G2328",
  size: "storleksgrupp",
  "0000": "0000"
};

// ---- the audits' assessment scale --------------------------------------------------------------

/** Our normalisation of the reports' wording, from best to worst; "ingen bedömning" last. */
export const SCALES = ["ja", "i huvudsak ja", "delvis", "nej", "ingen bedömning"] as const;
export type Scale = (typeof SCALES)[number];
/** Readings that count as a shortcoming ("brist"). */
export const LACKING_SCALES: readonly Scale[] = ["delvis", "nej"];

/**
 * What an audit found about one theme (its questions' readings): a shortcoming ("brist": a lacking
 * reading on at least one question), none, only questions without a judgement, or no question at all.
 */
export const FINDINGS = ["brist", "ingen brist", "ej bedömt", "ej granskat"] as const;
export type Finding = (typeof FINDINGS)[number];
/** One Swedish wording per finding, as the comparison table says it. */
export const FINDING_TEXT: Readonly<Record<Finding, string>> = {
  brist: "brister funna",
  "ingen brist": "inga brister funna",
  "ej bedömt": "frågor utan bedömning",
  "ej granskat": "inte granskat"
};

// ---- audit documents -------------------------------------------------------------------------

/** Kinds of audit document (meta.yaml `document`): an audit report, or the revisorer's cover letter to it. */
export const DOCUMENT_KINDS = ["rapport", "missiv"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** How the pages name a document of each kind: in running text, as a heading, and in definite form at the start of a sentence. */
export const DOCUMENT_TEXT: Readonly<Record<DocumentKind, {name: string; heading: string; definite: string}>> = {
  rapport: {name: "rapporten", heading: "Rapporten", definite: "Rapporten"},
  missiv: {name: "revisorernas missiv", heading: "Revisorernas missiv", definite: "Missivet"}
};

// ---- a report figure against Kolada ------------------------------------------------------------

/**
 * Why a report figure was or was not compared with Kolada, with one Swedish wording each (used in
 * tables, legends and sentences alike; capitalise at the start of a sentence).
 * The first three are the cross-check's own outcomes (report_vs_kolada.status).
 */
export const FIGURE_STATUS_TEXT = {
  matches: "stämmer med Kolada",
  revised: "avviker från Kolada i dag",
  not_in_snapshot: "saknas i ögonblicksbilden av Kolada",
  other_source: "annan källa än Kolada",
  target: "målvärde, jämförs inte",
  estimate: "uppskattning, jämförs inte",
  missing: "tom cell i rapporten",
  no_kpi: "inget motsvarande nyckeltal i Kolada"
} as const;
export type FigureStatus = keyof typeof FIGURE_STATUS_TEXT;
/** The outcomes of comparing a printed value with Kolada's (report_vs_kolada.status). */
export const CROSS_CHECK_STATUSES = ["matches", "revised", "not_in_snapshot"] as const satisfies readonly FigureStatus[];
export type CrossCheckStatus = (typeof CROSS_CHECK_STATUSES)[number];
/** The status of a printed figure drawn beside Kolada: a cross-check outcome, or another source (not compared). */
export const BESIDE_STATUSES = [...CROSS_CHECK_STATUSES, "other_source"] as const satisfies readonly FigureStatus[];
export type BesideStatus = (typeof BESIDE_STATUSES)[number];

/** Kinds of printed report figures (figures.csv `kind`). */
export const FIGURE_KINDS = ["observed", "count", "target", "estimate", "missing"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

// ---- served tables ---------------------------------------------------------------------------

/** Arrow column types of the served tables, with DuckDB's SQL name (what DESCRIBE shows). */
export const COLUMN_TYPES = {utf8: "VARCHAR", int32: "INTEGER", float64: "DOUBLE", bool: "BOOLEAN"} as const;
export type ColumnType = keyof typeof COLUMN_TYPES;

// ---- thresholds the analysis and the wording depend on -----------------------------------------

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * Below this many participants a share is flagged as unstable ("få deltagare"). With n = 30 a
 * share near 50 % has a 95 % interval of about ±17 percentage points, so a change of 20–40 points
 * between years can be chance alone; it is also the usual rule of thumb below which a share is not
 * reported on its own.
 */
export const FEW_PARTICIPANTS = 30;

/** Words for the strength of a linear relation by |Pearson's r|: the first whose `below` exceeds |r|. */
export const CORRELATION_WORDS: readonly {below: number; text: string}[] = [
  {below: 0.1, text: "i praktiken inget linjärt samband"},
  {below: 0.3, text: "ett svagt samband"},
  {below: 0.5, text: "ett måttligt samband"},
  {below: Infinity, text: "ett starkt samband"}
];

/** Over-representation ratios within this band around 1 are called "ungefär samma andel". */
export const OVER_REPRESENTATION_BAND = {low: 0.95, high: 1.05} as const;

/** Years before an audit shown as background when Kolada has no value since the audit. */
export const CONTEXT_YEARS = 4;

/** Label for every value computed by the site (Kolada's licence: own processing must say so). */
export const OWN_PROCESSING = "Egen bearbetning av data från Kolada";
