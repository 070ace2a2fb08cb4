// Benchmark (not a test): the batched refresh at its full scope (every catalogue KPI for every
// kommun, Riket and the groups' own values; the groups' memberships) against the mock Kolada server
// with 50 ms latency per request, beside a naive client making one request per (KPI, area). The
// naive client would need one request per pair (some 13 000, minutes even against the mock), so it
// is measured on a fixed sample of the pairs (1 in NAIVE_SAMPLE) and its requests and wall time are
// extrapolated to all pairs; the sample's values are checked against the batched refresh's.
// ALL VALUES ARE SYNTHETIC (the mock's). Results: bench/results/kolada-refresh.{json,md}.
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {KOLADA_DIR, PROJECT_ROOT} from "../loaders/paths.js";
import {KPIS, catalogueYears, kpiIds} from "../model/catalogue.js";
import {RIKET} from "../model/comparisons.js";
import {VALUE_GROUP_IDS} from "../model/groups.js";
import {KoladaClient} from "../loaders/kolada/client.js";
import {refresh} from "../loaders/kolada/refresh.js";
import {readSnapshotRows} from "../loaders/kolada/snapshot.js";
import {rowKey} from "../loaders/kolada/types.js";
import {fullSnapshotMock} from "../test/e2e/syntheticSite.js";

const LATENCY_MS = 50;
const CONCURRENCY = 2;
/** The naive client is measured on every NAIVE_SAMPLE-th (KPI, area) pair. */
const NAIVE_SAMPLE = 20;

async function main() {
  const mock = fullSnapshotMock();
  mock.latencyMs = LATENCY_MS;
  const url = await mock.start();
  const clientOptions = {requestsPerSecond: Infinity, concurrency: CONCURRENCY};
  const parent = mkdtempSync(join(tmpdir(), "kolada-bench-"));
  try {
    // 1. The real refresh (batched), into a temporary copy of the snapshot.
    const dir = join(parent, "kolada");
    cpSync(KOLADA_DIR, dir, {recursive: true});
    let t0 = performance.now();
    // The mock's synthetic values replace the seed's real ones (and leave some out): the removal guard would stop this.
    const result = await refresh({dir, baseUrl: url, reportPath: null, client: clientOptions, acceptRemovals: true});
    const batchedMs = performance.now() - t0;
    const batchedRequests = mock.requests.length;
    const batchedKeys = new Set(readSnapshotRows(dir).map(rowKey));
    const kommuner = mock.areas.filter((a) => a.type === "K").map((a) => a.id);
    const areas = [...kommuner, RIKET, ...VALUE_GROUP_IDS];

    // 2. The naive client on a sample of the pairs: one values request per (KPI, area).
    const pairs: [string, string][] = kpiIds().flatMap((k) => areas.map((a) => [k, a] as [string, string]));
    const sample = pairs.filter((_, i) => i % NAIVE_SAMPLE === 0);
    mock.requests.length = 0;
    t0 = performance.now();
    const naive = new KoladaClient({...clientOptions, baseUrl: url});
    const naiveKeys = new Set<string>();
    let next = 0;
    const worker = async () => {
      while (next < sample.length) {
        const [k, a] = sample[next++];
        const {rows} = await naive.fetchValues({kpis: [k], areas: [a], years: catalogueYears()});
        for (const r of rows) naiveKeys.add(rowKey(r));
      }
    };
    await Promise.all(Array.from({length: CONCURRENCY}, worker));
    const sampleMs = performance.now() - t0;
    const sampleRequests = mock.requests.length;
    const inSample = new Set(sample.map(([k, a]) => `${k}|${a}`));
    const batchedSample = [...batchedKeys].filter((key) => inSample.has(key.split("|").slice(0, 2).join("|")));
    const sameRows = naiveKeys.size === batchedSample.length && batchedSample.every((key) => naiveKeys.has(key));
    const scale = pairs.length / sample.length;
    const naiveRequests = Math.round(sampleRequests * scale);
    const naiveMs = sampleMs * scale;

    const results = {
      note: "Synthetic values from the mock Kolada server (test/mock/koladaMock.ts, the full test snapshot's mock: every kommun, the groups' real memberships); 50 ms latency per request; both clients with the same concurrency and no rate limit, so wall time reflects request count × latency / concurrency. The naive client is measured on a sample of the (KPI, area) pairs and extrapolated.",
      date: new Date().toISOString(),
      node: process.version,
      setup: {
        kpis: KPIS.length,
        kommuner: kommuner.length,
        other_areas: areas.length - kommuner.length,
        groups_with_members: mock.areas.filter((a) => a.type === "G").length,
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
        at_5_req_per_s_s: +(naiveRequests / 5).toFixed(1),
        extrapolated_from: {pairs: pairs.length, sample_pairs: sample.length, requests: sampleRequests, wall_ms: Math.round(sampleMs), values: naiveKeys.size}
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
        `the refresh's full scope: ${results.setup.kpis} catalogue KPIs × (${results.setup.kommuner} kommuner + Riket and ${VALUE_GROUP_IDS.length} groups), ${results.setup.years} years, and the memberships of ${results.setup.groups_with_members} groups; ` +
        `both clients ${CONCURRENCY} requests in parallel, no rate limit.`,
      "",
      "| client | requests | wall time | values | time at Kolada's polite 5 req/s |",
      "|---|---:|---:|---:|---:|",
      `| batched (\`npm run data:refresh\`), measured | ${batchedRequests} | ${(batchedMs / 1000).toFixed(2)} s | ${batchedKeys.size} | ≈ ${results.batched.at_5_req_per_s_s} s |`,
      `| naive, one request per (KPI, area), extrapolated from 1 in ${NAIVE_SAMPLE} pairs (${sampleRequests} requests in ${(sampleMs / 1000).toFixed(2)} s) | ≈ ${naiveRequests} | ≈ ${(naiveMs / 1000).toFixed(0)} s | – | ≈ ${results.naive.at_5_req_per_s_s} s |`,
      "",
      `Ratios (naive / batched): **${results.ratios.requests}×** the requests, **${results.ratios.wall_time}×** the wall time. The sample's values equal the batched refresh's for the same pairs: ${sameRows ? "yes" : "NO"}.`,
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
