// `npm run bundle`: the pages' bundles and the minified stylesheet into src/bundles/ (what
// `npm run build` and `npm run dev` do first; see scripts/site/bundle.ts).
import {runMain} from "../loaders/errors.js";
import {bundlePages} from "./site/bundle.js";

await runMain(async () => {
  const files = await bundlePages();
  console.error(`bundle: ${files.length} file(s) in src/bundles/`);
});
