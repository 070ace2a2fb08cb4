import {defineConfig} from "vitest/config";
import SummaryReporter from "./test/summaryReporter.js";

// The browser suite: Chromium against the built dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    reporters: ["default", new SummaryReporter("browser")],
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false
  }
});
