// Kolada KPI ids the report data may cite: the KPIs named in the reports or needed by the pages
// (design note on Kolada, March 2026 catalogue). Kept here because the report loaders must not
// depend on the Kolada snapshot; extend it when a report cites a KPI not listed.
export const KNOWN_KPIS: ReadonlySet<string> = new Set([
  // resultat vid avslut, participants, age profile
  "U40455", "U40406", "U40409", "U40450", "U40451", "N40450", "U40412", "U40415", "U40418",
  "U40800", "U40803", "U40811", "U40812",
  // costs per inhabitant
  "N40011", "N40008", "N40002", "N40007", "N40010", "N30101", "N30005",
  // ekonomiskt bistånd
  "N31825", "N31824", "N31002", "U31001", "N31816", "U31804",
  // population
  "N01951", "N01919", "N01994", "N01955", "N01961", "N01938", "N01960", "N01957", "N01813", "N01713",
  "N01954", "N01977", "N01799", "N01962",
  // labour market, young people, etablering
  "N03932", "N03927", "N03930", "N03928", "N03941", "N03942", "N03946", "N03944", "N03920", "N03935",
  "N03926", "N03951", "N02797", "N18601", "N00973", "N00971", "N00972", "N00964"
]);

/** Kolada KPI id shape: N/U/H + five digits. */
export const KPI_ID_PATTERN = /^[NUH]\d{5}$/;

/** Why `id` is not an acceptable KPI id, or null when it is. */
export function kpiProblem(id: string): string | null {
  if (!KPI_ID_PATTERN.test(id)) return `"${id}" is not a Kolada KPI id (expected e.g. U40455)`;
  if (!KNOWN_KPIS.has(id)) return `"${id}" is not a known KPI (add it to loaders/reports/knownKpis.ts if Kolada has it)`;
  return null;
}
