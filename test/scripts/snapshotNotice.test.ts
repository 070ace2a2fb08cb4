import MarkdownIt from "markdown-it";
import {describe, expect, test} from "vitest";
import {NOTICE_PAGES, readNoticeFacts, snapshotNoticeHtml, snapshotNoticePlugin, snapshotNoticeText} from "../../scripts/site/snapshotNotice.js";
import {KOSTNAD_KPIS} from "../../model/pages/kostnad.js";
import {readSnapshot} from "../../loaders/kolada/snapshot.js";

const span = (kpi: string, firstYear: number | null, lastYear: number | null) => ({kpi, firstYear, lastYear});

describe("the snapshot notice at the top of a dashboard page", () => {
  test("names the date and which of the page's KPIs the snapshot holds, with their years; what a gap means", () => {
    const text = snapshotNoticeText({
      fetchedAt: "2026-11-22T08:00:00Z",
      spans: [span("U40455", 2016, 2023), span("N40011", null, null), span("N40008", null, null)]
    });
    expect(text).toBe(
      "Kolada-uppgifterna är hämtade 22 november 2026 och har värden för 1 av sidans 3 nyckeltal: börjat arbeta eller studera (U40455, 2016–2023). " +
        "Det som saknas anges under varje avsnitt och visas aldrig som noll; en datauppdatering från Kolada fyller i det som Kolada har publicerat."
    );
    expect(text).not.toMatch(/npm|data:refresh/);
  });
  test("a complete snapshot says so with its span of years; an empty one says it has none", () => {
    expect(snapshotNoticeText({fetchedAt: "2026-01-01", spans: [span("U40455", 2016, 2023), span("N40011", 2010, 2024)]})).toBe(
      "Kolada-uppgifterna är hämtade 1 januari 2026 och har värden för alla sidans 2 nyckeltal, 2010–2024. " +
        "Enstaka värden som saknas anges under respektive avsnitt och visas aldrig som noll."
    );
    expect(snapshotNoticeText({fetchedAt: "2026-01-01", spans: [span("N40011", null, null)]})).toContain(
      "Kolada-uppgifterna är hämtade 1 januari 2026 men har ännu inga värden för sidans 1 nyckeltal."
    );
  });
  test("the HTML is one note paragraph with every value escaped", () => {
    const html = snapshotNoticeHtml({fetchedAt: "2026-01-01", spans: [span("U40455", 2016, 2023)]});
    expect(html).toMatch(/^<p class="snapshot-notice" role="note">Kolada-uppgifterna [^<>]*<\/p>\n$/);
  });
  test("the committed snapshot: the Kostnad page's KPIs, the manifest's date", () => {
    const facts = readNoticeFacts(KOSTNAD_KPIS);
    expect(facts.fetchedAt).toBe(readSnapshot().manifest.fetched_at);
    expect(facts.spans.map((s) => s.kpi)).toEqual(KOSTNAD_KPIS);
    for (const s of facts.spans) expect(s.firstYear === null).toBe(s.lastYear === null);
  });
  test("the markdown-it rule expands a placeholder by its key, leaves other HTML alone and stops on an unknown key", () => {
    const md = snapshotNoticePlugin((key) => `<p>notice ${key}</p>\n`)(new MarkdownIt({html: true}));
    expect(md.render("# T\n\n<!-- snapshot-notice kostnad -->\n\nText.")).toBe("<h1>T</h1>\n<p>notice kostnad</p>\n<p>Text.</p>\n");
    expect(md.render('<div class="x">\n\n<!-- another comment -->')).toContain("<!-- another comment -->");
    expect(() => md.render("<!-- snapshot-notice nosuchpage -->", {path: "/x.md"})).toThrow(
      `/x.md: unknown snapshot-notice "nosuchpage" (known: ${Object.keys(NOTICE_PAGES).join(", ")})`
    );
  });
});
