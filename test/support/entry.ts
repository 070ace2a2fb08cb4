// Running the project's entry points as a maintainer does (tsx child processes) and checking what
// they leave behind: exit code, stdout, stderr, no stack trace, every file of a directory hashed.
import {execFile} from "node:child_process";
import {createHash} from "node:crypto";
import {mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {PROJECT_ROOT} from "../../loaders/paths.js";

export const TSX = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");

export interface EntryResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Run `tsx <script> …args` from the project root; the debug switch and the test's own overrides are cleared. */
export function runEntry(script: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<EntryResult> {
  const base: NodeJS.ProcessEnv = {...process.env, UPPF_DEBUG: "", DEBUG: "", UPPF_ERROR_LOG: ""};
  delete base.KOLADA_SNAPSHOT_DIR;
  delete base.UPPF_DATA_DIR;
  delete base.UPPF_OUTPUT_DIR;
  return new Promise((resolve) => {
    execFile(
      TSX,
      [join(PROJECT_ROOT, script), ...args],
      {cwd: PROJECT_ROOT, env: {...base, ...env}, encoding: "buffer", maxBuffer: 256 * 1024 * 1024},
      (error, stdout, stderr) => {
        const code = error ? (typeof (error as {code?: unknown}).code === "number" ? (error as {code: number}).code : 1) : 0;
        resolve({code, stdout, stderr: stderr.toString("utf8")});
      }
    );
  });
}

/** A stack frame ("    at f (file.ts:1:2)"), Node's uncaught-error banner or source excerpt. */
export const STACK_TRACE = /^\s+at \S.*(:\d+:\d+\)?|<anonymous>\)?)$|^Node\.js v\d+|^\s*\^+$/m;

/** Every file under `dir` (relative path → sha256); proves a tree byte-identical. */
export function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** A temporary directory and its removal. */
export function tempDir(prefix: string): {dir: string; remove: () => void} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}
