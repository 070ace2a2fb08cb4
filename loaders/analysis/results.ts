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
import {op} from "./formulas.js";
import {fromRows, toRows, type ColumnTable} from "./tables.js";
import {byKpi, koladaTable, orderOf, totals} from "./wide.js";

/** A row of result_shares as it is derived: a share in percent with its participant count, either possibly missing. */
type ShareRow = {share: number | null; participants: number | null};

/** Which kommuner and years the per-kommun tables cover (default: the catalogue's). */
export interface KommunYears {
  kommuner: readonly string[];
  years: readonly number[];
}
const CATALOGUE: KommunYears = {kommuner: KOMMUNER.map((m) => m.id), years: catalogueYears()};

/**
 * Derive `lower` and `upper`, the 95 % Wilson score interval in percent, from `share` (percent,
 * 0–100) and `participants` (n), both nullable; null where either is missing or n is 0 (./formulas.ts).
 */
const withWilson = (t: ColumnTable): ColumnTable =>
  t.params({z: Z_95}).derive({
    lower: (d: ShareRow, $: {z: number}) => op.wilson_lower(d.share, d.participants, $.z),
    upper: (d: ShareRow, $: {z: number}) => op.wilson_upper(d.share, d.participants, $.z)
  });

/**
 * result_shares: one row per kommun × year × gender (the catalogue's by default), values joined
 * where Kolada has them; `few` is the count below which a share is flagged (the model's threshold).
 */
export function resultShareRows(values: readonly KoladaRow[], select: KommunYears = CATALOGUE, few: number = FEW_PARTICIPANTS): RowOf<typeof resultShares>[] {
  // The values were checked where they entered (loaders/kolada/valueRules.ts): a share lies within
  // 0–100, a count is a whole number ≥ 0.
  const grid = orderOf("municipality", select.kommuner)
    .cross(orderOf("gender", GENDERS))
    .cross(aq.table({period: [...select.years]}));
  const {share, participants} = RESULTAT;
  const keys = ["municipality", "period", "gender"];
  const joined = grid
    .join_left(byKpi(koladaTable(values, [share, participants]), {share, participants}, {table: "result_shares", keys}), [keys])
    .orderby("municipality_order", "gender_order", "period");
  const derived = withWilson(joined)
    .params({few})
    .derive({
      few_participants: (d: ShareRow, $: {few: number}) => (d.participants == null ? null : d.participants < $.few)
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
  const derived = koladaTable(values, RESULTAT.composition)
    .rename({kpi: "category"})
    .join(orderOf("municipality", kommuner), "municipality")
    .join(orderOf("category", RESULTAT.composition), "category")
    .join(orderOf("gender", GENDERS), "gender")
    .orderby("municipality_order", "gender_order", "period", "category_order")
    .select("municipality", "period", "gender", "category", "value");
  return toRows(resultComposition, derived);
}

/** A printed figure as result_audit_figures derives it: with the KPI it is mapped to or shown beside, and its check. */
type Shown = {
  figure_id: string;
  kpi: string | null;
  compared: boolean;
  area_id: string | null;
  value: number | null;
  kind: string;
  repeats: string | null;
  status?: string | null;
  parts: string[];
};

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
  const figures = reports.flatMap((r) =>
    r.figures.map((f) => ({
      report: r.report,
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
  // No printed figure, no point (and no columns for arquero to find them in).
  if (figures.length === 0) return [];
  const checked = fromRows(
    checks.map((c) => ({report: c.report, figure_id: c.figureId, status: c.status})),
    ["report", "figure_id", "status"]
  );
  const kolada = totals(values).select({kpi: "kpi", municipality: "area_id", period: "year", value: "kolada_value"});
  const shown = aq
    .from(figures)
    .derive({order: () => op.row_number()})
    .params({kpis: [...kpis]})
    .filter(
      (d: Shown, $: {kpis: string[]}) =>
        op.includes($.kpis, d.kpi) && d.value != null && d.area_id != null && d.repeats == null && (d.kind === "observed" || d.kind === "count")
    );
  const withStatus = shown.join_left(checked, [["report", "figure_id"]]);
  const unchecked = withStatus.filter((d: Shown) => d.compared && d.status == null).objects() as {report: string; figure_id: string}[];
  if (unchecked.length) throw new Error(`result_audit_figures: figure ${unchecked[0].report}#${unchecked[0].figure_id} has no row in report_vs_kolada`);
  const derived = withStatus
    .join_left(kolada, [["kpi", "area_id", "year"]])
    .derive({
      status: (d: Shown) => (d.compared ? d.status : "other_source"),
      // A checked figure is a point of its own; the parts shown beside one KPI for one area and year are summed.
      part_of: (d: Shown) => (d.compared ? d.figure_id : "")
    })
    .groupby("report", "kpi", "area_id", "year", "part_of")
    .derive({parts: op.array_agg("figure_id"), point_value: op.sum("value")})
    .ungroup()
    .derive({point: (d: Shown) => op.join(d.parts, "+")})
    .orderby(aq.desc("compared"), "order")
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
