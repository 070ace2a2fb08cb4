// Framework serves each npm package as one file (`_node/<name>@<version>/index.<hash>.js`) and
// leaves its package.json behind, and with it the package's `"sideEffects": false`. Without that
// declaration esbuild keeps every module a bundle imports and each of their top-level statements
// that calls something, even when nothing the page uses comes from the module: Plot imports d3
// whole (`from "d3"`), so every page evaluated, among others, d3-delaunay's arithmetic buffers (a
// few hundred Float64Arrays) for marks the site never draws. This plugin gives esbuild back the
// declaration of each served package whose installed copy (node_modules, same version) makes it.
import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import type {Plugin} from "esbuild";

/** A served package's file: `_node/<name>@<version>/<file>.js` (name may be scoped). */
const SERVED = /(?:^|[\\/])_node[\\/]((?:@[^\\/]+[\\/])?[^\\/@]+)@([^\\/]+)[\\/][^\\/]+\.js$/;

/** The package and version a served file belongs to, or null. */
export function servedPackage(path: string): {name: string; version: string} | null {
  const m = SERVED.exec(path);
  return m ? {name: m[1].replace(/\\/g, "/"), version: m[2]} : null;
}

/** Whether the installed package `name` (under `nodeModules`) is `version` and declares `"sideEffects": false`. */
export function declaresNoSideEffects(nodeModules: string, name: string, version: string): boolean {
  const file = join(nodeModules, ...name.split("/"), "package.json");
  if (!existsSync(file)) return false;
  const pkg = JSON.parse(readFileSync(file, "utf8")) as {version?: unknown; sideEffects?: unknown};
  return pkg.version === version && pkg.sideEffects === false;
}

/** A memoized `servedPath → sideEffects: false?` for the packages installed in `nodeModules`. */
export function sideEffectFree(nodeModules: string): (servedPath: string) => boolean {
  const known = new Map<string, boolean>();
  return (servedPath) => {
    const pkg = servedPackage(servedPath);
    if (!pkg) return false;
    const key = `${pkg.name}@${pkg.version}`;
    if (!known.has(key)) known.set(key, declaresNoSideEffects(nodeModules, pkg.name, pkg.version));
    return known.get(key)!;
  };
}

/** An esbuild plugin: relative imports of served packages that declare no side effects resolve with `sideEffects: false`. */
export function servedSideEffects(nodeModules: string): Plugin {
  const free = sideEffectFree(nodeModules);
  return {
    name: "served-side-effects",
    setup(build) {
      build.onResolve({filter: /_node[\\/]/}, (args) => {
        if (!args.path.startsWith(".") && !args.path.startsWith("/")) return undefined;
        const path = resolve(args.resolveDir, args.path);
        return free(path) ? {path, sideEffects: false} : undefined;
      });
    }
  };
}
