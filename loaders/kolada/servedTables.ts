// The rows of the Kolada tables served to the pages (loaders/serve/tables.ts), all derived from the
// committed snapshot and the catalogue.
import type {RowOf} from "../../model/table.js";
import type {kolada, koladaAreas, koladaKpis} from "../../model/tables/kolada.js";
import {KPIS, THEMES, headlineKpiIds, kpiIds, checkCatalogue, type CatalogueArea, type CatalogueKpi} from "../../model/catalogue.js";
import type {KoladaRow, KpiMeta} from "./types.js";

export const koladaRow = (r: KoladaRow): RowOf<typeof kolada> => ({
  kpi: r.kpi,
  municipality: r.municipality,
  period: r.period,
  gender: r.gender,
  value: r.value,
  count: r.count,
  status: r.status
});

export interface KpiRow {
  kpi: CatalogueKpi;
  meta: KpiMeta | null;
}

export const kpiRow = (r: KpiRow): RowOf<typeof koladaKpis> => ({
  id: r.kpi.id,
  title: r.meta?.title ?? r.kpi.title,
  label: r.kpi.label,
  theme: r.kpi.theme,
  theme_label: THEMES.find((t) => t.id === r.kpi.theme)!.label,
  unit: r.kpi.unit,
  gender_divided: r.meta?.is_divided_by_gender ?? r.kpi.genderDivided,
  headline: r.kpi.headline,
  description: r.meta?.description ?? null,
  operating_area: r.meta?.operating_area ?? null,
  publication_date: r.meta?.publication_date ?? null,
  prel_publication_date: r.meta?.prel_publication_date ?? null
});

export const areaRow = (a: CatalogueArea): RowOf<typeof koladaAreas> => ({
  id: a.id,
  title: a.title,
  type: a.type,
  size_group: a.sizeGroup,
  role: a.role
});

/** Catalogue KPIs × catalogue areas (`areaIds`: model/catalogue.ts areaIds of the snapshot's size groups; the long table behind kolada.arrow). */
export function catalogueRows(rows: readonly KoladaRow[], areaIds: readonly string[]): KoladaRow[] {
  const kpis = new Set(kpiIds());
  const areas = new Set(areaIds);
  return rows.filter((r) => kpis.has(r.kpi) && areas.has(r.municipality));
}

/** Headline KPIs for every kommun in kommuner.csv (behind kolada_all.arrow). */
export function allKommunRows(rows: readonly KoladaRow[], kommunIds: Iterable<string>): KoladaRow[] {
  const kpis = new Set(headlineKpiIds());
  const kommuner = new Set(kommunIds);
  return rows.filter((r) => kpis.has(r.kpi) && kommuner.has(r.municipality));
}

/** Every catalogue KPI with Kolada's metadata for it, where the snapshot has it. */
export function kpiRows(metadata: readonly KpiMeta[]): KpiRow[] {
  checkCatalogue();
  const meta = new Map(metadata.map((m) => [m.id, m]));
  return KPIS.map((kpi) => ({kpi, meta: meta.get(kpi.id) ?? null}));
}
