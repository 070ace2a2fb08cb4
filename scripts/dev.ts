// `npm run dev`: the same input the build gives Framework (the pages' bundles and the parts drawn
// at build time, ./site/prepare.ts), the bundles kept up to date while sources change, and
// Framework's preview server with live reload. The parts drawn at build time are drawn once, at the
// start: after changing what they show (a report, the snapshot, a section), start again.
import {spawn} from "node:child_process";
import {join} from "node:path";
import {PROJECT_ROOT} from "../loaders/paths.js";
import {watchPages} from "./site/bundle.js";
import {prepareCache} from "./site/framework.js";
import {STATIC_DIR, writeStaticParts} from "./site/staticParts.js";

// The validated inputs, shared by the parts drawn here and the data archive's loader (loaders/inputCache.ts).
process.env.UPPF_INPUT_CACHE ??= join(PROJECT_ROOT, ".cache", "inputs");
prepareCache(join(PROJECT_ROOT, "src"), join(PROJECT_ROOT, "package-lock.json"));
const stop = await watchPages((files, error) => {
  if (error) process.stderr.write(`dev: bundling failed (the previous bundles stay):\n${error.message}\n`);
  else process.stderr.write(`dev: ${files.length} bundle file(s) written\n`);
});
writeStaticParts(STATIC_DIR);
const preview = spawn(join(PROJECT_ROOT, "node_modules", ".bin", "observable"), ["preview", ...process.argv.slice(2)], {cwd: PROJECT_ROOT, stdio: "inherit"});
process.on("SIGINT", () => preview.kill());
preview.on("exit", (code) => void stop().then(() => process.exit(code ?? 0)));
