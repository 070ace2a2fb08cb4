// `npm run build`: a clean Framework build from the committed data, then post-processing and checks.
// 1. clear Framework's cached loader outputs (it reuses stale output when loader helpers change);
// 2. run `observable build`;
// 3. set lang="sv" and a zoomable viewport on every page, translate Framework's UI strings, add
//    a Content-Security-Policy (inline scripts by hash, no other host);
// 4. rewrite known dead-code CDN defaults in bundled packages to same-origin paths;
// 5. fail when a page holds a rendered error, any file references another host, or a script or
//    stylesheet so much as contains another host's URL.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {PROJECT_ROOT} from "../loaders/paths.js";
import {
  WASM_PAGES, addContentSecurityPolicy, contentSecurityPolicy, findForeignUrls, findRenderedErrors, findThirdPartyReferences,
  inlineScriptHashes, localiseHtml, neutraliseVendorCdnDefaults, type BuildProblem
} from "./site/postprocess.js";

const output = join(PROJECT_ROOT, process.env.UPPF_OUTPUT_DIR ?? "dist");
const cache = join(PROJECT_ROOT, "src", ".observablehq", "cache");

function clearLoaderCache(): void {
  if (!existsSync(cache)) return;
  for (const entry of readdirSync(cache)) {
    if (entry === "_node") continue; // bundled npm packages: keyed by version, safe to keep
    rmSync(join(cache, entry), {recursive: true, force: true});
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

clearLoaderCache();
rmSync(output, {recursive: true, force: true});
const framework = spawnSync(join(PROJECT_ROOT, "node_modules", ".bin", "observable"), ["build"], {cwd: PROJECT_ROOT, stdio: "inherit"});
if (framework.status !== 0) {
  console.error(`build: observable build failed (exit ${framework.status ?? framework.signal})`);
  process.exit(1);
}

/** Rewrite a bundled file's dead-code CDN defaults in place (see VENDOR_CDN_DEFAULTS); returns its text. */
function neutralise(path: string): string {
  const {text, replaced} = neutraliseVendorCdnDefaults(readFileSync(path, "utf8"));
  if (replaced.length) {
    writeFileSync(path, text);
    console.error(`build: ${relative(PROJECT_ROOT, path)}: rewrote ${replaced.join(", ")} to same-origin paths`);
  }
  return text;
}

const problems: BuildProblem[] = [];
let pages = 0;
for (const path of walk(output)) {
  const file = relative(PROJECT_ROOT, path);
  if (path.endsWith(".html")) {
    pages++;
    const html = readFileSync(path, "utf8");
    const localised = localiseHtml(html);
    const hashes = inlineScriptHashes(localised, (text) => createHash("sha256").update(text).digest("base64"));
    const fixed = addContentSecurityPolicy(localised, contentSecurityPolicy(hashes, {wasm: WASM_PAGES.has(file.split("/").pop()!)}));
    if (fixed !== html) writeFileSync(path, fixed);
    problems.push(...findRenderedErrors(file, fixed), ...findThirdPartyReferences(file, fixed, "html"));
  } else if (path.endsWith(".css")) {
    const css = readFileSync(path, "utf8");
    problems.push(...findThirdPartyReferences(file, css, "css"), ...findForeignUrls(file, css));
  } else if (path.endsWith(".js")) {
    const js = neutralise(path);
    problems.push(...findThirdPartyReferences(file, js, "js"), ...findForeignUrls(file, js));
  }
}
// The cached copies of bundled packages get the same rewrite, so the next build starts from them.
const nodeCache = join(cache, "_node");
if (existsSync(nodeCache)) for (const path of walk(nodeCache)) if (path.endsWith(".js")) neutralise(path);
if (problems.length > 0) {
  console.error(`build: ${problems.length} problem(s) in ${relative(PROJECT_ROOT, output)}/:`);
  for (const p of problems) console.error(`  ${p.file}: ${p.problem}`);
  process.exit(1);
}
console.error(`build: ${pages} page(s) in ${relative(PROJECT_ROOT, output)}/, lang="sv", no rendered errors, no third-party references`);
