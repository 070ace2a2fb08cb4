// The site's own checks and policy on the built files: no reference to another host (in markup,
// styles or scripts, not even a URL in a string), the Content-Security-Policy each page gets, and
// the CDN defaults of a vendor's unused code rewritten to same-origin paths. (What touches
// Framework's own output is in ./framework.ts.)

import type {BuildProblem} from "./framework.js";

const THIRD_PARTY = /^(?:https?:)?\/\//i;

/** References that would make the browser fetch from another host. */
export function findThirdPartyReferences(file: string, text: string, kind: "html" | "css" | "js"): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const add = (url: string) => problems.push({file, problem: `reference to another host: ${url}`});
  if (kind === "html") {
    for (const m of text.matchAll(/<(script|link|img|source|iframe|video|audio|embed|object)\b[^>]*?\s(?:src|href|data|srcset)="([^"]+)"/gi)) {
      if (THIRD_PARTY.test(m[2])) add(m[2]);
    }
  }
  if (kind === "css" || kind === "html") {
    for (const m of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)) if (THIRD_PARTY.test(m[1])) add(m[1]);
    for (const m of text.matchAll(/@import\s+['"]([^'"]+)['"]/gi)) if (THIRD_PARTY.test(m[1])) add(m[1]);
  }
  if (kind === "js" || kind === "html") {
    for (const m of text.matchAll(/\b(?:import|from)\s*\(?\s*["'`]((?:https?:)?\/\/[^"'`]+)["'`]/g)) add(m[1]);
    for (const m of text.matchAll(/\bnew\s+Worker\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g)) add(m[1]);
  }
  return problems;
}

/** Pages that run WebAssembly (DuckDB-wasm) and so need 'wasm-unsafe-eval'. */
export const WASM_PAGES = new Set(["utforska.html"]);

/**
 * The Content-Security-Policy for one page: scripts only from this origin plus the page's own
 * inline scripts by hash; no other host for anything; 'wasm-unsafe-eval' only where DuckDB runs.
 * Styles allow inline because Plot writes <style> into every chart it makes.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], options: {wasm: boolean}): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(" ")}${options.wasm ? " 'wasm-unsafe-eval'" : ""}`.replace(/\s+/g, " ").trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' blob: data:",
    `worker-src 'self'${options.wasm ? " blob:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

/** Hosts that appear in bundled code only as XML namespace names, never fetched. */
export const NAMESPACE_HOSTS = new Set(["www.w3.org"]);

/**
 * Every absolute URL of another host written anywhere in a file (string literals included), not
 * only in import/src/href positions: a published file should not even carry a CDN address.
 */
export function findForeignUrls(file: string, text: string): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+)/gi)) {
    const host = m[1].toLowerCase();
    if (NAMESPACE_HOSTS.has(host) || host === "127.0.0.1" || host === "localhost" || seen.has(host)) continue;
    seen.add(host);
    problems.push({file, problem: `URL of another host in the file: ${m[0]}`});
  }
  return problems;
}

/**
 * Vendor defaults that point at a CDN from code the site never runs, rewritten to same-origin
 * paths so the published files carry no third-party address:
 * - @duckdb/duckdb-wasm's `getJsDelivrBundles()` builds URLs on cdn.jsdelivr.net; Utforska
 *   resolves its bundle from the site's own files (components/explore/duckdb.ts) instead.
 */
export const VENDOR_CDN_DEFAULTS: readonly {name: string; from: string; to: string}[] = [
  {name: "duckdb-wasm getJsDelivrBundles", from: '"https://cdn.jsdelivr.net/npm/"', to: '"./"'}
];

export function neutraliseVendorCdnDefaults(text: string): {text: string; replaced: string[]} {
  const replaced: string[] = [];
  let out = text;
  for (const d of VENDOR_CDN_DEFAULTS) {
    if (out.includes(d.from)) {
      out = out.split(d.from).join(d.to);
      replaced.push(d.name);
    }
  }
  return {text: out, replaced};
}
