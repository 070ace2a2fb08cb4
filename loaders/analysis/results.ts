// Resultat vid avslut: the share with its participant count and 95 % Wilson interval, the A–E
// composition, interval widths for the page's worked example, and the audits' printed figures
// beside Kolada. Derived with arquero; missing values stay null.
import * as aq from "arquero";
import {catalogueYears, KOMMUNER} from "../../model/catalogue.js";
import {RESULTAT} from "../../model/pages/resultat.js";
import type {RowOf} from "../../model/table.js";
import {intervalWidths, resultAuditFigures, resultComposition, resultShares} from "../../model/tables/results.js";
import {CROSS_CHECK_STATUSES, FEW_PARTICIPANTS, GENDERS, Z_95} from "../../model/vocabulary.js";
import type {KoladaRow} from "../kolada/types.js";
import type {ReportData} from "../reports/check.js";
import type {CrossCheckRow} from "../reports/crossCheck.js";
import {fromRows, toRows, type ColumnTable} from "./tables.js";

const op = aq.op;

/** Which kommuner and years the per-kommun tables cover (default: the catalogue's). */
export interface KommunYears {
  kommuner: readonly string[];
  years: readonly number[];
}
const CATALOGUE: KommunYears = {kommuner: KOMMUNER.map((m) => m.id), years: catalogueYears()};

/** A table of ids with their position, to sort by a declared order. */
const orderOf = (name: string, ids: readonly string[]) => aq.table({[name]: [...ids], [`${name}_order`]: ids.map((_, i) => i)});

/**
 * Derive `lower` and `upper`, the 95 % Wilson score interval in percent, from `share` (percent,
 * 0–100) and `participants` (n), both nullable; null where either is missing or n is 0. The bounds
 * are exactly 0 when the share is 0 and exactly 100 when it is 100.
 */
function withWilson(t: ColumnTable): ColumnTable {
  return t
    .params({z: Z_95})
    .derive({
      interval: (d: {share: number | null; participants: number | null}) => d.share !== null && d.participants !== null && d.participants > 0,
      successes: (d: {share: number; participants: number}) => (d.share / 100) * d.participants,
      z2: (_: unknown, $: {z: number}) => $.z * $.z
    })
    .derive({
      p: (d: {successes: number; participants: number}) => d.successes / d.participants,
      denominator: (d: {z2: number; participants: number}) => 1 + d.z2 / d.participants
    })
    .derive({
      centre: (d: {p: number; z2: number; participants: number; denominator: number}) => (d.p + d.z2 / (2 * d.participants)) / d.denominator,
      half: (d: {p: number; z2: number; participants: number; denominator: number}, $: {z: number}) =>
        ($.z / d.denominator) * op.sqrt((d.p * (1 - d.p)) / d.participants + d.z2 / (4 * d.participants * d.participants))
    })
    .derive({
      lower: (d: {interval: boolean; successes: number; centre: number; half: number}) =>
        !d.interval ? null : (d.successes === 0 ? 0 : op.greatest(0, d.centre - d.half)) * 100,
      upper: (d: {interval: boolean; successes: number; participants: number; centre: number; half: number}) =>
        !d.interval ? null : (d.successes === d.participants ? 1 : op.least(1, d.centre + d.half)) * 100
    });
}

/**
 * result_shares: one row per kommun × year × gender (the catalogue's by default), values joined
 * where Kolada has them; `few` is the count below which a share is flagged (the model's threshold).
 */
export function resultShareRows(values: readonly KoladaRow[], select: KommunYears = CATALOGUE, few: number = FEW_PARTICIPANTS): RowOf<typeof resultShares>[] {
  // The values were checked where they entered (loaders/kolada/valueRules.ts): a share lies within
  // 0–100, a count is a whole number ≥ 0.
  values = values.map((r) => (r.value !== null && Number.isNaN(r.value) ? {...r, value: null} : r));
  const grid = orderOf("municipality", select.kommuner)
    .cross(orderOf("gender", GENDERS))
    .cross(aq.table({period: [...select.years]}));
  const kolada = fromRows(values, ["kpi", "municipality", "period", "gender", "value"]);
  const series = (kpi: string, as: string) =>
    kolada
      .params({kpi})
      .filter((d: KoladaRow, $: {kpi: string}) => d.kpi === $.kpi)
      .select("municipality", "period", "gender", {value: as});
  const joined = grid
    .join_left(series(RESULTAT.share, "share"), [["municipality", "period", "gender"]])
    .join_left(series(RESULTAT.participants, "participants"), [["municipality", "period", "gender"]])
    .derive({
      share: (d: {share: number | null}) => (d.share != null ? d.share : null),
      participants: (d: {participants: number | null}) => (d.participants != null ? d.participants : null)
    })
    .orderby("municipality_order", "gender_order", "period");
  if (joined.numRows() !== grid.numRows()) throw new Error("result_shares: Kolada has more than one value for a KPI, kommun, year and gender");
  const derived = withWilson(joined)
    .params({few})
    .derive({
      few_participants: (d: {participants: number | null}, $: {few: number}) => (d.participants === null ? null : d.participants < $.few)
    })
    .select("municipality", "period", "gender", "share", "participants", "lower", "upper", "few_participants");
  return toRows(resultShares, derived);
}

/** interval_widths: the Wilson interval around 50 % (half of the participants) for each count. */
export function intervalWidthRows(participants: readonly number[] = RESULTAT.intervalExamples): RowOf<typeof intervalWidths>[] {
  for (const n of participants)
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`interval_widths: a participant count must be a positive integer (got ${n})`);
  const derived = withWilson(aq.table({participants: [...participants]}).derive({share: () => 50})).select("participants", "share", "lower", "upper");
  return toRows(intervalWidths, derived);
}

/** result_composition: the A–E categories of the given kommuner, in kommun, gender, year and category order. */
export function resultCompositionRows(values: readonly KoladaRow[], kommuner: readonly string[] = CATALOGUE.kommuner): RowOf<typeof resultComposition>[] {
  const derived = fromRows(values, ["kpi", "municipality", "period", "gender", "value"])
    .params({kpis: [...RESULTAT.composition], kommuner: [...kommuner]})
    .filter((d: KoladaRow, $: {kpis: string[]; kommuner: string[]}) => op.includes($.kpis, d.kpi) && op.includes($.kommuner, d.municipality))
    .rename({kpi: "category"})
    .join(orderOf("municipality", kommuner), "municipality")
    .join(orderOf("category", RESULTAT.composition), "category")
    .join(orderOf("gender", GENDERS), "gender")
    .orderby("municipality_order", "gender_order", "period", "category_order")
    .select("municipality", "period", "gender", "category", "value");
  return toRows(resultComposition, derived);
}

const FIGURE_FIELDS = [
  "report",
  "report_order",
  "figure_order",
  "figure_id",
  "kpi",
  "compared",
  "area",
  "area_id",
  "year",
  "value",
  "printed",
  "kind",
  "line_from",
  "line_to",
  "repeats",
  "source",
  "label",
  "caveat"
] as const;

/**
 * result_audit_figures: the printed figures of `kpis` (mapped to the KPI, or shown beside it) that
 * have a value and a Kolada area and repeat no other figure, with their check status (from the
 * cross-check) or other_source, the sum of the parts shown beside a KPI, and Kolada's value
 * (gender T). Checked figures first, then those from other sources; by report and file order.
 */
export function resultAuditFigureRows(
  reports: readonly Pick<ReportData, "report" | "figures">[],
  checks: readonly Pick<CrossCheckRow, "report" | "figureId" | "status">[],
  values: readonly KoladaRow[],
  kpis: readonly string[] = RESULTAT.auditKpis
): RowOf<typeof resultAuditFigures>[] {
  const figures = reports.flatMap((r, reportOrder) =>
    r.figures.map((f, figureOrder): Record<(typeof FIGURE_FIELDS)[number], unknown> => ({
      report: r.report,
      report_order: reportOrder,
      figure_order: figureOrder,
      figure_id: f.id,
      kpi: f.kpi ?? f.beside?.kpi ?? null,
      compared: f.kpi !== null,
      area: f.area,
      area_id: f.areaId,
      year: f.year,
      value: f.value,
      printed: f.printed,
      kind: f.kind,
      line_from: f.lineFrom,
      line_to: f.lineTo,
      repeats: f.repeats,
      source: f.beside?.source ?? null,
      label: f.beside?.label ?? null,
      caveat: f.beside?.caveat ?? null
    }))
  );
  const checked = fromRows(
    checks.map((c) => ({report: c.report, figure_id: c.figureId, status: c.status})),
    ["report", "figure_id", "status"]
  );
  const kolada = fromRows(values, ["kpi", "municipality", "period", "gender", "value"])
    .filter((d: KoladaRow) => d.gender === "T")
    .select({kpi: "kpi", municipality: "area_id", period: "year", value: "kolada_value"});
  const shown = fromRows(figures, FIGURE_FIELDS)
    .params({kpis: [...kpis]})
    .filter(
      (d: {kpi: string | null; value: number | null; area_id: string | null; repeats: string | null; kind: string}, $: {kpis: string[]}) =>
        op.includes($.kpis, d.kpi) && d.value != null && d.area_id != null && d.repeats == null && (d.kind === "observed" || d.kind === "count")
    );
  const withStatus = shown.join_left(checked, [["report", "figure_id"]]);
  const unchecked = withStatus.filter((d: {compared: boolean; status: string | null}) => d.compared && d.status == null).objects() as {
    report: string;
    figure_id: string;
  }[];
  if (unchecked.length) throw new Error(`result_audit_figures: figure ${unchecked[0].report}#${unchecked[0].figure_id} has no row in report_vs_kolada`);
  const derived = withStatus
    .join_left(kolada, [["kpi", "area_id", "year"]])
    .derive({
      status: (d: {compared: boolean; status: string}) => (d.compared ? d.status : "other_source"),
      kolada_value: (d: {kolada_value: number | null}) => (d.kolada_value != null ? d.kolada_value : null),
      // A checked figure is a point of its own; the parts shown beside one KPI for one area and year are summed.
      part_of: (d: {compared: boolean; figure_id: string}) => (d.compared ? d.figure_id : "")
    })
    .groupby("report", "kpi", "area_id", "year", "part_of")
    .derive({parts: op.array_agg("figure_id"), point_value: op.sum("value")})
    .ungroup()
    .derive({point: (d: {parts: string[]}) => op.join(d.parts, "+")})
    .orderby(aq.desc("compared"), "report_order", "figure_order")
    .select(
      "report",
      "figure_id",
      "kpi",
      "point",
      "area",
      "area_id",
      "year",
      "value",
      "point_value",
      "printed",
      "status",
      "kolada_value",
      "line_from",
      "line_to",
      "source",
      "label",
      "caveat"
    );
  for (const s of derived.array("status") as string[]) {
    if (s !== "other_source" && !(CROSS_CHECK_STATUSES as readonly string[]).includes(s)) throw new Error(`result_audit_figures: unknown status "${s}"`);
  }
  return toRows(resultAuditFigures, derived);
}
