// What the build and the preview server feed Framework before it runs, written into the Framework
// root (ignored by git): every page's code as a bundle (src/bundles/, ./bundle.ts) and the parts of
// the pages drawn at build time (src/.static/, ./staticParts.ts). The same step runs before `observable build`
// and before `observable preview`, so both serve the same modules and the same HTML.
import {bundlePages} from "./bundle.js";
import {STATIC_DIR, writeStaticParts} from "./staticParts.js";

/** Write the bundles and the static parts; returns the time each took (ms), for the build's log. */
export async function prepareSource(): Promise<{bundles: number; parts: number}> {
  const t0 = performance.now();
  await bundlePages();
  const t1 = performance.now();
  writeStaticParts(STATIC_DIR);
  return {bundles: t1 - t0, parts: performance.now() - t1};
}
