// The refresh against the mock Kolada server (synthetic values), into a temporary copy of the
// snapshot: one test per injected fault, the change report, and the CLI end to end.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {KoladaClient} from "../../../loaders/kolada/client.js";
import {areaIds, catalogueYears, kpiIds} from "../../../model/catalogue.js";
import {refresh, parseArgs, type RefreshOptions} from "../../../loaders/kolada/refresh.js";
import {readSnapshot} from "../../../loaders/kolada/snapshot.js";
import {KoladaMock, type Fault} from "../../mock/koladaMock.js";
import {STACK_TRACE} from "../../support/entry.js";
import {delays, fingerprint, options as baseOptions, refreshCli, startMock, tempSnapshot} from "./harness.js";

// These tests start from the committed seed (U40455 for 287 kommuner) and a mock with 10 kommuner,
// so their first refresh removes most seed values: they accept removals. The removal guard has
// its own tests (test/loaders/kolada/removalGuard.test.ts), which do not.
const options = (dir: string, base: string, extra: Partial<RefreshOptions> = {}): RefreshOptions => baseOptions(dir, base, {acceptRemovals: true, ...extra});

async function expectFailure(fault: Fault | Fault[], message: RegExp, setup?: (m: KoladaMock) => void, extra: Partial<RefreshOptions> = {}) {
  const dir = tempSnapshot();
  const before = fingerprint(dir);
  const {mock, base} = await startMock();
  setup?.(mock);
  mock.faults.push(...(Array.isArray(fault) ? fault : [fault]));
  await expect(refresh(options(dir, base, extra))).rejects.toThrow(message);
  expect(fingerprint(dir)).toBe(before);
  return mock;
}

async function expectRecovery(fault: Fault, extra: Partial<RefreshOptions> = {}) {
  const dir = tempSnapshot();
  const {mock, base} = await startMock();
  mock.faults.push(fault);
  const result = await refresh(options(dir, base, extra));
  expect(result.written).toBe(true);
  expect(result.retries).toBeGreaterThan(0);
  expect(readSnapshot(dir).manifest.api_base).toBe(base);
  return {mock, result, dir};
}

const data = (r: {endpoint: string}) => r.endpoint === "data";
/** Each data URL was requested once: the failure was not retried. */
function expectNoRetry(mock: KoladaMock) {
  const urls = mock.requests.filter(data).map((r) => r.url);
  expect(urls.length).toBeGreaterThan(0);
  expect(new Set(urls).size).toBe(urls.length);
}

describe("refresh against the mock: success", () => {
  test("replaces the seed snapshot with the whole catalogue and reports it", async () => {
    const dir = tempSnapshot();
    const {mock, base} = await startMock();
    const result = await refresh(options(dir, base));
    expect(result.written).toBe(true);
    const s = readSnapshot(dir);
    expect(s.manifest.api_base).toBe(base);
    expect(s.manifest.fetched_at).toBe("2026-11-22T06:00:00.000Z");
    expect(s.manifest.provenance.summary).toBe("Hämtad direkt från Kolada (API v3)");
    expect(s.kommuner.map((k) => k.id)).toContain("9001");
    expect(s.metadata.kpis.find((k) => k.id === "U40455")?.title).toMatch(/syntetisk/);
    const v = s.rows.find((r) => r.kpi === "U40455" && r.municipality === "1487" && r.period === 2020 && r.gender === "T")!;
    expect(v.value).toBe(mock.get("U40455", "1487", 2020, "T")!.value);
    // Headline KPIs for every kommun, other KPIs only for the catalogue's areas.
    expect(s.rows.some((r) => r.kpi === "N40011" && r.municipality === "9003")).toBe(true);
    expect(s.rows.some((r) => r.kpi === "N01951" && r.municipality === "9003")).toBe(false);
    expect(result.report).toMatch(/^Kolada refresh 2026-11-22: \d+ new, \d+ revised, \d+ removed values, \d+ metadata changes\n/);
    expect(result.report).toContain("## New years");
    expect(result.report).toContain("## Removed values (no longer returned)"); // the seed's real U40455 values that the synthetic mock does not return
    // Requests: 2 catalogue value batches (43 KPIs → 2 segments) + 1 headline batch + metadata.
    expect(mock.requests.filter(data)).toHaveLength(3);
  });

  test("group members are read as Kolada names them ({member_id, member_title}) and as its old documentation did ({id, title})", async () => {
    const members = (dir: string) => readSnapshot(dir).metadata.areas.find((a) => a.id === "G30829")?.members;
    const {mock, base} = await startMock();
    const expected = [...mock.areas.find((a) => a.id === "G30829")!.members!].sort();
    const dir = tempSnapshot();
    await refresh(options(dir, base));
    expect(members(dir)).toEqual(expected);
    const older = tempSnapshot();
    mock.faults.push({
      kind: "reshape",
      match: (r) => r.endpoint === "groups",
      reshape: (g) => ({...g, members: (g.members as {member_id: string; member_title: string}[]).map((m) => ({id: m.member_id, title: m.member_title}))})
    });
    await refresh(options(older, base));
    expect(members(older)).toEqual(expected);
  });

  test("change report: a revised value shows old → new, new years and deleted values are listed; a second identical run writes nothing", async () => {
    const dir = tempSnapshot();
    const {mock, base} = await startMock();
    mock.set("U40455", "1487", 2020, "T", {value: 40.25});
    await refresh(options(dir, base));
    const first = readFileSync(join(dir, "values.csv"), "utf8");
    const again = await refresh(options(dir, base));
    expect(again.written).toBe(false);
    expect(again.report).toContain("no changes");
    expect(readFileSync(join(dir, "values.csv"), "utf8")).toBe(first);

    mock.set("U40455", "1487", 2020, "T", {value: 12.5, updated: "2026-11-01"});
    mock.set("U40455", "0764", 2025, "T", {value: 33.3, updated: "2026-11-01"});
    mock.set("N40011", "2380", 2019, "T", {isdeleted: true, updated: "2026-11-01"});
    const result = await refresh(options(dir, base));
    expect(result.written).toBe(true);
    expect(result.report).toContain("| U40455 | 1487 | 2020 | T | 40.25 → 12.5 |");
    expect(result.report).toMatch(/## New years\n\n\| KPI \| years \| values \|\n\|---\|---\|---\|\n\| U40455 \| 2025 \| 1 \|/);
    expect(result.report).toMatch(/## Deleted by Kolada \(1 removed from the snapshot; 1 flagged isdeleted/);
    expect(result.report).toMatch(/\| N40011 \| 2380 \| 2019 \| T \|/);
    const s = readSnapshot(dir);
    expect(s.rows.find((r) => r.kpi === "U40455" && r.municipality === "1487" && r.period === 2020 && r.gender === "T")?.value).toBe(12.5);
    expect(s.rows.some((r) => r.kpi === "N40011" && r.municipality === "2380" && r.period === 2019)).toBe(false);
  });

  test("--since fetches only changed values (from_date) and merges them; an empty answer then means no changes", async () => {
    const dir = tempSnapshot();
    const {mock, base} = await startMock();
    await refresh(options(dir, base));
    const rowsBefore = readSnapshot(dir).rows.length;
    mock.set("U40811", "1489", 2021, "T", {value: 77.7, updated: "2026-11-20"});
    const result = await refresh(options(dir, base, {since: "2026-11-01"}));
    expect(mock.requests.filter((r) => data(r) && r.url.includes("from_date=2026-11-01")).length).toBeGreaterThan(0);
    expect(result.changes.revised).toHaveLength(1);
    const s = readSnapshot(dir);
    expect(s.rows).toHaveLength(rowsBefore);
    expect(s.manifest.since).toBe("2026-11-01");
    const none = await refresh(options(dir, base, {since: "2026-11-21"}));
    expect(none.changes.revised.length + none.changes.added.length + none.changes.removed.length).toBe(0);
  });

  test("--dry-run reports but writes nothing", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {base} = await startMock();
    const result = await refresh(options(dir, base, {dryRun: true}));
    expect(result.written).toBe(false);
    expect(result.report).toContain("Dry run: the snapshot was not written.");
    expect(fingerprint(dir)).toBe(before);
  });

  test("argument parsing", () => {
    expect(parseArgs(["--since", "2026-01-31", "--dry-run"])).toMatchObject({since: "2026-01-31", dryRun: true});
    expect(() => parseArgs(["--since", "2026-02-31"])).toThrow(/--since: "2026-02-31" is not a date YYYY-MM-DD/);
    expect(() => parseArgs(["--since"])).toThrow(/--since: needs a value/);
    expect(parseArgs(["--accept-removals"])).toMatchObject({acceptRemovals: true, check: false});
    expect(parseArgs(["--check"])).toMatchObject({check: true});
    expect(() => parseArgs(["--check", "--dry-run"])).toThrow(/--check: stands alone/);
    expect(() => parseArgs(["--fast"])).toThrow(/--fast: unknown argument/);
  });
});

describe("a value Kolada sends that its KPI cannot have", () => {
  test.each([
    ["N40450", "G30831", 2024, "M" as const, -1, /N40450 G30831 2024 M: value -1 breaks the rule "a group's count is a mean of counts, ≥ 0"/],
    ["U40455", "1487", 2020, "T" as const, 140, /U40455 1487 2020 T: value 140 breaks the rule "a share lies within 0–100"/],
    ["N40450", "1489", 2019, "K" as const, 12.5, /N40450 1489 2019 K: value 12.5 breaks the rule "a kommun's or Riket's count is a whole number ≥ 0"/]
  ])("%s %s %s %s = %s: nothing is written, the message names the value and the rule", async (kpi, area, year, gender, value, message) => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {mock, base} = await startMock();
    mock.set(kpi, area, year, gender, {value});
    await expect(refresh(options(dir, base))).rejects.toThrow(message);
    await expect(refresh(options(dir, base, {dryRun: true}))).rejects.toThrow(message);
    expect(fingerprint(dir)).toBe(before);
  });

  test("the CLI: exit code 4, one line naming KPI, area, year, gender, value and rule, no stack trace, the snapshot byte-identical", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {mock, base} = await startMock();
    mock.set("N40450", "G30831", 2024, "M", {value: -1});
    mock.set("N40450", "G30831", 2023, "M", {value: -2});
    const r = await refreshCli(base, dir, ["--report", join(dir, "..", "r.md"), "--accept-removals"]);
    expect(r.code).toBe(4);
    const lines = r.stderr
      .trim()
      .split("\n")
      .filter((l) => !/page \d+:|^Kolada refresh from/.test(l));
    expect(lines).toEqual([
      `data:refresh stopped: Kolada sent a value that cannot be true: ${base}/data: N40450 G30831 2023 M: value -2 breaks the rule "a group's count is a mean of counts, ≥ 0" (model/catalogue.ts); 1 more value breaks a rule`,
      `The snapshot in ${dir} was not changed.`
    ]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/unexpected/);
    expect(existsSync(join(dir, "..", "r.md"))).toBe(false);
    expect(fingerprint(dir)).toBe(before);
  });
});

describe("refresh against the mock: one test per fault", () => {
  test("a kommun listed twice by /municipality: refused before writing, naming the file and line, snapshot untouched", async () => {
    await expectFailure([], /→ kommuner\.csv \(new snapshot, not written\):\d+: ids must be unique and sorted \("9001" after "9001"\)/, (m) => {
      m.areas.push({id: "9001", title: "Syntetisk kommun 1 igen", type: "K"});
    });
  });
  test("429 with Retry-After: waits as told and recovers", async () => {
    delays.length = 0;
    const {result} = await expectRecovery({
      kind: "status",
      status: 429,
      headers: {"retry-after": "7"},
      times: 2,
      match: data
    });
    expect(delays.filter((d) => d === 7000)).toHaveLength(2);
    expect(result.retries).toBe(2);
  });
  test("500: retried and recovered; persistent 500 fails naming the URL", async () => {
    await expectRecovery({kind: "status", status: 500, times: 2, match: data});
    await expectFailure(
      {kind: "status", status: 500, match: data},
      /Kolada: GET http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\/.*: gave up after 3 attempts; last error: HTTP 500/
    );
  });
  test("503: persistent 503 fails clearly, snapshot untouched", async () => {
    await expectFailure(
      {kind: "status", status: 503, body: "Service Unavailable"},
      /gave up after 3 attempts; last error: HTTP 503 Service Unavailable: Service Unavailable/
    );
  });
  test("connection reset: retried and recovered; persistent resets fail", async () => {
    await expectRecovery({kind: "reset", times: 1, match: data});
    await expectFailure({kind: "reset"}, /gave up after 3 attempts; last error: network error/);
  });
  test("a hang past the timeout: retried and recovered; persistent hang fails with timeout", async () => {
    const short = {client: {...options("", "").client, timeoutMs: 500}};
    await expectRecovery({kind: "hang", times: 1, match: data}, short);
    await expectFailure({kind: "hang", match: data}, /last error: no response within 500 ms \(timeout\)/, undefined, short);
  });
  test("truncated JSON: fails clearly after retries", async () => {
    await expectFailure({kind: "truncated", match: data}, /last error: response is not valid JSON, probably truncated/);
  });
  test("valid JSON of the wrong shape: fails at once without retrying", async () => {
    const mock = await expectFailure({kind: "wrongShape", match: data}, /response does not have the expected shape: values: /);
    expectNoRetry(mock);
  });
  test("a next_url loop is detected", async () => {
    await expectFailure({kind: "nextLoop", match: data}, /next_url loop: this page was already fetched/);
  });
  test("410 Gone: fails at once", async () => {
    const mock = await expectFailure({kind: "status", status: 410, body: "Gone"}, /HTTP 410 Gone: Gone \(this API version is gone/);
    expect(mock.requests).toHaveLength(1);
  });
  test("422: fails at once", async () => {
    const mock = await expectFailure({kind: "status", status: 422, match: data}, /HTTP 422 Unprocessable Entity.*Kolada rejected the request/);
    expectNoRetry(mock);
  });
  test("a failure on page 3 of 5: nothing is written", async () => {
    // With 405 items per page the first catalogue batch (25 KPIs × 9 areas × 9 years = 2025 items) has 5 pages.
    const {base: probeBase} = await startMock(new KoladaMock({pageSize: 405}));
    const client = new KoladaClient({baseUrl: probeBase, requestsPerSecond: Infinity});
    await client.fetchValues({kpis: kpiIds().slice(0, 25), areas: areaIds(), years: catalogueYears()});
    expect(client.stats.pages).toBe(5);
    const mock = await expectFailure(
      {kind: "status", status: 500, match: (r) => data(r) && r.page === 3},
      /page=3.*gave up after 3 attempts; last error: HTTP 500/,
      (m) => {
        m.pageSize = 405;
      }
    );
    const pages = mock.requests.filter(data).map((r) => r.page);
    expect(pages).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(pages).not.toContain(4);
  });
  test("an empty result: a full refresh refuses to write an empty snapshot", async () => {
    await expectFailure({kind: "empty", match: data}, /returned no values at all for the catalogue .* refusing to replace the snapshot/);
  });
});

describe("npm run data:refresh (CLI) end to end", () => {
  test("updates the snapshot, prints the report and writes it to --report", async () => {
    const dir = tempSnapshot();
    const {base} = await startMock();
    const report = join(dir, "..", "report.md");
    const r = await refreshCli(base, dir, ["--report", report, "--accept-removals"]);
    expect(r.stderr).toMatch(/values batch 1\/2 page 1/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Kolada refresh \d{4}-\d{2}-\d{2}: /);
    expect(readFileSync(report, "utf8")).toBe(r.out);
    expect(readSnapshot(dir).manifest.api_base).toBe(base);
  });

  test("on a fault: exit code 1, a clear message, the snapshot byte-identical", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {mock, base} = await startMock();
    mock.faults.push({kind: "status", status: 503});
    const r = await refreshCli(base, dir, ["--report", join(dir, "..", "r.md")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/data:refresh failed: Kolada: GET .*: gave up after 2 attempts; last error: HTTP 503/);
    expect(r.stderr).toContain(`The snapshot in ${dir} was not changed.`);
    expect(existsSync(join(dir, "..", "r.md"))).toBe(false);
    expect(fingerprint(dir)).toBe(before);
  });
});
