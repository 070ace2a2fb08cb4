// Which reports are audits with a page of their own, in what order and under what name: read from
// the report metadata alone, so the Granskningar pages (./pages.ts) and the audit tables of the
// analysis stage (loaders/analysis/audits.ts) share one order without the inputs stage reaching up.
import {KOMMUNER} from "../../model/catalogue.js";
import type {RowOf} from "../../model/table.js";
import type {reportMeta} from "../../model/tables/reports.js";

/** What the order is read from: report_meta's columns. */
export type AuditOrderInput = Pick<RowOf<typeof reportMeta>, "report" | "kommun" | "kommun_name" | "document" | "date">;

/** An audit with its page: numbered from 1 in the site's order, named "Vänersborg 2022". */
export interface Audit {
  report: string;
  kommun: string;
  order: number;
  name: string;
  year: number;
}

/** Code-unit order, as arquero's `orderby` sorts text (not the locale's). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The audit reports (document "rapport") in the site's order: the catalogue's kommun order (other
 * kommuner after them), then date, then id.
 */
export function auditOrder(meta: readonly AuditOrderInput[]): Audit[] {
  const rank = new Map(KOMMUNER.map((m, i) => [m.id, i]));
  const rankOf = (m: AuditOrderInput) => rank.get(m.kommun) ?? KOMMUNER.length;
  return meta
    .filter((m) => m.document === "rapport")
    .sort((a, b) => rankOf(a) - rankOf(b) || compareText(a.date, b.date) || compareText(a.report, b.report))
    .map((m, i) => ({
      report: m.report,
      kommun: m.kommun,
      order: i + 1,
      name: `${m.kommun_name} ${m.date.slice(0, 4)}`,
      year: Number.parseInt(m.date.slice(0, 4), 10)
    }));
}
