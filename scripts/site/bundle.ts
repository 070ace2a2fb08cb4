// One module per page for the project's own code. Framework serves each of the project's modules
// (/_import) as a file of its own, so a dashboard page asks for 25–40 small modules before it can
// draw; on a phone over a mobile network each is a round trip. After the build, this step bundles
// the modules a page imports into one file (esbuild, minified), leaves the npm packages (/_node)
// and Framework's client (/_observablehq) as they are, and points the page at the bundle.
// A page whose modules use `import.meta` (Utforska: DuckDB finds its worker relative to its module)
// keeps its separate modules. The model's table modules enter a bundle as their tables' wire
// schemas only (./schemaModule.ts): the pages check files against them, the descriptions are docs.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve, sep} from "node:path";
import {build, type Plugin} from "esbuild";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {schemaModuleFor} from "./schemaModule.js";

/** A page's dynamic imports of the project's own modules: `import("./_import/…js")`, in order of first use. */
export function ownImports(html: string): string[] {
  return [...new Set([...html.matchAll(/import\("((?:\.\.?\/)+_import\/[^"]+\.js)"\)/g)].map((m) => m[1]))];
}

const posix = (path: string) => path.split(sep).join("/");
const relativeUrl = (fromDir: string, to: string) => {
  const r = posix(relative(fromDir, to));
  return r.startsWith(".") ? r : `./${r}`;
};

/** Keep /_node and /_observablehq imports external, rewritten to be relative to the bundle's folder. */
function servedElsewhere(bundleDir: string): Plugin {
  return {
    name: "served-elsewhere",
    setup(build) {
      build.onResolve({filter: /(^|\/)_(node|observablehq)\//}, (args) => ({
        path: relativeUrl(bundleDir, resolve(args.resolveDir, args.path)),
        external: true
      }));
    }
  };
}

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
  /** The page's HTML pointing at the bundle. */
  html: string;
  /** The bundle's path under the output directory. */
  file: string;
  /** How many modules it replaces. */
  modules: number;
}

/**
 * Bundle the project's modules imported by the page at `htmlPath` (inside the built site `root`)
 * into `_import/pages/<hash>.js`; returns the rewritten HTML, or null when the page imports
 * none or one of them reads `import.meta`.
 */
export async function bundlePage(
  root: string,
  htmlPath: string,
  html: string,
  {sourceRoot = join(PROJECT_ROOT, "src")}: {sourceRoot?: string} = {}
): Promise<PageBundle | null> {
  const specs = ownImports(html);
  if (specs.length === 0) return null;
  const pageDir = dirname(htmlPath);
  const files = specs.map((s) => resolve(pageDir, s));
  const bundleDir = join(root, "_import", "pages");
  const taken = importedNames(html);
  // Only the names the page takes, so esbuild leaves out what it does not use of each module.
  const entry = bundleEntry(
    files,
    specs.map((s) => taken.get(s))
  );
  const result = await build({
    stdin: {contents: entry, resolveDir: root, loader: "js", sourcefile: relative(root, htmlPath)},
    absWorkingDir: root,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2022",
    legalComments: "none",
    charset: "utf8",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [servedElsewhere(bundleDir), tablesAsSchemas(root, sourceRoot)]
  });
  const inputs = Object.keys(result.metafile!.inputs).filter((f) => f.endsWith(".js"));
  if (inputs.some((f) => readFileSync(resolve(root, f), "utf8").includes("import.meta"))) return null;
  const code = result.outputFiles[0].text;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 8);
  // Named by content only: pages with the same modules (the audit pages) share one cached file.
  const file = join(bundleDir, `${hash}.js`);
  mkdirSync(bundleDir, {recursive: true});
  writeFileSync(file, code);
  const url = relativeUrl(pageDir, file);
  let out = html;
  specs.forEach((s, i) => {
    out = out.split(`import(${JSON.stringify(s)})`).join(`import(${JSON.stringify(url)}).then((b) => b.m${i})`);
  });
  // One preload for the bundle instead of one per module.
  out = out.replace(/<link rel="modulepreload" href="(?:\.\.?\/)+_import\/[^"]+\.js">\n?/g, "");
  out = out.replace(/(<link rel="modulepreload" href="[^"]+">\n)/, `$1<link rel="modulepreload" href="${url}">\n`);
  return {html: out, file: posix(relative(root, file)), modules: inputs.length};
}
