// group_values: Riket and every comparison group the site uses, per KPI, year and gender, by the
// one rule of model/comparisons.ts: Kolada's own group value where the snapshot holds it, otherwise
// the unweighted mean of the members' values when at least half of the members have one. Riket is
// only ever Kolada's own value.
import * as aq from "arquero";
import type {RowOf} from "../../model/table.js";
import {groupValues} from "../../model/tables/analysis.js";
import {groupMeanMinKommuner, RIKET} from "../../model/comparisons.js";
import {groupFamily} from "../../model/groups.js";
import {headlineKpiIds} from "../../model/catalogue.js";
import type {AreaMeta, KoladaRow} from "../kolada/types.js";
import {fromRows, toRows} from "./tables.js";

/**
 * group_values from the snapshot's rows (every area) and its groups (metadata areas of type G; only
 * the families the site uses are kept). The 290 liknande-kommuner groups get the KPIs in
 * `liknandeKpis` only (the kommun pages compare the headline KPI with them): every KPI for every
 * one of them would be most of a full snapshot's size again.
 */
export function groupValueRows(
  rows: readonly KoladaRow[],
  areas: readonly AreaMeta[],
  liknandeKpis: readonly string[] = headlineKpiIds()
): RowOf<typeof groupValues>[] {
  const groups = areas.filter((a) => a.type === "G" && groupFamily(a) !== null);
  const memberRows = (liknande: boolean) =>
    fromRows(
      groups.filter((g) => (groupFamily(g) === "liknande") === liknande).flatMap((g) => (g.members ?? []).map((member) => ({area: g.id, member}))),
      ["area", "member"]
    );
  const kommunValues = fromRows(
    rows.filter((r) => /^\d{4}$/.test(r.municipality) && r.municipality !== RIKET && r.value !== null),
    ["kpi", "municipality", "period", "gender", "value"]
  ).select("kpi", "municipality", "period", "gender", "value");
  // The liknande groups are joined with their KPIs' values only (the join is the costly step).
  const liknandeValues = kommunValues.semijoin(aq.table({kpi: [...liknandeKpis]}), "kpi");
  const kept = memberRows(false)
    .join(kommunValues, ["member", "municipality"])
    .concat(memberRows(true).join(liknandeValues, ["member", "municipality"]))
    .groupby("area", "kpi", "period", "gender")
    .rollup({kommuner: aq.op.count(), mean: aq.op.mean("value")});
  const groupIds = new Set(groups.map((g) => g.id));
  const own = fromRows(
    rows.filter((r) => r.value !== null && (r.municipality === RIKET || groupIds.has(r.municipality))),
    ["kpi", "municipality", "period", "gender", "value"]
  ).select({municipality: "area", kpi: "kpi", period: "period", gender: "gender", value: "koladaValue"});
  const sizes = fromRows(
    groups.map((g) => ({area: g.id, size: g.members?.length ?? 0})),
    ["area", "size"]
  );
  const minOf = Object.fromEntries(groups.map((g) => [g.id, groupMeanMinKommuner(g.members?.length ?? 0)]));
  const keys = ["area", "kpi", "period", "gender"];
  const derived = kept
    .join_full(own, [keys, keys])
    .lookup(sizes, "area", "size")
    .params({minOf})
    .derive({
      value: (d: {koladaValue: number | null; mean: number; kommuner: number; area: string}, $: {minOf: Record<string, number>}) =>
        d.koladaValue != null ? d.koladaValue : d.kommuner >= $.minOf[d.area] ? d.mean : null,
      source: (d: {koladaValue: number | null}) => (d.koladaValue != null ? "kolada" : "medel"),
      kommuner: (d: {koladaValue: number | null; kommuner: number | null}) => (d.koladaValue != null ? null : d.kommuner),
      members: (d: {area: string; size: number | null}) => (d.area === "0000" ? null : d.size)
    })
    .orderby("area", "kpi", "gender", "period")
    .select("area", "kpi", "period", "gender", "value", "source", "kommuner", "members");
  return toRows(groupValues, derived);
}

/**
 * A comparison area's group_values rows (model/comparisons.ts: Kolada's own group value, or the
 * members' unweighted mean) as Kolada rows of the area, so that a derivation made for kommuner
 * (cost_prices' price levels, the age tables' parts, ratio and series) runs the same on a group.
 */
export function groupValueKoladaRows(rows: readonly Pick<RowOf<typeof groupValues>, "area" | "kpi" | "period" | "gender" | "value">[]): KoladaRow[] {
  return rows.map((r) => ({
    kpi: r.kpi,
    municipality: r.area,
    period: r.period,
    gender: r.gender as KoladaRow["gender"],
    value: r.value,
    count: null,
    status: null
  }));
}
