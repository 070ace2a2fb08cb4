// The Kolada v3 data URLs: at most 25 ids per path segment, per_page up to 5000, from_date for an
// incremental refresh. Pure: no requests (loaders/kolada/client.ts makes them).
export const MAX_IDS_PER_SEGMENT = 25;
export const MAX_PER_PAGE = 5000;

export interface ValuesQuery {
  kpis: readonly string[];
  areas: readonly string[];
  years?: readonly number[];
  since?: string | null; // YYYY-MM-DD → from_date
}

/** Split ids into segments of at most `size`. */
export function chunk<T>(items: readonly T[], size = MAX_IDS_PER_SEGMENT): T[][] {
  if (size < 1) throw new Error(`chunk: size must be ≥ 1 (got ${size})`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const trimBase = (base: string) => base.replace(/\/+$/, "");
export const seg = (ids: readonly (string | number)[]) => ids.map((id) => encodeURIComponent(String(id))).join(",");

/** The data URLs for a query: one per (KPI segment × area segment × year segment). */
export function buildValueUrls(baseUrl: string, q: ValuesQuery, perPage = MAX_PER_PAGE): string[] {
  if (perPage < 1 || perPage > MAX_PER_PAGE) throw new Error(`per_page must be 1–${MAX_PER_PAGE} (got ${perPage})`);
  if (q.since != null && !/^\d{4}-\d{2}-\d{2}$/.test(q.since)) throw new Error(`since: "${q.since}" is not YYYY-MM-DD`);
  const params = new URLSearchParams({per_page: String(perPage)});
  if (q.since) params.set("from_date", q.since);
  const urls: string[] = [];
  const yearChunks = q.years && q.years.length ? chunk(q.years) : [null];
  for (const k of chunk(q.kpis)) {
    for (const a of chunk(q.areas)) {
      for (const y of yearChunks) {
        urls.push(`${trimBase(baseUrl)}/data/kpi/${seg(k)}/municipality/${seg(a)}${y ? `/year/${seg(y)}` : ""}?${params}`);
      }
    }
  }
  return urls;
}
