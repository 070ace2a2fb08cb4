// Shared Kolada types: the snapshot's rows, metadata and manifest.
import type {Gender} from "../../model/vocabulary.js";

/** One Kolada value: a KPI for one area, year and gender. `value` is null when missing, never 0. */
export interface KoladaRow {
  kpi: string;
  municipality: string;
  period: number;
  gender: Gender;
  value: number | null;
  count: number | null;
  status: string | null;
}

/** Kolada's metadata for a KPI, as the refresh fetched it (null until a refresh fills it). */
export interface KpiMeta {
  id: string;
  title: string;
  description: string | null;
  operating_area: string | null;
  publication_date: string | null;
  prel_publication_date: string | null;
  is_divided_by_gender: boolean | null;
  municipality_type: string | null;
  perspective: string | null;
}

/** Kolada's metadata for an area (kommun, riket) or a group (with its member ids). */
export interface AreaMeta {
  id: string;
  title: string;
  type: string; // "K" kommun, "L" region/riket, "G" group
  members: string[] | null;
}

export interface SnapshotMetadata {
  kpis: KpiMeta[];
  areas: AreaMeta[];
}

export interface KommunName {
  id: string;
  name: string;
}

export interface Provenance {
  summary: string; // short Swedish phrase, shown in the site footer
  detail: string;
}

export interface SnapshotManifest {
  format: 1;
  api_base: string;
  fetched_at: string; // ISO timestamp
  fetched_at_note: string | null;
  provenance: Provenance;
  kommuner_provenance: string;
  /** Where metadata.json's group memberships (areas of type G) come from, when not from this fetch. */
  groups_provenance?: string;
  since: string | null; // from_date of the last incremental refresh, null for a full one
  rows: number;
  rows_per_kpi: Record<string, number>;
  files: Record<string, {sha256: string; rows?: number}>;
  checksum: string; // sha256 over the files' checksums, in file-name order
}

export interface Snapshot {
  rows: KoladaRow[];
  kommuner: KommunName[];
  metadata: SnapshotMetadata;
  manifest: SnapshotManifest;
}

/** Key identifying a value: kpi|municipality|period|gender. */
export const rowKey = (r: Pick<KoladaRow, "kpi" | "municipality" | "period" | "gender">): string => `${r.kpi}|${r.municipality}|${r.period}|${r.gender}`;

/** The snapshot's sort order: kpi, municipality, period, gender (plain string order). */
export function compareRows(a: KoladaRow, b: KoladaRow): number {
  return cmp(a.kpi, b.kpi) || cmp(a.municipality, b.municipality) || a.period - b.period || cmp(a.gender, b.gender);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
