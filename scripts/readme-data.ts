// Rewrite README.md's "Data files served to the pages" section (between the data-model markers)
// from model/dataModel.ts. `--check` exits 1 when README.md is out of date.
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {updateReadme} from "../model/dataModel.js";
import {PROJECT_ROOT} from "../loaders/paths.js";

const path = join(PROJECT_ROOT, "README.md");
const current = readFileSync(path, "utf8");
const next = updateReadme(current);
if (process.argv.includes("--check")) {
  if (next !== current) {
    console.error("README.md: the data-model section is out of date; run `npx tsx scripts/readme-data.ts`");
    process.exit(1);
  }
  console.error("README.md: data-model section up to date");
} else if (next !== current) {
  writeFileSync(path, next);
  console.error("README.md: data-model section rewritten");
} else {
  console.error("README.md: data-model section already up to date");
}
