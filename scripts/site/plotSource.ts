// Plot enters the pages' bundles from its source (node_modules/@observablehq/plot/src) rather than
// from Framework's prebuilt copy, for one change: Plot makes its default number formatter when its
// module is evaluated (`export const formatDefault = formatAuto()` builds an Intl.NumberFormat for
// "en-US"). The first Intl object a page makes loads the browser's locale data: 142 of the 214 ms
// that evaluating the Plot chunk took on Resultat at 4× CPU. The pages give their own formats, so
// that formatter is rarely used; here it is made on first use. Plot's imports of other packages
// (d3, isoformat, interval-tree-1d) resolve to the copies Framework serves (/_node), the same
// files the project's own modules import, so no package enters a bundle twice.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import type {Plugin} from "esbuild";
import {sideEffectFree} from "./sideEffects.js";

/** Framework's served copy of Plot: `_node/@observablehq/plot@<version>/index.<hash>.js`. */
const SERVED_PLOT = /(^|\/)_node\/@observablehq\/plot@([^/]+)\/index\.[0-9a-f]{8}\.js$/;

const EAGER = "export const formatDefault = formatAuto();";
const LAZY = [
  "// Made on first use by the site's build (scripts/site/plotSource.ts), not when the module is evaluated.",
  "let defaultNumber;",
  "export function formatDefault(v) {",
  '  return (v instanceof Date ? formatIsoDate : typeof v === "number" ? (defaultNumber ??= formatNumber()) : string)(v);',
  "}"
].join("\n");

/** Plot's format.js with its default formatter made on first use; throws when the source no longer has the line this replaces. */
export function lazyFormatDefault(source: string, file = "format.js"): string {
  const at = source.indexOf(EAGER);
  if (at < 0 || source.indexOf(EAGER, at + 1) >= 0) throw new Error(`${file}: expected one "${EAGER}" (Plot changed; review scripts/site/plotSource.ts)`);
  return source.replace(EAGER, LAZY);
}

/** The one served copy of an npm package in the built site (`_node/<name>@<version>/index.<hash>.js`), or null. */
export function servedCopy(root: string, name: string): string | null {
  const scope = name.startsWith("@") ? name.split("/")[0] : "";
  const base = name.startsWith("@") ? name.split("/")[1] : name;
  const dir = join(root, "_node", scope);
  if (!existsSync(dir)) return null;
  const versions = readdirSync(dir).filter((d) => d.startsWith(`${base}@`));
  if (versions.length !== 1) return null;
  const index = readdirSync(join(dir, versions[0])).filter((f) => /^index\.[0-9a-f]{8}\.js$/.test(f));
  return index.length === 1 ? join(dir, versions[0], index[0]) : null;
}

/**
 * An esbuild plugin: imports of Framework's copy of Plot resolve to Plot's source in `plotDir`
 * (when its version is the one Framework served), Plot's imports of other packages to their
 * served copies under `root` (without side effects where the package installed in `nodeModules`
 * declares none: ./sideEffects.ts), and Plot's format.js is loaded with `lazyFormatDefault`.
 */
export function plotFromSource(root: string, plotDir: string, nodeModules = dirname(dirname(plotDir))): Plugin {
  const src = join(plotDir, "src");
  const installed = existsSync(join(plotDir, "package.json"))
    ? (JSON.parse(readFileSync(join(plotDir, "package.json"), "utf8")) as {version: string}).version
    : null;
  // Plot imports d3 from 67 modules: find each package's served copy once.
  const served = new Map<string, string | null>();
  const free = sideEffectFree(nodeModules);
  const copyOf = (name: string) => {
    if (!served.has(name)) served.set(name, servedCopy(root, name));
    return served.get(name)!;
  };
  return {
    name: "plot-from-source",
    setup(build) {
      build.onResolve({filter: SERVED_PLOT}, (args) => {
        const version = SERVED_PLOT.exec(args.path)![2];
        return version === installed ? {path: join(src, "index.js")} : undefined;
      });
      build.onResolve({filter: /^[^./]/}, (args) => {
        if (!args.importer.startsWith(src)) return undefined;
        const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
        const copy = copyOf(name);
        if (!copy || name !== args.path) return {errors: [{text: `Plot imports ${args.path}, which the site does not serve as one copy (_node/${name}@…)`}]};
        return {path: copy, sideEffects: free(copy) ? false : undefined};
      });
      build.onLoad({filter: /[\\/]plot[\\/]src[\\/]format\.js$/}, (args) => ({
        contents: lazyFormatDefault(readFileSync(args.path, "utf8"), args.path),
        loader: "js",
        resolveDir: dirname(args.path)
      }));
    }
  };
}
