// What every dashboard page loads besides its own derived tables: the Kolada values of the
// catalogue's areas, the KPIs' metadata, the reports' metadata (for credits) and the snapshot date.
import type {KoladaValueRow, ReportMetaRow} from "../../model/rows.js";
import type {RowOf} from "../../model/table.js";
import type {koladaKpis} from "../../model/tables/kolada.js";

export interface KpiPageData {
  /** The Kolada snapshot's date as the source notes name it (from snapshot.json). */
  fetchedAt: string;
  kolada: readonly KoladaValueRow[];
  kpis: readonly RowOf<typeof koladaKpis>[];
  reports: readonly ReportMetaRow[];
}
