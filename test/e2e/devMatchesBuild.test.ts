// `npm run dev` serves what `npm run build` publishes: the same bundles of Plot, d3 and the kit,
// the same data files, and every page reads the same. The preview server (scripts/dev.ts, with the
// committed snapshot, as the published dist/ was built) and dist/ are compared: each page's text in
// Chromium, and each page bundle's code (Framework addresses a module's imports differently in the
// two: a content hash in the file name when built, a `?sha=` query when previewed; that aside, the
// bytes must be equal).
import {spawn, type ChildProcess} from "node:child_process";
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Browser} from "playwright-core";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {startStaticServer, type StaticServer} from "../../scripts/site/staticServer.js";
import {DIST, builtPages, launchChromium, readToEnd, visit, waitForPage} from "./browser.js";

const PORT = 3100 + (process.pid % 500);
const DEV = `http://127.0.0.1:${PORT}`;

let dev: ChildProcess;
let devLog = "";
let published: StaticServer;
let browser: Browser;

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`npm run dev did not answer at ${url}:\n${devLog.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  dev = spawn(join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["scripts/dev.ts", "--host", "127.0.0.1", "--port", String(PORT), "--no-open"], {
    cwd: PROJECT_ROOT,
    env: {...process.env, KOLADA_SNAPSHOT_DIR: ""}, // the committed snapshot, as dist/ was built
    stdio: ["ignore", "pipe", "pipe"],
    detached: true
  });
  dev.stdout!.on("data", (d) => (devLog += d));
  dev.stderr!.on("data", (d) => (devLog += d));
  await waitForServer(`${DEV}/`, 120_000);
  published = await startStaticServer(DIST);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await published?.close();
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM"); // the preview server and its children
});

/** A module's code with Framework's addressing of its imports taken out. */
const code = (text: string) => text.replace(/(\.\/[\w-]+)(?:\.[0-9a-f]{8})?\.js(?:\?sha=[0-9a-f]+)?/g, "$1.js");

describe("npm run dev and npm run build", () => {
  test("serve the same bundle for every page entry and every chunk (Plot and d3 among them)", async () => {
    const builtDir = join(DIST, "_import", "bundles");
    const built = readdirSync(builtDir).filter((f) => f.endsWith(".js"));
    expect(built.length).toBeGreaterThan(3);
    let plot = false;
    for (const file of built) {
      const name = file.replace(/\.[0-9a-f]{8}\.js$/, ".js");
      const response = await fetch(`${DEV}/_import/bundles/${name}`);
      expect(response.status, name).toBe(200);
      const served = code(await response.text());
      expect(served, name).toBe(code(readFileSync(join(builtDir, file), "utf8")));
      plot ||= served.includes("plot-d6a7b5"); // Plot's own class name
    }
    expect(plot).toBe(true);
  }, 120_000);

  test("every page shows the same text", async () => {
    for (const path of builtPages(DIST)) {
      const texts: string[] = [];
      for (const origin of [DEV, published.url]) {
        const v = await visit(browser, origin, path);
        try {
          await waitForPage(v.page, path);
          await readToEnd(v.page); // every deferred section built
          texts.push(await v.page.locator("#observablehq-main").innerText());
        } finally {
          await v.page.close();
        }
      }
      // Utforska says how long its example query took ("på 0,20 s", "· 0,20 s"): a measurement, not content.
      const same = (t: string) => (path === "/utforska" ? t.replace(/(på|·) \d+(,\d+)? s\b/g, "$1 … s") : t);
      expect(same(texts[0]), path).toBe(same(texts[1]));
    }
  }, 600_000);
});
