// The data archive as Framework gets it: `tsx src/data.tar.ts` run as a maintainer (or the build)
// runs it, its tar read with tar-stream (the library Framework extracts an archive with).
import {runEntry, type EntryResult} from "./entry.js";
import {tarFiles} from "../tarFiles.js";

export const ARCHIVE_ENTRY = "src/data.tar.ts";

/** Run the archive loader (with `env`, e.g. UPPF_DATA_DIR); its files when it succeeded. */
export async function runArchive(env: NodeJS.ProcessEnv = {}): Promise<EntryResult & {files: Map<string, Buffer>}> {
  const r = await runEntry(ARCHIVE_ENTRY, [], env);
  return {...r, files: r.code === 0 ? await tarFiles(r.stdout) : new Map()};
}
