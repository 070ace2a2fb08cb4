// Which Kolada KPI ids the report data may cite: the catalogue's KPIs and the ones the reports cite
// besides them (both declared in model/catalogue.ts). The report loaders depend on the model only,
// never on the Kolada snapshot.
import {CITED_KPIS, KPIS} from "../../model/catalogue.js";

/** Kolada KPI id shape: N/U/H + five digits. */
export const KPI_ID_PATTERN = /^[NUH]\d{5}$/;

const KNOWN_KPIS: ReadonlySet<string> = new Set([...KPIS.map((k) => k.id), ...CITED_KPIS]);

/** Why `id` is not an acceptable KPI id, or null when it is. */
export function kpiProblem(id: string): string | null {
  if (!KPI_ID_PATTERN.test(id)) return `"${id}" is not a Kolada KPI id (expected e.g. U40455)`;
  if (!KNOWN_KPIS.has(id)) return `"${id}" is not a known KPI (add it to CITED_KPIS in model/catalogue.ts if Kolada has it)`;
  return null;
}
