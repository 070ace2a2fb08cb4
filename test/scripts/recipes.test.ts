// The README's three recipes, applied to a copy of the project as a maintainer would: add a kommun
// (one line), add a KPI (one line and a refresh, here against the mock Kolada server), add an audit
// report (its folder and its lines in themes.yaml). For each, the files it changed are exactly the
// ones the recipe names (plus what `npm run docs` and the refresh regenerate); then the copy builds
// and the new kommun, KPI and report are on the site. Everything added here is SYNTHETIC test
// data in a temporary copy: the kommun line (a real Kolada id, our own colour), the KPI N99999 (no
// such KPI exists), the mock's values, and the report (a copy of a real report under another id).
import {execFile, spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {GENERATED_DOCS} from "../../scripts/docs/generated.js";
import {KoladaMock, catalogueMockOptions} from "../mock/koladaMock.js";

const NEW_KOMMUN = {id: "1488", name: "Trollhättan", color: "#8a6d00", symbol: "star"};
const NEW_KPI = "N99999";
const FROM_REPORT = "alvesta-2018"; // the real report whose files are copied under the new id
const NEW_REPORT = "trollhattan-2018";

let copy = "";
const TSX = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");

/** Every file of the copy (outside node_modules, dist and the build's caches) with its hash. */
function snapshotFiles(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, d.name);
      const rel = relative(root, path);
      if (d.isSymbolicLink() || ["node_modules", "dist", ".git", "test/tmp", "src/.observablehq"].includes(rel)) continue;
      if (d.isDirectory()) walk(path);
      else out.set(rel, createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(root);
  return out;
}

/** The files added, removed or changed between two snapshots, sorted. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

/** The changed files a person edits: everything but what `npm run docs` regenerates. */
const byHand = (files: readonly string[]) => files.filter((f) => !(f in GENERATED_DOCS));

/** `tsx <args>` in the copy, as a child process (asynchronous: the mock server runs in this process). */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const vars = {
    ...process.env,
    UPPF_DEBUG: "",
    UPPF_DATA_DIR: "",
    UPPF_OUTPUT_DIR: "",
    KOLADA_SNAPSHOT_DIR: "",
    ...env
  };
  return new Promise((resolve, reject) =>
    execFile(TSX, args, {cwd: copy, env: vars, encoding: "utf8", maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) =>
      error ? reject(new Error(`tsx ${args.join(" ")} failed (${error.code}):\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`)) : resolve(stdout)
    )
  );
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(copy, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`${file}: the recipe's edit did not apply`);
  writeFileSync(path, after);
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "uppf-recipes-"));
  const tracked = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8"
  })
    .stdout.split("\0")
    .filter(Boolean);
  for (const f of tracked) if (existsSync(join(PROJECT_ROOT, f))) cpSync(join(PROJECT_ROOT, f), join(copy, f), {recursive: true, verbatimSymlinks: true});
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(copy, "node_modules"));
});
afterAll(() => {
  if (copy) for (const p of [copy, `${copy}-change-report.md`]) rmSync(p, {recursive: true, force: true});
});

describe("the README's recipes on a copy", () => {
  test("add a kommun: one line in model/catalogue.ts, then `npm run docs`", async () => {
    const before = snapshotFiles(copy);
    const line = `  {id: "${NEW_KOMMUN.id}", name: "${NEW_KOMMUN.name}", color: "${NEW_KOMMUN.color}", symbol: "${NEW_KOMMUN.symbol}"},`;
    edit("model/catalogue.ts", (t) => t.replace("export const KOMMUNER: readonly Kommun[] = [\n", (m) => `${m}${line}\n`));
    await run(["scripts/docs.ts"]);
    const files = changed(before, snapshotFiles(copy));
    expect(byHand(files)).toEqual(["model/catalogue.ts"]);
    expect(files).toContain("docs/catalogue.md");
    expect(readFileSync(join(copy, "docs/catalogue.md"), "utf8")).toContain(`| ${NEW_KOMMUN.id} | ${NEW_KOMMUN.name} |`);
  });

  test("add a KPI: one line in model/catalogue.ts, then `npm run data:refresh` (here against the mock) and `npm run docs`", async () => {
    const before = snapshotFiles(copy);
    const line = `  k("${NEW_KPI}", "kostnad", "Syntetiskt testnyckeltal", "Syntetiskt testnyckeltal (finns inte i Kolada)", "kr/inv", false, _, "neutral"),`;
    edit("model/catalogue.ts", (t) => t.replace("export const KPIS: readonly CatalogueKpi[] = [\n", (m) => `${m}${line}\n`));
    // The mock answers for every kommun of the snapshot (so no value of the seed goes missing) and
    // knows the new KPI besides the catalogue's; all its values are synthetic.
    const def = catalogueMockOptions(0);
    const everyKommun = readFileSync(join(copy, "data/kolada/kommuner.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[0]);
    const known = new Set(def.areas.map((a) => a.id));
    const mock = new KoladaMock({
      kpis: [...def.kpis, {id: NEW_KPI, title: "Syntetiskt testnyckeltal (syntetisk)", genderDivided: false}],
      areas: [
        ...def.areas.map((a) => ({...a, complete: true})),
        ...everyKommun.filter((id) => !known.has(id)).map((id) => ({id, title: `Kommun ${id} (syntetisk)`, type: "K", complete: true}))
      ]
    });
    const base = await mock.start();
    try {
      await run(["scripts/refresh.ts", "--report", `${copy}-change-report.md`], {
        KOLADA_BASE_URL: base,
        KOLADA_RPS: "1000",
        KOLADA_BACKOFF_MS: "1"
      });
    } finally {
      await mock.close();
    }
    await run(["scripts/docs.ts"]);
    const files = changed(before, snapshotFiles(copy));
    expect(byHand(files).filter((f) => !f.startsWith("data/kolada/"))).toEqual(["model/catalogue.ts"]);
    expect(files).toContain("data/kolada/values.csv");
    expect(readFileSync(join(copy, "data/kolada/values.csv"), "utf8")).toMatch(new RegExp(`^${NEW_KPI},${NEW_KOMMUN.id},`, "m"));
    expect(readFileSync(join(copy, "docs/catalogue.md"), "utf8")).toContain(`| \`${NEW_KPI}\` |`);
  }, 120_000);

  test("add an audit report: its folder in data/reports/ and its lines in themes.yaml", async () => {
    const before = snapshotFiles(copy);
    const folder = join(copy, "data/reports", NEW_REPORT);
    cpSync(join(copy, "data/reports", FROM_REPORT), folder, {recursive: true});
    writeFileSync(
      join(folder, "meta.yaml"),
      readFileSync(join(folder, "meta.yaml"), "utf8")
        .replace(`id: ${FROM_REPORT}`, `id: ${NEW_REPORT}`)
        .replace(/^kommun: .*$/m, `kommun: "${NEW_KOMMUN.id}"`)
        .replace(/^kommun_name: .*$/m, `kommun_name: ${NEW_KOMMUN.name}`)
    );
    edit("data/reports/themes.yaml", (t) => {
      const mapping = [...t.matchAll(new RegExp(`^  - question: ${FROM_REPORT}#.*\\n(?:    .*\\n)*`, "gm"))].map((m) =>
        m[0].replace(`${FROM_REPORT}#`, `${NEW_REPORT}#`)
      );
      const indicators = new RegExp(`^  - report: ${FROM_REPORT}\\n(?:    .*\\n)*`, "m").exec(t)![0].replace(FROM_REPORT, NEW_REPORT);
      return t.replace("\nindicators:\n", `${mapping.join("")}\nindicators:\n`) + indicators;
    });
    await run(["scripts/check-reports.ts"]);
    const files = changed(before, snapshotFiles(copy));
    expect(byHand(files).filter((f) => !f.startsWith(`data/reports/${NEW_REPORT}/`))).toEqual(["data/reports/themes.yaml"]);
    expect(files.length).toBe(1 + readdirSync(folder).length);
  });

  test("the copy builds, and the new kommun, KPI and report are on the site", async () => {
    await run(["scripts/build.ts"]);
    const dist = join(copy, "dist");
    const page = readFileSync(join(dist, "granskningar", `${NEW_REPORT}.html`), "utf8");
    expect(page).toContain(NEW_KOMMUN.name);
    const home = readFileSync(join(dist, "index.html"), "utf8");
    expect(home).toContain(`granskningar/${NEW_REPORT}`); // the sidebar and the footer list it
    // each table's published copy, at its stable address
    const file = (name: string) => join(dist, "data", `${name}.arrow`);
    const column = (name: string, col: string) => [...(tableFromIPC(readFileSync(file(name))).getChild(col) ?? [])] as unknown[];
    expect(column("kolada_areas", "id")).toContain(NEW_KOMMUN.id);
    expect(column("kolada_kpis", "id")).toContain(NEW_KPI);
    expect(column("kolada", "kpi")).toContain(NEW_KPI);
    expect(column("audit_reports", "report")).toContain(NEW_REPORT);
  }, 600_000);
});
