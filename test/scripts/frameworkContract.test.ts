// The contract with Observable Framework (scripts/site/framework.ts, docs/framework-contract.md),
// checked against the real thing: the fixture site test/fixtures/framework-site is built here with
// the project's own `observable build`, with no network (`unshare -n`), and every assumption the
// build makes about Framework's cache, output and markup is checked on what it wrote. When a
// Framework upgrade changes one of them, the test that names it fails.
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {
  FILE_TIME_MARKER,
  FRAMEWORK_HTML_MARKERS,
  NOT_INSTALLED,
  clientNpmPackages,
  addContentSecurityPolicy,
  cacheDir,
  cachedNpmFiles,
  findRenderedErrors,
  fixFileTimes,
  inlineScriptHashes,
  isBuiltSite,
  isFrameworkNpmFile,
  localiseHtml,
  prepareCache,
  unhashedCopies
} from "../../scripts/site/framework.js";
import {tarFiles} from "../tarFiles.js";
import {fillDeferredParts, partFile} from "../../scripts/site/staticParts.js";

const FIXTURE = join(PROJECT_ROOT, "test", "fixtures", "framework-site");
const site = join(PROJECT_ROOT, "test", "tmp", `framework-site-${process.pid}`);
const src = join(site, "src");
const out = join(site, "dist");
const BIN = join(PROJECT_ROOT, "node_modules", ".bin");

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, {withFileTypes: true})) {
    if (e.isDirectory()) yield* walk(join(dir, e.name));
    else yield join(dir, e.name);
  }
}
const files = () => [...walk(out)].map((p) => p.slice(out.length + 1));
const read = (rel: string) => readFileSync(join(out, rel), "utf8");

/** `observable build` of the fixture with no network at all (a new network namespace without interfaces). */
function buildOffline(): {status: number | null; output: string} {
  const r = spawnSync("unshare", ["-n", join(BIN, "observable"), "build"], {
    cwd: site,
    env: {...process.env, PATH: `${BIN}:${process.env.PATH}`, FIXTURE_OUTPUT: "dist"},
    encoding: "utf8"
  });
  if (r.error) throw new Error(`unshare -n is needed to build with no network (${r.error.message})`);
  return {status: r.status, output: `${r.stdout}\n${r.stderr}`};
}

let built: {status: number | null; output: string};
beforeAll(() => {
  rmSync(site, {recursive: true, force: true});
  cpSync(FIXTURE, site, {recursive: true});
  prepareCache(src, join(PROJECT_ROOT, "package-lock.json"));
  built = buildOffline();
}, 120_000);
afterAll(() => rmSync(site, {recursive: true, force: true}));

describe("Framework, as the build relies on it", () => {
  test("with the versions of the packages its client names seeded in its npm version cache, it builds with no network, and its client names those versions", () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).not.toMatch(/@latest/);
    const packages = clientNpmPackages(PROJECT_ROOT);
    // what the client names, read from Framework's source: JSX's react-dom and the recommended libraries among them
    expect(packages).toEqual(expect.arrayContaining(["react-dom", "d3", "@observablehq/plot", "apache-arrow"]));
    const client = read(files().find((f) => /^_observablehq\/client\.[0-9a-f]{8}\.js$/.test(f))!);
    const installed = JSON.parse(readFileSync(join(PROJECT_ROOT, "node_modules", "d3", "package.json"), "utf8")).version;
    expect(client).toContain(`d3@${installed}/`); // installed here: its installed version
    expect(client).toContain(`react-dom@${NOT_INSTALLED}/`); // not installed: a version no registry has
  });

  test("its output has _observablehq/ (how a built site is recognised)", () => {
    expect(isBuiltSite(out)).toBe(true);
    expect(isBuiltSite(src)).toBe(false);
  });

  test("it caches a loader's output under <root>/.observablehq/cache, and prepareCache removes it (a build would reuse it stale)", () => {
    expect(existsSync(join(cacheDir(src), "data.tar"))).toBe(true);
    prepareCache(src, join(PROJECT_ROOT, "package-lock.json"));
    expect(existsSync(join(cacheDir(src), "data.tar"))).toBe(false);
  });

  test("an archive loader at the root's data.tar serves data/… files one by one; .href adds no library for the file", () => {
    expect(files()).toContainEqual(expect.stringMatching(/^_file\/data\/tabeller\/a\.[0-9a-f]{8}\.json$/));
    expect(read("index.html")).not.toMatch(/_npm\/|npm:/);
  });

  test("a path the config's dynamicPaths lists that an archive serves is copied to that very address, unhashed, whatever its extension", async () => {
    const listed = unhashedCopies("data", ["b.csv", "b.parquet", "b.arrow", "excel/b.csv", "datapackage.json", "README.md"]);
    const config = readFileSync(join(site, "observablehq.config.js"), "utf8");
    for (const path of listed) expect(config, path).toContain(`"${path}"`);
    const tar = spawnSync(join(BIN, "tsx"), [join(src, "data.tar.ts")], {cwd: site, encoding: "buffer"});
    const members = await tarFiles(tar.stdout);
    for (const path of listed) {
      const rel = path.slice(1);
      expect(files(), path).toContain(rel);
      expect(readFileSync(join(out, rel)).equals(members.get(rel.slice("data/".length))!), path).toBe(true);
    }
    // what is not listed and no page references is not copied
    expect(files().some((f) => f.startsWith("data/tabeller/"))).toBe(false);
  });

  test("a parameterized loader archive (data/sider/[sida].tar.ts) serves data/sider/<value>/… before the root's archive, run with --sida=<value>", () => {
    expect(JSON.parse(read("data/sider/x/a.json"))).toEqual({sida: "x"});
    expect(JSON.parse(read("data/sider/y/a.json"))).toEqual({sida: "y"});
  });

  test("a local module is served under _import/ with a hash and preloaded; an npm package a local module imports is served under _node/ and cached", () => {
    const html = read("index.html");
    expect(html).toMatch(/<link rel="modulepreload" href="\.\/_import\/lib\.[0-9a-f]{8}\.js">/);
    const npm = files().filter(isFrameworkNpmFile);
    expect(npm.some((f) => /^_node\/isoformat@[^/]+\//.test(f))).toBe(true);
    expect(cachedNpmFiles(src).some((f) => f.includes("isoformat@"))).toBe(true);
  });

  test("its page HTML has no lang, a viewport with maximum-scale=1 and English sidebar strings, all of which localiseHtml rewrites", () => {
    const html = read("index.html");
    for (const [name, marker] of Object.entries(FRAMEWORK_HTML_MARKERS))
      expect(typeof marker === "string" ? html.includes(marker) : marker.test(html), name).toBe(true);
    const fixed = localiseHtml(html);
    expect(fixed).toMatch(/<html lang="sv"/);
    expect(fixed).not.toContain("maximum-scale");
    expect(fixed).toContain('title="Visa eller dölj menyn"');
    expect(fixed).toMatch(/<label id="observablehq-sidebar-close"[^>]*><\/label>\n\s*<ol>/);
  });

  test("a deferred part's placeholder, a raw HTML block of the page, comes out of the build as written, where fillDeferredParts fills it", () => {
    const html = read("index.html");
    const marker = '<div data-static-part="kommun/fixture" data-static-param="1234"></div>';
    expect(html).toContain(marker);
    const parts = mkdtempSync(join(tmpdir(), "uppf-parts-"));
    try {
      const file = partFile(parts, "kommun/fixture", "1234");
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, "<p>delen</p>\n");
      const filled = fillDeferredParts(html, parts);
      expect(filled).toContain("<p>delen</p>");
      expect(filled).not.toContain("data-static-part");
    } finally {
      rmSync(parts, {recursive: true, force: true});
    }
  });

  test("it writes inline module scripts into the page; the CSP goes right after its charset meta", () => {
    const html = read("index.html");
    expect(inlineScriptHashes(html, () => "x").length).toBeGreaterThan(0);
    expect(addContentSecurityPolicy(html, "default-src 'self'")).toMatch(/<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"/);
  });

  test("a non-local import is rendered into the page while the build exits 0, where findRenderedErrors finds it", () => {
    expect(built.status).toBe(0);
    expect(findRenderedErrors("trasig.html", read("trasig.html")).length).toBeGreaterThan(0);
    expect(findRenderedErrors("index.html", read("index.html"))).toEqual([]);
  });
});

describe("Framework's file registrations", () => {
  test("a page registers each file it names with the time its loader ran; fixFileTimes sets the data's own time", () => {
    const html = read("index.html");
    expect(html).toMatch(FILE_TIME_MARKER);
    const fixed = fixFileTimes(html, 1_790_000_000_000);
    expect(fixed).not.toBe(html);
    expect([...fixed.matchAll(/"lastModified":(\d+)/g)].map((m) => m[1])).toEqual(expect.arrayContaining(["1790000000000"]));
    expect(fixed).not.toMatch(/"lastModified":(?!1790000000000)\d+/);
  });
});

describe("one module knows Framework's internals", () => {
  test("no module but scripts/site/framework.ts names Framework's internal paths or its cache folder", () => {
    const roots = ["loaders", "components", "scripts", "model", "bench", "src"];
    const skip = new Set(["src/.observablehq", "src/bundles", "src/.static", "bench/tmp", "bench/results", "bench/floor/src/.observablehq"]);
    const found: string[] = [];
    const scan = (rel: string) => {
      if (skip.has(rel)) return;
      for (const e of readdirSync(join(PROJECT_ROOT, rel), {withFileTypes: true})) {
        const child = `${rel}/${e.name}`;
        if (e.isDirectory()) scan(child);
        else if (/\.(ts|js|md|css)$/.test(e.name) && child !== "scripts/site/framework.ts") {
          const text = readFileSync(join(PROJECT_ROOT, child), "utf8");
          for (const word of ["_import/", "_node/", "_observablehq", ".observablehq/"]) if (text.includes(word)) found.push(`${child}: ${word}`);
        }
      }
    };
    for (const r of roots) scan(r);
    const config = readFileSync(join(PROJECT_ROOT, "observablehq.config.ts"), "utf8");
    for (const word of ["_import/", "_node/", "_observablehq", ".observablehq/"]) if (config.includes(word)) found.push(`observablehq.config.ts: ${word}`);
    expect(found).toEqual([]);
  });
});
