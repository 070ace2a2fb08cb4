// What the pages say about the data's freshness: when the committed Kolada snapshot was fetched,
// its provenance, and which years it holds per KPI. Read from the validated snapshot (manifest and
// values), served as /data/snapshot.json (loaders/serve/archive.ts).
import type {SnapshotInfo} from "../../model/rows.js";
import {readSnapshot, snapshotDir} from "./snapshot.js";

export type {SnapshotInfo};

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
  const sorted = Object.fromEntries(
    Object.keys(years)
      .sort()
      .map((k) => [k, years[k]])
  );
  return {
    fetched_at: manifest.fetched_at,
    snapshot_date: manifest.fetched_at.slice(0, 10),
    provenance_summary: manifest.provenance.summary,
    rows_per_kpi: manifest.rows_per_kpi,
    years_per_kpi: sorted
  };
}
