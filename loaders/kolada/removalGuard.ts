// The removal guard of the refresh: before anything is written, the new snapshot is compared with
// the current one. Kolada can answer HTTP 200 and simply leave a KPI out; written unseen, that
// would wipe a series from the published site. The refresh stops (exit code 3, nothing written)
// when the new snapshot would lose
//   - every value of a KPI,
//   - every value of a KPI for a whole area set: the catalogue's areas, every kommun outside the
//     catalogue (the ranking set), or every group outside the catalogue (the size and SKR groups),
//   - every value of an area (a catalogue area by name; other kommuner together, other groups together),
//   - or more than MAX_REMOVED_SHARE of the snapshot's values (removed and isdeleted together),
// unless a person accepts it with --accept-removals. See docs/refresh.md.
import type {KoladaRow} from "./types.js";
import {rowKey} from "./types.js";

/** More than this share of the current snapshot's values removed in one refresh stops it. */
export const MAX_REMOVED_SHARE = 0.01;

export interface Removal {
  /** what loses its values: "KPI U40455", "U40455 for every kommun outside the catalogue", "area 1487", … */
  what: string;
  /** how many of the current snapshot's values it would lose */
  values: number;
  /** why it counts, one sentence */
  why: string;
}

export interface GuardOptions {
  /** ids of the catalogue's areas (kommuner and reference areas) */
  catalogueAreas: ReadonlySet<string>;
  /** display names of areas, for the report */
  names?: ReadonlyMap<string, string>;
  maxShare?: number;
}

/** 1784 → "1 784" (a space between thousands, as in the issue tracker and the report) */
const n = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

function countBy(rows: readonly KoladaRow[], key: (r: KoladaRow) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + 1);
  return out;
}

/** The removals that stop a refresh (empty when it may write). */
export function findRemovals(oldRows: readonly KoladaRow[], newRows: readonly KoladaRow[], options: GuardOptions): Removal[] {
  const inCatalogue = (area: string) => options.catalogueAreas.has(area);
  const name = (area: string) => (options.names?.get(area) ? `${area} (${options.names.get(area)})` : area);
  const out: Removal[] = [];

  // 1. Whole KPIs, and KPIs for a whole area set.
  const isGroup = (area: string) => area.startsWith("G");
  const sets: string[] = ["the catalogue's areas", "every kommun outside the catalogue", "every group outside the catalogue"];
  const setOf = (area: string) => (inCatalogue(area) ? 0 : isGroup(area) ? 2 : 1);
  const oldByKpi = countBy(oldRows, (r) => r.kpi);
  const newByKpi = countBy(newRows, (r) => r.kpi);
  const setKey = (r: KoladaRow) => `${r.kpi}|${setOf(r.municipality)}`;
  const oldBySet = countBy(oldRows, setKey);
  const newBySet = countBy(newRows, setKey);
  for (const [kpi, count] of [...oldByKpi].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!newByKpi.has(kpi)) {
      out.push({
        what: `KPI ${kpi}`,
        values: count,
        why: `every value of ${kpi} would be removed: Kolada's answer no longer holds the KPI`
      });
      continue;
    }
    sets.forEach((label, i) => {
      const before = oldBySet.get(`${kpi}|${i}`) ?? 0;
      if (before > 0 && !newBySet.has(`${kpi}|${i}`)) {
        out.push({
          what: `${kpi} for ${label}`,
          values: before,
          why: `every value of ${kpi} for ${label} would be removed`
        });
      }
    });
  }

  // 2. Whole areas.
  const oldByArea = countBy(oldRows, (r) => r.municipality);
  const newByArea = countBy(newRows, (r) => r.municipality);
  const goneAreas = [...oldByArea.keys()].filter((a) => !newByArea.has(a)).sort();
  for (const area of goneAreas.filter(inCatalogue)) {
    out.push({
      what: `area ${name(area)}`,
      values: oldByArea.get(area)!,
      why: `every value of the catalogue area ${name(area)} would be removed`
    });
  }
  for (const group of [false, true]) {
    const others = goneAreas.filter((a) => !inCatalogue(a) && isGroup(a) === group);
    if (others.length === 0) continue;
    const shown = others.slice(0, 12).map(name).join(", ") + (others.length > 12 ? `, … (${others.length - 12} more)` : "");
    const noun = group ? (others.length === 1 ? "group" : "groups") : others.length === 1 ? "kommun" : "kommuner";
    out.push({
      what: `${others.length} ${noun} outside the catalogue`,
      values: others.reduce((s, a) => s + oldByArea.get(a)!, 0),
      why: `every value of ${shown} would be removed`
    });
  }

  // 3. A large share of the snapshot.
  const maxShare = options.maxShare ?? MAX_REMOVED_SHARE;
  const kept = new Set(newRows.map(rowKey));
  const removed = oldRows.filter((r) => !kept.has(rowKey(r))).length;
  if (oldRows.length > 0 && removed / oldRows.length > maxShare) {
    const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0).replace(/\.0$/, "")} %`;
    out.push({
      what: `${pct(removed / oldRows.length)} of the snapshot`,
      values: removed,
      why: `${n(removed)} of ${n(oldRows.length)} values would be removed; the limit is ${pct(maxShare)}`
    });
  }
  return out;
}

/** The guard's section of the change report (Markdown), or "" when nothing was found. */
export function renderRemovals(removals: readonly Removal[], accepted: boolean): string {
  if (removals.length === 0) return "";
  const head = accepted
    ? ["## Removals accepted (--accept-removals)", "", "These removals were accepted by the person who ran the refresh:"]
    : ["## Stopped by the removal guard", "", "Nothing was written: Kolada's answer would remove"];
  const lines = removals.map((r) => `- **${r.what}**: ${n(r.values)} value${r.values === 1 ? "" : "s"} (${r.why})`);
  const tail = accepted
    ? []
    : [
        "",
        "If Kolada answered correctly and the removal is real (a KPI withdrawn, values revised away), accept it:",
        "`npm run data:refresh -- --accept-removals`. Otherwise wait for Kolada and run the refresh again.",
        "The change report below shows every value that would go."
      ];
  return [...head, "", ...lines, ...tail, ""].join("\n");
}

/** The refresh stopped by the guard: the snapshot was not written. `report` is the change report. */
export class RemovalGuardError extends Error {
  constructor(
    readonly removals: readonly Removal[],
    readonly report: string
  ) {
    super(
      `stopped by the removal guard: it would remove ${removals.map((r) => `${r.what} (${n(r.values)} values)`).join("; ")}; nothing was written (accept a real removal with --accept-removals)`
    );
    this.name = "RemovalGuardError";
  }
}
