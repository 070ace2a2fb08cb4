// Client tests against the mock Kolada server (synthetic values only).
import {afterEach, describe, expect, test} from "vitest";
import {KoladaClient, KoladaError, type ClientOptions} from "../../../loaders/kolada/client.js";
import {buildValueUrls, chunk} from "../../../loaders/kolada/urls.js";
import {DataItemSchema} from "../../../loaders/kolada/schemas.js";
import {KoladaMock, type MockKpi} from "../../mock/koladaMock.js";

let mock: KoladaMock | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
});

const fast = (delays: number[] = []): ClientOptions => ({
  sleep: async (ms) => void delays.push(ms),
  requestsPerSecond: Infinity,
  timeoutMs: 2000,
  maxAttempts: 4,
  backoffBaseMs: 10
});

const syntheticKpis = (n: number): MockKpi[] =>
  Array.from({length: n}, (_, i) => ({
    id: `U9${String(i).padStart(4, "0")}`,
    title: `Syntetiskt nyckeltal ${i}`,
    genderDivided: false
  }));

describe("URL building", () => {
  test("60 KPIs make 3 segments of at most 25 ids; per_page=5000", () => {
    const kpis = syntheticKpis(60).map((k) => k.id);
    const urls = buildValueUrls("http://x/v3/", {kpis, areas: ["1487", "0764"], years: [2020, 2021]});
    expect(urls).toHaveLength(3);
    const segs = urls.map((u) => new URL(u).pathname.split("/")[4].split(","));
    expect(segs.map((s) => s.length)).toEqual([25, 25, 10]);
    expect(segs.flat()).toEqual(kpis);
    expect(urls[0]).toMatch(/^http:\/\/x\/v3\/data\/kpi\/U90000,.*\/municipality\/1487,0764\/year\/2020,2021\?per_page=5000$/);
  });
  test("areas are chunked too, and since becomes from_date", () => {
    const areas = Array.from({length: 30}, (_, i) => String(1000 + i));
    const urls = buildValueUrls("http://x/v3", {kpis: ["U40455"], areas, since: "2026-01-01"});
    expect(urls).toHaveLength(2);
    expect(urls[1]).toContain("from_date=2026-01-01");
    expect(() => buildValueUrls("http://x/v3", {kpis: ["U40455"], areas, since: "2026-1-1"})).toThrow(/since: "2026-1-1" is not YYYY-MM-DD/);
    expect(() => buildValueUrls("http://x/v3", {kpis: ["U40455"], areas}, 5001)).toThrow(/per_page must be 1–5000/);
  });
  test("chunk rejects a size below 1", () => {
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(() => chunk([1], 0)).toThrow(/size must be ≥ 1/);
  });
});

describe("against the mock", () => {
  test("60 KPIs are fetched in 3 requests the mock accepts (it answers 422 above 25 ids)", async () => {
    mock = new KoladaMock({kpis: syntheticKpis(60), areas: [{id: "1487", title: "A", type: "K"}], years: [2020]});
    const base = await mock.start();
    const client = new KoladaClient({...fast(), baseUrl: base});
    const {rows} = await client.fetchValues({kpis: mock.kpis.map((k) => k.id), areas: ["1487"], years: [2020]});
    expect(mock.requests.filter((r) => r.endpoint === "data")).toHaveLength(3);
    expect(new Set(rows.map((r) => r.kpi)).size).toBeGreaterThan(50); // some synthetic values are missing (null) but still rows
    const tooMany = `${base}/data/kpi/${mock.kpis
      .slice(0, 26)
      .map((k) => k.id)
      .join(",")}/municipality/1487`;
    await expect(client.getJson(tooMany, DataItemSchema)).rejects.toThrow(/HTTP 422.*at most 25 ids/);
  });

  test("pagination: next_url is followed until null and gives the same rows as one page", async () => {
    mock = new KoladaMock({pageSize: 7});
    const base = await mock.start();
    const q = {kpis: ["U40455", "N40011"], areas: ["1487", "1489", "0000"], years: [2019, 2020, 2021, 2022]};
    const paged = new KoladaClient({...fast(), baseUrl: base});
    const a = await paged.fetchValues(q);
    expect(paged.stats.pages).toBe(Math.ceil(24 / 7));
    mock.pageSize = 5000;
    const single = new KoladaClient({...fast(), baseUrl: base});
    const b = await single.fetchValues(q);
    expect(single.stats.pages).toBe(1);
    const sort = (rs: typeof a.rows) => [...rs].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    expect(sort(a.rows)).toEqual(sort(b.rows));
    expect(a.rows.filter((r) => r.kpi === "U40455")).toHaveLength(3 * 4 * 3); // T, K, M in any order
  });

  test("nulls stay null (never 0); isdeleted values are dropped and counted", async () => {
    mock = new KoladaMock();
    mock.set("U40455", "1487", 2020, "T", {value: null, status: "-"});
    mock.set("U40455", "1487", 2021, "T", {isdeleted: true});
    const client = new KoladaClient({...fast(), baseUrl: await mock.start()});
    const {rows, deleted} = await client.fetchValues({kpis: ["U40455"], areas: ["1487"], years: [2020, 2021]});
    expect(rows.find((r) => r.period === 2020 && r.gender === "T")).toMatchObject({value: null, status: "-"});
    expect(rows.some((r) => r.period === 2021 && r.gender === "T")).toBe(false);
    expect(deleted).toEqual([expect.objectContaining({kpi: "U40455", municipality: "1487", period: 2021, gender: "T"})]);
    expect(client.stats.deleted).toBe(1);
  });

  test("429 honours Retry-After (seconds)", async () => {
    mock = new KoladaMock();
    mock.faults.push({kind: "status", status: 429, headers: {"retry-after": "3"}, times: 1});
    const delays: number[] = [];
    const client = new KoladaClient({...fast(delays), baseUrl: await mock.start()});
    await client.fetchKpiMeta(["U40455"]);
    expect(delays).toEqual([3000]);
    expect(client.stats.retries).toBe(1);
  });

  test("backoff is exponential, bounded and jittered", () => {
    const lo = new KoladaClient({baseUrl: "http://x", backoffBaseMs: 100, backoffMaxMs: 1000, random: () => 0});
    const hi = new KoladaClient({baseUrl: "http://x", backoffBaseMs: 100, backoffMaxMs: 1000, random: () => 1});
    expect([1, 2, 3, 4, 5, 6].map((a) => hi.backoffMs(a))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect([1, 2, 3].map((a) => lo.backoffMs(a))).toEqual([50, 100, 200]);
  });

  test("requests are paced near requestsPerSecond (fake clock)", async () => {
    mock = new KoladaMock();
    const base = await mock.start();
    let clock = 0;
    const client = new KoladaClient({
      baseUrl: base,
      requestsPerSecond: 5,
      concurrency: 2,
      now: () => clock,
      sleep: async (ms) => void (clock += ms)
    });
    await client.fetchValues({
      kpis: ["U40455"],
      areas: ["1487", "1489", "2380", "0764"].flatMap((a) => [a]),
      years: [2020]
    });
    await client.fetchKpiMeta(["U40455"]);
    await client.fetchGroups(["G2328"]);
    await client.fetchMunicipalities(["1487"]);
    // 4 requests at 5/s: the 4th may start no earlier than 600 ms after the first.
    expect(client.stats.requests).toBe(4);
    expect(clock).toBeGreaterThanOrEqual(600);
  });

  test("a give-up message names the URL and the cause", async () => {
    mock = new KoladaMock();
    mock.faults.push({kind: "status", status: 502});
    const base = await mock.start();
    const client = new KoladaClient({...fast(), baseUrl: base});
    const error = await client.fetchKpiMeta(["U40455"]).catch((e) => e);
    expect(error).toBeInstanceOf(KoladaError);
    expect(error.message).toMatch(new RegExp(`^Kolada: GET ${base}/kpi/U40455\\?per_page=5000: gave up after 4 attempts; last error: HTTP 502`));
  });

  test("metadata: KPI, areas and group members", async () => {
    mock = new KoladaMock();
    const client = new KoladaClient({...fast(), baseUrl: await mock.start()});
    const [kpi] = await client.fetchKpiMeta(["U40811"]);
    expect(kpi).toMatchObject({
      id: "U40811",
      is_divided_by_gender: false,
      publication_date: "2026-02-01",
      prel_publication_date: null
    });
    const areas = await client.fetchMunicipalities();
    expect(areas.find((a) => a.id === "0764")).toMatchObject({type: "K"});
    const [g] = await client.fetchGroups(["G30829"]);
    expect(g.members).toContain("1487");
  });
});
