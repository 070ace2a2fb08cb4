// Where the committed inputs live, resolved from the project root (loaders run from the root).
// UPPF_DATA_DIR points the loaders at another data directory (used by tests that build the site
// from a modified copy of data/, never by the published build).
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {InputError} from "./errors.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = process.env.UPPF_DATA_DIR ? resolve(process.env.UPPF_DATA_DIR) : join(PROJECT_ROOT, "data");
export const REPORTS_DIR = join(DATA_DIR, "reports");
export const KOLADA_DIR = join(DATA_DIR, "kolada");

/** The built site: UPPF_OUTPUT_DIR (absolute, or relative to the project root), else dist/. */
export function outputDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env.UPPF_OUTPUT_DIR || "dist");
}

/**
 * The site's public address (UPPF_SITE_URL, e.g. https://example.github.io/uppfoljning), without a
 * trailing slash, or null when none is configured: the page Öppna data and the data package then
 * give the files' addresses relative to the site.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.UPPF_SITE_URL?.trim();
  if (!url) return null;
  if (!/^https?:\/\/[^/\s]+/.test(url)) throw new InputError("UPPF_SITE_URL", null, `must be the site's address, starting with https:// (got "${url}")`);
  return url.replace(/\/+$/, "");
}
