// `npm run build`: a clean build from the committed data, then the site's checks.
// 1. bundle every page's code (scripts/site/bundle.ts) and draw the static parts
//    (scripts/site/staticParts.ts) into the Framework root, so Framework builds good input;
// 2. prepare Framework's cache (./site/framework.ts: stale loader outputs removed, no registry
//    lookup) and run `observable build` into a temporary sibling of the output directory;
// 3. what must still touch Framework's output (./site/framework.ts): lang="sv", a zoomable
//    viewport, Swedish sidebar strings, a Content-Security-Policy per page (inline scripts by hash);
// 4. fail when a page holds a rendered error, any file references another host, or a script or
//    stylesheet so much as contains another host's URL;
// 5. only when every step succeeded, move the new site into place (dist/ or UPPF_OUTPUT_DIR,
//    absolute or relative to the project root). A failed build leaves the previous one as it was.
// `--clean` also removes Framework's npm bundles first (a build from nothing but node_modules).
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative, sep} from "node:path";
import {replaceDirectory, siblingPath} from "../loaders/atomicDir.js";
import {InputError, displayPath, failureText, runMain} from "../loaders/errors.js";
import {DATA_DIR, PROJECT_ROOT, outputDir} from "../loaders/paths.js";
import {
  BUILT_SITE_SIGN,
  addContentSecurityPolicy,
  cachedNpmFiles,
  clearCache,
  findRenderedErrors,
  fixFileTimes,
  inlineScriptHashes,
  isBuiltSite,
  isFrameworkNpmFile,
  localiseHtml,
  prepareCache,
  runObservableBuild,
  type BuildProblem
} from "./site/framework.js";
import {WASM_PAGES, contentSecurityPolicy, findForeignUrls, findThirdPartyReferences, neutraliseVendorCdnDefaults} from "./site/postprocess.js";
import {prepareSource} from "./site/prepare.js";
import {STATIC_DEFER_ENV, fillDeferredParts} from "./site/staticParts.js";
import {snapshotInfo} from "../loaders/kolada/snapshotInfo.js";

const SRC = join(PROJECT_ROOT, "src");

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
  const sources = [SRC, DATA_DIR];
  let why: string | null = null;
  if (inside(target, PROJECT_ROOT) || sources.some((d) => inside(d, target) || inside(target, d))) why = "is or overlaps the project, its sources or its data";
  else if (existsSync(target) && readdirSync(target).length > 0 && !isBuiltSite(target)) why = `exists and is not a built site (no ${BUILT_SITE_SIGN} in it)`;
  if (why)
    throw new InputError(
      target,
      null,
      `${why}; the build replaces its output directory as a whole, so it refuses this one (set UPPF_OUTPUT_DIR to another directory)`
    );
}

/** Rewrite a vendor file's dead-code CDN defaults in place (see VENDOR_CDN_DEFAULTS); returns its text. */
function neutralise(path: string, shown: string): string {
  const {text, replaced} = neutraliseVendorCdnDefaults(readFileSync(path, "utf8"));
  if (replaced.length) {
    writeFileSync(path, text);
    console.error(`build: ${shown}: rewrote ${replaced.join(", ")} to same-origin paths`);
  }
  return text;
}

/** Post-process and check every built file in `dir` (named in messages as under `shownAs`); returns the pages and the problems. */
function postprocess(dir: string, shownAs: string): {pages: number; problems: BuildProblem[]} {
  const fileTime = Date.parse(snapshotInfo().fetched_at); // the data's own date, not the time the loader ran
  const problems: BuildProblem[] = [];
  let pages = 0;
  const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");
  for (const path of walk(dir)) {
    const rel = relative(dir, path);
    const file = join(shownAs, rel);
    if (path.endsWith(".html")) {
      pages++;
      const html = readFileSync(path, "utf8");
      const localised = fixFileTimes(localiseHtml(fillDeferredParts(html)), fileTime);
      const fixed = addContentSecurityPolicy(
        localised,
        contentSecurityPolicy(inlineScriptHashes(localised, sha256), {wasm: WASM_PAGES.has(rel.split(sep).pop()!)})
      );
      if (fixed !== html) writeFileSync(path, fixed);
      problems.push(...findRenderedErrors(file, fixed), ...findThirdPartyReferences(file, fixed, "html"));
    } else if (path.endsWith(".css")) {
      const css = readFileSync(path, "utf8");
      problems.push(...findThirdPartyReferences(file, css, "css"), ...findForeignUrls(file, css));
    } else if (path.endsWith(".js")) {
      const js = isFrameworkNpmFile(rel) ? neutralise(path, file) : readFileSync(path, "utf8");
      problems.push(...findThirdPartyReferences(file, js, "js"), ...findForeignUrls(file, js));
    }
  }
  // Framework's cached copies of those npm files get the same rewrite, so the next build starts from them.
  for (const path of cachedNpmFiles(SRC)) neutralise(path, relative(PROJECT_ROOT, path));
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
  // The validated inputs, shared by this process (the static pages) and the data archive's loader.
  const inputs = `${staging}.inputs`;
  process.env.UPPF_INPUT_CACHE = inputs;
  const stages: [string, number][] = [];
  let started = performance.now();
  const stage = (name: string) => {
    const now = performance.now();
    stages.push([name, now - started]);
    started = now;
  };
  try {
    try {
      await prepareSource(stage);
    } catch (error) {
      // What Framework is fed could not be made (a report or the snapshot failed its checks): nothing was built.
      console.error(`build: failed: ${failureText(error)}`);
      console.error(`build: ${kept}.`);
      return 1;
    }
    if (process.argv.includes("--clean")) clearCache(SRC);
    prepareCache(SRC, join(PROJECT_ROOT, "package-lock.json"));
    const status = runObservableBuild(PROJECT_ROOT, {
      ...process.env,
      UPPF_OUTPUT_DIR: staging,
      UPPF_ERROR_LOG: errorLog,
      UPPF_INPUT_CACHE: inputs,
      [STATIC_DEFER_ENV]: "1"
    });
    stage("observable build");
    if (status !== 0) {
      const loaderErrors = existsSync(errorLog) ? readFileSync(errorLog, "utf8").trimEnd() : "";
      console.error(`build: failed: observable build exited ${status}; ${kept}.`);
      if (loaderErrors) console.error(`build: the data loaders reported:\n${loaderErrors}`);
      return 1;
    }
    const {pages, problems} = postprocess(staging, shown);
    stage("checks");
    if (problems.length > 0) {
      console.error(`build: failed: ${problems.length} problem(s) in the new build; ${kept}:`);
      for (const p of problems) console.error(`  ${p.file}: ${p.problem}`);
      return 1;
    }
    replaceDirectory(staging, target);
    console.error(`build: ${pages} page(s) in ${shown}/, lang="sv", no rendered errors, no third-party references`);
    console.error(`build: time spent: ${stages.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(", ")}`);
    return 0;
  } finally {
    rmSync(staging, {recursive: true, force: true});
    rmSync(errorLog, {force: true});
    rmSync(inputs, {recursive: true, force: true});
  }
}, "build: failed: ");
