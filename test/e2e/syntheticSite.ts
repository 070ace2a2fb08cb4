// The full-data site: built from a snapshot that a refresh made against the mock Kolada server,
// the way the weekly workflow makes one from Kolada (`npm run data:refresh`, then the build). ALL
// ITS KOLADA VALUES ARE SYNTHETIC (plausible values from test/mock/plausible.ts), never real:
// the kommuner's ids and names are data/kolada/kommuner.csv's, the reports and facts are the
// committed ones. Never committed and never published: the snapshot is written into a temporary
// copy of data/ and relabelled "SYNTETISKA testvärden" after the refresh, and the site is built
// (UPPF_DATA_DIR, UPPF_OUTPUT_DIR) into test/tmp/, ignored by git, once per state of the code.
// The browser tests of complete data and the bench's full snapshot both use it.
import {execFile, spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {KOMMUNER} from "../../model/catalogue.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {MANIFEST_FILE, METADATA_FILE, parseKommuner} from "../../loaders/kolada/snapshot.js";
import type {SnapshotManifest} from "../../loaders/kolada/types.js";
import {KoladaMock, catalogueMockOptions, snapshotGroups} from "../mock/koladaMock.js";
import {TSX} from "../support/entry.js";
import {SEED_DIR, SNAPSHOT_FILES, seedDataCopy} from "../support/seed.js";

export const SYNTHETIC_SUMMARY = "SYNTETISKA testvärden (inte Kolada)";
/** The years the mock publishes (2025 is left unpublished on purpose). */
export const SYNTHETIC_YEARS = {from: 2016, to: 2024};

/**
 * The mock Kolada for the full snapshot: every kommun of data/kolada/kommuner.csv (real ids and
 * names, synthetic values), in the groups the site uses with their REAL memberships
 * (data/kolada/metadata.json: Alla kommuner, the size groups, the SKR groups, the 290 liknande
 * groups, as Kolada publishes them), each kommun's synthetic population within its real size
 * group's range; the catalogue's kommuner with every value (the browser tests of complete data read
 * them; gaps are the other kommuners', about 6 % of their values, as in Kolada). A refresh against
 * it fetches what a full refresh from Kolada fetches: every catalogue KPI for every kommun, Riket
 * and the groups' own values.
 */
export function fullSnapshotMock(): KoladaMock {
  const known = new Set(KOMMUNER.map((m) => m.id));
  const kolada = join(PROJECT_ROOT, "data", "kolada");
  const names = parseKommuner(readFileSync(join(kolada, "kommuner.csv"), "utf8"));
  const options = catalogueMockOptions(
    0,
    names.map((k) => ({id: k.id, title: k.name, type: "K", ...(known.has(k.id) ? {complete: true} : {})}))
  );
  return new KoladaMock({...options, groups: snapshotGroups(join(kolada, METADATA_FILE)), years: range(SYNTHETIC_YEARS.from, SYNTHETIC_YEARS.to)});
}

const range = (from: number, to: number) => Array.from({length: to - from + 1}, (_, i) => from + i);

/** `npm run data:refresh` (the CLI, as the workflow runs it) against `base` into `dir`; rejects with its output on a non-zero exit. */
function refreshInto(base: string, dir: string, report: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      TSX,
      [join(PROJECT_ROOT, "scripts", "refresh.ts"), "--accept-removals", "--report", report],
      {
        cwd: PROJECT_ROOT,
        env: {...process.env, KOLADA_BASE_URL: base, KOLADA_SNAPSHOT_DIR: dir, KOLADA_RPS: "1000", UPPF_DATA_DIR: "", UPPF_DEBUG: ""},
        maxBuffer: 64 * 1024 * 1024
      },
      (error, _stdout, stderr) => (error ? reject(new Error(`the refresh against the mock failed: ${error.message}\n${stderr.slice(-3000)}`)) : resolve())
    );
  });
}

/**
 * A temporary copy of data/ whose Kolada snapshot a refresh against the full mock made, its
 * manifest relabelled as synthetic. Returns the directory (the caller removes it).
 */
export async function writeFullData(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "uppf-full-data-"));
  cpSync(join(PROJECT_ROOT, "data"), dir, {recursive: true});
  const mock = fullSnapshotMock();
  const base = await mock.start();
  try {
    await refreshInto(base, join(dir, "kolada"), join(dir, "kolada-change-report.md"));
  } catch (error) {
    rmSync(dir, {recursive: true, force: true});
    throw error;
  } finally {
    await mock.close();
  }
  // The refresh wrote "Hämtad direkt från Kolada" and the mock's address: say what it is.
  const manifestPath = join(dir, "kolada", MANIFEST_FILE);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as SnapshotManifest;
  manifest.api_base = "synthetic://mock-kolada";
  manifest.fetched_at_note = "SYNTHETIC test values: a refresh against the mock Kolada server (test/mock/koladaMock.ts); not Kolada data.";
  manifest.provenance = {
    summary: SYNTHETIC_SUMMARY,
    detail:
      "Synthetic values for browser tests and benches only, made by npm run data:refresh against the mock Kolada server; never committed, never published."
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  return dir;
}

/** What a test site's build depends on: the site's code, the mock, the seed and the committed inputs. */
const SOURCES = [
  "src",
  "components",
  "model",
  "loaders",
  "scripts",
  "data",
  "observablehq.config.ts",
  "package-lock.json",
  join("test", "mock"),
  join("test", "fixtures", "kolada-seed"),
  join("test", "e2e", "syntheticSite.ts")
];

/** A hash of every source file (path and content): a test site's build is reused only while it matches. */
export function sourcesKey(): string {
  const hash = createHash("sha256");
  const add = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith(".")) add(join(path, name));
    } else {
      hash.update(relative(PROJECT_ROOT, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  for (const s of SOURCES) add(join(PROJECT_ROOT, s));
  return hash.digest("hex").slice(0, 16);
}

/** Build the site from `data` into `dist` (relative to the project root or absolute); throws with the build's output on failure. */
export function buildFrom(data: string, dist: string): void {
  const env: NodeJS.ProcessEnv = {...process.env, UPPF_DATA_DIR: data, UPPF_OUTPUT_DIR: dist};
  delete env.KOLADA_SNAPSHOT_DIR; // the loaders must read the snapshot under UPPF_DATA_DIR
  const r = spawnSync(TSX, ["scripts/build.ts"], {cwd: PROJECT_ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024});
  if (r.status !== 0) throw new Error(`full-data build failed (exit ${r.status}):\n${(r.stdout ?? "").slice(-3000)}\n${(r.stderr ?? "").slice(-3000)}`);
}

/**
 * The whole site built from the full synthetic snapshot (test/tmp/synthetic-<key>/, ignored by
 * git), made once and reused by every browser test file while the code and inputs are unchanged.
 * Returns the absolute dist path.
 */
export async function syntheticSite(): Promise<string> {
  const dist = join(PROJECT_ROOT, "test", "tmp", `synthetic-${sourcesKey()}`);
  if (existsSync(join(dist, "index.html"))) return dist;
  const data = await writeFullData();
  try {
    buildFrom(data, relative(PROJECT_ROOT, dist));
    if (!existsSync(join(dist, "index.html"))) throw new Error(`full-data build wrote no ${dist}/index.html`);
  } catch (error) {
    rmSync(dist, {recursive: true, force: true});
    throw error;
  } finally {
    rmSync(data, {recursive: true, force: true});
  }
  return dist;
}

const sameSnapshot = (a: string, b: string) => SNAPSHOT_FILES.every((f) => existsSync(join(b, f)) && readFileSync(join(a, f)).equals(readFileSync(join(b, f))));

/**
 * The site built from the committed inputs with the frozen seed snapshot: the site the browser
 * tests of the thin snapshot read (its gaps, its missing notes, its seed values), so that a refresh
 * of data/kolada leaves them as they are. While data/kolada is the seed, that is the published
 * build itself (`published`, built by `npm run build` before the browser suite); after a refresh,
 * a build into test/tmp/seed-<key>/ (ignored by git), made once per state of the code.
 */
export function seedSite(published: string): string {
  if (sameSnapshot(SEED_DIR, join(PROJECT_ROOT, "data", "kolada"))) return published;
  const dist = join(PROJECT_ROOT, "test", "tmp", `seed-${sourcesKey()}`);
  if (existsSync(join(dist, "index.html"))) return dist;
  const data = mkdtempSync(join(tmpdir(), "uppf-seed-data-"));
  try {
    seedDataCopy(data);
    buildFrom(data, relative(PROJECT_ROOT, dist));
  } catch (error) {
    rmSync(dist, {recursive: true, force: true});
    throw error;
  } finally {
    rmSync(data, {recursive: true, force: true});
  }
  return dist;
}
