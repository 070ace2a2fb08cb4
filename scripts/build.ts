// `npm run build`: a clean Framework build from the committed data, then post-processing and checks.
// 1. clear Framework's cached loader outputs (it reuses stale output when loader helpers change);
// 2. run `observable build` into a temporary sibling of the output directory;
// 3. set lang="sv" and a zoomable viewport on every page, translate Framework's UI strings, add
//    a Content-Security-Policy (inline scripts by hash, no other host);
// 4. rewrite known dead-code CDN defaults in bundled packages to same-origin paths;
// 5. fail when a page holds a rendered error, any file references another host, or a script or
//    stylesheet so much as contains another host's URL;
// 6. only when every step succeeded, move the new site into place (dist/ or UPPF_OUTPUT_DIR,
//    absolute or relative to the project root). A failed build leaves the previous one as it was.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative, sep} from "node:path";
import {replaceDirectory, siblingPath} from "../loaders/atomicDir.js";
import {InputError, displayPath, runMain} from "../loaders/errors.js";
import {DATA_DIR, PROJECT_ROOT, outputDir} from "../loaders/paths.js";
import {
  WASM_PAGES,
  addContentSecurityPolicy,
  contentSecurityPolicy,
  dropLeafPreloads,
  findForeignUrls,
  findRenderedErrors,
  findThirdPartyReferences,
  inlineScriptHashes,
  localiseHtml,
  neutraliseVendorCdnDefaults,
  type BuildProblem
} from "./site/postprocess.js";
import {isOwnAsset, minifyModule, minifyStylesheet} from "./site/minify.js";
import {bundlePages} from "./site/bundle.js";

const cache = join(PROJECT_ROOT, "src", ".observablehq", "cache");

function clearLoaderCache(): void {
  if (existsSync(cache)) {
    for (const entry of readdirSync(cache)) {
      if (entry === "_node" || entry === NODE_CACHE_STAMP) continue; // bundled npm packages: kept while the lockfile is unchanged (below)
      rmSync(join(cache, entry), {recursive: true, force: true});
    }
  }
  clearNodeCacheIfLockChanged();
}

const NODE_CACHE_STAMP = "_node.lock-sha256";

/**
 * Framework keys its bundled npm packages by name and version, but a bundle also names the
 * versions of the packages it imports (d3-scale's bundle imports d3-format@<version>). After an
 * install changes those versions, the cached bundles would still import the old ones, so the
 * cache is dropped whenever package-lock.json differs from the one it was built with.
 */
function clearNodeCacheIfLockChanged(): void {
  const nodeCache = join(cache, "_node");
  const stamp = join(cache, NODE_CACHE_STAMP);
  const lock = createHash("sha256")
    .update(readFileSync(join(PROJECT_ROOT, "package-lock.json")))
    .digest("hex");
  if (existsSync(nodeCache) && (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lock)) rmSync(nodeCache, {recursive: true, force: true});
  mkdirSync(cache, {recursive: true});
  writeFileSync(stamp, lock);
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/**
 * Refuse an output directory whose replacement would take something else with it: the project,
 * its sources or data, or any existing directory that is not a built site.
 */
function checkOutputDir(target: string): void {
  const inside = (dir: string, path: string) => path === dir || path.startsWith(dir + sep);
  const sources = [join(PROJECT_ROOT, "src"), DATA_DIR];
  let why: string | null = null;
  if (inside(target, PROJECT_ROOT) || sources.some((d) => inside(d, target) || inside(target, d))) why = "is or overlaps the project, its sources or its data";
  else if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, "_observablehq")))
    why = "exists and is not a built site (no _observablehq/ in it)";
  if (why)
    throw new InputError(
      target,
      null,
      `${why}; the build replaces its output directory as a whole, so it refuses this one (set UPPF_OUTPUT_DIR to another directory)`
    );
}

/** Rewrite a bundled file's dead-code CDN defaults in place (see VENDOR_CDN_DEFAULTS); returns its text. */
function neutralise(path: string, shown: string): string {
  const {text, replaced} = neutraliseVendorCdnDefaults(readFileSync(path, "utf8"));
  if (replaced.length) {
    writeFileSync(path, text);
    console.error(`build: ${shown}: rewrote ${replaced.join(", ")} to same-origin paths`);
  }
  return text;
}

/** The project's own modules and stylesheet (under _import) minified in place; returns the text. */
function minifyOwn(path: string, relativePath: string, text: string): string {
  if (!isOwnAsset(relativePath)) return text;
  const minified = path.endsWith(".css") ? minifyStylesheet(text) : minifyModule(text);
  writeFileSync(path, minified);
  return minified;
}

/** Post-process every built file in `dir` (named in messages as under `shownAs`); returns the pages and the problems. */
async function postprocess(dir: string, shownAs: string): Promise<{pages: number; problems: BuildProblem[]}> {
  const problems: BuildProblem[] = [];
  let pages = 0;
  // First the pages' bundles, from the modules as Framework wrote them (the minified copies lose
  // the /* @__PURE__ */ marks that let esbuild leave out what a page does not use).
  const bundled = new Map<string, string>();
  const bundles = new Set<string>();
  const built = [...walk(dir)].filter((p) => p.endsWith(".html")).map((htmlPath) => ({htmlPath, html: readFileSync(htmlPath, "utf8")}));
  for (const [path, bundle] of await bundlePages(dir, built)) {
    bundled.set(path, bundle.html);
    for (const f of bundle.files) bundles.add(join(dir, f));
  }
  for (const path of walk(dir)) {
    const file = join(shownAs, relative(dir, path));
    if (path.endsWith(".html")) {
      pages++;
      const html = readFileSync(path, "utf8");
      const localised = dropLeafPreloads(localiseHtml(bundled.get(path) ?? html));
      const hashes = inlineScriptHashes(localised, (text) => createHash("sha256").update(text).digest("base64"));
      const fixed = addContentSecurityPolicy(localised, contentSecurityPolicy(hashes, {wasm: WASM_PAGES.has(file.split(sep).pop()!)}));
      if (fixed !== html) writeFileSync(path, fixed);
      problems.push(...findRenderedErrors(file, fixed), ...findThirdPartyReferences(file, fixed, "html"));
    } else if (path.endsWith(".css")) {
      const css = minifyOwn(path, relative(dir, path), readFileSync(path, "utf8"));
      problems.push(...findThirdPartyReferences(file, css, "css"), ...findForeignUrls(file, css));
    } else if (path.endsWith(".js")) {
      const js = bundles.has(path) ? readFileSync(path, "utf8") : minifyOwn(path, relative(dir, path), neutralise(path, file));
      problems.push(...findThirdPartyReferences(file, js, "js"), ...findForeignUrls(file, js));
    }
  }
  // The cached copies of bundled packages get the same rewrite, so the next build starts from them.
  const nodeCache = join(cache, "_node");
  if (existsSync(nodeCache)) for (const path of walk(nodeCache)) if (path.endsWith(".js")) neutralise(path, relative(PROJECT_ROOT, path));
  return {pages, problems};
}

await runMain(async () => {
  const target = outputDir();
  checkOutputDir(target);
  const shown = displayPath(target);
  const kept = existsSync(target) ? `${shown}/ was left as it was` : `${shown}/ was not created`;
  mkdirSync(dirname(target), {recursive: true});
  const staging = siblingPath(target, "build");
  const errorLog = `${staging}.errors`;
  try {
    clearLoaderCache();
    const framework = spawnSync(join(PROJECT_ROOT, "node_modules", ".bin", "observable"), ["build"], {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
      env: {...process.env, UPPF_OUTPUT_DIR: staging, UPPF_ERROR_LOG: errorLog}
    });
    if (framework.status !== 0) {
      const loaderErrors = existsSync(errorLog) ? readFileSync(errorLog, "utf8").trimEnd() : "";
      console.error(`build: failed: observable build exited ${framework.status ?? framework.signal}; ${kept}.`);
      if (loaderErrors) console.error(`build: the data loaders reported:\n${loaderErrors}`);
      return 1;
    }
    const {pages, problems} = await postprocess(staging, shown);
    if (problems.length > 0) {
      console.error(`build: failed: ${problems.length} problem(s) in the new build; ${kept}:`);
      for (const p of problems) console.error(`  ${p.file}: ${p.problem}`);
      return 1;
    }
    replaceDirectory(staging, target);
    console.error(`build: ${pages} page(s) in ${shown}/, lang="sv", no rendered errors, no third-party references`);
    return 0;
  } finally {
    rmSync(staging, {recursive: true, force: true});
    rmSync(errorLog, {force: true});
  }
}, "build: failed: ");
