// Översikt: the served tables the start page loads.
import type {RowOf} from "../../../model/table.js";
import type {kpiFreshness, reportSummaries} from "../../../model/tables/overview.js";
import type {kpiLatest} from "../../../model/tables/ranks.js";
import type {KoladaValueRow, SnapshotInfo} from "../../../model/rows.js";

export interface OversiktData {
  /** kolada.arrow rows (the mean of all kommuner for the trend). */
  kolada: readonly KoladaValueRow[];
  /** kolada_all.arrow rows (every kommun's series, for the cards' sparklines and the trend). */
  koladaAll: readonly KoladaValueRow[];
  latest: readonly RowOf<typeof kpiLatest>[];
  freshness: readonly RowOf<typeof kpiFreshness>[];
  audits: readonly RowOf<typeof reportSummaries>[];
  /** /data/snapshot.json. */
  snapshot: SnapshotInfo;
}
