// `npm run data:refresh`: fetch the whole catalogue from Kolada, validate, compare with the
// committed snapshot, stop if values would vanish (removalGuard.ts), write it atomically (all
// files or none) and print a change report. On any failure nothing is written and the snapshot
// stays byte-identical. `--check` only probes the endpoints (probe.ts). Exit codes: EXIT below.
import {readFileSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {KOMMUNER, REFERENCES, areaIds, catalogueAreas, catalogueYears, kpiIds, checkCatalogue} from "../../model/catalogue.js";
import {RIKET} from "../../model/comparisons.js";
import {LIKNANDE_YEAR, VALUE_GROUP_IDS} from "../../model/groups.js";
import {InputError, reportFailure} from "../errors.js";
import {diffGroups, diffMetadata, diffRows, hasChanges, renderChangeReport, summarizeByKpi, type Changes} from "./changes.js";
import {DEFAULT_BASE_URL, KoladaClient, type ClientOptions} from "./client.js";
import {catalogueSizeGroups, kommunGroups} from "./groups.js";
import {fetchSiteGroups} from "./siteGroups.js";
import {probe, renderProbe} from "./probe.js";
import {RemovalGuardError, findRemovals, renderRemovals} from "./removalGuard.js";
import {ValueRuleError, checkFetchedValues} from "./valueRules.js";
import {KOMMUNER_FILE, METADATA_FILE, VALUES_FILE, parseSnapshotTexts, readSnapshot, serializeSnapshot, snapshotDir, writeSnapshotAtomic} from "./snapshot.js";
import {rowKey, type KoladaRow, type KommunName, type SnapshotMetadata} from "./types.js";

export interface RefreshOptions {
  dir?: string; // snapshot directory (default: KOLADA_SNAPSHOT_DIR or data/kolada)
  baseUrl?: string;
  since?: string | null; // YYYY-MM-DD: only values changed since (Kolada's from_date)
  dryRun?: boolean;
  acceptRemovals?: boolean; // write even when the removal guard finds removals (a person decided)
  reportPath?: string | null; // where to write the change report (null: don't; written also when the guard stops)
  client?: ClientOptions; // pacing, retries, injected sleep/fetch (tests, bench)
  now?: () => Date;
  log?: (line: string) => void; // progress (stderr in the CLI)
}

export interface RefreshResult {
  report: string;
  changes: Changes;
  changed: boolean;
  written: boolean;
  requests: number;
  retries: number;
}

export const SUMMARY_FETCHED = "Hämtad direkt från Kolada (API v3)";

/** Exit codes of `npm run data:refresh` (documented in docs/refresh.md). */
export const EXIT = {
  ok: 0, // refreshed (or nothing changed); with --check: every endpoint as expected
  failed: 1, // Kolada unreachable or answering wrongly, an invalid snapshot; with --check: an endpoint differs
  usage: 2, // a bad argument or environment variable
  removals: 3, // stopped by the removal guard: the snapshot was not written, the report says what would go
  valueRule: 4 // a fetched value breaks its KPI's rule (model/valueRules.ts): nothing written, the message names it
} as const;

export async function refresh(opts: RefreshOptions = {}): Promise<RefreshResult> {
  checkCatalogue();
  const dir = opts.dir ?? snapshotDir();
  const baseUrl = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const since = opts.since ?? null;
  if (since !== null) checkDate(since, "--since");
  const log = opts.log ?? (() => {});
  const now = (opts.now ?? (() => new Date()))();

  const old = readSnapshot(dir); // also proves the current snapshot is valid before we start
  const client = new KoladaClient({...opts.client, baseUrl, onProgress: opts.client?.onProgress ?? log});

  log(`Kolada refresh from ${baseUrl}${since ? ` (from_date=${since})` : ""} into ${dir}`);
  // 1. metadata: every area (for the kommun list and the catalogue's own areas), KPIs, and the
  //    memberships of every group the site uses (siteGroups.ts).
  const allAreas = await client.fetchMunicipalities();
  const kommuner: KommunName[] = allAreas.filter((a) => a.type === "K").map((a) => ({id: a.id, name: a.title}));
  if (kommuner.length === 0) throw new InputError(`${baseUrl}/municipality`, null, `listed no kommuner (type "K"); refusing to continue`);
  for (const m of kommuner)
    if (!/^\d{4}$/.test(m.id)) throw new InputError(`${baseUrl}/municipality`, null, `kommun id "${m.id}" is not 4 digits`, {field: "id"});
  for (const m of KOMMUNER) {
    if (!kommuner.some((k) => k.id === m.id)) throw new InputError(`${baseUrl}/municipality`, null, `kommun "${m.id}" (${m.name}) of the catalogue is missing`);
  }
  const {groups, notices} = await fetchSiteGroups(client, baseUrl);
  // The catalogue kommuner's size groups are Kolada's memberships, as just fetched.
  const sizeGroups = catalogueSizeGroups({metadata: {kpis: [], areas: groups}}, `${baseUrl}/municipality_groups`);
  const catalogueIds = new Set(areaIds(sizeGroups));
  const declared = new Set([...KOMMUNER, ...REFERENCES].map((a) => a.id));
  const kpiMeta = (await client.fetchKpiMeta(kpiIds())).filter((k) => kpiIds().includes(k.id));
  const metadata: SnapshotMetadata = {
    kpis: kpiMeta,
    areas: [...allAreas.filter((a) => declared.has(a.id) && a.type !== "G"), ...groups]
  };
  const missingKpis = kpiIds().filter((id) => !kpiMeta.some((k) => k.id === id));
  for (const id of catalogueIds) {
    if (!metadata.areas.some((a) => a.id === id))
      throw new InputError(
        `${baseUrl}/${id.startsWith("G") ? "municipality_groups" : "municipality"}`,
        null,
        `area "${id}" of the catalogue is unknown to Kolada`
      );
  }

  // 2. values: every catalogue KPI for every kommun, Riket and the groups whose own values the
  //    site shows (Alla kommuner, size and SKR groups). The liknande-kommuner means are computed
  //    from the members' values (loaders/analysis/groupValues.ts), not fetched.
  const years = catalogueYears();
  const valueAreas = [...new Set([...kommuner.map((m) => m.id), RIKET, ...VALUE_GROUP_IDS])];
  const a = await client.fetchValues({kpis: kpiIds(), areas: valueAreas, years, since});
  const fetched = new Map<string, KoladaRow>();
  for (const r of a.rows) fetched.set(rowKey(r), r);
  const deletedKeys = new Set(a.deleted.map(rowKey));
  for (const key of deletedKeys) fetched.delete(key);
  // Every value Kolada sent must be one its KPI can have (model/valueRules.ts): otherwise nothing is written.
  checkFetchedValues(fetched.values(), `${baseUrl}/data`);

  let rows: KoladaRow[];
  if (since === null) {
    if (fetched.size === 0) {
      throw new InputError(
        `${baseUrl}/data`,
        null,
        `returned no values at all for the catalogue (${kpiIds().length} KPIs, ${years[0]}–${years[years.length - 1]}); refusing to replace the snapshot with an empty one`
      );
    }
    rows = [...fetched.values()];
  } else {
    const merged = new Map(old.rows.map((r) => [rowKey(r), r]));
    for (const [key, r] of fetched) merged.set(key, r);
    for (const key of deletedKeys) merged.delete(key);
    rows = [...merged.values()];
  }

  // 3. compare.
  const d = diffRows(old.rows, rows, deletedKeys);
  const changes: Changes = {
    ...d,
    perKpi: summarizeByKpi(d, old.rows, rows),
    deletedReported: deletedKeys.size,
    metadata: diffMetadata(old.metadata, metadata, old.kommuner, kommuner),
    groups: diffGroups(old.metadata.areas, metadata.areas, new Map([...old.kommuner, ...kommuner].map((k) => [k.id, k.name]))),
    notices,
    missingKpis,
    oldRows: old.rows.length,
    newRows: rows.length
  };

  const files = serializeSnapshot(rows, kommuner, metadata, {
    api_base: baseUrl,
    fetched_at: now.toISOString(),
    fetched_at_note: null,
    provenance: {
      summary: SUMMARY_FETCHED,
      detail: since
        ? `Incremental refresh: values changed since ${since} fetched from ${baseUrl} by npm run data:refresh and merged into the previous snapshot (fetched ${old.manifest.fetched_at}; its provenance: ${old.manifest.provenance.detail}).`
        : `Full refresh: every catalogue KPI for every kommun, Riket and the groups ${VALUE_GROUP_IDS.join(", ")}, years ${years[0]}–${years[years.length - 1]}, fetched from ${baseUrl} by npm run data:refresh. Credit: "Källa: Kolada".`
    },
    kommuner_provenance: `kommuner.csv: Kolada's ${baseUrl}/municipality list (type K), fetched with the values.`,
    groups_provenance: `metadata.json areas (type G): the ${groups.length} groups the site uses (model/groups.ts: ${VALUE_GROUP_IDS.length} by id, and the ${groups.length - VALUE_GROUP_IDS.length} "Liknande kommuner arbetsmarknad, <kommun>, ${LIKNANDE_YEAR}" groups found by title), with their members, fetched from ${baseUrl}/municipality_groups by npm run data:refresh with the values (${now.toISOString()}).`,
    since
  });
  // What Kolada answered must make a snapshot the build can read (e.g. no kommun listed twice, every
  // kommun in one SKR group, one size group and owner of one liknande-kommuner group).
  const at = (f: string) => `${baseUrl} → ${f} (new snapshot, not written)`;
  kommunGroups(parseSnapshotTexts(files, at), "", at(METADATA_FILE));
  const contentFiles = [VALUES_FILE, KOMMUNER_FILE, METADATA_FILE];
  const contentChanged = contentFiles.some((f) => readFileSync(join(dir, f), "utf8") !== files.get(f));
  const changed = contentChanged || old.manifest.provenance.summary !== SUMMARY_FETCHED || old.manifest.api_base !== baseUrl;

  // 4. the removal guard: a whole KPI, a KPI for an area set, an area, or a large share gone?
  const removals = findRemovals(old.rows, rows, {
    catalogueAreas: catalogueIds,
    names: new Map([
      ...old.metadata.areas.map((g) => [g.id, g.title] as const),
      ...old.kommuner.map((k) => [k.id, k.name] as const),
      ...catalogueAreas(sizeGroups).map((c) => [c.id, c.title] as const)
    ])
  });
  const stopped = removals.length > 0 && !opts.acceptRemovals;

  // 5. write (all or none), then report.
  let written = false;
  if (changed && !opts.dryRun && !stopped) {
    writeSnapshotAtomic(dir, files);
    written = true;
  }
  const report = renderChangeReport(changes, {
    date: now.toISOString().slice(0, 10),
    baseUrl,
    since,
    dryRun: !!opts.dryRun,
    written,
    requests: client.stats.requests,
    retries: client.stats.retries,
    stopped,
    guard: renderRemovals(removals, !stopped)
  });
  if (opts.reportPath) writeFileSync(opts.reportPath, report);
  if (stopped) throw new RemovalGuardError(removals, report);
  log(`done: ${client.stats.requests} requests, ${client.stats.retries} retries, ${rows.length} values${hasChanges(changes) ? "" : ", no changes"}`);
  return {report, changes, changed, written, requests: client.stats.requests, retries: client.stats.retries};
}

/** A bad command-line argument or environment variable: names the parameter (exit code 2). */
const usageError = (parameter: string, reason: string) => new InputError("data:refresh", null, reason, {field: parameter});

function checkDate(s: string, what: string): void {
  const t = Date.parse(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s) {
    throw usageError(what, `"${s}" is not a date YYYY-MM-DD`);
  }
}

export interface CliArgs {
  since: string | null;
  dryRun: boolean;
  acceptRemovals: boolean;
  check: boolean;
  reportPath: string;
  help: boolean;
}

export const USAGE = `Usage: npm run data:refresh -- [--since YYYY-MM-DD] [--dry-run] [--accept-removals] [--report PATH]
       npm run data:refresh -- --check

Fetches the whole catalogue (model/catalogue.ts) from Kolada v3, compares it with the snapshot in
data/kolada, writes the snapshot atomically when something changed, and prints a Markdown change
report (also written to PATH, default kolada-change-report.md).

--accept-removals  write even though a whole KPI, a KPI for a whole area set, an area, or more than
                   1 % of the values would be removed (without it the refresh stops, exit code 3)
--check            one small request per endpoint, each answer checked against the schemas; prints
                   "ok" or the field that differs per endpoint and writes nothing

Exit codes: 0 done, 1 failed (nothing written), 2 bad argument, 3 stopped by the removal guard,
4 a value Kolada sent breaks its KPI's rule (nothing written; the message names the value).
Environment: KOLADA_BASE_URL (default ${DEFAULT_BASE_URL}), KOLADA_SNAPSHOT_DIR (default data/kolada),
KOLADA_TIMEOUT_MS, KOLADA_MAX_ATTEMPTS, KOLADA_BACKOFF_MS, KOLADA_RPS (request pacing and retries);
UPPF_DEBUG=1 adds stack traces to failures. More: docs/refresh.md.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    since: null,
    dryRun: false,
    acceptRemovals: false,
    check: false,
    reportPath: "kolada-change-report.md",
    help: false
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw usageError(a, "needs a value");
      return v;
    };
    if (a === "--since") args.since = value();
    else if (a.startsWith("--since=")) args.since = a.slice(8);
    else if (a === "--dry-run") args.dryRun = true;
    else if (a === "--accept-removals") args.acceptRemovals = true;
    else if (a === "--check") args.check = true;
    else if (a === "--report") args.reportPath = value();
    else if (a === "--help" || a === "-h") args.help = true;
    else throw usageError(a, `unknown argument (see --help)`);
  }
  if (args.since !== null) checkDate(args.since, "--since");
  if (args.check && (args.since !== null || args.dryRun || args.acceptRemovals))
    throw usageError("--check", "stands alone: it fetches one item per endpoint and writes nothing");
  return args;
}

function envNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw usageError(name, `"${v}" is not a positive number`);
  return n;
}

function clientOptions(env: NodeJS.ProcessEnv): ClientOptions {
  return {
    timeoutMs: envNumber(env, "KOLADA_TIMEOUT_MS"),
    maxAttempts: envNumber(env, "KOLADA_MAX_ATTEMPTS"),
    backoffBaseMs: envNumber(env, "KOLADA_BACKOFF_MS"),
    requestsPerSecond: envNumber(env, "KOLADA_RPS")
  };
}

/** The CLI: returns the exit code (EXIT). Progress goes to stderr, the report to stdout. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const dir = env.KOLADA_SNAPSHOT_DIR ? resolve(env.KOLADA_SNAPSHOT_DIR) : snapshotDir();
  const baseUrl = env.KOLADA_BASE_URL || DEFAULT_BASE_URL;
  let args: CliArgs;
  let client: ClientOptions;
  try {
    args = parseArgs(argv);
    client = clientOptions(env);
  } catch (error) {
    reportFailure(error);
    return EXIT.usage;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    if (args.check) {
      const results = await probe(baseUrl, {...client, onProgress: (line) => process.stderr.write(`${line}\n`)});
      process.stdout.write(renderProbe(baseUrl, results));
      return results.every((r) => r.problems.length === 0) ? EXIT.ok : EXIT.failed;
    }
    const result = await refresh({
      dir,
      baseUrl,
      since: args.since,
      dryRun: args.dryRun,
      acceptRemovals: args.acceptRemovals,
      reportPath: resolve(args.reportPath),
      client,
      log: (line) => process.stderr.write(`${line}\n`)
    });
    process.stdout.write(result.report);
    process.stderr.write(`change report written to ${resolve(args.reportPath)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof RemovalGuardError) {
      process.stdout.write(error.report);
      process.stderr.write(`data:refresh ${error.message}.\nThe snapshot in ${dir} was not changed; the change report is in ${resolve(args.reportPath)}.\n`);
      return EXIT.removals;
    }
    reportFailure(error, error instanceof ValueRuleError ? "data:refresh stopped: Kolada sent a value that cannot be true: " : "data:refresh failed: ");
    process.stderr.write(`The snapshot in ${dir} was not changed.\n`);
    return error instanceof ValueRuleError ? EXIT.valueRule : EXIT.failed;
  }
}
