// The Granskningar pages: one per audit report (document "rapport"), named "Vänersborg 2022",
// for observablehq.config.ts (dynamicPaths and the sidebar). Read from the report folders, so a
// new report folder gets its page without editing the config.
import {KOMMUNER} from "../../model/catalogue.js";
import {listReports} from "./list.js";
import {readMeta} from "./records.js";

export interface AuditPage {
  report: string;
  name: string;
  path: string;
}

/** The site's kommun order (the catalogue's); other kommuner after them. */
const KOMMUN_ORDER = KOMMUNER.map((k) => k.id);

export function auditPages(reportsDir: string): AuditPage[] {
  const rank = (k: string) => (KOMMUN_ORDER.includes(k) ? KOMMUN_ORDER.indexOf(k) : KOMMUN_ORDER.length);
  return listReports(reportsDir)
    .map((r) => readMeta(reportsDir, r))
    .filter((m) => m.document === "rapport")
    .sort((a, b) => rank(a.kommun) - rank(b.kommun) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((m) => ({report: m.id, name: `${m.kommun_name} ${m.date.slice(0, 4)}`, path: `/granskningar/${m.id}`}));
}
