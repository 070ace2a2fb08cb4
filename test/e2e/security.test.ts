// Strings from data are rendered as text, never as markup: the site is built from a copy of
// data/ in which report quotes, conclusions, recommendations and Kolada names carry an HTML
// payload (synthetic, made here, never committed), and every page is checked in Chromium.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Browser} from "playwright-core";
import YAML from "yaml";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {readSnapshot, serializeSnapshot, writeSnapshotAtomic} from "../../loaders/kolada/snapshot.js";
import {seedDataCopy} from "../support/seed.js";
import {startStaticServer, type StaticServer} from "../../scripts/site/staticServer.js";
import {builtPages, launchChromium, visit, waitForPage} from "./browser.js";

const MARKER = "XSS-PROV";
// Markup, a page expression (`${…}`, which Framework would run) and a page word (`{{…}}`, which the
// build would expand): report text is written into the pages' HTML at build time, so all three must
// reach the reader as the characters they are.
const EXPRESSION = "${(window.__expr=1)}";
const WORD = "{{kommuner}}";
const PAYLOAD = `<img src=x data-xss=1 onerror="window.__xss=1"><b data-xss=1>${MARKER}</b> ${EXPRESSION} ${WORD}`;
const OUTPUT = join("test", "tmp", "xss-dist");
const outputDir = join(PROJECT_ROOT, OUTPUT);
const cacheDir = join(PROJECT_ROOT, "src", ".observablehq", "cache");

/** Append the payload as a new last line of source.txt and point the record at it. */
function poisonReport(dir: string): void {
  const sourceFile = join(dir, "source.txt");
  const source = readFileSync(sourceFile, "utf8");
  const lines = source.endsWith("\n") ? source.slice(0, -1).split("\n") : source.split("\n");
  const line = String(lines.length + 1);
  const poisoned = `${source.endsWith("\n") ? source : source + "\n"}${PAYLOAD}\n`;
  writeFileSync(sourceFile, poisoned);
  const editYaml = (file: string, edit: (doc: any) => void) => {
    const path = join(dir, file);
    const doc = YAML.parse(readFileSync(path, "utf8"));
    edit(doc);
    writeFileSync(path, YAML.stringify(doc));
  };
  editYaml("meta.yaml", (m) => {
    m.source_sha256 = createHash("sha256").update(poisoned).digest("hex");
    if (m.conclusion) m.conclusion = {...m.conclusion, text: PAYLOAD, lines: line};
  });
  editYaml("assessments.yaml", (list) => {
    if (list.length) Object.assign(list[0], {assessment: PAYLOAD, lines: line, skip_lines: undefined});
  });
  editYaml("recommendations.yaml", (list) => {
    const own = list.find((r: any) => !r.repeats);
    if (own) Object.assign(own, {text: PAYLOAD, lines: line, skip_lines: undefined});
  });
}

let browser: Browser;
let site: StaticServer;
let pages: string[] = [];

beforeAll(async () => {
  const data = mkdtempSync(join(tmpdir(), "uppf-xss-data-"));
  seedDataCopy(data);
  for (const report of readdirSync(join(data, "reports"), {withFileTypes: true})) {
    if (report.isDirectory()) poisonReport(join(data, "reports", report.name));
  }
  const snapshotDir = join(data, "kolada");
  const snap = readSnapshot(snapshotDir);
  const kommuner = snap.kommuner.map((k) => (k.id === "0180" || k.id === "1487" ? {...k, name: `${k.name} ${PAYLOAD}`} : k));
  // Kolada titles a kommun's liknande-kommuner group by the kommun's name: the poisoned name there too.
  const renamed = snap.kommuner.flatMap((k, i) => (kommuner[i].name === k.name ? [] : [{from: k.name, to: kommuner[i].name}]));
  const areas = snap.metadata.areas.map((a) => ({...a, title: renamed.reduce((t, r) => t.replace(`, ${r.from}, `, `, ${r.to}, `), a.title)}));
  const {format: _f, rows: _r, rows_per_kpi: _p, files: _files, checksum: _c, ...info} = snap.manifest;
  writeSnapshotAtomic(snapshotDir, serializeSnapshot(snap.rows, kommuner, {...snap.metadata, areas}, info));

  rmSync(outputDir, {recursive: true, force: true});
  const build = spawnSync(join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], {
    cwd: PROJECT_ROOT,
    env: {...process.env, UPPF_DATA_DIR: data, UPPF_OUTPUT_DIR: OUTPUT, KOLADA_SNAPSHOT_DIR: ""}, // the poisoned copy's snapshot, not the suite's seed
    encoding: "utf8"
  });
  rmSync(data, {recursive: true, force: true});
  if (build.status !== 0) throw new Error(`build from poisoned data failed:\n${build.stderr.slice(-3000)}`);
  pages = builtPages(outputDir);
  site = await startStaticServer(outputDir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(outputDir, {recursive: true, force: true});
  // The loader cache now holds poisoned outputs: drop them so `npm run dev` cannot show them.
  if (existsSync(cacheDir)) for (const e of readdirSync(cacheDir)) if (e !== "_node") rmSync(join(cacheDir, e), {recursive: true, force: true});
});

describe("markup in data is shown as text", () => {
  test("every page renders the payload as text, never as elements", async () => {
    const shownOn: string[] = [];
    for (const path of pages) {
      const v = await visit(browser, site.url, path);
      try {
        await waitForPage(v.page, path);
        await v.page.waitForTimeout(300);
        const result = await v.page.evaluate(
          ([marker, expression, word]) => ({
            injected: document.querySelectorAll("[data-xss]").length,
            ran: (window as unknown as {__xss?: number}).__xss === 1,
            evaluated: (window as unknown as {__expr?: number}).__expr === 1,
            shown: document.body.innerText.includes(marker),
            literal: document.body.innerText.includes(expression) && document.body.innerText.includes(word)
          }),
          [MARKER, EXPRESSION, WORD] as const
        );
        expect(result.injected, `${path}: elements created from data`).toBe(0);
        expect(result.ran, `${path}: payload script ran`).toBe(false);
        expect(result.evaluated, `${path}: a page expression from data ran`).toBe(false);
        if (result.shown) {
          shownOn.push(path);
          expect(result.literal, `${path}: \${…} and {{…}} from data are shown as written`).toBe(true);
        }
      } finally {
        await v.page.close();
      }
    }
    console.log(`xss: payload shown as text on ${shownOn.length} page(s): ${shownOn.join(", ")}`);
    // The check is only meaningful where the poisoned strings are displayed: the audit pages and
    // the overview show report quotes and conclusions.
    expect(shownOn.length).toBeGreaterThanOrEqual(2);
  }, 300_000);
});
