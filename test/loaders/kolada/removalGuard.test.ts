// The removal guard of the refresh, against the mock Kolada server (SYNTHETIC values) and on its
// own: a silently dropped KPI and a large removal stop the refresh (exit code 3, the snapshot
// byte-identical, the report naming what would go); --accept-removals lets a person accept.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, onTestFinished, test} from "vitest";
import {areaIds} from "../../../model/catalogue.js";
import {SEED_SIZE_GROUPS} from "../../support/memberships.js";
import {VALUE_GROUP_IDS} from "../../../model/groups.js";
import {MAX_REMOVED_SHARE, RemovalGuardError, findRemovals} from "../../../loaders/kolada/removalGuard.js";
import {refresh} from "../../../loaders/kolada/refresh.js";
import {readSnapshot} from "../../../loaders/kolada/snapshot.js";
import type {KoladaRow} from "../../../loaders/kolada/types.js";
import {STACK_TRACE, tempDir} from "../../support/entry.js";
import {fingerprint, options, refreshCli, startMock, tempSnapshot} from "./harness.js";

const guardError = async (p: Promise<unknown>): Promise<RemovalGuardError> => {
  const error = await p.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(RemovalGuardError);
  return error as RemovalGuardError;
};

/** A snapshot holding exactly what the mock serves: the refresh of a copy of the seed, removals accepted. */
async function mockBaseline() {
  const dir = tempSnapshot();
  const {mock, base} = await startMock();
  await refresh(options(dir, base, {acceptRemovals: true}));
  return {dir, mock, base, rows: readSnapshot(dir).rows};
}

describe("the headline KPI left out of an HTTP 200 answer (the seed's 1 784 U40455 values)", () => {
  test("refresh(): stops before writing, names U40455 and its 1 784 values; the snapshot is byte-identical", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    expect(readSnapshot(dir).manifest.rows_per_kpi.U40455).toBe(1784);
    const {mock, base} = await startMock();
    expect(mock.remove((kpi) => kpi === "U40455")).toBeGreaterThan(0);
    const error = await guardError(refresh(options(dir, base)));
    expect(error.removals).toContainEqual({
      what: "KPI U40455",
      values: 1784,
      why: expect.stringContaining("no longer holds the KPI")
    });
    expect(error.report).toMatch(/^Kolada refresh 2026-11-22 stopped: \d+ values would be removed\n/);
    expect(error.report).toContain("## Stopped by the removal guard");
    expect(error.report).toContain("- **KPI U40455**: 1 784 values");
    expect(error.report).toContain("## Removed values (no longer returned) (");
    expect(fingerprint(dir)).toBe(before);
  });

  test("the CLI: exit code 3, one line naming U40455 and the count, the report on stdout and in --report; --accept-removals then writes", async () => {
    const dir = tempSnapshot();
    const before = fingerprint(dir);
    const {mock, base} = await startMock();
    mock.remove((kpi) => kpi === "U40455");
    const out = tempDir("kolada-report-");
    onTestFinished(out.remove);
    const report = join(out.dir, "report.md");
    const r = await refreshCli(base, dir, ["--report", report]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^data:refresh stopped by the removal guard: it would remove KPI U40455 \(1 784 values\)/m);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.out).toContain("- **KPI U40455**: 1 784 values");
    expect(readFileSync(report, "utf8")).toBe(r.out);
    expect(fingerprint(dir)).toBe(before);

    const accepted = await refreshCli(base, dir, ["--report", report, "--accept-removals"]);
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain("## Removals accepted (--accept-removals)");
    expect(accepted.out).toContain("- **KPI U40455**: 1 784 values");
    const s = readSnapshot(dir);
    expect(s.rows.some((row) => row.kpi === "U40455")).toBe(false);
    expect(s.rows.length).toBeGreaterThan(0);
  });
});

describe("removals from a snapshot the mock filled", () => {
  test("a large removal (one year of everything) stops on the share alone; accepted, it is written", async () => {
    const {dir, mock, base, rows} = await mockBaseline();
    const before = fingerprint(dir);
    mock.remove((_k, _a, period) => period === 2016);
    const gone = rows.filter((r) => r.period === 2016).length;
    expect(gone / rows.length).toBeGreaterThan(MAX_REMOVED_SHARE);
    const error = await guardError(refresh(options(dir, base)));
    expect(error.removals).toHaveLength(1);
    expect(error.removals[0]).toMatchObject({
      values: gone,
      why: expect.stringMatching(/values would be removed; the limit is 1 %$/)
    });
    expect(fingerprint(dir)).toBe(before);
    const result = await refresh(options(dir, base, {acceptRemovals: true}));
    expect(result.written).toBe(true);
    expect(readSnapshot(dir).rows).toHaveLength(rows.length - gone);
  });

  test("a dry run stops too (it shows what the weekly run would do) and writes nothing", async () => {
    const {dir, mock, base} = await mockBaseline();
    const before = fingerprint(dir);
    mock.remove((_k, _a, period) => period === 2016);
    await guardError(refresh(options(dir, base, {dryRun: true})));
    expect(fingerprint(dir)).toBe(before);
  });

  test("a few removed values (below the share) are written without the flag and listed in the report", async () => {
    const {dir, mock, base, rows} = await mockBaseline();
    const gone = mock.remove((kpi, area, period) => kpi === "N40011" && area === "1487" && period === 2019);
    expect(gone).toBe(1);
    const result = await refresh(options(dir, base));
    expect(result.written).toBe(true);
    expect(result.report).toContain("## Removed values (no longer returned) (1)");
    expect(result.report).not.toContain("removal guard");
    expect(readSnapshot(dir).rows).toHaveLength(rows.length - 1);
  });

  test("a KPI for a whole area set: U40455 gone for every kommun outside the catalogue", async () => {
    const {dir, mock, base} = await mockBaseline();
    const before = fingerprint(dir);
    mock.remove((kpi, area) => kpi === "U40455" && !areaIds(SEED_SIZE_GROUPS).includes(area));
    const error = await guardError(refresh(options(dir, base)));
    expect(error.removals.map((r) => r.what)).toContain("U40455 for every kommun outside the catalogue");
    expect(error.removals.map((r) => r.what)).not.toContain("KPI U40455");
    expect(fingerprint(dir)).toBe(before);
  });

  test("a KPI for the groups outside the catalogue (size and SKR groups): N40011 gone for all of them stops the refresh", async () => {
    const {dir, mock, base} = await mockBaseline();
    const before = fingerprint(dir);
    const outside = VALUE_GROUP_IDS.filter((id) => !areaIds(SEED_SIZE_GROUPS).includes(id));
    expect(outside.length).toBeGreaterThan(10);
    mock.remove((kpi, area) => kpi === "N40011" && outside.includes(area));
    const error = await guardError(refresh(options(dir, base)));
    expect(error.removals.map((r) => r.what)).toEqual(["N40011 for every group outside the catalogue"]);
    expect(fingerprint(dir)).toBe(before);
  });

  test("groups outside the catalogue gone from every KPI are named together, apart from kommuner", async () => {
    const {dir, mock, base} = await mockBaseline();
    mock.remove((_k, area) => area === "G92791" || area === "G30828");
    const error = await guardError(refresh(options(dir, base)));
    const found = error.removals.find((r) => r.what === "2 groups outside the catalogue")!;
    expect(found.why).toMatch(/^every value of G30828 \(.*\), G92791 \(.*\) would be removed$/);
    expect(error.removals.some((r) => /kommun/.test(r.what))).toBe(false);
  });

  test("a catalogue area gone from every KPI is named", async () => {
    const {dir, mock, base} = await mockBaseline();
    mock.remove((_k, area) => area === "1487");
    const error = await guardError(refresh(options(dir, base)));
    expect(error.removals.map((r) => r.what)).toContain("area 1487 (Vänersborg)");
  });

  test("--since: a whole KPI flagged isdeleted counts as a removal", async () => {
    const {dir, mock, base} = await mockBaseline();
    const before = fingerprint(dir);
    for (const {id: area} of mock.areas)
      for (let y = 2016; y <= 2024; y++) if (mock.get("N40008", area, y, "T")) mock.set("N40008", area, y, "T", {isdeleted: true, updated: "2026-11-20"});
    const error = await guardError(refresh(options(dir, base, {since: "2026-11-01"})));
    expect(error.removals.map((r) => r.what)).toContain("KPI N40008");
    expect(fingerprint(dir)).toBe(before);
  });
});

describe("findRemovals (the rules)", () => {
  const row = (kpi: string, municipality: string, period: number): KoladaRow => ({
    kpi,
    municipality,
    period,
    gender: "T",
    value: 1,
    count: null,
    status: null
  });
  const catalogueAreas = new Set(["1487", "0000"]);
  const grid = (kpis: string[], areas: string[], years: number[]) => kpis.flatMap((k) => areas.flatMap((a) => years.map((y) => row(k, a, y))));
  const years = Array.from({length: 100}, (_, i) => 1926 + i);
  const old = grid(["U40455", "N40011"], ["1487", "0000", "9001", "9002"], years); // 800 rows

  test("nothing removed: no finding", () => {
    expect(findRemovals(old, old, {catalogueAreas})).toEqual([]);
  });
  test("the share: exactly 1 % passes, one value more stops", () => {
    expect(findRemovals(old, old.slice(8), {catalogueAreas})).toEqual([]);
    expect(findRemovals(old, old.slice(9), {catalogueAreas}).map((r) => r.values)).toEqual([9]);
  });
  test("a KPI for the catalogue's areas only", () => {
    const next = old.filter((r) => !(r.kpi === "N40011" && catalogueAreas.has(r.municipality)));
    expect(findRemovals(old, next, {catalogueAreas}).map((r) => r.what)).toEqual(["N40011 for the catalogue's areas", "25 % of the snapshot"]);
  });
  test("kommuner outside the catalogue gone from every KPI are named together, with their names", () => {
    const names = new Map([["9001", "Syntetisk 1"]]);
    const next = old.filter((r) => r.municipality !== "9001" && r.municipality !== "9002");
    const found = findRemovals(old, next, {catalogueAreas, names});
    expect(found.find((r) => r.what === "U40455 for every kommun outside the catalogue")).toEqual({
      what: "U40455 for every kommun outside the catalogue",
      values: 200,
      why: "every value of U40455 for every kommun outside the catalogue would be removed"
    });
    expect(found.find((r) => r.what === "2 kommuner outside the catalogue")).toMatchObject({
      values: 400,
      why: "every value of 9001 (Syntetisk 1), 9002 would be removed"
    });
  });
  test("an empty snapshot before: nothing to guard", () => {
    expect(findRemovals([], old, {catalogueAreas})).toEqual([]);
  });
});
