// Where the committed inputs live, resolved from the project root (loaders run from the root).
// UPPF_DATA_DIR points the loaders at another data directory (used by tests that build the site
// from a modified copy of data/, never by the published build).
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = process.env.UPPF_DATA_DIR ? resolve(process.env.UPPF_DATA_DIR) : join(PROJECT_ROOT, "data");
export const REPORTS_DIR = join(DATA_DIR, "reports");
export const KOLADA_DIR = join(DATA_DIR, "kolada");

/** The built site: UPPF_OUTPUT_DIR (absolute, or relative to the project root), else dist/. */
export function outputDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env.UPPF_OUTPUT_DIR || "dist");
}
