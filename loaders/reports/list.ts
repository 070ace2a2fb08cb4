// The report folders under data/reports.
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";

/** Report folder ids under `reportsDir`, sorted. */
export function listReports(reportsDir: string): string[] {
  return readdirSync(reportsDir)
    .filter((name) => statSync(join(reportsDir, name)).isDirectory())
    .sort();
}
