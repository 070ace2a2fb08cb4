// A clean build needs no network and gives the same files: `npm run build -- --clean` (no dist/, no
// Framework cache at all) run with no network (`unshare -n`), compared file by file with dist/ (the
// build `npm test` made just before, with Framework's npm bundles cached). The footer's build date
// aside, every file must be byte-identical: same names (content hashes), same bytes.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {readFileSync, readdirSync, rmSync} from "node:fs";
import {join, relative} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {DIST} from "./browser.js";

const OUT = join(PROJECT_ROOT, "test", "tmp", `clean-offline-${process.pid}`);
afterAll(() => rmSync(OUT, {recursive: true, force: true}));

/** Every file of a built site: path → sha256, with the footer's build date (the one intended difference) left out of pages. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true})) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        let bytes: Buffer | string = readFileSync(p);
        if (p.endsWith(".html")) bytes = bytes.toString("utf8").replace(/Byggd \d{4}-\d{2}-\d{2}/g, "Byggd ÅÅÅÅ-MM-DD");
        out[relative(dir, p)] = createHash("sha256").update(bytes).digest("hex");
      }
    }
  };
  walk(dir);
  return out;
}

describe("a clean build", () => {
  test("with no network at all, it builds, and every file equals the published build's", () => {
    const r = spawnSync("unshare", ["-n", join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), "scripts/build.ts", "--clean"], {
      cwd: PROJECT_ROOT,
      env: {...process.env, UPPF_OUTPUT_DIR: relative(PROJECT_ROOT, OUT), KOLADA_SNAPSHOT_DIR: ""},
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024
    });
    if (r.error) throw new Error(`unshare -n is needed to build with no network (${r.error.message})`);
    expect(r.status, r.stderr.slice(-3000)).toBe(0);
    const clean = hashes(OUT);
    const published = hashes(DIST);
    expect(Object.keys(clean).sort()).toEqual(Object.keys(published).sort());
    const differ = Object.keys(clean).filter((f) => clean[f] !== published[f]);
    expect(differ).toEqual([]);
  }, 300_000);
});
