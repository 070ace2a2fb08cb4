import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";
import SummaryReporter from "./test/summaryReporter.js";

// Unit tests (Node, or jsdom per file with `// @vitest-environment jsdom`). They read the frozen
// seed snapshot (test/fixtures/kolada-seed), not data/kolada, which every refresh changes.
export default defineConfig({
  test: {
    env: {KOLADA_SNAPSHOT_DIR: fileURLToPath(new URL("./test/fixtures/kolada-seed", import.meta.url))},
    reporters: ["default", new SummaryReporter("unit")],
    include: ["test/**/*.test.ts", "loaders/**/*.test.ts", "components/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 30_000
  }
});
