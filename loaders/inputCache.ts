// Inputs read and checked once per build. The build runs two processes that need the validated
// inputs (the step that renders the static pages, and the data archive's loader); reading the
// snapshot and checking every report against its source lines twice cost seconds for nothing. With
// UPPF_INPUT_CACHE naming a directory (the build and `npm run dev` set it), the first process stores
// each validated input there as JSON, keyed by the checksums of its files and of the code that reads
// and checks them (loaders/ and model/): the next process with the same files and the same code
// reuses it; a changed file or a changed checker reads and checks again. Without the variable (tests,
// a maintainer running a loader by hand) every process reads its inputs itself.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "./paths.js";

/** Every file under `path` (or the file itself), sorted: what a key hashes. */
function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.startsWith(".") ? [] : filesUnder(join(path, name))));
}

let codeKey: string | null = null;
/** The checksum of the code that reads and checks the inputs. */
function codeChecksum(): string {
  if (codeKey === null) {
    const h = createHash("sha256");
    for (const f of [...filesUnder(join(PROJECT_ROOT, "loaders")), ...filesUnder(join(PROJECT_ROOT, "model"))].filter((f) => f.endsWith(".ts")))
      h.update(f).update("\0").update(readFileSync(f)).update("\0");
    codeKey = h.digest("hex");
  }
  return codeKey;
}

/** The key of an input: its name, every file under `paths` (name and bytes) and the reading code. */
export function inputKey(name: string, paths: readonly string[]): string {
  const h = createHash("sha256").update(name).update("\0").update(codeChecksum());
  for (const f of paths.flatMap(filesUnder)) h.update(f).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

/**
 * The validated input `name` read from the files under `paths`: from the cache when UPPF_INPUT_CACHE
 * holds it under the same key, else `read()` (which validates) and stored for the next process.
 * The value must survive JSON (plain data).
 */
export function cachedInput<T>(name: string, paths: readonly string[], read: () => T, env: NodeJS.ProcessEnv = process.env): T {
  const dir = env.UPPF_INPUT_CACHE;
  if (!dir) return read();
  const key = inputKey(name, paths);
  const file = join(dir, `${name}-${key.slice(0, 32)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as T;
  const value = read();
  mkdirSync(dir, {recursive: true});
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, JSON.stringify(value));
  renameSync(temp, file); // whole or not at all: a reader never sees half a file
  return value;
}
