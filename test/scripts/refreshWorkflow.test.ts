// The weekly workflow (.github/workflows/refresh.yml) when something fails: its shell steps run
// here under bash with stand-ins for `npm`, `git` and `gh` (recording their arguments; `gh issue
// list` answers through the real jq), so the step logic is exercised, not just read. Single steps:
// exit code 3 goes on to one issue (opened, or commented on when already open) and then fails the
// job before anything is committed, built or deployed. The whole job: its steps in order, each
// step's `if:` evaluated as Actions does (an implicit success() unless the condition names a status
// function), so a failed refresh (any exit code) or a failed build is shown to open or update its
// issue, to skip commit, push and the Pages upload, and to fail the job; a successful run opens none.
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
  env?: Record<string, string>;
}
const workflow = YAML.parse(readFileSync(join(PROJECT_ROOT, ".github", "workflows", "refresh.yml"), "utf8"));
const steps: Step[] = workflow.jobs.refresh.steps;
const step = (name: RegExp) => {
  const s = steps.find((x) => x.name && name.test(x.name));
  if (!s?.run) throw new Error(`no step ${name}`);
  return s;
};
/** The steps that tell a person (they call the one issue script). */
const notifies = (s: Step) => s.run?.includes("scripts/ci/refresh-issue.sh") ?? false;

const TITLES = {
  guard: "Kolada refresh stopped: values would be removed",
  refresh: "Kolada refresh failed",
  build: "Site build failed after the Kolada refresh"
};
const RUN_LINK = "https://github.com/uppf/uppfoljning/actions/runs/4242";
const REPORT = "Kolada refresh 2026-11-23 stopped: 1784 values would be removed\n\n## Stopped by the removal guard\n\n- **KPI U40455**: 1 784 values\n";
let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir("uppf-workflow-");
  // npm: records its arguments. `run data:refresh` writes $FAKE_REPORT as the change report (when
  // not empty), prints $FAKE_REFRESH_OUTPUT on stderr and exits with $FAKE_NPM_EXIT; `run build`
  // prints $FAKE_BUILD_OUTPUT on stderr and exits with $FAKE_BUILD_EXIT; anything else (npm ci) passes.
  writeFileSync(
    join(tmp.dir, "npm"),
    `#!/bin/bash
echo "npm $*" >> "$CALLS"
case "$1 $2" in
  "run data:refresh")
    if [ -n "$FAKE_REPORT" ]; then printf '%s' "$FAKE_REPORT" > "$RUNNER_TEMP/kolada-change-report.md"; fi
    printf '%s' "$FAKE_REFRESH_OUTPUT" >&2
    exit "$FAKE_NPM_EXIT" ;;
  "run build")
    printf '%s' "$FAKE_BUILD_OUTPUT" >&2
    exit "$FAKE_BUILD_EXIT" ;;
esac
`
  );
  // gh: records its arguments; "issue list … --jq EXPR" applies EXPR to $FAKE_ISSUES with jq.
  writeFileSync(
    join(tmp.dir, "gh"),
    `#!/bin/bash\necho "gh $*" >> "$CALLS"\nif [ "$1 $2" = "issue list" ]; then\n  while [ $# -gt 0 ]; do if [ "$1" = "--jq" ]; then jq -r "$2" <<< "$FAKE_ISSUES"; fi; shift; done\nfi\n`
  );
  // git: records its arguments; `git diff --quiet` exits with $FAKE_GIT_DIFF (1: data/kolada changed).
  writeFileSync(join(tmp.dir, "git"), `#!/bin/bash\necho "git $*" >> "$CALLS"\nif [ "$1" = diff ]; then exit "$FAKE_GIT_DIFF"; fi\n`);
  for (const f of ["npm", "gh", "git"]) chmodSync(join(tmp.dir, f), 0o755);
});
afterAll(() => tmp.remove());

const read = (f: string) => (existsSync(f) ? readFileSync(f, "utf8") : "");
const callsIn = (runner: string) => read(join(runner, "calls")).trim().split("\n").filter(Boolean);

let runs = 0;
function newRunner(report = false) {
  const runner = join(tmp.dir, `run-${++runs}`);
  mkdirSync(runner);
  if (report) writeFileSync(join(runner, "kolada-change-report.md"), REPORT);
  return runner;
}

/** Run a script as Actions runs a step's `run:` (bash --noprofile --norc -eo pipefail), from the checkout, in the runner temp directory `runner`. */
function runScript(script: string, runner: string, output: string, env: Record<string, string>) {
  const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: {
      PATH: `${tmp.dir}:${process.env.PATH}`,
      RUNNER_TEMP: runner,
      GITHUB_OUTPUT: output,
      CALLS: join(runner, "calls"),
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "uppf/uppfoljning",
      GITHUB_RUN_ID: "4242",
      GH_TOKEN: "not-a-token",
      FAKE_REPORT: REPORT,
      FAKE_REFRESH_OUTPUT: "",
      FAKE_NPM_EXIT: "0",
      FAKE_BUILD_OUTPUT: "",
      FAKE_BUILD_EXIT: "0",
      FAKE_GIT_DIFF: "1",
      FAKE_ISSUES: "[]",
      SINCE: "",
      ACCEPT_REMOVALS: "false",
      ...env
    }
  });
  return {status: r.status, stdout: r.stdout};
}

/** Run one step's script alone, in a fresh runner temp directory (holding the refresh's report when `report`). */
function runStep(s: Step, env: Record<string, string>, report = false) {
  const runner = newRunner(report);
  const output = join(runner, "output");
  const r = runScript(s.run!, runner, output, env);
  return {status: r.status, stdout: r.stdout, calls: callsIn(runner), output: read(output), runner};
}

type Outcome = "success" | "failure" | "skipped";
interface Context {
  steps: Record<string, {outcome: Outcome; outputs: Record<string, string>}>;
  inputs: Record<string, string>;
}

/** The value of the expressions this workflow's `if:` and `env:` use; any other throws, so a new kind of condition cannot pass unevaluated. */
function value(expr: string, ctx: Context): string {
  let m: RegExpExecArray | null;
  if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return ctx.steps[m[1]]?.outputs[m[2]] ?? "";
  if ((m = /^steps\.([\w-]+)\.outcome$/.exec(expr))) return ctx.steps[m[1]]?.outcome ?? "";
  if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return ctx.inputs[m[1]] ?? "";
  if (expr === "github.token") return "not-a-token";
  if (/^vars\.[\w-]+$/.test(expr)) return ""; // repository variables: none is set here
  throw new Error(`the test does not evaluate the expression ${expr}`);
}

/** A step's `if:` as Actions decides it: terms joined by &&; without a status function, success() is implied. */
function stepRuns(condition: string | undefined, ctx: Context, jobFailed: boolean): boolean {
  const terms = (condition ?? "")
    .replace(/^\$\{\{([\s\S]*)\}\}$/, "$1")
    .split("&&")
    .map((t) => t.trim())
    .filter(Boolean);
  const status: Record<string, boolean> = {"success()": !jobFailed, "failure()": jobFailed, "always()": true, "cancelled()": false};
  if (!terms.some((t) => t in status)) terms.unshift("success()");
  return terms.every((t) => {
    if (t in status) return status[t];
    const m = /^(\S+)\s*(==|!=)\s*'([^']*)'$/.exec(t);
    if (!m) throw new Error(`the test does not evaluate the condition term ${t}`);
    return (value(m[1], ctx) === m[3]) === (m[2] === "==");
  });
}

/**
 * Run the refresh job: every step in order, `uses:` steps counted as succeeding without running,
 * `run:` steps under bash with the step's `env:` resolved; RUNNER_TEMP is shared, GITHUB_OUTPUT is per step.
 */
function runJob(env: Record<string, string>, inputs: Record<string, string> = {since: "", accept_removals: ""}) {
  const runner = newRunner();
  const ctx: Context = {steps: {}, inputs};
  let failed = false;
  let stdout = "";
  const outcomes: Record<string, Outcome> = {};
  steps.forEach((s, i) => {
    let outcome: Outcome = "skipped";
    let outputs: Record<string, string> = {};
    if (stepRuns(s.if, ctx, failed)) {
      if (s.uses) outcome = "success";
      else {
        const stepEnv = Object.fromEntries(
          Object.entries(s.env ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, e: string) => value(e, ctx))])
        );
        const output = join(runner, `output-${i}`);
        const r = runScript(s.run!, runner, output, {...env, ...stepEnv});
        stdout += r.stdout;
        outcome = r.status === 0 ? "success" : "failure";
        outputs = Object.fromEntries(
          read(output)
            .split("\n")
            .filter(Boolean)
            .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])
        );
      }
    }
    if (outcome === "failure") failed = true;
    if (s.id) ctx.steps[s.id] = {outcome, outputs};
    outcomes[s.name ?? s.uses ?? s.run!] = outcome;
  });
  const calls = callsIn(runner);
  const body = read(join(runner, "issue-body.md"));
  return {failed, outcomes, calls, body, stdout, runner, gh: calls.filter((c) => c.startsWith("gh issue create") || c.startsWith("gh issue comment"))};
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
  test("its output (stdout and stderr) is shown and kept in the runner's temp directory, with the exit code", () => {
    const r = runStep(step(/^Refresh the Kolada snapshot/), {FAKE_NPM_EXIT: "4", FAKE_REFRESH_OUTPUT: "data:refresh failed: a value breaks a rule\n"});
    expect(r.status).toBe(4);
    expect(r.stdout).toContain("data:refresh failed: a value breaks a rule");
    expect(readFileSync(join(r.runner, "refresh.log"), "utf8")).toBe("data:refresh failed: a value breaks a rule\n");
    expect(readFileSync(join(r.runner, "refresh-exit-code"), "utf8")).toBe("4\n");
  });
});

describe("when the guard stopped the refresh", () => {
  const issueStep = () => step(/^Removal guard stopped the refresh/);

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
    // Only the steps that tell a person run after a failure; nothing runs regardless (always()) or on cancel.
    for (const s of later) {
      if (notifies(s)) expect(s.if ?? "", s.name).not.toMatch(/always\(\)|cancelled\(\)/);
      else expect(s.if ?? "", s.name ?? s.uses).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    }
    expect(workflow.jobs.deploy.needs).toBe("refresh");
    expect(workflow.jobs.deploy.if).toBeUndefined(); // so it is skipped when the refresh job failed
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
    expect(text).toContain(RUN_LINK);
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

  test("the whole job: the guard's issue only, then the job fails with nothing committed, built or uploaded", () => {
    const job = runJob({FAKE_NPM_EXIT: "3"});
    expect(job.failed).toBe(true);
    expect(job.gh).toEqual([`gh issue create --title ${TITLES.guard} --label kolada-refresh --body-file ${job.runner}/issue-body.md`]);
    expect(job.outcomes["Refresh failed - open or update the issue"]).toBe("skipped");
    expect(job.calls.filter((c) => c.startsWith("git ") || c === "npm run build")).toEqual([]);
    expect(job.outcomes["actions/upload-pages-artifact@v3"]).toBe("skipped");
    expect(job.stdout).toContain("::error title=Removal guard::");
  });
});

/** A refresh that failed after some progress: 100 progress lines, then the error; only the last 60 lines reach the issue. */
const refreshOutput = (error: string) =>
  Array.from({length: 100}, (_, i) => `kpi batch ${String(i + 1).padStart(3, "0")}/100: page 1 of 1\n`).join("") +
  `${error}\nThe snapshot in /home/runner/work/uppfoljning/data/kolada was not changed.\n`;

describe("when the refresh failed for another reason (exit code 1, 2, 4)", () => {
  const cases = [
    {
      code: "1",
      error: "data:refresh failed: GET https://api.kolada.se/v3/data/kpi/N00914/municipality/1487/year/2025: HTTP 503 after 4 attempts",
      guidance: "npm run data:refresh -- --check"
    },
    {code: "2", error: 'data:refresh: --since: "2026-13-01" is not a date (YYYY-MM-DD)', guidance: "bad argument"},
    {
      code: "4",
      error: 'data:refresh failed: U40455, kommun 1487, 2025, gender T: value -3 breaks the rule "a count is never negative" (model/catalogue.ts)',
      guidance: "Ask Kolada"
    }
  ];

  test.each(cases)(
    "exit code $code: an issue with the error, the guidance and the run's link; nothing committed, pushed or uploaded; the job fails",
    ({code, error, guidance}) => {
      const job = runJob({FAKE_NPM_EXIT: code, FAKE_REPORT: "", FAKE_REFRESH_OUTPUT: refreshOutput(error)});
      expect(job.failed).toBe(true);
      expect(job.outcomes["Refresh the Kolada snapshot"]).toBe("failure");
      expect(job.outcomes["Refresh failed - open or update the issue"]).toBe("success");
      expect(job.gh).toEqual([`gh issue create --title ${TITLES.refresh} --label kolada-refresh --body-file ${job.runner}/issue-body.md`]);
      expect(job.body).toContain(`exit code ${code}`);
      expect(job.body).toContain(guidance);
      expect(job.body).toContain(error);
      expect(job.body).toContain(RUN_LINK);
      expect(job.body).toContain("kpi batch 100/100");
      expect(job.body).toContain("kpi batch 043/100"); // the last 60 lines: 43…100, the error and the closing line
      expect(job.body).not.toContain("kpi batch 042/100");
      expect(job.body).not.toContain("Stopped by the removal guard"); // no change report was written
      for (const s of ["Removal guard stopped the refresh - open or update the issue", "Commit the snapshot change (local)", "Build (from the new snapshot)"])
        expect(job.outcomes[s], s).toBe("skipped");
      for (const s of ["Push the snapshot commit", "actions/configure-pages@v5", "actions/upload-pages-artifact@v3"])
        expect(job.outcomes[s], s).toBe("skipped");
      expect(job.calls.filter((c) => c.startsWith("git ") || c === "npm run build")).toEqual([]);
      expect(job.stdout).toContain(`::error title=Kolada refresh failed::npm run data:refresh exited ${code}`);
    }
  );

  test("an open issue of that kind is commented on; the other kinds' open issues are left alone", () => {
    const job = runJob({
      FAKE_NPM_EXIT: "4",
      FAKE_REPORT: "",
      FAKE_REFRESH_OUTPUT: refreshOutput(cases[2].error),
      FAKE_ISSUES: JSON.stringify([
        {number: 17, title: TITLES.guard},
        {number: 21, title: TITLES.refresh},
        {number: 22, title: TITLES.build}
      ])
    });
    expect(job.failed).toBe(true);
    expect(job.gh).toEqual([`gh issue comment 21 --body-file ${job.runner}/issue-body.md`]);
    expect(job.body).toContain(cases[2].error);
  });
});

describe("when the build after the refresh failed", () => {
  const loaderError = 'src/data/kpiValues.arrow.ts: data/kolada/values.csv:12: column "value": "" is not a number';
  const buildOutput = `build: failed: observable build exited 1; dist/ was left as it was.\nbuild: the data loaders reported:\n${loaderError}\n`;

  test("an issue with the build's error, the run's link and the change report; nothing pushed or uploaded; the job fails", () => {
    const job = runJob({FAKE_BUILD_EXIT: "1", FAKE_BUILD_OUTPUT: buildOutput});
    expect(job.failed).toBe(true);
    expect(job.outcomes["Build (from the new snapshot)"]).toBe("failure");
    expect(job.gh).toEqual([`gh issue create --title ${TITLES.build} --label kolada-refresh --body-file ${job.runner}/issue-body.md`]);
    expect(job.body).toContain(loaderError);
    expect(job.body).toContain(RUN_LINK);
    expect(job.body).toContain("names the file and line");
    expect(job.body.endsWith(REPORT)).toBe(true);
    expect(job.outcomes["Refresh failed - open or update the issue"]).toBe("skipped");
    for (const s of ["Push the snapshot commit", "actions/configure-pages@v5", "actions/upload-pages-artifact@v3"]) expect(job.outcomes[s], s).toBe("skipped");
    // The snapshot was committed on the runner only (the build reads it from there); it is never pushed.
    expect(job.calls).toContain(`git commit -F ${job.runner}/kolada-change-report.md`);
    expect(job.calls.some((c) => c.startsWith("git push"))).toBe(false);
    expect(job.stdout).toContain("::error title=Build failed::npm run build exited 1");
  });

  test("an open issue of that kind is commented on", () => {
    const job = runJob({
      FAKE_BUILD_EXIT: "1",
      FAKE_BUILD_OUTPUT: buildOutput,
      FAKE_ISSUES: JSON.stringify([
        {number: 21, title: TITLES.refresh},
        {number: 22, title: TITLES.build}
      ])
    });
    expect(job.gh).toEqual([`gh issue comment 22 --body-file ${job.runner}/issue-body.md`]);
    expect(job.body).toContain(loaderError);
  });
});

describe("a successful run", () => {
  test("commits, builds, pushes and uploads the site, and opens no issue", () => {
    const job = runJob({FAKE_REFRESH_OUTPUT: "kpi batch 001/001: page 1 of 1\n"}, {since: "2026-11-01", accept_removals: "false"});
    expect(job.failed).toBe(false);
    expect(job.calls.filter((c) => c.startsWith("gh "))).toEqual([]);
    expect(job.calls).toContain(`npm run data:refresh -- --report ${job.runner}/kolada-change-report.md --since 2026-11-01`);
    expect(job.calls).toContain(`git commit -F ${job.runner}/kolada-change-report.md`);
    expect(job.calls).toContain("npm run build");
    expect(job.calls).toContain("git push");
    for (const s of steps)
      expect(job.outcomes[s.name ?? s.uses ?? s.run!], s.name ?? s.uses).toBe(notifies(s) || /^Stop here/.test(s.name ?? "") ? "skipped" : "success");
    expect(job.stdout).not.toContain("::error");
  });

  test("nothing changed in data/kolada: no commit and no push, the site is still built and uploaded", () => {
    const job = runJob({FAKE_GIT_DIFF: "0"});
    expect(job.failed).toBe(false);
    expect(job.calls.filter((c) => c.startsWith("gh ") || c.startsWith("git commit") || c.startsWith("git push"))).toEqual([]);
    expect(job.outcomes["Push the snapshot commit"]).toBe("skipped");
    expect(job.outcomes["actions/upload-pages-artifact@v3"]).toBe("success");
  });
});
