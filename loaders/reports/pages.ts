// The Granskningar pages: one per audit report (document "rapport"), named "Vänersborg 2022",
// in the site's order (loaders/analysis/audits.ts), for observablehq.config.ts (dynamicPaths and
// the sidebar) and the footer. Read from the report folders, so a new report folder gets its page
// without editing the config.
import {auditOrder} from "../analysis/audits.js";
import {listReports} from "./list.js";
import {readMeta} from "./records.js";

export interface AuditRoute {
  report: string;
  /** The audited kommun's code. */
  kommun: string;
  name: string;
  path: string;
}

export function auditPages(reportsDir: string): AuditRoute[] {
  const meta = listReports(reportsDir).map((r) => readMeta(reportsDir, r));
  const audits = auditOrder(
    meta.map((m) => ({
      report: m.id,
      kommun: m.kommun,
      kommun_name: m.kommun_name,
      document: m.document,
      date: m.date,
      title_printed: m.title_printed,
      auditor_named: m.auditor_named
    }))
  );
  const kommunOf = new Map(meta.map((m) => [m.id, m.kommun]));
  return audits.map((a) => ({report: a.report, kommun: kommunOf.get(a.report)!, name: a.name, path: `/granskningar/${a.report}`}));
}
