// The weekly workflow (.github/workflows/refresh.yml) when the removal guard stops the refresh:
// its shell steps run here under bash with stand-ins for `npm` and `gh` (recording their
// arguments; `gh issue list` answers through the real jq), so the step logic is exercised, not
// just read: exit code 3 goes on to one issue (opened, or commented on when already open) and
// then fails the job before anything is committed, built or deployed.
import {spawnSync} from "node:child_process";
import {chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import YAML from "yaml";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {tempDir} from "../support/entry.js";

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
}
const workflow = YAML.parse(readFileSync(join(PROJECT_ROOT, ".github", "workflows", "refresh.yml"), "utf8"));
const steps: Step[] = workflow.jobs.refresh.steps;
const step = (name: RegExp) => {
  const s = steps.find((x) => x.name && name.test(x.name));
  if (!s?.run) throw new Error(`no step ${name}`);
  return s;
};

const REPORT = "Kolada refresh 2026-11-23 stopped: 1784 values would be removed\n\n## Stopped by the removal guard\n\n- **KPI U40455**: 1 784 values\n";
let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir("uppf-workflow-");
  // npm: records its arguments, writes a change report as the refresh would, exits with $FAKE_NPM_EXIT.
  writeFileSync(
    join(tmp.dir, "npm"),
    `#!/bin/bash\necho "npm $*" >> "$CALLS"\nprintf '%s' "$FAKE_REPORT" > "$RUNNER_TEMP/kolada-change-report.md"\nexit "$FAKE_NPM_EXIT"\n`
  );
  // gh: records its arguments; "issue list … --jq EXPR" applies EXPR to $FAKE_ISSUES with jq.
  writeFileSync(
    join(tmp.dir, "gh"),
    `#!/bin/bash\necho "gh $*" >> "$CALLS"\nif [ "$1 $2" = "issue list" ]; then\n  while [ $# -gt 0 ]; do if [ "$1" = "--jq" ]; then jq -r "$2" <<< "$FAKE_ISSUES"; fi; shift; done\nfi\n`
  );
  chmodSync(join(tmp.dir, "npm"), 0o755);
  chmodSync(join(tmp.dir, "gh"), 0o755);
});
afterAll(() => tmp.remove());

let runs = 0;
/** Run a step's script as Actions does (bash -e), in a fresh runner temp directory (holding the refresh's report when `report`). */
function runStep(s: Step, env: Record<string, string>, report = false) {
  const runner = join(tmp.dir, `run-${++runs}`);
  mkdirSync(runner);
  if (report) writeFileSync(join(runner, "kolada-change-report.md"), REPORT);
  const files = {calls: join(runner, "calls"), output: join(runner, "output")};
  const r = spawnSync("bash", ["-e", "-c", s.run!], {
    encoding: "utf8",
    env: {
      PATH: `${tmp.dir}:${process.env.PATH}`,
      RUNNER_TEMP: runner,
      GITHUB_OUTPUT: files.output,
      CALLS: files.calls,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "uppf/uppfoljning",
      GITHUB_RUN_ID: "4242",
      GH_TOKEN: "not-a-token",
      FAKE_REPORT: REPORT,
      FAKE_NPM_EXIT: "0",
      FAKE_ISSUES: "[]",
      SINCE: "",
      ACCEPT_REMOVALS: "false",
      ...env
    }
  });
  const read = (f: string) => (existsSync(f) ? readFileSync(f, "utf8") : "");
  return {
    status: r.status,
    stdout: r.stdout,
    calls: read(files.calls).trim().split("\n").filter(Boolean),
    output: read(files.output),
    runner
  };
}

describe("the refresh step", () => {
  test("exit code 3 (removal guard) lets the job go on to the guard steps; the code is kept as a step output", () => {
    const r = runStep(step(/^Refresh the Kolada snapshot/), {FAKE_NPM_EXIT: "3"});
    expect(r.status).toBe(0);
    expect(r.output).toBe("exit_code=3\n");
    expect(r.calls).toEqual([`npm run data:refresh -- --report ${r.runner}/kolada-change-report.md`]);
  });
  test("any other failure fails the step; success passes; --since and --accept-removals are passed on", () => {
    expect(runStep(step(/^Refresh the Kolada snapshot/), {FAKE_NPM_EXIT: "1"})).toMatchObject({
      status: 1,
      output: "exit_code=1\n"
    });
    const ok = runStep(step(/^Refresh the Kolada snapshot/), {SINCE: "2026-11-01", ACCEPT_REMOVALS: "true"});
    expect(ok.status).toBe(0);
    expect(ok.calls[0]).toBe(`npm run data:refresh -- --report ${ok.runner}/kolada-change-report.md --since 2026-11-01 --accept-removals`);
  });
});

describe("when the guard stopped the refresh", () => {
  const issueStep = () => step(/open or update the issue/);

  test("the guard steps run only on exit code 3, and the job stops before commit, build, push and deploy", () => {
    const i = steps.indexOf(issueStep());
    const stop = steps[i + 1];
    expect(issueStep().if).toBe("steps.refresh.outputs.exit_code == '3'");
    expect(stop.if).toBe("steps.refresh.outputs.exit_code == '3'");
    expect(runStep(stop, {}).status).toBe(1);
    const later = steps.slice(i + 2);
    expect(later.map((s) => s.name ?? s.uses)).toEqual(
      expect.arrayContaining([
        "Commit the snapshot change (local)",
        "Build (from the new snapshot)",
        "Push the snapshot commit",
        "actions/upload-pages-artifact@v3"
      ])
    );
    for (const s of later) expect(s.if ?? "", s.name ?? s.uses).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    expect(workflow.jobs.deploy.needs).toBe("refresh");
    expect(workflow.permissions.issues).toBe("write");
  });

  test("no open issue: one is opened with the fixed title and label, the run's link and the change report", () => {
    const r = runStep(issueStep(), {FAKE_ISSUES: JSON.stringify([{number: 3, title: "Något annat"}])}, true);
    expect(r.status).toBe(0);
    const body = `${r.runner}/issue-body.md`;
    expect(r.calls).toEqual([
      `gh label create kolada-refresh --color B60205 --description The weekly Kolada refresh needs a person --force`,
      `gh issue list --state open --label kolada-refresh --json number,title --jq map(select(.title == "Kolada refresh stopped: values would be removed")) | .[0].number // empty`,
      `gh issue create --title Kolada refresh stopped: values would be removed --label kolada-refresh --body-file ${body}`
    ]);
    const text = readFileSync(body, "utf8");
    expect(text).toContain("https://github.com/uppf/uppfoljning/actions/runs/4242");
    expect(text).toContain("--accept-removals");
    expect(text.endsWith(REPORT)).toBe(true);
  });

  test("an open issue: it is commented on, not opened again", () => {
    const r = runStep(
      issueStep(),
      {
        FAKE_ISSUES: JSON.stringify([
          {number: 3, title: "Något annat"},
          {number: 17, title: "Kolada refresh stopped: values would be removed"}
        ])
      },
      true
    );
    expect(r.status).toBe(0);
    expect(r.calls.at(-1)).toBe(`gh issue comment 17 --body-file ${r.runner}/issue-body.md`);
    expect(r.calls.some((c) => c.startsWith("gh issue create"))).toBe(false);
  });
});
