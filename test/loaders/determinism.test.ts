// Every data loader, run twice from the same committed inputs, writes byte-identical output:
// data changes in dist/ then only ever come from data changes in data/.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";

const loaders = readdirSync(join(PROJECT_ROOT, "src", "data"))
  .filter((f) => /\.\w+\.ts$/.test(f))
  .sort();
const tsx = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");

function runLoader(file: string): string {
  const r = spawnSync(tsx, [join("src", "data", file)], {
    cwd: PROJECT_ROOT,
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, UPPF_DATA_DIR: ""}
  });
  if (r.status !== 0) throw new Error(`${file} exited ${r.status}: ${r.stderr.toString()}`);
  return createHash("sha256").update(r.stdout).digest("hex");
}

describe("data loaders are deterministic", () => {
  test("there are loaders", () => expect(loaders.length).toBeGreaterThan(0));
  test.each(loaders)(
    "%s gives the same bytes twice",
    (file) => {
      expect(runLoader(file)).toBe(runLoader(file));
    },
    60_000
  );
});
