// Benchmark (not a test): the batched refresh against the mock Kolada server with 50 ms latency per
// request, side by side in one run with a naive client making one request per (KPI, area).
// ALL VALUES ARE SYNTHETIC (the mock's). Results: bench/results/kolada-refresh.{json,md}.
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {KOLADA_DIR, PROJECT_ROOT} from "../loaders/paths.js";
import {KPIS, REFERENCES, areaIds, catalogueYears, headlineKpiIds, kpiIds} from "../model/catalogue.js";
import {KoladaClient} from "../loaders/kolada/client.js";
import {refresh} from "../loaders/kolada/refresh.js";
import {rowKey} from "../loaders/kolada/types.js";
import {KoladaMock, catalogueMockOptions} from "../test/mock/koladaMock.js";

const LATENCY_MS = 50;
const CONCURRENCY = 2;
const KOMMUNER_TOTAL = 290;

async function main() {
  const base = catalogueMockOptions(KOMMUNER_TOTAL - 4);
  const mock = new KoladaMock({...base, latencyMs: LATENCY_MS});
  const url = await mock.start();
  const clientOptions = {requestsPerSecond: Infinity, concurrency: CONCURRENCY};
  const parent = mkdtempSync(join(tmpdir(), "kolada-bench-"));
  try {
    // 1. The real refresh (batched), into a temporary copy of the snapshot.
    const dir = join(parent, "kolada");
    cpSync(KOLADA_DIR, dir, {recursive: true});
    let t0 = performance.now();
    // The mock's synthetic kommuner replace the seed's real ones: the removal guard would stop this.
    const result = await refresh({dir, baseUrl: url, reportPath: null, client: clientOptions, acceptRemovals: true});
    const batchedMs = performance.now() - t0;
    const batchedRequests = mock.requests.length;
    const batchedKeys = new Set((await import("../loaders/kolada/snapshot.js")).readSnapshotRows(dir).map(rowKey));

    // 2. The naive client: same metadata requests, then one values request per (KPI, area).
    mock.requests.length = 0;
    t0 = performance.now();
    const naive = new KoladaClient({...clientOptions, baseUrl: url});
    const areas = await naive.fetchMunicipalities();
    await naive.fetchGroups(REFERENCES.filter((r) => r.id.startsWith("G")).map((r) => r.id));
    await naive.fetchKpiMeta(kpiIds());
    const kommuner = areas.filter((a) => a.type === "K").map((a) => a.id);
    const pairs: [string, string][] = [
      ...kpiIds().flatMap((k) => areaIds().map((a) => [k, a] as [string, string])),
      ...headlineKpiIds().flatMap((k) => kommuner.filter((a) => !areaIds().includes(a)).map((a) => [k, a] as [string, string]))
    ];
    const naiveKeys = new Set<string>();
    let next = 0;
    const worker = async () => {
      while (next < pairs.length) {
        const [k, a] = pairs[next++];
        const {rows} = await naive.fetchValues({kpis: [k], areas: [a], years: catalogueYears()});
        for (const r of rows) naiveKeys.add(rowKey(r));
      }
    };
    await Promise.all(Array.from({length: CONCURRENCY}, worker));
    const naiveMs = performance.now() - t0;
    const naiveRequests = mock.requests.length;
    const sameRows = naiveKeys.size === batchedKeys.size && [...naiveKeys].every((key) => batchedKeys.has(key));

    const results = {
      note: "Synthetic values from the mock Kolada server (test/mock/koladaMock.ts); 50 ms latency per request; both clients with the same concurrency and no rate limit, so wall time reflects request count × latency / concurrency.",
      date: new Date().toISOString(),
      node: process.version,
      setup: {
        kpis: KPIS.length,
        catalogue_areas: areaIds().length,
        headline_kpis: headlineKpiIds().length,
        kommuner: kommuner.length,
        years: catalogueYears().length,
        latency_ms: LATENCY_MS,
        concurrency: CONCURRENCY
      },
      batched: {
        requests: batchedRequests,
        wall_ms: Math.round(batchedMs),
        values: batchedKeys.size,
        at_5_req_per_s_s: +(batchedRequests / 5).toFixed(1)
      },
      naive: {
        requests: naiveRequests,
        wall_ms: Math.round(naiveMs),
        values: naiveKeys.size,
        at_5_req_per_s_s: +(naiveRequests / 5).toFixed(1)
      },
      ratios: {requests: +(naiveRequests / batchedRequests).toFixed(1), wall_time: +(naiveMs / batchedMs).toFixed(1)},
      same_values: sameRows,
      refresh_report_subject: result.report.split("\n")[0]
    };
    const out = join(PROJECT_ROOT, "bench", "results");
    mkdirSync(out, {recursive: true});
    writeFileSync(join(out, "kolada-refresh.json"), JSON.stringify(results, null, 2) + "\n");
    const md = [
      "# Kolada refresh: batched client vs one request per (KPI, area)",
      "",
      `Run ${results.date} on Node ${results.node}. Mock Kolada server with **synthetic values** and ${LATENCY_MS} ms latency per request; ` +
        `${results.setup.kpis} catalogue KPIs × ${results.setup.catalogue_areas} areas, plus ${results.setup.headline_kpis} headline KPIs × ${results.setup.kommuner} kommuner, ${results.setup.years} years; ` +
        `both clients ${CONCURRENCY} requests in parallel, no rate limit.`,
      "",
      "| client | requests | wall time | values | time at Kolada's polite 5 req/s |",
      "|---|---:|---:|---:|---:|",
      `| batched (\`npm run data:refresh\`) | ${batchedRequests} | ${(batchedMs / 1000).toFixed(2)} s | ${batchedKeys.size} | ≈ ${results.batched.at_5_req_per_s_s} s |`,
      `| naive, one request per (KPI, area) | ${naiveRequests} | ${(naiveMs / 1000).toFixed(2)} s | ${naiveKeys.size} | ≈ ${results.naive.at_5_req_per_s_s} s |`,
      "",
      `Ratios (naive / batched): **${results.ratios.requests}×** the requests, **${results.ratios.wall_time}×** the wall time. Both fetched the same set of values: ${sameRows ? "yes" : "NO"}.`,
      "",
      "Reproduce: `npm run bench:kolada`.",
      ""
    ].join("\n");
    writeFileSync(join(out, "kolada-refresh.md"), md);
    process.stdout.write(md);
    if (!sameRows) process.exitCode = 1;
  } finally {
    await mock.close();
    rmSync(parent, {recursive: true, force: true});
  }
}

await main();
