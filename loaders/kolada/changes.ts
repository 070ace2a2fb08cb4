// Comparing two snapshots and writing the change report (Markdown, usable as a commit message).
// The report summarises per KPI (and per group family), so that a full refresh of every KPI for
// every kommun stays readable; single values are listed only for revisions and removals, capped.
import {KPIS} from "../../model/catalogue.js";
import {groupFamily, LIKNANDE_YEAR, type GroupFamily} from "../../model/groups.js";
import {rowKey, type AreaMeta, type KoladaRow, type KommunName, type KpiMeta, type SnapshotMetadata} from "./types.js";

export interface RevisedValue {
  old: KoladaRow;
  next: KoladaRow;
}

export interface MetadataChange {
  kind: "kpi" | "area" | "kommun";
  id: string;
  field: string;
  old: string | null;
  next: string | null;
}

/** A change of one group the site uses: new, gone, renamed, or members joined or left. */
export interface GroupChange {
  id: string;
  family: GroupFamily;
  title: string;
  oldTitle: string | null; // null: a new group
  gone: boolean; // no longer returned by Kolada
  joined: string[]; // "0140 Ale"
  left: string[];
  membersBefore: number;
  membersAfter: number;
}

export interface Changes {
  added: KoladaRow[];
  newYears: {kpi: string; periods: number[]; values: number}[]; // periods with no value for the KPI before
  revised: RevisedValue[];
  removed: KoladaRow[]; // no longer returned by Kolada
  deleted: KoladaRow[]; // flagged isdeleted by Kolada and removed from the snapshot
  deletedReported: number; // isdeleted values Kolada sent (some may not have been in the snapshot)
  metadata: MetadataChange[];
  missingKpis: string[]; // catalogue KPIs Kolada's metadata did not return
  oldRows: number;
  newRows: number;
  /** Per KPI, what changed (the report's first table). */
  perKpi?: KpiChangeSummary[];
  /** Changes of the groups the site uses (metadata.json areas of type G). */
  groups?: GroupChange[];
  /** Things a person should know that did not stop the refresh (e.g. a newer liknande family). */
  notices?: string[];
}

const same = (a: KoladaRow, b: KoladaRow) => a.value === b.value && a.count === b.count && a.status === b.status;

export function diffRows(oldRows: readonly KoladaRow[], newRows: readonly KoladaRow[], deletedKeys: ReadonlySet<string> = new Set()) {
  const oldMap = new Map(oldRows.map((r) => [rowKey(r), r]));
  const newMap = new Map(newRows.map((r) => [rowKey(r), r]));
  const added: KoladaRow[] = [];
  const revised: RevisedValue[] = [];
  const removed: KoladaRow[] = [];
  const deleted: KoladaRow[] = [];
  for (const [key, next] of newMap) {
    const old = oldMap.get(key);
    if (!old) added.push(next);
    else if (!same(old, next)) revised.push({old, next});
  }
  for (const [key, old] of oldMap) {
    if (!newMap.has(key)) (deletedKeys.has(key) ? deleted : removed).push(old);
  }
  const oldPeriods = new Map<string, Set<number>>();
  for (const r of oldRows) {
    if (!oldPeriods.has(r.kpi)) oldPeriods.set(r.kpi, new Set());
    oldPeriods.get(r.kpi)!.add(r.period);
  }
  const fresh = new Map<string, Map<number, number>>();
  for (const r of added) {
    if (oldPeriods.get(r.kpi)?.has(r.period)) continue;
    if (!fresh.has(r.kpi)) fresh.set(r.kpi, new Map());
    const m = fresh.get(r.kpi)!;
    m.set(r.period, (m.get(r.period) ?? 0) + 1);
  }
  const newYears = [...fresh]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kpi, m]) => ({
      kpi,
      periods: [...m.keys()].sort((a, b) => a - b),
      values: [...m.values()].reduce((s, n) => s + n, 0)
    }));
  return {added, revised, removed, deleted, newYears};
}

/** Decimals a number is written with (14.22872341 → 8, 14.2 → 1); a whole number is exact (Infinity: 30 may be 30.0). */
function decimals(v: number): number {
  const text = String(v);
  if (/e/i.test(text) || !text.includes(".")) return Infinity;
  return text.length - text.indexOf(".") - 1;
}

/**
 * A revision of the value that is only a difference of precision: both values agree when rounded
 * to the fewer decimals of the two (the seed's 14.22872341 and Kolada's 14.2). Count or status
 * changes are not rounding.
 */
export function roundingOnly({old, next}: RevisedValue): boolean {
  if (old.count !== next.count || old.status !== next.status || old.value === null || next.value === null) return false;
  const d = Math.min(decimals(old.value), decimals(next.value), 15);
  const round = (v: number) => Math.round(v * 10 ** d) / 10 ** d;
  return round(old.value) === round(next.value);
}

/** Per KPI: values before and after, new, revised (and how many only in precision), removed, and the largest revision. */
export interface KpiChangeSummary {
  kpi: string;
  before: number;
  after: number;
  added: number;
  revised: number;
  rounding: number;
  removed: number;
  largest: RevisedValue | null;
}

export function summarizeByKpi(
  c: Pick<Changes, "added" | "revised" | "removed" | "deleted">,
  oldRows: readonly KoladaRow[],
  newRows: readonly KoladaRow[]
): KpiChangeSummary[] {
  const by = new Map<string, KpiChangeSummary>();
  const of = (kpi: string) => {
    if (!by.has(kpi)) by.set(kpi, {kpi, before: 0, after: 0, added: 0, revised: 0, rounding: 0, removed: 0, largest: null});
    return by.get(kpi)!;
  };
  const size = (r: RevisedValue) => Math.abs((r.next.value ?? 0) - (r.old.value ?? 0));
  for (const r of oldRows) of(r.kpi).before++;
  for (const r of newRows) of(r.kpi).after++;
  for (const r of c.added) of(r.kpi).added++;
  for (const r of [...c.removed, ...c.deleted]) of(r.kpi).removed++;
  for (const r of c.revised) {
    const k = of(r.old.kpi);
    k.revised++;
    if (roundingOnly(r)) k.rounding++;
    else if (!k.largest || size(r) > size(k.largest)) k.largest = r;
  }
  return [...by.values()].sort((a, b) => (a.kpi < b.kpi ? -1 : 1));
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : Array.isArray(v) ? v.join(" ") : String(v));

function diffRecords<T extends {id: string}>(
  kind: MetadataChange["kind"],
  olds: readonly T[],
  nexts: readonly T[],
  fields: (keyof T & string)[]
): MetadataChange[] {
  const out: MetadataChange[] = [];
  const oldMap = new Map(olds.map((x) => [x.id, x]));
  const newMap = new Map(nexts.map((x) => [x.id, x]));
  for (const [id, next] of newMap) {
    const old = oldMap.get(id);
    if (!old) {
      // A record new to the snapshot: one line, not one per field.
      out.push({kind, id, field: "(new)", old: null, next: str((next as {title?: string}).title ?? (next as {name?: string}).name)});
      continue;
    }
    for (const f of fields) {
      const a = old ? str(old[f]) : null;
      const b = str(next[f]);
      if (a !== b) out.push({kind, id, field: f, old: a, next: b});
    }
  }
  for (const [id, old] of oldMap) {
    if (!newMap.has(id))
      out.push({
        kind,
        id,
        field: "(removed)",
        old: str((old as {title?: string}).title ?? (old as {name?: string}).name),
        next: null
      });
  }
  return out;
}

export function diffMetadata(
  old: SnapshotMetadata,
  next: SnapshotMetadata,
  oldKommuner: readonly KommunName[],
  newKommuner: readonly KommunName[]
): MetadataChange[] {
  const kpiFields: (keyof KpiMeta & string)[] = [
    "title",
    "description",
    "operating_area",
    "publication_date",
    "prel_publication_date",
    "is_divided_by_gender",
    "municipality_type",
    "perspective"
  ];
  // The groups the site uses have their own section (diffGroups); other areas' changes are listed here.
  const used = (a: AreaMeta) => a.type === "G" && groupFamily(a) !== null;
  const areaFields: (keyof AreaMeta & string)[] = ["title", "type", "members"];
  return [
    ...diffRecords("kpi", old.kpis, next.kpis, kpiFields),
    ...diffRecords(
      "area",
      old.areas.filter((a) => !used(a)),
      next.areas.filter((a) => !used(a)),
      areaFields
    ),
    ...diffRecords("kommun", oldKommuner, newKommuner, ["name"])
  ];
}

/**
 * What changed in the groups the site uses (model/groups.ts families): new and gone groups,
 * renamed ones, members that joined or left (named with `names`, kommun id → name).
 */
export function diffGroups(oldAreas: readonly AreaMeta[], newAreas: readonly AreaMeta[], names: ReadonlyMap<string, string> = new Map()): GroupChange[] {
  const used = (areas: readonly AreaMeta[]) => new Map(areas.filter((a) => a.type === "G" && groupFamily(a) !== null).map((a) => [a.id, a]));
  const olds = used(oldAreas);
  const nexts = used(newAreas);
  const named = (id: string) => (names.has(id) ? `${id} ${names.get(id)}` : id);
  const out: GroupChange[] = [];
  for (const id of [...new Set([...olds.keys(), ...nexts.keys()])].sort()) {
    const old = olds.get(id);
    const next = nexts.get(id);
    const before = new Set(old?.members ?? []);
    const after = new Set(next?.members ?? []);
    const change: GroupChange = {
      id,
      family: groupFamily((next ?? old)!)!,
      title: (next ?? old)!.title,
      oldTitle: old ? old.title : null,
      gone: !next,
      joined:
        old && next
          ? [...after]
              .filter((m) => !before.has(m))
              .sort()
              .map(named)
          : [],
      left:
        old && next
          ? [...before]
              .filter((m) => !after.has(m))
              .sort()
              .map(named)
          : [],
      membersBefore: before.size,
      membersAfter: after.size
    };
    if (!old || !next || old.title !== next.title || change.joined.length || change.left.length) out.push(change);
  }
  return out;
}

// ---- report ----------------------------------------------------------------------------------

const fmt = (v: number | null) => (v === null ? "–" : String(v));
const cell = (s: string | null, max = 80) => {
  if (s === null) return "–";
  const t = s.replace(/\|/g, "\\|").replace(/\s+/g, " ");
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const where = (r: KoladaRow) => `${r.kpi} | ${r.municipality} | ${r.period} | ${r.gender}`;

function limited<T>(items: readonly T[], limit: number, line: (x: T) => string): string[] {
  const out = items.slice(0, limit).map(line);
  if (items.length > limit) out.push(`\n… and ${items.length - limit} more.`);
  return out;
}

export interface ReportContext {
  date: string; // YYYY-MM-DD
  baseUrl: string;
  since: string | null;
  dryRun: boolean;
  written: boolean;
  requests: number;
  retries: number;
  limit?: number; // rows per table
  stopped?: boolean; // the removal guard stopped the refresh (nothing written)
  guard?: string; // the removal guard's section (removalGuard.ts), shown before the tables
}

export function hasChanges(c: Changes): boolean {
  return c.added.length + c.revised.length + c.removed.length + c.deleted.length + c.metadata.length + (c.groups?.length ?? 0) > 0;
}

const FAMILY_LABEL: Record<GroupFamily, string> = {
  all: "Alla kommuner (G2328)",
  size: "size groups",
  skr: "SKR groups",
  liknande: `Liknande kommuner arbetsmarknad ${LIKNANDE_YEAR}`
};
const FAMILIES: GroupFamily[] = ["all", "size", "skr", "liknande"];

/** Years as compact ranges: 2016, 2017, 2018, 2020 → "2016–2018, 2020". */
export function yearRanges(years: Iterable<number>): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(", ");
}

/** Values per KPI: how many, in how many kommuner and other areas (Riket, groups), which years. */
function perKpiValues(rows: readonly KoladaRow[]): string[] {
  const by = new Map<string, KoladaRow[]>();
  for (const r of rows) by.set(r.kpi, [...(by.get(r.kpi) ?? []), r]);
  const out = ["| KPI | values | kommuner | Riket and groups | years |", "|---|---|---|---|---|"];
  for (const [kpi, list] of [...by].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const areas = new Set(list.map((r) => r.municipality));
    const kommuner = [...areas].filter((a) => /^\d{4}$/.test(a) && a !== "0000").length;
    out.push(`| ${kpi} | ${list.length} | ${kommuner} | ${areas.size - kommuner} | ${yearRanges(list.map((r) => r.period))} |`);
  }
  return out;
}

const kpiLabel = (id: string) => KPIS.find((k) => k.id === id)?.label ?? "(not in the catalogue)";

/** The change report: first line a commit subject, then Markdown. */
export function renderChangeReport(c: Changes, ctx: ReportContext): string {
  const limit = ctx.limit ?? 200;
  const valueLimit = Math.min(limit, 50); // removed and deleted values, changed groups: the first 50 each
  const subject = ctx.stopped
    ? `Kolada refresh ${ctx.date} stopped: ${c.removed.length + c.deleted.length} values would be removed`
    : hasChanges(c)
      ? `Kolada refresh ${ctx.date}: ${c.added.length} new, ${c.revised.length} revised, ${c.removed.length + c.deleted.length} removed values, ${c.metadata.length} metadata changes${c.groups?.length ? `, ${c.groups.length} group changes` : ""}`
      : `Kolada refresh ${ctx.date}: no changes`;
  const out: string[] = [subject, ""];
  out.push(
    `Source: ${ctx.baseUrl}${ctx.since ? ` (incremental, from_date=${ctx.since})` : " (full)"}; ${ctx.requests} requests, ${ctx.retries} retries.`,
    `Values: ${c.oldRows} → ${c.newRows}.${ctx.stopped ? " Stopped by the removal guard: the snapshot was not written." : ctx.dryRun ? " Dry run: the snapshot was not written." : ctx.written ? " The snapshot was written." : " Nothing to write."}`,
    ""
  );
  if (ctx.guard) out.push(ctx.guard);
  if (c.notices?.length) out.push("## Notices", "", ...c.notices.map((n) => `- ${n}`), "");
  const rows = (r: KoladaRow) => `| ${where(r)} | ${fmt(r.value)} |`;
  const changedKpis = (c.perKpi ?? []).filter((k) => k.added + k.revised + k.removed > 0);
  if (changedKpis.length) {
    out.push(
      "## Per KPI",
      "",
      "Revised values differ from the snapshot's; *of which precision only* agree when both are rounded to the fewer decimals of the two.",
      "",
      "| KPI | values before | after | new | revised | of which precision only | removed | largest other revision | label |",
      "|---|---|---|---|---|---|---|---|---|"
    );
    for (const k of changedKpis) {
      const largest = k.largest
        ? `${k.largest.old.municipality} ${k.largest.old.period} ${k.largest.old.gender}: ${fmt(k.largest.old.value)} → ${fmt(k.largest.next.value)}`
        : "–";
      out.push(
        `| ${k.kpi} | ${k.before} | ${k.after} | ${k.added} | ${k.revised} | ${k.rounding} | ${k.removed} | ${largest} | ${cell(kpiLabel(k.kpi), 48)} |`
      );
    }
    out.push("");
  }
  if (c.newYears.length) {
    out.push("## New years", "", "| KPI | years | values |", "|---|---|---|");
    for (const y of c.newYears) out.push(`| ${y.kpi} | ${yearRanges(y.periods)} | ${y.values} |`);
    out.push("");
  }
  const newInOldYears = c.added.filter((r) => !c.newYears.some((y) => y.kpi === r.kpi && y.periods.includes(r.period)));
  if (newInOldYears.length) {
    out.push(`## New values in earlier years (${newInOldYears.length})`, "", ...perKpiValues(newInOldYears), "");
  }
  if (c.revised.length) {
    out.push(
      `## Revised values (${c.revised.length})`,
      "",
      ...(c.revised.length > limit ? [`The first ${limit}; the count per KPI is in *Per KPI*.`, ""] : []),
      "| KPI | area | year | gender | old → new |",
      "|---|---|---|---|---|"
    );
    out.push(
      ...limited(c.revised, limit, ({old, next}) => {
        const parts = [`${fmt(old.value)} → ${fmt(next.value)}`];
        if (old.count !== next.count) parts.push(`count ${fmt(old.count)} → ${fmt(next.count)}`);
        if (old.status !== next.status) parts.push(`status ${old.status ?? "–"} → ${next.status ?? "–"}`);
        return `| ${where(old)} | ${parts.join("; ")} |`;
      }),
      ""
    );
  }
  if (c.deleted.length || c.deletedReported) {
    out.push(`## Deleted by Kolada (${c.deleted.length} removed from the snapshot; ${c.deletedReported} flagged isdeleted in the responses)`, "");
    if (c.deleted.length)
      out.push(...perKpiValues(c.deleted), "", "| KPI | area | year | gender | old value |", "|---|---|---|---|---|", ...limited(c.deleted, valueLimit, rows));
    out.push("");
  }
  if (c.removed.length) {
    out.push(`## Removed values (no longer returned) (${c.removed.length})`, "", ...perKpiValues(c.removed), "");
    out.push("| KPI | area | year | gender | old value |", "|---|---|---|---|---|", ...limited(c.removed, valueLimit, rows), "");
  }
  if (c.groups?.length) out.push(...renderGroups(c.groups, valueLimit));
  if (c.metadata.length) {
    out.push(`## Changed metadata (${c.metadata.length})`, "");
    // Records new to or gone from the snapshot: one line per kind, not a row each.
    const whole = (m: MetadataChange) => m.field === "(new)" || m.field === "(removed)";
    for (const field of ["(new)", "(removed)"])
      for (const kind of ["kpi", "area", "kommun"] as const) {
        const list = c.metadata.filter((m) => m.kind === kind && m.field === field);
        const what = kind === "kpi" ? "KPI metadata" : kind === "area" ? "areas" : "kommuner";
        const named = list.map((m) => (kind === "kpi" ? m.id : `${m.id} ${m.old ?? m.next ?? ""}`.trim()));
        if (list.length) out.push(`${field === "(new)" ? "New" : "Gone"} ${what} (${list.length}): ${some(named, 60)}.`, "");
      }
    const changed = c.metadata.filter((m) => !whole(m));
    if (changed.length) {
      out.push("| what | id | field | old → new |", "|---|---|---|---|");
      out.push(...limited(changed, limit, (m) => `| ${m.kind} | ${m.id} | ${m.field} | ${cell(m.old)} → ${cell(m.next)} |`), "");
    }
  }
  if (c.missingKpis.length) {
    out.push("## Catalogue KPIs Kolada did not return", "", `${c.missingKpis.join(", ")}: renamed or withdrawn? Check model/catalogue.ts.`, "");
  }
  if (!hasChanges(c)) out.push("No value or metadata changed.", "");
  return out.join("\n");
}

const members = (n: number) => `${n} member${n === 1 ? "" : "s"}`;

/** At most 12 items, then how many more. */
const some = (items: readonly string[], max = 12) => items.slice(0, max).join(", ") + (items.length > max ? `, … (${items.length - max} more)` : "");

/** The report's section on the groups the site uses: a table per family, then the changed groups. */
function renderGroups(groups: readonly GroupChange[], limit: number): string[] {
  const out = [
    `## Group memberships (${groups.length} groups changed)`,
    "",
    "| family | new groups | gone | renamed | members changed | members joined | members left |",
    "|---|---|---|---|---|---|---|"
  ];
  for (const f of FAMILIES) {
    const g = groups.filter((x) => x.family === f);
    if (!g.length) continue;
    const existing = g.filter((x) => x.oldTitle !== null && !x.gone);
    out.push(
      `| ${FAMILY_LABEL[f]} | ${g.filter((x) => x.oldTitle === null).length} | ${g.filter((x) => x.gone).length} | ${existing.filter((x) => x.oldTitle !== x.title).length} | ${existing.filter((x) => x.joined.length + x.left.length > 0).length} | ${existing.reduce((s, x) => s + x.joined.length, 0)} | ${existing.reduce((s, x) => s + x.left.length, 0)} |`
    );
  }
  out.push("");
  const line = (x: GroupChange) => {
    const what =
      x.oldTitle === null
        ? `new, ${members(x.membersAfter)}`
        : x.gone
          ? `gone (had ${members(x.membersBefore)})`
          : [
              x.oldTitle !== x.title ? `renamed from "${x.oldTitle}"` : "",
              x.joined.length ? `joined (${x.joined.length}): ${some(x.joined)}` : "",
              x.left.length ? `left (${x.left.length}): ${some(x.left)}` : ""
            ]
              .filter(Boolean)
              .join("; ");
    return `- ${x.id} ${x.title}: ${what}`;
  };
  // Changes of existing groups first (what a reviewer checks), then new and gone groups.
  const ordered = [...groups.filter((x) => x.oldTitle !== null && !x.gone), ...groups.filter((x) => x.oldTitle === null || x.gone)];
  out.push(...limited(ordered, limit, line), "");
  return out;
}
