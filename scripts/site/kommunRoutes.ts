// The kommun pages' routes for the config: one per kommun of the snapshot's kommuner.csv (read
// alone, cheaply: the config is read before any loader runs), and each page's description.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {KOMMUNER_FILE, parseKommuner, snapshotDir} from "../../loaders/kolada/snapshot.js";
import {kpiOf} from "../../model/catalogue.js";
import {KOMMUN_HEADLINE, kommunPath} from "../../model/pages/kommun.js";

export interface KommunRoute {
  id: string;
  name: string;
  path: string;
}

/**
 * For the bench alone (bench/run.ts): set to "1", the build makes no kommun page (neither their
 * routes nor their parts; the index and the files for added kommuner stay), so the bench can
 * measure what the 290 pages add to a clean build.
 */
export const WITHOUT_KOMMUN_PAGES_ENV = "UPPF_BENCH_WITHOUT_KOMMUN_PAGES";

/** Whether this build makes the kommun pages (always, unless the bench says otherwise). */
export const kommunPagesBuilt = (env: NodeJS.ProcessEnv = process.env): boolean => env[WITHOUT_KOMMUN_PAGES_ENV] !== "1";

export function kommunRoutes(dir = snapshotDir()): KommunRoute[] {
  const file = join(dir, KOMMUNER_FILE);
  return parseKommuner(readFileSync(file, "utf8"), file).map((m) => ({id: m.id, name: m.name, path: kommunPath(m.id)}));
}

/** The meta description of a kommun page (`path` as Framework gives it: "/kommun/1488" or "kommun/1488.md"), or null for another page. */
export function kommunDescription(routes: readonly KommunRoute[], path: string): string | null {
  const id = /(?:^|\/)kommun\/(\d{4})(?:\.md|\.html)?$/.exec(path)?.[1];
  const route = routes.find((r) => r.id === id);
  if (!route) return null;
  const label = kpiOf(KOMMUN_HEADLINE).label.toLowerCase();
  return `${route.name}: ${label} i ${route.name} – senaste värdet, platsen bland Sveriges kommuner och utvecklingen bredvid liknande kommuner, kommungruppen och riket. Källa: Kolada.`;
}
