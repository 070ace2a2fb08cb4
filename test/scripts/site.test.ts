import {cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {contentSecurityPolicy, findForeignUrls, findThirdPartyReferences, neutraliseVendorCdnDefaults} from "../../scripts/site/postprocess.js";
import {addContentSecurityPolicy, findRenderedErrors, inlineScriptHashes, localiseHtml} from "../../scripts/site/framework.js";
import {readBuildProvenance, renderFooter} from "../../scripts/site/footer.js";
import {PROJECT_ROOT, REPORTS_DIR} from "../../loaders/paths.js";
import {auditPages} from "../../loaders/reports/pages.js";
import {resolveRequestPath, startStaticServer} from "../../scripts/site/staticServer.js";

describe("HTML post-processing", () => {
  const page = `<!DOCTYPE html>\n<html>\n<head>\n<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n</head><body><input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar"></body></html>`;
  test("sets lang=sv, allows zoom and translates the sidebar toggle", () => {
    const out = localiseHtml(page);
    expect(out).toContain('<html lang="sv">');
    expect(out).not.toContain("maximum-scale");
    expect(out).toContain("Visa eller dölj menyn");
    expect(localiseHtml('<html lang="en">')).toBe('<html lang="sv">');
    const sidebar = `<nav id="observablehq-sidebar">\n  <ol>\n    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>\n    <li>`;
    expect(localiseHtml(sidebar)).toMatch(/<label id="observablehq-sidebar-close"[^>]*><\/label>\n  <ol>\n    <li>/);
  });
  test("finds errors Framework rendered into a page", () => {
    const html = `<div class="observablehq--inspect observablehq--error">SyntaxError: non-local import: ../x.js</div>`;
    expect(findRenderedErrors("a.html", html).map((p) => p.problem)).toContain("rendered error: SyntaxError: non-local import: ../x.js");
    expect(findRenderedErrors("a.html", "<p>fine</p>")).toEqual([]);
  });
  test("finds references to other hosts, not local ones or plain links", () => {
    const html = `<link rel="stylesheet" href="https://fonts.googleapis.com/css2"><script src="./_npm/x.js"></script><a href="https://www.kolada.se/">Kolada</a>`;
    expect(findThirdPartyReferences("a.html", html, "html").map((p) => p.problem)).toEqual(["reference to another host: https://fonts.googleapis.com/css2"]);
    expect(findThirdPartyReferences("a.js", `import x from "https://cdn.jsdelivr.net/npm/d3/+esm";`, "js")).toHaveLength(1);
    expect(findThirdPartyReferences("a.js", `const ns = "http://www.w3.org/2000/svg";`, "js")).toEqual([]);
    expect(findThirdPartyReferences("a.css", `@font-face{src:url(//fonts.gstatic.com/x.woff2)}`, "css")).toHaveLength(1);
  });
  test("the footer names the sources and escapes values", () => {
    const html = renderFooter({
      buildDate: "2026-11-22",
      commit: "<b>",
      snapshotDate: "2026-03-01",
      snapshotSource: null,
      audits: ["Ort 2020", "<i>Ort</i> 2021"]
    });
    expect(html).toContain("Källor: Kolada");
    expect(html).toContain("&lt;b&gt;");
    expect(html).toContain("Kolada-data hämtad 2026-03-01");
    expect(html).toContain("kommunernas revisionsrapporter (Ort 2020, &lt;i&gt;Ort&lt;/i&gt; 2021).");
    expect(html).toContain('<a href="/oppna-data">Öppna data</a>');
    expect(renderFooter({buildDate: "2026-11-22", commit: null, snapshotDate: null, snapshotSource: null, audits: []})).toContain(
      "kommunernas revisionsrapporter. Beräkningar"
    );
  });
  test("the footer lists the audit reports from the report folders (a new folder needs no footer edit)", () => {
    const dir = mkdtempSync(join(tmpdir(), "uppf-footer-"));
    cpSync(REPORTS_DIR, join(dir, "reports"), {recursive: true});
    const names = (reportsDir: string) => readBuildProvenance(PROJECT_ROOT, new Date(), reportsDir).audits;
    expect(names(REPORTS_DIR)).toEqual(auditPages(REPORTS_DIR).map((p) => p.name));
    expect(names(REPORTS_DIR)).toEqual(expect.arrayContaining(["Vänersborg 2022", "Alingsås 2024", "Östersund 2022", "Alvesta 2018"]));
    // a copy of a report under another id and date is one more source in the footer
    cpSync(join(REPORTS_DIR, "alvesta-2018"), join(dir, "reports", "alvesta-2019"), {recursive: true});
    const meta = join(dir, "reports", "alvesta-2019", "meta.yaml");
    writeFileSync(meta, readFileSync(meta, "utf8").replace("id: alvesta-2018", "id: alvesta-2019").replace('date: "2018-02-22"', 'date: "2019-02-22"'));
    expect(names(join(dir, "reports"))).toEqual([...names(REPORTS_DIR), "Alvesta 2019"]);
  });
});

describe("static server", () => {
  const root = mkdtempSync(join(tmpdir(), "uppf-site-"));
  mkdirSync(join(root, "sub"));
  writeFileSync(join(root, "index.html"), "<p>start</p>");
  writeFileSync(join(root, "page.html"), "<p>page</p>");
  writeFileSync(join(root, "sub", "index.html"), "<p>sub</p>");
  test("maps clean URLs and refuses path traversal", () => {
    expect(resolveRequestPath(root, "/")).toBe(join(root, "index.html"));
    expect(resolveRequestPath(root, "/page")).toBe(join(root, "page.html"));
    expect(resolveRequestPath(root, "/sub/")).toBe(join(root, "sub", "index.html"));
    expect(resolveRequestPath(root, "/../etc/passwd")).toBeNull();
    expect(resolveRequestPath(root, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
    expect(resolveRequestPath(root, "/missing")).toBeNull();
  });
  test("serves pages over HTTP on 127.0.0.1 with 404 for unknown paths", async () => {
    const site = await startStaticServer(root);
    try {
      expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const ok = await fetch(`${site.url}/page`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe("<p>page</p>");
      expect((await fetch(`${site.url}/nope`)).status).toBe(404);
    } finally {
      await site.close();
    }
  });
});

describe("Content-Security-Policy", () => {
  const hash = (t: string) => `h(${t.length})`;
  test("hashes every inline script and none with a src", () => {
    const html = `<script type="module">import "./a.js";</script><script src="./b.js"></script><script>{x()}</script>`;
    const expected = [`import "./a.js";`, "{x()}"].map((t) => `'sha256-${hash(t)}'`);
    expect(inlineScriptHashes(html, hash)).toEqual(expected);
  });
  test("allows wasm only where asked, and no other host anywhere", () => {
    const plain = contentSecurityPolicy(["'sha256-a'"], {wasm: false});
    expect(plain).toContain("script-src 'self' 'sha256-a';");
    expect(plain).not.toContain("wasm-unsafe-eval");
    expect(plain).not.toMatch(/https?:/);
    expect(contentSecurityPolicy([], {wasm: true})).toContain("'wasm-unsafe-eval'");
  });
  test("is inserted after the charset and replaces an older one", () => {
    const html = `<html><head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="old">\n<script></script>`;
    const out = addContentSecurityPolicy(html, "default-src 'self'");
    expect(out).toBe(`<html><head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'self'">\n<script></script>`);
  });
});

describe("foreign URLs in published files", () => {
  test("any other host's URL in a script is a problem; XML namespaces and loopback are not", () => {
    const js = `const ns = "http://www.w3.org/2000/svg"; const a = "https://cdn.jsdelivr.net/npm/x"; const b = "https://unpkg.com/y"; const c = "https://cdn.jsdelivr.net/z";`;
    expect(findForeignUrls("a.js", js).map((p) => p.problem)).toEqual([
      "URL of another host in the file: https://cdn.jsdelivr.net",
      "URL of another host in the file: https://unpkg.com"
    ]);
    expect(findForeignUrls("b.js", `fetch("http://127.0.0.1:3000/x")`)).toEqual([]);
  });
  test("DuckDB's unused jsDelivr default becomes a same-origin path, and nothing else changes", () => {
    const src = `function he(){let e="https://cdn.jsdelivr.net/npm/".concat(U,"@").concat(k,"/dist/");return e}`;
    const {text, replaced} = neutraliseVendorCdnDefaults(src);
    expect(replaced).toEqual(["duckdb-wasm getJsDelivrBundles"]);
    expect(text).toBe(`function he(){let e="./".concat(U,"@").concat(k,"/dist/");return e}`);
    expect(findForeignUrls("d.js", text)).toEqual([]);
    expect(neutraliseVendorCdnDefaults("const x = 1;")).toEqual({text: "const x = 1;", replaced: []});
  });
});
