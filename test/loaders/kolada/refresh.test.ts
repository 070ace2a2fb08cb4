// The refresh against the mock Kolada server (synthetic values), into a temporary copy of the
// snapshot: one test per injected fault, the change report, and the CLI end to end.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {KoladaClient} from "../../../loaders/kolada/client.js";
import {areaIds, catalogueYears, kpiIds} from "../../../model/catalogue.js";
import {SEED_SIZE_GROUPS} from "../../support/memberships.js";
import {refresh, parseArgs, type RefreshOptions} from "../../../loaders/kolada/refresh.js";
import {readSnapshot} from "../../../loaders/kolada/snapshot.js";
import {KoladaMock, catalogueMockOptions, type Fault} from "../../mock/koladaMock.js";
import {LIKNANDE_PREFIX, LIKNANDE_TITLE, LIKNANDE_YEAR, SKR_GROUPS, VALUE_GROUP_IDS} from "../../../model/groups.js";
import {kommunGroups} from "../../../loaders/kolada/groups.js";
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
    // Every catalogue KPI for every kommun, Riket and the groups whose own values the site shows;
    // the liknande-kommuner groups' values are not fetched (their means are computed).
    const kommunIds = mock.areas.filter((a) => a.type === "K").map((a) => a.id);
    for (const kpi of kpiIds()) {
      const kpiRows = s.rows.filter((r) => r.kpi === kpi);
      expect(new Set(kpiRows.map((r) => r.municipality)), kpi).toEqual(new Set([...kommunIds, "0000", ...VALUE_GROUP_IDS]));
    }
    expect(s.rows.some((r) => r.municipality.startsWith("G7"))).toBe(false);
    const skr = s.rows.find((r) => r.kpi === "N01951" && r.municipality === "G92790" && r.period === 2022 && r.gender === "T")!;
    expect(skr.value).toBe(mock.get("N01951", "G92790", 2022, "T")!.value);
    expect(result.report).toMatch(/^Kolada refresh 2026-11-22: \d+ new, \d+ revised, \d+ removed values, \d+ metadata changes, \d+ group changes\n/);
    expect(result.report).toContain("## New years");
    expect(result.report).toContain("## Removed values (no longer returned)"); // the seed's real U40455 values that the synthetic mock does not return
    // Requests: 43 KPIs → 2 segments × 30 areas (10 kommuner, Riket, 19 groups) → 2 segments = 4 value batches.
    expect(mock.requests.filter((r) => data(r) && r.page === 1)).toHaveLength(4);
  });

  test("the change report summarises per KPI: a full refresh of every KPI for every kommun lists no single new value", async () => {
    const dir = tempSnapshot();
    const {base} = await startMock(new KoladaMock(catalogueMockOptions(40)));
    const result = await refresh(options(dir, base));
    expect(result.changes.added.length).toBeGreaterThan(50_000);
    const report = result.report;
    expect(report.split("\n").length).toBeLessThan(350);
    const section = (title: string) => report.slice(report.indexOf(title), report.indexOf("\n## ", report.indexOf(title) + 1));
    // New values in earlier years: one row per KPI (values, kommuner, Riket and groups, years), not per value.
    const earlier = section("## New values in earlier years");
    expect(earlier).toMatch(/\| KPI \| values \| kommuner \| Riket and groups \| years \|/);
    expect(earlier).toMatch(/^\| U40455 \| \d+ \| 44 \| 20 \| 2016–2023 \|$/m); // K and M besides the seed's T, the mock's kommuner and groups
    expect(earlier.split("\n").filter((l) => l.startsWith("| ")).length).toBeLessThanOrEqual(kpiIds().length + 1);
    // Removed values: per KPI, then at most 50 of them.
    const removed = section("## Removed values");
    expect(removed).toMatch(/^\| U40455 \| \d+ \| \d+ \| 0 \| 2016–2023 \|$/m);
    expect(removed).toMatch(/… and \d+ more\./);
    expect(removed.split("\n").filter((l) => /^\| U40455 \| \d{4} \| \d{4} \| [TKM] \|/.test(l))).toHaveLength(50);
    // New metadata: one line per kind, not a row per field.
    expect(report).toMatch(/^New KPI metadata \(43\): /m);
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

describe("the groups the site uses: memberships from /municipality_groups", () => {
  const liknande = (m: KoladaMock, year = LIKNANDE_YEAR) =>
    m.areas.filter((a) => a.type === "G" && a.title.startsWith(LIKNANDE_PREFIX) && a.title.endsWith(`, ${year}`));

  test("every group of the site's families is fetched with its members; the manifest says so; the snapshot's memberships are valid", async () => {
    const dir = tempSnapshot();
    const {mock, base} = await startMock();
    await refresh(options(dir, base));
    const s = readSnapshot(dir);
    const served = mock.areas.filter((a) => a.type === "G");
    expect(served.length).toBe(VALUE_GROUP_IDS.length + 10); // 19 by id, one liknande group per kommun
    for (const g of served) expect(s.metadata.areas.find((a) => a.id === g.id)?.members, g.id).toEqual(g.members);
    expect(s.manifest.groups_provenance).toContain(`fetched from ${base}/municipality_groups by npm run data:refresh`);
    expect(s.manifest.groups_provenance).toContain('the 10 "Liknande kommuner arbetsmarknad, <kommun>, 2024" groups found by title');
    const groups = kommunGroups(s);
    expect(groups.size).toBe(10);
    expect(groups.get("1487")!.liknandeMembers).toHaveLength(7);
    // The liknande family is found by a title search, not by id.
    expect(mock.requests.some((r) => r.endpoint === "groups" && new URL(r.url).searchParams.get("title") === "Liknande kommuner arbetsmarknad")).toBe(true);
  });

  test("a title search that lists groups without members: their members are fetched by id", async () => {
    const dir = tempSnapshot();
    const {mock, base} = await startMock();
    mock.listGroupsWithoutMembers = true;
    await refresh(options(dir, base));
    const s = readSnapshot(dir);
    for (const g of liknande(mock)) expect(s.metadata.areas.find((a) => a.id === g.id)?.members).toEqual(g.members);
  });

  test("membership changes are in the change report, per family and per group, with the kommuner's names", async () => {
    const dir = tempSnapshot();
    const {mock, base} = await startMock();
    await refresh(options(dir, base));
    const own = liknande(mock).find((g) => g.title.includes("Vänersborg"))!;
    const leaving = own.members![0];
    const joining = mock.areas.find((a) => a.type === "K" && a.id !== "1487" && !own.members!.includes(a.id))!;
    own.members = [...own.members!.slice(1), joining.id].sort();
    const skrFrom = mock.areas.find((a) => SKR_GROUPS.some((g) => g.id === a.id) && a.members!.length > 1)!;
    const mover = skrFrom.members![0];
    const skrTo = mock.areas.find((a) => SKR_GROUPS.some((g) => g.id === a.id) && !a.members!.includes(mover))!;
    skrFrom.members = skrFrom.members!.filter((m) => m !== mover);
    skrTo.members = [...skrTo.members!, mover].sort();
    const result = await refresh(options(dir, base));
    expect(result.written).toBe(true);
    expect(result.report).toMatch(/^Kolada refresh 2026-11-22: 0 new, 0 revised, 0 removed values, 0 metadata changes, 3 group changes$/m);
    expect(result.report).toContain("## Group memberships (3 groups changed)");
    expect(result.report).toContain("| SKR groups | 0 | 0 | 0 | 2 | 1 | 1 |");
    expect(result.report).toContain("| Liknande kommuner arbetsmarknad 2024 | 0 | 0 | 0 | 1 | 1 | 1 |");
    const name = (id: string) => mock.areas.find((a) => a.id === id)!.title;
    expect(result.report).toContain(`- ${own.id} ${own.title}: joined (1): ${joining.id} ${joining.title}; left (1): ${leaving} ${name(leaving)}`);
    expect(result.report).toContain(`- ${skrTo.id} ${skrTo.title}: joined (1): ${mover} ${name(mover)}`);
    expect(result.report).toContain(`- ${skrFrom.id} ${skrFrom.title}: left (1): ${mover} ${name(mover)}`);
    expect(readSnapshot(dir).metadata.areas.find((a) => a.id === own.id)!.members).toEqual(own.members);
  });

  test("a newer liknande family beside this year's: written with this year's, and a notice in the report", async () => {
    const dir = tempSnapshot();
    const {mock, base} = await startMock();
    const newer = liknande(mock).map((g, i) => ({...g, id: `G8${String(i + 1).padStart(5, "0")}`, title: g.title.replace(/, 2024$/, ", 2025")}));
    mock.areas.push(...newer);
    const result = await refresh(options(dir, base));
    expect(result.written).toBe(true);
    expect(result.report).toMatch(
      /## Notices\n\n- Kolada also publishes a newer liknande-kommuner family: 10 for 2025 \(e\.g\. G800001 "Liknande kommuner arbetsmarknad, .*, 2025"\)\. The site keeps the 2024 family until LIKNANDE_YEAR in model\/groups\.ts is changed/
    );
    const areas = readSnapshot(dir).metadata.areas;
    expect(areas.some((a) => a.id.startsWith("G8"))).toBe(false);
    expect(areas.filter((a) => LIKNANDE_TITLE.test(a.title))).toHaveLength(10);
  });

  test("the family's year renamed (2024 → 2025): the refresh stops, names the new year and LIKNANDE_YEAR, writes nothing", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {mock, base} = await startMock();
    for (const g of liknande(mock)) g.title = g.title.replace(/, 2024$/, ", 2025");
    await expect(refresh(options(dir, base))).rejects.toThrow(
      /municipality_groups\?title=Liknande kommuner arbetsmarknad: lists no "Liknande kommuner arbetsmarknad, <kommun>, 2024" group, but 10 for 2025 \(e\.g\. G700001 .*\): Kolada renamed or replaced the family\. The site's year is LIKNANDE_YEAR in model\/groups\.ts/
    );
    expect(fingerprint(dir)).toBe(before);
    const r = await refreshCli(base, dir, ["--report", join(dir, "..", "r.md")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data:refresh failed: .*Kolada renamed or replaced the family/m);
    expect(fingerprint(dir)).toBe(before);
  });

  test("only some groups renamed, a kommun without its liknande group: refused before writing, naming metadata.json of the new snapshot", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {mock, base} = await startMock();
    liknande(mock)[0].title = liknande(mock)[0].title.replace(/, 2024$/, ", 2025");
    await expect(refresh(options(dir, base))).rejects.toThrow(
      /→ metadata\.json \(new snapshot, not written\): areas: kommun \d{4} .* is in no "Liknande kommuner arbetsmarknad, .*, 2024" group/
    );
    expect(fingerprint(dir)).toBe(before);
  });

  test("a group the site uses unknown to Kolada, or without members: fails naming it", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {mock, base} = await startMock();
    const skr = mock.areas.find((a) => a.id === "G92791")!;
    mock.areas.splice(mock.areas.indexOf(skr), 1);
    await expect(refresh(options(dir, base))).rejects.toThrow(
      /municipality_groups: group "G92791" \(Landsbygdskommun\), which the site uses, is unknown to Kolada/
    );
    mock.areas.push({...skr, members: []});
    await expect(refresh(options(dir, base))).rejects.toThrow(/municipality_groups: members: group "G92791" .* lists no members/);
    expect(fingerprint(dir)).toBe(before);
  });
});

describe("a value Kolada sends that its KPI cannot have", () => {
  test.each([
    ["N40450", "G30831", 2024, "M" as const, -1, /N40450 G30831 2024 M: value -1 breaks the rule "a group's count is a mean of counts, ≥ 0"/],
    ["U40455", "1487", 2020, "T" as const, 140, /U40455 1487 2020 T: value 140 breaks the rule "a share lies within 0–100"/],
    ["N40450", "1489", 2019, "K" as const, 12.5, /N40450 1489 2019 K: value 12.5 breaks the rule "a kommun's or Riket's count is a whole number ≥ 0"/],
    // At the refresh's scope: an SKR group and a kommun outside the catalogue are checked as well.
    ["U40811", "G92787", 2022, "T" as const, 101, /U40811 G92787 2022 T: value 101 breaks the rule "a share \(a group's mean of shares\) lies within 0–100"/],
    ["N30101", "9004", 2018, "T" as const, -5, /N30101 9004 2018 T: value -5 breaks the rule "a gross cost is ≥ 0"/]
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
    await client.fetchValues({kpis: kpiIds().slice(0, 25), areas: areaIds(SEED_SIZE_GROUPS), years: catalogueYears()});
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
    expect(r.stderr).toMatch(/values batch 1\/4 page 1/);
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
