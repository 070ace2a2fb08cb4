// `npm run data:refresh -- --check` against the mock Kolada server (SYNTHETIC values): one request
// per endpoint, "ok" on the mock's contract, and the exact field (path, expected, got) when the
// mock answers in a changed shape. Nothing is written.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {probe, probeEndpoints} from "../../../loaders/kolada/probe.js";
import {STACK_TRACE} from "../../support/entry.js";
import {fingerprint, refreshCli, startMock, tempSnapshot} from "./harness.js";

const fast = {requestsPerSecond: Infinity, maxAttempts: 2, backoffBaseMs: 1, sleep: async () => {}};

describe("the probe on the mock's contract", () => {
  test("one request per endpoint the refresh uses, each ok", async () => {
    const {mock, base} = await startMock();
    const results = await probe(base, fast);
    expect(results.map((r) => [r.name, r.problems])).toEqual([
      ["municipality", []],
      ["municipality_groups", []],
      ["group_search", []],
      ["kpi", []],
      ["data", []]
    ]);
    expect(mock.requests.map((r) => r.endpoint)).toEqual(["municipality", "groups", "groups", "kpi", "data"]);
    expect(mock.requests.every((r) => r.url.includes("per_page=1"))).toBe(true);
  });

  test("fields Kolada sends that the client does not read are listed per endpoint, without making the endpoint differ", async () => {
    const {mock, base} = await startMock();
    // Kolada's saved KPI metadata has publ_period, which the refresh does not use; a group's
    // members as {member_id, member_title} are read (both fields).
    expect((await probe(base, fast)).map((r) => [r.name, r.unread])).toEqual([
      ["municipality", []],
      ["municipality_groups", []],
      ["group_search", []],
      ["kpi", ["values[].publ_period"]],
      ["data", []]
    ]);
    // A new field and a renamed one: both shown (the renamed one also as a difference where the client needs it).
    mock.faults.push(
      {kind: "reshape", match: (r) => r.endpoint === "municipality", reshape: (item) => ({...item, region: "01"})},
      {kind: "reshape", match: (r) => r.endpoint === "data", reshape: (item) => ({...item, year: item.period, period: undefined})}
    );
    const results = await probe(base, fast);
    expect(results.find((r) => r.name === "municipality")).toMatchObject({problems: [], unread: ["values[].region"]});
    expect(results.find((r) => r.name === "data")).toMatchObject({
      problems: ["values[0].period: expected number, got nothing (the field is missing)"],
      unread: ["values[].year"]
    });
  });

  test("the CLI prints ok per endpoint, exits 0 and writes nothing", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {base} = await startMock();
    const report = join(dir, "..", "report.md");
    const r = await refreshCli(base, dir, ["--check", "--report", report]);
    expect(r.code).toBe(0);
    for (const e of probeEndpoints(base)) expect(r.out).toContain(`${e.name.padEnd(19)}  ok  GET ${e.url}`);
    expect(r.out).toContain("All 5 endpoints answer as the refresh expects.");
    expect(r.out).toMatch(/^ {19} {4}not read by the client: values\[\]\.publ_period$/m);
    expect(fingerprint(dir)).toBe(before); // the snapshot and its folder: no report written beside it either
    expect(existsSync(report)).toBe(false);
  });
});

describe("the probe names the field of a changed shape", () => {
  test.each([
    [
      "data",
      "period renamed to year",
      (item: Record<string, unknown>) => ({...item, year: item.period, period: undefined}),
      "values[0].period: expected number, got nothing (the field is missing)"
    ],
    [
      "data",
      "gender spelled out",
      (item: Record<string, unknown>) => ({
        ...item,
        values: (item.values as object[]).map((v) => ({...v, gender: "total"}))
      }),
      'values[0].values[0].gender: expected one of "T" | "K" | "M", got "total" (string)'
    ],
    [
      "data",
      "value as text with a decimal comma",
      (item: Record<string, unknown>) => ({
        ...item,
        values: (item.values as {value: unknown}[]).map((v) => ({...v, value: "12,5"}))
      }),
      'values[0].values[0].value: expected number, got "12,5" (string)'
    ],
    ["kpi", "title as a number", (item: Record<string, unknown>) => ({...item, title: 42}), "values[0].title: expected string, got 42 (number)"],
    [
      "municipality",
      "type left out",
      (item: Record<string, unknown>) => ({id: item.id, title: item.title}),
      "values[0].type: expected string, got nothing (the field is missing)"
    ],
    [
      "groups",
      "members' fields renamed",
      (item: Record<string, unknown>) => ({...item, members: [{memberId: "1487"}]}),
      'values[0].members[0]: expected member_id (string) or id (string), got object {"memberId":"1487"}'
    ],
    [
      "groups",
      "members as ids",
      (item: Record<string, unknown>) => ({...item, members: ["1487"]}),
      'values[0].members[0]: expected object, got "1487" (string)'
    ]
  ])("%s: %s", async (endpoint, _what, reshape, field) => {
    const {mock, base} = await startMock();
    mock.faults.push({kind: "reshape", match: (r) => r.endpoint === endpoint, reshape});
    const results = await probe(base, fast);
    const name = endpoint === "groups" ? "municipality_groups" : endpoint;
    // A group's shape is read by both group endpoints (by id and the title search).
    const names = endpoint === "groups" ? [name, "group_search"] : [name];
    for (const r of results) expect(r.problems.length > 0, r.name).toBe(names.includes(r.name));
    expect(results.find((r) => r.name === name)!.problems[0]).toBe(field);
  });

  test("the CLI: DIFFERS with the field under the endpoint, exit code 1, no stack trace", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {mock, base} = await startMock();
    mock.faults.push({
      kind: "reshape",
      match: (r) => r.endpoint === "data",
      reshape: (item) => ({...item, period: String(item.period)})
    });
    const r = await refreshCli(base, dir, ["--check"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^data {17}DIFFERS {2}GET http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\/U40455\/municipality\/1487\/year\/2016,.*per_page=1\n {23}values\[0\]\.period: expected number, got "2016" \(string\)\n/m
    );
    expect(r.out).toMatch(/^municipality {9}ok  GET/m);
    expect(r.out).toContain("1 of 5 endpoints differ from what the refresh expects");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(fingerprint(dir)).toBe(before);
  });

  test("an endpoint that fails outright is named with its HTTP status; an empty list cannot be checked", async () => {
    const {mock, base} = await startMock();
    mock.faults.push({kind: "status", status: 410, body: "Gone", match: (r) => r.endpoint === "kpi"});
    mock.faults.push({kind: "empty", match: (r) => r.endpoint === "data"});
    const results = await probe(base, fast);
    expect(results.find((r) => r.name === "kpi")!.problems[0]).toMatch(/^HTTP 410 Gone: Gone \(this API version is gone/);
    expect(results.find((r) => r.name === "data")!.problems).toEqual(["values: expected at least one item to check, got an empty list"]);
  });
});
