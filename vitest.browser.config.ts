import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";
import SummaryReporter from "./test/summaryReporter.js";

// The browser suite: Chromium against the built dist/ (run `npm run build` first). The tests of the
// thin snapshot run on a site built with the frozen seed (test/fixtures/kolada-seed), which is
// dist/ itself while data/kolada is the seed; what they read of the snapshot in Node is the seed too.
export default defineConfig({
  test: {
    env: {KOLADA_SNAPSHOT_DIR: fileURLToPath(new URL("./test/fixtures/kolada-seed", import.meta.url))},
    reporters: ["default", new SummaryReporter("browser")],
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false
  }
});
