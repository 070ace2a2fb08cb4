// A vitest reporter that ends the run with a plain "suite: N passed, N failed" line (what CI
// reads) and records the counts in test/tmp/summary-<suite>.json for .ci/run's total.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {Reporter, TestModule} from "vitest/node";

export default class SummaryReporter implements Reporter {
  constructor(private readonly suite = process.env.UPPF_SUITE ?? "tests") {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = {passed: 0, failed: 0, skipped: 0};
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      if (module.state() === "failed" && Array.from(module.children.allTests()).length === 0) counts.failed++; // a file that failed to load
    }
    const dir = join(process.cwd(), "test", "tmp");
    mkdirSync(dir, {recursive: true});
    writeFileSync(join(dir, `summary-${this.suite}.json`), JSON.stringify(counts) + "\n");
    process.stdout.write(`\n${this.suite}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}\n`);
  }
}
