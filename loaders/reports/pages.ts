// The Granskningar pages: one per audit report (document "rapport"), named "Vänersborg 2022",
// in the site's order (./auditOrder.ts), for observablehq.config.ts (dynamicPaths and the sidebar)
// and the footer. Read from the report folders, so a new report folder gets its page without
// editing the config.
import {auditOrder} from "./auditOrder.js";
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
  return auditOrder(meta.map((m) => ({...m, report: m.id}))).map((a) => ({
    report: a.report,
    kommun: a.kommun,
    name: a.name,
    path: `/granskningar/${a.report}`
  }));
}
