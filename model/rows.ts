// Row types of the served data files, shared by the loaders that write them and the components
// and pages that read them (one definition per file; the columns are documented in dataModel.ts).

/** A row of kolada.arrow / kolada_all.arrow as the pages read it. */
export interface KoladaValueRow {
  kpi: string;
  municipality: string;
  period: number;
  gender: string;
  value: number | null;
}

/** A row of report_meta.arrow. */
export interface ReportMetaRow {
  report: string;
  kommun: string;
  kommun_name: string;
  document: string;
  title: string;
  auditor: string;
  authors: string | null;
  client: string;
  date: string;
  date_precision: string;
  date_line_from: number;
  date_line_to: number;
  audited_bodies: string;
  purpose: string | null;
  purpose_line_from: number | null;
  purpose_line_to: number | null;
  conclusion: string | null;
  conclusion_line_from: number | null;
  conclusion_line_to: number | null;
  source_file: string;
  source_sha256: string;
  source_lines: number;
  related: string | null;
  note: string | null;
  figures: number;
  lost: number;
  assessments: number;
  recommendations: number;
}

/** A row of report_themes.arrow: one per mapped question; a theme with no question gets one row with report and id null. */
export interface ThemeRow {
  theme: string;
  theme_label: string;
  theme_description: string;
  theme_order: number;
  report: string | null;
  id: string | null;
  why: string | null;
}

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
