// The pages' browser code, bundled before Framework runs (in `npm run build` and `npm run dev`
// alike): one entry per page (components/pages/<page>.ts, the names the page's Markdown imports)
// with everything it imports, Plot and the parts of d3 it uses from node_modules included, in one
// esbuild run with code splitting, into src/bundles/ (ignored by git). A page imports its bundle as
// an ordinary local module (`import {…} from "./bundles/resultat.js"`); Framework serves the bundle
// and the chunks it imports like any local module, with content hashes and preload links, in dev
// and build alike. Pages share chunks (Plot and d3, the kit), so a reader moving between pages
// fetches shared code once. Framework served each of the project's modules and each of d3's
// packages as a file of its own: a dashboard asked for 35–40 files before it could draw. Utforska's
// DuckDB and Parquet writer stay outside (the page imports them on first use; DuckDB resolves its
// wasm and worker with import.meta.resolve, which Framework serves). The stylesheet stays Framework's
// to bundle (it minifies it in the build).
//
// Plot enters from its source with one change, kept as a patch ready for upstream
// (patches/plot-lazy-format-default.patch, applied by ./applyPatch.ts): its default number
// formatter is made on first use, not when the module is evaluated. The packages' own
// `"sideEffects"` declarations let esbuild leave out what a page does not use. A chunk holding npm
// code begins with V8's compile hint, so Chromium compiles it while streaming.
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative, sep} from "node:path";
import {build, context, type BuildOptions, type Metafile, type OutputFile, type Plugin} from "esbuild";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {applyPatch} from "./applyPatch.js";

/** Where the page entries are, and where the bundles go (under the Framework root). */
export const PAGE_ENTRIES = join(PROJECT_ROOT, "components", "pages");
export const BUNDLES = join(PROJECT_ROOT, "src", "bundles");

/** Plot's default-formatter patch (see the file's own note). */
export const PLOT_PATCH = join(PROJECT_ROOT, "patches", "plot-lazy-format-default.patch");

/** V8's hint to compile every function of the file eagerly (https://v8.dev/blog/explicit-compile-hints). */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

const posix = (path: string) => path.split(sep).join("/");

/** The entries: components/pages/<name>.ts → <name>.js. */
export function pageEntries(dir = PAGE_ENTRIES): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .map((f) => [f.replace(/\.ts$/, ""), join(dir, f)])
  );
}

/** Plot's format.js, patched as patches/plot-lazy-format-default.patch says; the build stops when the patch no longer applies. */
function plotPatch(patchFile: string): Plugin {
  return {
    name: "plot-lazy-format-default",
    setup(b) {
      b.onLoad({filter: /[\\/]@observablehq[\\/]plot[\\/]src[\\/]format\.js$/}, (args) => ({
        contents: applyPatch(readFileSync(args.path, "utf8"), readFileSync(patchFile, "utf8"), relative(PROJECT_ROOT, patchFile)),
        loader: "js",
        resolveDir: dirname(args.path)
      }));
    }
  };
}

export interface BundleOptions {
  entries?: Record<string, string>;
  outdir?: string;
  patch?: string;
}

function options(o: BundleOptions): BuildOptions & {metafile: true; write: false} {
  const outdir = o.outdir ?? BUNDLES;
  return {
    entryPoints: o.entries ?? pageEntries(),
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    outdir,
    entryNames: "[name]",
    chunkNames: "chunk-[hash]",
    metafile: true,
    write: false,
    logLevel: "silent",
    plugins: [plotPatch(o.patch ?? PLOT_PATCH)]
  };
}

/** Whether an output holds code from node_modules (it then gets the compile hint). */
const holdsPackages = (metafile: Metafile, output: string) => Object.keys(metafile.outputs[output]?.inputs ?? {}).some((i) => i.includes("node_modules/"));

/** Write the outputs (the compile hint first where they hold npm code), then remove what an earlier run left. */
function writeOutputs(outdir: string, files: readonly OutputFile[], metafile: Metafile): string[] {
  mkdirSync(outdir, {recursive: true});
  const written = new Set<string>();
  for (const f of files) {
    const key = posix(relative(PROJECT_ROOT, f.path));
    const text = (holdsPackages(metafile, key) ? COMPILE_HINT : "") + f.text;
    mkdirSync(dirname(f.path), {recursive: true});
    if (!existsSync(f.path) || readFileSync(f.path, "utf8") !== text) writeFileSync(f.path, text);
    written.add(f.path);
  }
  for (const name of readdirSync(outdir)) if (!written.has(join(outdir, name))) rmSync(join(outdir, name), {recursive: true, force: true});
  return [...written];
}

/** Bundle every page's code into src/bundles/ (or `outdir`); returns the files written. */
export async function bundlePages(o: BundleOptions = {}): Promise<string[]> {
  const opts = options(o);
  const result = await build(opts);
  return writeOutputs(opts.outdir!, result.outputFiles, result.metafile);
}

/** Bundle now, then again whenever a source changes (npm run dev); returns a function that stops watching. */
export async function watchPages(onBuilt: (files: string[], error: Error | null) => void, o: BundleOptions = {}): Promise<() => Promise<void>> {
  const opts = options(o);
  const ctx = await context({
    ...opts,
    plugins: [
      ...opts.plugins!,
      {
        name: "write-on-end",
        setup(b) {
          b.onEnd((result) => {
            if (result.errors.length) onBuilt([], new Error(result.errors.map((e) => e.text).join("\n")));
            else onBuilt(writeOutputs(opts.outdir!, result.outputFiles ?? [], result.metafile!), null);
          });
        }
      }
    ]
  });
  await ctx.rebuild(); // the first bundles are written before this returns
  await ctx.watch();
  return () => ctx.dispose();
}

/** Whether the bundles exist (for a check before Framework runs). */
export const bundlesExist = (outdir = BUNDLES) => existsSync(outdir) && readdirSync(outdir).some((f) => f.endsWith(".js"));
