// Översikt: the served tables the start page loads.
import type {RowOf} from "../../../model/table.js";
import type {kpiFreshness, reportSummaries} from "../../../model/tables/overview.js";
import type {kpiLatest} from "../../../model/tables/ranks.js";
import type {KoladaValueRow, SnapshotInfo} from "../../../model/rows.js";

export interface OversiktData {
  /**
   * kolada.arrow rows: the site's kommuner and the comparison areas, all the page draws (the cards'
   * sparklines, the trend and its mean of all kommuner). The start page does not load
   * kolada_all.arrow, every kommun's series: the places among all kommuner come ready in kpi_latest.
   */
  kolada: readonly KoladaValueRow[];
  latest: readonly RowOf<typeof kpiLatest>[];
  freshness: readonly RowOf<typeof kpiFreshness>[];
  audits: readonly RowOf<typeof reportSummaries>[];
  /** /data/snapshot.json. */
  snapshot: SnapshotInfo;
}
