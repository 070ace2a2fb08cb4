// One module per page for the project's own code. Framework serves each of the project's modules
// (/_import) as a file of its own, so a dashboard page asks for 25–40 small modules before it can
// draw; on a phone over a mobile network each is a round trip. After the build, this step bundles
// the modules a page imports into one file (esbuild, minified), leaves the npm packages (/_node)
// and Framework's client (/_observablehq) as they are, and points the page at the bundle.
// A page whose modules use `import.meta` (Utforska: DuckDB finds its worker relative to its module)
// keeps its separate modules.
import {createHash} from "node:crypto";
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve, sep} from "node:path";
import {build, type Plugin} from "esbuild";

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
export async function bundlePage(root: string, htmlPath: string, html: string): Promise<PageBundle | null> {
  const specs = ownImports(html);
  if (specs.length === 0) return null;
  const pageDir = dirname(htmlPath);
  const files = specs.map((s) => resolve(pageDir, s));
  const bundleDir = join(root, "_import", "pages");
  const entry = files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join("\n");
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
    plugins: [servedElsewhere(bundleDir)]
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
