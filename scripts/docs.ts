// `npm run docs`: write the generated reference in docs/ from the code (the data model and the
// catalogue). `npm run docs -- --check` exits 1 when a file is out of date (the unit tests check too).
import {readFileSync, writeFileSync, existsSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "../loaders/paths.js";
import {GENERATED_DOCS} from "./docs/generated.js";

const check = process.argv.includes("--check");
let stale = 0;
for (const [file, render] of Object.entries(GENERATED_DOCS)) {
  const path = join(PROJECT_ROOT, file);
  const next = render();
  const current = existsSync(path) ? readFileSync(path, "utf8") : null;
  if (current === next) continue;
  if (check) {
    console.error(`${file}: out of date; run \`npm run docs\``);
    stale++;
  } else {
    writeFileSync(path, next);
    console.error(`${file}: written`);
  }
}
if (stale) process.exit(1);
console.error(check ? "docs: up to date" : "docs: done");
