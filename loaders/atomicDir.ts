// Replacing a directory all at once: the new content is prepared in a sibling directory (same
// file system), then swapped in with two renames; the old one is restored if the second rename
// fails. Used by the snapshot writer and the site build.
import {existsSync, renameSync, rmSync} from "node:fs";
import {basename, dirname, join} from "node:path";

/** A fresh sibling path of `target` for preparing its replacement, e.g. `.dist.build-123-…`. */
export function siblingPath(target: string, tag: string): string {
  return join(dirname(target), `.${basename(target)}.${tag}-${process.pid}-${Date.now()}`);
}

/** Put the prepared directory `fresh` in place of `target` (which may not exist yet). */
export function replaceDirectory(fresh: string, target: string): void {
  const old = siblingPath(target, "old");
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadOld) renameSync(old, target);
    throw error;
  }
  if (hadOld) rmSync(old, {recursive: true, force: true});
}
