// The Kolada Arrow files served to the pages, all derived from the committed snapshot and the catalogue.
import {toArrowBytes, type ColumnSpec} from "../arrow.js";
import {KPIS, THEMES, catalogueAreas, headlineKpiIds, kpiIds, areaIds, checkCatalogue, type CatalogueArea, type CatalogueKpi} from "../../model/catalogue.js";
import {readSnapshot, snapshotDir} from "./snapshot.js";
import type {KoladaRow, KpiMeta} from "./types.js";

export const ROW_COLUMNS: ColumnSpec<KoladaRow>[] = [
  {name: "kpi", type: "utf8", nullable: false, get: (r) => r.kpi},
  {name: "municipality", type: "utf8", nullable: false, get: (r) => r.municipality},
  {name: "period", type: "int32", nullable: false, get: (r) => r.period},
  {name: "gender", type: "utf8", nullable: false, get: (r) => r.gender},
  {name: "value", type: "float64", nullable: true, get: (r) => r.value},
  {name: "count", type: "int32", nullable: true, get: (r) => r.count},
  {name: "status", type: "utf8", nullable: true, get: (r) => r.status}
];

export interface KpiRow {
  kpi: CatalogueKpi;
  meta: KpiMeta | null;
}

export const KPI_COLUMNS: ColumnSpec<KpiRow>[] = [
  {name: "id", type: "utf8", nullable: false, get: (r) => r.kpi.id},
  {name: "title", type: "utf8", nullable: false, get: (r) => r.meta?.title ?? r.kpi.title},
  {name: "label", type: "utf8", nullable: false, get: (r) => r.kpi.label},
  {name: "theme", type: "utf8", nullable: false, get: (r) => r.kpi.theme},
  {name: "theme_label", type: "utf8", nullable: false, get: (r) => THEMES.find((t) => t.id === r.kpi.theme)!.label},
  {name: "unit", type: "utf8", nullable: false, get: (r) => r.kpi.unit},
  {name: "gender_divided", type: "bool", nullable: false, get: (r) => r.meta?.is_divided_by_gender ?? r.kpi.genderDivided},
  {name: "headline", type: "bool", nullable: false, get: (r) => r.kpi.headline},
  {name: "description", type: "utf8", nullable: true, get: (r) => r.meta?.description ?? null},
  {name: "operating_area", type: "utf8", nullable: true, get: (r) => r.meta?.operating_area ?? null},
  {name: "publication_date", type: "utf8", nullable: true, get: (r) => r.meta?.publication_date ?? null},
  {name: "prel_publication_date", type: "utf8", nullable: true, get: (r) => r.meta?.prel_publication_date ?? null}
];

export const AREA_COLUMNS: ColumnSpec<CatalogueArea>[] = [
  {name: "id", type: "utf8", nullable: false, get: (a) => a.id},
  {name: "title", type: "utf8", nullable: false, get: (a) => a.title},
  {name: "type", type: "utf8", nullable: false, get: (a) => a.type},
  {name: "size_group", type: "utf8", nullable: true, get: (a) => a.sizeGroup},
  {name: "role", type: "utf8", nullable: false, get: (a) => a.role}
];

/** Catalogue KPIs × catalogue areas (the long table behind kolada.arrow). */
export function catalogueRows(rows: readonly KoladaRow[]): KoladaRow[] {
  const kpis = new Set(kpiIds());
  const areas = new Set(areaIds());
  return rows.filter((r) => kpis.has(r.kpi) && areas.has(r.municipality));
}

/** Headline KPIs for every kommun in kommuner.csv (behind kolada_all.arrow). */
export function allKommunRows(rows: readonly KoladaRow[], kommunIds: Iterable<string>): KoladaRow[] {
  const kpis = new Set(headlineKpiIds());
  const kommuner = new Set(kommunIds);
  return rows.filter((r) => kpis.has(r.kpi) && kommuner.has(r.municipality));
}

export function koladaArrow(dir = snapshotDir()): Uint8Array {
  return toArrowBytes(catalogueRows(readSnapshot(dir).rows), ROW_COLUMNS);
}

export function koladaAllArrow(dir = snapshotDir()): Uint8Array {
  const s = readSnapshot(dir);
  return toArrowBytes(allKommunRows(s.rows, s.kommuner.map((m) => m.id)), ROW_COLUMNS);
}

export function kpiRows(dir = snapshotDir()): KpiRow[] {
  checkCatalogue();
  const meta = new Map(readSnapshot(dir).metadata.kpis.map((m) => [m.id, m]));
  return KPIS.map((kpi) => ({kpi, meta: meta.get(kpi.id) ?? null}));
}

export function koladaKpisArrow(dir = snapshotDir()): Uint8Array {
  return toArrowBytes(kpiRows(dir), KPI_COLUMNS);
}

export function koladaAreasArrow(): Uint8Array {
  checkCatalogue();
  return toArrowBytes(catalogueAreas(), AREA_COLUMNS);
}
