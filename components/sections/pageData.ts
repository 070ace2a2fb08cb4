// What every dashboard page loads besides its own derived tables: the Kolada values of the
// catalogue's areas, the KPIs' metadata, one line per report (for credits: report_summaries, not
// report_meta with its long purpose and conclusion texts) and the snapshot date.
import type {KoladaValueRow} from "../../model/rows.js";
import type {RowOf} from "../../model/table.js";
import type {koladaKpis} from "../../model/tables/kolada.js";
import type {reportSummaries} from "../../model/tables/overview.js";

export interface KpiPageData {
  /** The Kolada snapshot's date as the source notes name it (from snapshot.json). */
  fetchedAt: string;
  kolada: readonly KoladaValueRow[];
  kpis: readonly RowOf<typeof koladaKpis>[];
  reports: readonly RowOf<typeof reportSummaries>[];
}
