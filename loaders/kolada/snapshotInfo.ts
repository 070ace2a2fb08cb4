// What the pages say about the data's freshness: when the committed Kolada snapshot was fetched,
// its provenance, and which years it holds per KPI. Read from the validated snapshot (manifest and
// values), served as /data/snapshot.json by src/data/snapshot.json.ts.
import {readSnapshot, snapshotDir} from "./snapshot.js";

export interface SnapshotInfo {
  /** ISO timestamp of the fetch (manifest `fetched_at`). */
  fetched_at: string;
  /** The date part, YYYY-MM-DD. */
  snapshot_date: string;
  /** Short Swedish provenance phrase (manifest `provenance.summary`). */
  provenance_summary: string;
  /** Values per KPI in the snapshot (manifest `rows_per_kpi`). */
  rows_per_kpi: Record<string, number>;
  /** Per KPI: the first and last year with a (non-null) value, any area, gender T. */
  years_per_kpi: Record<string, {from: number; to: number}>;
}

export function snapshotInfo(dir: string = snapshotDir()): SnapshotInfo {
  const {rows, manifest} = readSnapshot(dir);
  const years: Record<string, {from: number; to: number}> = {};
  for (const r of rows) {
    if (r.value === null || r.gender !== "T") continue;
    const y = years[r.kpi];
    if (!y) years[r.kpi] = {from: r.period, to: r.period};
    else {
      y.from = Math.min(y.from, r.period);
      y.to = Math.max(y.to, r.period);
    }
  }
  const sorted = Object.fromEntries(Object.keys(years).sort().map((k) => [k, years[k]]));
  return {
    fetched_at: manifest.fetched_at,
    snapshot_date: manifest.fetched_at.slice(0, 10),
    provenance_summary: manifest.provenance.summary,
    rows_per_kpi: manifest.rows_per_kpi,
    years_per_kpi: sorted
  };
}
