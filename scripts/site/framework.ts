// The contract with Observable Framework: every place the build relies on Framework's internals or
// rewrites its output, in one module, each listed with its reason in docs/framework-contract.md
// and checked against a real Framework build of a small fixture site
// (test/scripts/frameworkContract.test.ts), which fails loudly when an upgrade changes it. No other
// module names Framework's internal paths or markup.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";

/** Framework's cache of loader outputs and npm bundles, under the source root (`<root>/.observablehq/cache`). */
export const cacheDir = (root: string): string => join(root, ".observablehq", "cache");

/** The npm bundles Framework makes for modules it serves itself (DuckDB on Utforska), kept between builds. */
const NODE_CACHE = "_node";
const NODE_CACHE_STAMP = "_node.lock-sha256";
/** Framework's npm version cache: a folder `<name>@<version>` under it answers "which version?" without the registry. */
const NPM_VERSION_CACHE = "_npm";

/** Framework's browser code, whose `npm:` imports its client bundle resolves (./node_modules/@observablehq/framework/dist/client). */
const frameworkClientDir = (projectRoot: string) => join(projectRoot, "node_modules", "@observablehq", "framework", "dist", "client");

/**
 * The npm packages Framework's client names (`npm:react-dom` for JSX, `npm:lodash` and the other
 * recommended libraries, the sample datasets, the file readers), read from its own source.
 */
export function clientNpmPackages(projectRoot: string): string[] {
  const names = new Set<string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true})) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(".js")) for (const m of readFileSync(join(d, e.name), "utf8").matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(m[1]);
    }
  };
  walk(frameworkClientDir(projectRoot));
  return [...names].sort();
}

/** The version a package not installed here is given: any page asking for it gets a 404 naming it. */
export const NOT_INSTALLED = "0.0.0-not-installed";

/** The installed version of a package (node_modules/<name>/package.json), or NOT_INSTALLED. */
function installedVersion(projectRoot: string, name: string): string {
  const file = join(projectRoot, "node_modules", ...name.split("/"), "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as {version: string}).version : NOT_INSTALLED;
}

/**
 * Seed Framework's npm version cache with a version for every package its client names. When it
 * bundles its client, Framework asks the npm registry for each one's newest version unless the
 * cache holds one: the build would need the network, and its client would name whatever was newest
 * that day (`../_npm/react-dom@19.3.1/…`, a file never served). Seeded, the build is offline and its
 * client the same every day: the installed version where the package is installed, else NOT_INSTALLED
 * (the site imports its libraries from node_modules, never through these names).
 */
export function seedNpmVersions(root: string, projectRoot: string): Record<string, string> {
  const seeded: Record<string, string> = {};
  for (const name of clientNpmPackages(projectRoot)) {
    seeded[name] = installedVersion(projectRoot, name);
    mkdirSync(join(cacheDir(root), NPM_VERSION_CACHE, `${name}@${seeded[name]}`), {recursive: true});
  }
  return seeded;
}

/**
 * Before `observable build`: remove cached loader outputs (Framework's build reuses them even when
 * a module the loader imports changed), drop the cached npm bundles when package-lock.json changed
 * (a bundle names the versions of the packages it imports), and seed the versions of the packages
 * Framework's client names (seedNpmVersions).
 */
export function prepareCache(root: string, lockfile: string, projectRoot = dirname(lockfile)): void {
  const cache = cacheDir(root);
  if (existsSync(cache)) {
    for (const entry of readdirSync(cache)) if (entry !== NODE_CACHE && entry !== NODE_CACHE_STAMP) rmSync(join(cache, entry), {recursive: true, force: true});
  }
  const lock = createHash("sha256").update(readFileSync(lockfile)).digest("hex");
  const stamp = join(cache, NODE_CACHE_STAMP);
  if (existsSync(join(cache, NODE_CACHE)) && (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lock))
    rmSync(join(cache, NODE_CACHE), {recursive: true, force: true});
  // Versions seeded by an earlier run (or fetched by an older build) are replaced, so only today's seeds answer.
  rmSync(join(cache, NPM_VERSION_CACHE), {recursive: true, force: true});
  seedNpmVersions(root, projectRoot);
  writeFileSync(stamp, lock);
}

/** Remove Framework's whole cache (a clean build). */
export const clearCache = (root: string): void => rmSync(cacheDir(root), {recursive: true, force: true});

/** Run `observable build` from `cwd` (its config's `output` decides where); returns the exit status. */
export function runObservableBuild(cwd: string, env: NodeJS.ProcessEnv, observable = join(cwd, "node_modules", ".bin", "observable")): number | null {
  return spawnSync(observable, ["build"], {cwd, stdio: "inherit", env}).status;
}

/** What a directory Framework built has: its client folder. */
export const BUILT_SITE_SIGN = "_observablehq/";
/** A directory Framework built. */
export const isBuiltSite = (dir: string): boolean => existsSync(join(dir, BUILT_SITE_SIGN));

/** Files Framework copied from npm packages for modules it serves itself: `_node/<name>@<version>/…`. */
export const isFrameworkNpmFile = (relativePath: string): boolean => /(^|[\\/])_node[\\/]/.test(relativePath);

/** Framework's npm bundles in its cache (rewritten like the built copies, so the next build starts from them). */
export function cachedNpmFiles(root: string): string[] {
  const dir = join(cacheDir(root), NODE_CACHE);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true})) e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".js") && out.push(join(d, e.name));
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/**
 * Framework's page HTML: set lang="sv" (Framework has no option for it, #865), allow zoom (its
 * viewport has maximum-scale=1, #2001; WCAG 1.4.4), translate its English sidebar strings, and
 * move the sidebar's close <label> out of the <ol> it puts it in (invalid list markup, WCAG 1.3.1).
 */
export function localiseHtml(html: string): string {
  let out = html.replace(/<html(\s[^>]*)?>/, (tag) => {
    if (/\slang=/.test(tag)) return tag.replace(/\slang="[^"]*"/, ' lang="sv"');
    return tag.replace("<html", '<html lang="sv"');
  });
  out = out.replace(/<meta name="viewport" content="[^"]*">/, '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out = out.replace('title="Toggle sidebar"', 'title="Visa eller dölj menyn" aria-label="Visa eller dölj menyn"');
  out = out.replace(
    /<ol>(\s*)<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>/,
    '<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle" title="Dölj menyn"></label>\n  <ol>'
  );
  return out;
}

/** What localiseHtml finds in Framework's page HTML (the contract test checks each is there to rewrite). */
export const FRAMEWORK_HTML_MARKERS = {
  html: /<html(\s[^>]*)?>/,
  viewport: /<meta name="viewport" content="[^"]*maximum-scale=1[^"]*">/,
  sidebarToggle: 'title="Toggle sidebar"',
  sidebarClose: /<ol>(\s*)<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>/
} as const;

export interface BuildProblem {
  file: string;
  problem: string;
}

/** Errors Framework rendered into a page (a non-local import, a missing file) while its build exited 0. */
export function findRenderedErrors(file: string, html: string): BuildProblem[] {
  const problems: BuildProblem[] = [];
  for (const m of html.matchAll(/class="observablehq--inspect observablehq--error"[^>]*>([^<]*)</g))
    problems.push({file, problem: `rendered error: ${m[1].trim()}`});
  for (const word of ["non-local import", "non-local file path"]) if (html.includes(word)) problems.push({file, problem: `rendered error: ${word}`});
  return problems;
}

/**
 * Framework writes each file a page registers with its modification time (`registerFile(…,
 * {…"lastModified":<ms>…})`): the time the data loader ran, so two builds of the same data differ.
 * Set it to `time` (the data's own date: the snapshot's fetch time), the same in every build.
 */
export function fixFileTimes(html: string, time: number): string {
  return html.replace(/(registerFile\([^)]*"lastModified":)\d+/g, `$1${time}`);
}

/** What fixFileTimes finds (the contract test checks Framework still writes it). */
export const FILE_TIME_MARKER = /registerFile\([^)]*"lastModified":\d+/;

/** sha256 source expressions of every inline <script> Framework writes into a page (its module bootstrap). */
export function inlineScriptHashes(html: string, hash: (text: string) => string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) out.push(`'sha256-${hash(m[1])}'`);
  return Array.from(new Set(out));
}

/** Insert a Content-Security-Policy meta right after Framework's charset meta (before any script it governs). */
export function addContentSecurityPolicy(html: string, csp: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, "&quot;")}">`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i, "");
  if (/<meta charset="[^"]*">\n?/i.test(withoutOld)) return withoutOld.replace(/<meta charset="[^"]*">\n?/i, (m) => `${m.trimEnd()}\n${meta}\n`);
  return withoutOld.replace(/<head>\n?/i, (h) => `${h}${meta}\n`);
}

/**
 * The config's `dynamicPaths` entries that copy files to addresses of their own, unhashed: for a
 * listed path that a file, a loader or a loader's archive serves (`/data/kolada.csv`, a member of
 * src/data.tar.ts), Framework 1.13's build copies the file to that very path of its output, besides
 * the content-hashed copy (`_file/…`) a page that references it gets. The open data is published
 * this way at addresses that stay the same from one build to the next; `observable preview` does
 * not serve them (npm run dev need not).
 */
export const unhashedCopies = (dir: string, names: readonly string[]): string[] => names.map((name) => `/${dir}/${name}`);
