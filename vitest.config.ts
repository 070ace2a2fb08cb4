import {defineConfig} from "vitest/config";
import SummaryReporter from "./test/summaryReporter.js";

// Unit tests (Node, or jsdom per file with `// @vitest-environment jsdom`).
export default defineConfig({
  test: {
    reporters: ["default", new SummaryReporter("unit")],
    include: ["test/**/*.test.ts", "loaders/**/*.test.ts", "components/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 30_000
  }
});
