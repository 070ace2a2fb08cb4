// Row types of the served files, derived from their declared schema (model/tables), so a loader
// that writes a file and a page that reads it share one definition.
import type {RowOf} from "./table.js";
import type {kolada} from "./tables/kolada.js";
import type {reportMeta, reportThemes} from "./tables/reports.js";

/** The columns of a kolada.arrow / kolada_all.arrow row that the pages use. */
export type KoladaValueRow = Pick<RowOf<typeof kolada>, "kpi" | "municipality" | "period" | "gender" | "value">;

/** A row of report_meta.arrow. */
export type ReportMetaRow = RowOf<typeof reportMeta>;

/** A row of report_themes.arrow: one per mapped question; a theme with no question gets one row with report and id null. */
export type ThemeRow = RowOf<typeof reportThemes>;

/** What /data/snapshot.json holds (written by loaders/kolada/snapshotInfo.ts). */
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
