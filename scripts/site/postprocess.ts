// Post-processing of Framework's built HTML, and the checks that make `npm run build` fail on
// what Framework only renders into the page (errors) or lets through (third-party references).

/** Set lang="sv", allow zoom (WCAG 1.4.4) and translate Framework's hard-coded UI strings. */
export function localiseHtml(html: string): string {
  let out = html.replace(/<html(\s[^>]*)?>/, (tag) => {
    if (/\slang=/.test(tag)) return tag.replace(/\slang="[^"]*"/, ' lang="sv"');
    return tag.replace("<html", '<html lang="sv"');
  });
  out = out.replace(/<meta name="viewport" content="[^"]*">/, '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out = out.replace('title="Toggle sidebar"', 'title="Visa eller dölj menyn" aria-label="Visa eller dölj menyn"');
  // Framework puts the sidebar's close <label> inside an <ol> (invalid list markup, WCAG 1.3.1):
  // move it just before the list; it is absolutely positioned against the <nav> either way.
  out = out.replace(
    /<ol>(\s*)<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>/,
    '<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle" title="Dölj menyn"></label>\n  <ol>'
  );
  return out;
}

/**
 * Leave out the modulepreload links of d3's modules (`/_node/d3-…`), on the pages that still load
 * Framework's npm modules (Utforska; the others load bundles, ./bundle.ts). Framework preloads every
 * module a page imports, about 40 on a page with Plot, and Chromium handles each preload link in
 * the task that parses the page: on a phone (4× CPU) that task took 450 ms with them and 60 ms
 * without. d3's modules are found one step later, when d3's own index (still preloaded, like Plot,
 * the page's bundle and Framework's client) is read, and are then fetched in parallel.
 */
export function dropLeafPreloads(html: string): string {
  return html.replace(/<link rel="modulepreload" href="[^"]*\/_node\/d3-[^"]+">\n?/g, "");
}

export interface BuildProblem {
  file: string;
  problem: string;
}

/** Errors Framework rendered into a page instead of failing the build. */
export function findRenderedErrors(file: string, html: string): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const re = /class="observablehq--inspect observablehq--error"[^>]*>([^<]*)</g;
  for (const m of html.matchAll(re)) problems.push({file, problem: `rendered error: ${m[1].trim()}`});
  for (const word of ["non-local import", "non-local file path"]) {
    if (html.includes(word)) problems.push({file, problem: `rendered error: ${word}`});
  }
  return problems;
}

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

/** sha256 source expressions of every inline <script> in a page (what Framework needs). */
export function inlineScriptHashes(html: string, hash: (text: string) => string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) out.push(`'sha256-${hash(m[1])}'`);
  return Array.from(new Set(out));
}

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

/** Insert the CSP right after the charset (before any script it governs). */
export function addContentSecurityPolicy(html: string, csp: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, "&quot;")}">`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i, "");
  if (/<meta charset="[^"]*">\n?/i.test(withoutOld)) return withoutOld.replace(/<meta charset="[^"]*">\n?/i, (m) => `${m.trimEnd()}\n${meta}\n`);
  return withoutOld.replace(/<head>\n?/i, (h) => `${h}${meta}\n`);
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
