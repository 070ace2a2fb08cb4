// The frozen seed snapshot the unit tests read (test/fixtures/kolada-seed/README.md): data/kolada
// moves on with every refresh, the tests of the thin snapshot's behaviour must not. vitest.config.ts
// points KOLADA_SNAPSHOT_DIR at it, so every in-process read of "the snapshot" in a unit test reads
// the seed; a test that copies the data directory takes its snapshot from here too (seedDataCopy).
import {cpSync, mkdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {KOMMUNER_FILE, MANIFEST_FILE, METADATA_FILE, VALUES_FILE} from "../../loaders/kolada/snapshot.js";

export const SEED_DIR = join(PROJECT_ROOT, "test", "fixtures", "kolada-seed");
export const SNAPSHOT_FILES = [VALUES_FILE, KOMMUNER_FILE, METADATA_FILE, MANIFEST_FILE] as const;

/** Copy the seed's snapshot files (not its README) into `dir` (created). */
export function copySeed(dir: string): void {
  mkdirSync(dir, {recursive: true});
  for (const f of SNAPSHOT_FILES) cpSync(join(SEED_DIR, f), join(dir, f));
}

/** A copy of data/ into `dir` whose Kolada snapshot is the seed's. */
export function seedDataCopy(dir: string): void {
  cpSync(join(PROJECT_ROOT, "data"), dir, {recursive: true});
  rmSync(join(dir, "kolada"), {recursive: true, force: true});
  copySeed(join(dir, "kolada"));
}
