import {defineConfig} from "vitest/config";

// Unit tests (Node, or jsdom per file with `// @vitest-environment jsdom`).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "loaders/**/*.test.ts", "components/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 30_000
  }
});
