// What the build and the preview server feed Framework before it runs, written into the Framework
// root (ignored by git): every page's code as a bundle (src/bundles/, ./bundle.ts) and the parts of
// the pages drawn at build time (src/.static/, ./staticParts.ts). The same step runs before `observable build`
// and before `observable preview`, so both serve the same modules and the same HTML.
import {bundlePages} from "./bundle.js";
import {STATIC_DIR, writeStaticParts} from "./staticParts.js";

/** Write the bundles and the static parts; `done(stage)` is called as each ends (the build's log of times). */
export async function prepareSource(done: (stage: string) => void = () => {}): Promise<void> {
  await bundlePages();
  done("bundles");
  writeStaticParts(STATIC_DIR);
  done("static parts");
}
