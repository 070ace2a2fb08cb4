// The pages' code in a few files. Framework serves each of the project's modules (/_import) and
// each npm package (/_node: Plot, d3's 30 modules) as a file of its own, so a dashboard page asked
// for 35–40 modules before it could draw, and loaded all of Plot and d3 whatever it used. After the
// build, this step bundles every page's own modules together with the npm packages they import
// (esbuild, minified, in one run with code splitting): each page gets an entry file with its own
// code, and the pages share chunks (Plot and the parts of d3 it uses, the kit), so a reader moving
// between pages fetches the shared code once. Framework's client (/_observablehq) stays as it is.
// Plot comes from its source, with one change (./plotSource.ts). The served packages keep their
// declaration that they have no side effects (./sideEffects.ts), so what a page does not use is left out.
// A page whose modules use `import.meta` (Utforska: DuckDB finds its worker relative to its module)
// keeps its separate modules. The model's table modules enter a bundle as their tables' wire
// schemas only (./schemaModule.ts): the pages check files against them, the descriptions are docs.
import {existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve, sep} from "node:path";
import {build, type Metafile, type Plugin} from "esbuild";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {plotFromSource} from "./plotSource.js";
import {schemaModuleFor} from "./schemaModule.js";
import {servedSideEffects} from "./sideEffects.js";

/** A page's dynamic imports of the project's own modules: `import("./_import/…js")`, in order of first use. */
export function ownImports(html: string): string[] {
  return [...new Set([...html.matchAll(/import\("((?:\.\.?\/)+_import\/[^"]+\.js)"\)/g)].map((m) => m[1]))];
}

const posix = (path: string) => path.split(sep).join("/");
const relativeUrl = (fromDir: string, to: string) => {
  const r = posix(relative(fromDir, to));
  return r.startsWith(".") ? r : `./${r}`;
};

/** Keep imports of `served` (a pattern of built paths) external, rewritten to be relative to the bundle's folder. */
function servedElsewhere(bundleDir: string, served: RegExp): Plugin {
  return {
    name: "served-elsewhere",
    setup(build) {
      build.onResolve({filter: served}, (args) => ({
        path: relativeUrl(bundleDir, resolve(args.resolveDir, args.path)),
        external: true
      }));
    }
  };
}

/** Framework's client and standard library: served by Framework, never bundled. */
const FRAMEWORK = /(^|\/)_observablehq\//;

/** Framework's copy of a model table module (`_import/model/tables/<name>.<hash>.js`) → its source under `sourceRoot`. */
export function tableModuleSource(root: string, path: string, sourceRoot: string): string | null {
  const m = /^_import\/model\/tables\/([\w-]+)\.[0-9a-f]{8}\.js$/.exec(posix(relative(root, path)));
  const source = m ? join(sourceRoot, "model", "tables", `${m[1]}.ts`) : null;
  return source && existsSync(source) ? source : null;
}

/** Load the model's table modules as their wire schemas (see ./schemaModule.ts). */
function tablesAsSchemas(root: string, sourceRoot: string): Plugin {
  return {
    name: "tables-as-schemas",
    setup(build) {
      build.onLoad({filter: /[\\/]_import[\\/]model[\\/]tables[\\/][^\\/]+\.js$/}, async (args) => {
        const source = tableModuleSource(root, args.path, sourceRoot);
        const contents = source ? await schemaModuleFor(source) : null;
        return contents === null ? undefined : {contents, loader: "js"};
      });
    }
  };
}

/**
 * The names a page takes from each of its own imports, read from Framework's
 * `const [{a, b}, {c: d}] = await Promise.all([import("…"), import("…")]);`. A module the page
 * imports in any other form is missing from the map (it is bundled whole).
 */
export function importedNames(html: string): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const whole = new Set<string>();
  const imports = (list: string) => [...list.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]);
  let parsed = 0;
  for (const m of html.matchAll(/const \[((?:\{[^{}]*\}(?:, )?)+)\] = await Promise\.all\(\[([^\]]*)\]\);/g)) {
    const groups = [...m[1].matchAll(/\{([^{}]*)\}/g)].map((g) => g[1]);
    const specs = imports(m[2]);
    parsed += specs.length;
    if (groups.length !== specs.length) {
      for (const s of specs) whole.add(s);
      continue;
    }
    specs.forEach((spec, i) => {
      const set = names.get(spec) ?? new Set<string>();
      for (const part of groups[i].split(",")) {
        const name = part.split(":")[0].trim();
        if (/^[A-Za-z_$][\w$]*$/.test(name)) set.add(name);
        else if (name) whole.add(spec);
      }
      names.set(spec, set);
    });
  }
  // An import of the page's own modules outside those statements: take the module whole.
  if (imports(html).length !== parsed) for (const s of imports(html)) if (!names.has(s)) whole.add(s);
  for (const s of whole) names.delete(s);
  return names;
}

/** The bundle's entry: for each module, an object `m<i>` of the names the page takes (or the whole module). */
export function bundleEntry(files: readonly string[], names: readonly (ReadonlySet<string> | undefined)[]): string {
  return files
    .map((f, i) => {
      const taken = names[i];
      if (!taken) return `export * as m${i} from ${JSON.stringify(f)};`;
      const list = [...taken];
      return `import {${list.map((n) => `${n} as m${i}_${n}`).join(", ")}} from ${JSON.stringify(f)};\nexport const m${i} = {${list.map((n) => `${n}: m${i}_${n}`).join(", ")}};`;
    })
    .join("\n");
}

export interface PageBundle {
  /** The page's HTML pointing at its entry file. */
  html: string;
  /** The page's entry file, under the output directory. */
  file: string;
  /** Its entry file and the shared chunks it imports, depth first. */
  files: string[];
  /** Those the page preloads: the entry and the chunks of at least PRELOAD_MIN_BYTES. */
  preloaded: string[];
  /** How many of the project's modules it replaces. */
  modules: number;
}

export interface BuiltPage {
  htmlPath: string;
  html: string;
}

const ENTRY = "page-entry";

/** The pages' entries as modules of their own namespace (`page-entry:<i>`), resolved from the site's root. */
function pageEntries(root: string, entries: readonly string[]): Plugin {
  return {
    name: ENTRY,
    setup(build) {
      build.onResolve({filter: new RegExp(`^${ENTRY}:\\d+$`)}, (args) => ({path: args.path, namespace: ENTRY}));
      build.onLoad({filter: /.*/, namespace: ENTRY}, (args) => ({contents: entries[Number(args.path.split(":")[1])], resolveDir: root, loader: "js"}));
    }
  };
}

/** Whether any module an entry reaches (the project's or an npm package) reads `import.meta`, then the page keeps Framework's modules; and how many of the project's modules it reaches. */
async function readsImportMeta(root: string, entry: string): Promise<{meta: boolean; modules: number}> {
  const result = await build({
    stdin: {contents: entry, resolveDir: root, loader: "js"},
    absWorkingDir: root,
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [servedElsewhere(root, FRAMEWORK)]
  });
  const inputs = Object.keys(result.metafile!.inputs).filter((f) => f.endsWith(".js"));
  return {
    meta: inputs.some((f) => readFileSync(resolve(root, f), "utf8").includes("import.meta")),
    modules: inputs.filter((f) => /(^|\/)_import\//.test(f)).length
  };
}

/** An output's file and the chunks it imports statically, each once, depth first. */
function withChunks(metafile: Metafile, output: string): string[] {
  const seen: string[] = [];
  const visit = (o: string) => {
    if (seen.includes(o)) return;
    seen.push(o);
    for (const i of metafile.outputs[o]?.imports ?? []) if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(output);
  return seen;
}

/**
 * Chunks smaller than this are not preloaded: the browser finds them when it reads the entry file
 * (small, and preloaded). Each preload link costs the task that parses the page, and Lighthouse's
 * simulated load put the largest paint after all of them (2.2 s with 12 links on Resultat, 1.1 s
 * with 4), while the first chart came no later without them.
 */
export const PRELOAD_MIN_BYTES = 16_384;

/**
 * The first line of each bundle file (a shared chunk, or an entry) that holds npm packages (Plot,
 * d3): V8's explicit compile hint (Chrome 136 and later; other browsers read a comment). Every
 * chart calls into these packages when it is first drawn, and V8 otherwise compiles each function
 * on the main thread at its first call; with the hint it compiles the file's functions while it
 * streams the file, on a background thread. On Resultat at 4× CPU the task that draws the first
 * chart went from 150–195 ms to 82–121 ms (3 loads each), and Lighthouse's blocking time from
 * 149–205 ms to 96–149 ms (4 runs each, taken in turns). A page that draws little at load pays for
 * compiling what it does not call yet: Kostnad and an audit page took 10–30 ms more blocking time
 * (3 runs each, within 12–63 ms). Hinting the pages' own files as well gained nothing measurable.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Whether the output `key` (a metafile key) holds code of an npm package (Framework's served copies, or Plot's source). */
function holdsPackages(metafile: Metafile, key: string): boolean {
  return Object.keys(metafile.outputs[key]?.inputs ?? {}).some((input) => /(^|\/)(_node|node_modules)\//.test(input));
}

/** Point a page at its entry file (`entryUrl`): its imports of own modules, and its preloads (own modules and npm packages → `preloadUrls`: the entry and its large chunks). */
function pointAtBundle(html: string, specs: readonly string[], entryUrl: string, preloadUrls: readonly string[]): string {
  let out = html;
  specs.forEach((s, i) => {
    out = out.split(`import(${JSON.stringify(s)})`).join(`import(${JSON.stringify(entryUrl)}).then((b) => b.m${i})`);
  });
  out = out.replace(/<link rel="modulepreload" href="(?:\.\.?\/)+_import\/[^"]+\.js">\n?/g, "");
  // The npm packages are in the bundle now, unless the page imports one itself.
  const npmPreload = /<link rel="modulepreload" href="[^"]*\/_node\/[^"]+">\n?/g;
  if (!out.replace(npmPreload, "").includes("_node/")) out = out.replace(npmPreload, "");
  const preloads = preloadUrls.map((u) => `<link rel="modulepreload" href="${u}">\n`).join("");
  return out.replace(/(<link rel="modulepreload" href="[^"]+">\n)/, `$1${preloads}`);
}

/**
 * Bundle the project's modules each page imports (pages of the built site `root`), with the npm
 * packages they import, into `_import/pages/`: one entry file per page (pages with the same
 * imports share one) and chunks shared between pages. Returns each bundled page's rewritten HTML
 * and files; a page that imports none of the project's modules, or reaches one that reads
 * `import.meta`, is left out.
 */
export async function bundlePages(
  root: string,
  pages: readonly BuiltPage[],
  {
    sourceRoot = join(PROJECT_ROOT, "src"),
    plotDir = realpathSync(join(PROJECT_ROOT, "node_modules", "@observablehq", "plot")),
    nodeModules = join(PROJECT_ROOT, "node_modules")
  }: {sourceRoot?: string; plotDir?: string; nodeModules?: string} = {}
): Promise<Map<string, PageBundle>> {
  const bundleDir = join(root, "_import", "pages");
  const plans: {page: BuiltPage; specs: string[]; entry: string; modules: number}[] = [];
  for (const page of pages) {
    const specs = ownImports(page.html);
    if (specs.length === 0) continue;
    const files = specs.map((s) => resolve(dirname(page.htmlPath), s));
    const taken = importedNames(page.html);
    // Only the names the page takes, so esbuild leaves out what it does not use of each module.
    const entry = bundleEntry(
      files,
      specs.map((s) => taken.get(s))
    );
    const {meta, modules} = await readsImportMeta(root, entry);
    if (!meta) plans.push({page, specs, entry, modules});
  }
  const out = new Map<string, PageBundle>();
  if (plans.length === 0) return out;
  const entries = [...new Set(plans.map((p) => p.entry))];
  const result = await build({
    entryPoints: entries.map((_, i) => `${ENTRY}:${i}`),
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    outdir: bundleDir,
    // Named by content only: a file is cached until what it holds changes.
    entryNames: "[hash]",
    chunkNames: "shared-[hash]",
    format: "esm",
    minify: true,
    target: "es2022",
    legalComments: "none",
    charset: "utf8",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [
      pageEntries(root, entries),
      servedElsewhere(bundleDir, FRAMEWORK),
      tablesAsSchemas(root, sourceRoot),
      plotFromSource(root, plotDir, nodeModules),
      servedSideEffects(nodeModules)
    ]
  });
  mkdirSync(bundleDir, {recursive: true});
  // Outputs by their metafile keys: paths relative to the site's root.
  const metafile = result.metafile!;
  for (const f of result.outputFiles!) {
    const key = posix(relative(root, f.path));
    // The npm packages are bundled only where nothing needs a module's own address.
    if (f.text.includes("import.meta")) throw new Error(`bundle ${key} reads import.meta`);
    writeFileSync(f.path, holdsPackages(metafile, key) ? COMPILE_HINT + f.text : f.text);
  }
  const entryOutput = new Map<string, string>();
  for (const [output, o] of Object.entries(metafile.outputs)) {
    const m = o.entryPoint ? new RegExp(`${ENTRY}:(\\d+)$`).exec(o.entryPoint) : null;
    if (m) entryOutput.set(entries[Number(m[1])], output);
  }
  for (const plan of plans) {
    const files = withChunks(metafile, entryOutput.get(plan.entry)!);
    const preloaded = files.filter((f, i) => i === 0 || metafile.outputs[f].bytes >= PRELOAD_MIN_BYTES);
    const pageDir = dirname(plan.page.htmlPath);
    out.set(plan.page.htmlPath, {
      html: pointAtBundle(
        plan.page.html,
        plan.specs,
        relativeUrl(pageDir, resolve(root, files[0])),
        preloaded.map((f) => relativeUrl(pageDir, resolve(root, f)))
      ),
      file: files[0],
      files,
      preloaded,
      modules: plan.modules
    });
  }
  return out;
}

/** One page's bundle (see bundlePages), or null when it is left out. */
export async function bundlePage(
  root: string,
  htmlPath: string,
  html: string,
  options: {sourceRoot?: string; plotDir?: string; nodeModules?: string} = {}
): Promise<PageBundle | null> {
  return (await bundlePages(root, [{htmlPath, html}], options)).get(htmlPath) ?? null;
}
