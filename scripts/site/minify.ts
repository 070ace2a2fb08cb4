// Minification of the site's own modules and stylesheet after Framework's build. Framework bundles
// and minifies the npm packages it serves (/_node), but serves the project's own modules (/_import)
// as transpiled, with their whitespace and long local names; minifying them shrinks what every page
// loads (the bench's bytes per page). Exports and import specifiers are kept as they are, so the
// module graph and its hashed file names are unchanged.
import {transformSync} from "esbuild";

/** An ES module's text, minified (exports, imports and behaviour unchanged). */
export function minifyModule(code: string): string {
  return transformSync(code, {loader: "js", format: "esm", minify: true, target: "es2022", legalComments: "none", charset: "utf8"}).code;
}

/** A stylesheet's text, minified. */
export function minifyStylesheet(css: string): string {
  return transformSync(css, {loader: "css", minify: true, legalComments: "none"}).code;
}

/** True for a built file that is the project's own (under /_import), the only files this step rewrites. */
export const isOwnAsset = (relativePath: string): boolean => /(^|[\\/])_import[\\/]/.test(relativePath) && /\.(js|css)$/.test(relativePath);
