// Shared set-up for the refresh tests against the mock Kolada server (SYNTHETIC values): temporary
// snapshot copies (tests never touch data/kolada), a fingerprint proving "byte-identical, nothing
// left over", a started mock, fast client options, and the CLI as a child process.
import {createHash} from "node:crypto";
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach} from "vitest";
import type {RefreshOptions} from "../../../loaders/kolada/refresh.js";
import {KoladaMock} from "../../mock/koladaMock.js";
import {runEntry, type EntryResult} from "../../support/entry.js";
import {copySeed} from "../../support/seed.js";

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

/** A temporary copy of the seed snapshot (test/fixtures/kolada-seed), or of `from`. */
export function tempSnapshot(from?: string): string {
  const parent = mkdtempSync(join(tmpdir(), "kolada-refresh-"));
  cleanup.push(() => rmSync(parent, {recursive: true, force: true}));
  const dir = join(parent, "kolada");
  if (from) cpSync(from, dir, {recursive: true});
  else copySeed(dir);
  return dir;
}

/** Every file of the directory and its parent listing, hashed: proves "byte-identical, nothing left over". */
export function fingerprint(dir: string): string {
  const h = createHash("sha256");
  for (const f of readdirSync(dir).sort())
    h.update(`${f}\0`)
      .update(readFileSync(join(dir, f)))
      .update("\0");
  h.update(readdirSync(join(dir, "..")).sort().join(","));
  return h.digest("hex");
}

export async function startMock(m = new KoladaMock()): Promise<{mock: KoladaMock; base: string}> {
  const base = await m.start();
  cleanup.push(() => m.close());
  return {mock: m, base};
}

/** Backoff delays the fake sleep was asked for. */
export const delays: number[] = [];

/** Refresh options for a test: no report file, a fixed clock, no real waiting, short timeouts. */
export const options = (dir: string, base: string, extra: Partial<RefreshOptions> = {}): RefreshOptions => ({
  dir,
  baseUrl: base,
  reportPath: null,
  now: () => new Date("2026-11-22T06:00:00Z"),
  client: {
    sleep: async (ms) => void delays.push(ms),
    requestsPerSecond: Infinity,
    timeoutMs: 2000,
    maxAttempts: 3,
    backoffBaseMs: 5
  },
  ...extra
});

/** `npm run data:refresh -- …args` against the mock at `base`, into the snapshot `dir`. */
export function refreshCli(base: string, dir: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<EntryResult & {out: string}> {
  return runEntry("scripts/refresh.ts", args, {
    KOLADA_BASE_URL: base,
    KOLADA_SNAPSHOT_DIR: dir,
    KOLADA_RPS: "1000",
    KOLADA_MAX_ATTEMPTS: "2",
    KOLADA_BACKOFF_MS: "1",
    ...env
  }).then((r) => ({
    ...r,
    out: r.stdout.toString("utf8")
  }));
}
