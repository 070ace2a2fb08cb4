// The page Öppna data and the open data it links, on the built site: the page lists every table
// with its four files, whose links answer and whose sizes it states; every table's CSV, CSV for
// Excel, Parquet and Arrow, fetched from the site at their stable addresses as R, pandas or DuckDB
// would, read back the same rows (the rows the table is made of, on the seed snapshot's site; each
// other, on the site built from SYNTHETIC values, where no table is empty); the data package
// validates against the Frictionless profiles and states each file's size and checksum.
import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {formatBytes} from "../../components/explore/openData.js";
import {readTable} from "../../components/kit/arrow.js";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {SERVED} from "../../loaders/serve/tables.js";
import {DATA_MODEL} from "../../model/dataModel.js";
import {DATA_PACKAGE, DATA_README, FORMATS, publishedFile} from "../../model/published.js";
import type {Table} from "../../model/table.js";
import {validate} from "../support/jsonSchema.js";
import {rowsFromArrowFile, rowsFromCsv, rowsFromParquet, type Row} from "../support/publishedFormats.js";
import {useSite} from "./browser.js";
import {useSyntheticSite} from "./pageChecks.js";

const site = useSite();
const synthetic = useSyntheticSite();

/** A file of the site at its stable address, as a program outside the browser fetches it. */
async function fetchFile(origin: string, path: string): Promise<Uint8Array> {
  const r = await fetch(`${origin}/data/${path}`);
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", {ignoreBOM: true}).decode(bytes);

/** A table's rows read from each of its four files on the site at `origin`. */
async function rowsByFormat(origin: string, t: Table): Promise<Record<string, Row[]>> {
  const get = (format: (typeof FORMATS)[number]["id"]) => fetchFile(origin, publishedFile(t.name, format));
  return {
    csv: rowsFromCsv(t, decode(await get("csv"))),
    excel: rowsFromCsv(t, decode(await get("excel")), {delimiter: ";", decimalComma: true}),
    parquet: await rowsFromParquet(await get("parquet")),
    arrow: rowsFromArrowFile(await get("arrow"))
  };
}

const profile = (name: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, "test", "fixtures", "frictionless", `${name}.json`), "utf8"));

describe("the page Öppna data", () => {
  test("lists every table with its rows and its four files, each link answering, with the size it states; the sidebar, the footer and Utforska lead to it", async () => {
    const v = await site.visit("/oppna-data");
    try {
      expect(await v.page.locator("h1").innerText()).toBe("Öppna data");
      expect(v.consoleErrors).toEqual([]);
      expect(v.foreignRequests).toEqual([]);
      const rows = await v.page.locator(".open-data-tables tbody tr").evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.id,
          rows: tr.querySelector("td.num")?.textContent ?? "",
          files: Array.from(tr.querySelectorAll<HTMLAnchorElement>(".open-data-files li"), (li) => ({
            href: li.querySelector("a")!.href,
            text: li.textContent ?? ""
          }))
        }))
      );
      expect(rows.map((r) => r.id)).toEqual(DATA_MODEL.map((t) => `data-${t.name}`));
      const pkg = JSON.parse(decode(await fetchFile(site.url, DATA_PACKAGE)));
      for (const [i, t] of DATA_MODEL.entries()) {
        expect(rows[i].rows.replace(/\s/g, ""), t.name).toBe(String(pkg.resources[i].rowCount));
        expect(rows[i].files.map((f) => f.href)).toEqual(FORMATS.map((f) => `${site.url}/data/${f.file(t.name)}`));
        for (const f of rows[i].files) {
          const r = await fetch(f.href);
          expect(r.status, f.href).toBe(200);
          const bytes = new Uint8Array(await r.arrayBuffer());
          expect(f.text, f.href).toContain(`(${formatBytes(bytes.length)})`);
        }
      }
      // the data package and its README, linked at the top
      const links = await v.page.locator(".open-data-address a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toEqual(expect.arrayContaining([`${site.url}/data/${DATA_PACKAGE}`, `${site.url}/data/${DATA_README}`]));
      // the code examples name the stable addresses
      const code = await v.page.locator("pre.open-data-code").allInnerTexts();
      expect(code).toHaveLength(3);
      expect(code.join("\n")).toContain("/data/");
      expect(code.join("\n")).toContain("kolada.parquet");
      expect(await v.page.locator("#observablehq-sidebar a", {hasText: "Öppna data"}).count()).toBe(1);
      expect(await v.page.locator('#observablehq-footer a:has-text("Öppna data")').getAttribute("href")).toBe("./oppna-data");
    } finally {
      await v.page.close();
    }
    const utforska = await site.visit("/utforska");
    try {
      expect(await utforska.page.locator('#observablehq-main a:has-text("Öppna data")').count()).toBeGreaterThan(0);
    } finally {
      await utforska.page.close();
    }
  });
});

describe("the open data at its stable addresses", () => {
  test.each(DATA_MODEL.map((t) => [t.name, t] as const))(
    "%s: CSV, CSV for Excel, Parquet and Arrow from the site read back the rows it is made of",
    async (_, t) => {
      const rows = SERVED[t.name as keyof typeof SERVED].rows() as unknown as Row[];
      const read = await rowsByFormat(site.url, t);
      for (const [format, got] of Object.entries(read)) expect(got, format).toEqual(rows);
    }
  );

  test("the data package validates against the Frictionless profiles, and states each file's size and SHA-256", async () => {
    const pkg = JSON.parse(decode(await fetchFile(site.url, DATA_PACKAGE)));
    expect(validate(profile("tabular-data-package"), pkg)).toEqual([]);
    expect(validate(profile("data-package"), pkg)).toEqual([]);
    for (const r of pkg.resources)
      for (const f of [{path: r.path, bytes: r.bytes, hash: r.hash}, ...r.alternates]) {
        const bytes = await fetchFile(site.url, f.path);
        expect(bytes.length, f.path).toBe(f.bytes);
        expect(`sha256:${createHash("sha256").update(bytes).digest("hex")}`, f.path).toBe(f.hash);
      }
  });

  test.each(DATA_MODEL.map((t) => [t.name, t] as const))(
    "%s, on the site built from SYNTHETIC values: the four files read back the same rows, and the pages' reader reads the Arrow file",
    async (_, t) => {
      const read = await rowsByFormat(synthetic.url, t);
      expect(read.arrow.length, `${t.name}: a table of the full snapshot has rows`).toBeGreaterThan(0);
      for (const format of ["csv", "excel", "parquet"]) expect(read[format], format).toEqual(read.arrow);
      expect(readTable(t, await fetchFile(synthetic.url, publishedFile(t.name, "arrow")))).toEqual(read.arrow);
    }
  );
});
