// Loading a page's data as model/pageData.ts declares it (components/kit/pageData.ts): the slices
// fetched with the page are read and checked, one fetched on demand is fetched the first time it is
// asked for and only then, and files that do not match the declaration are refused by name.
import {afterEach, describe, expect, test, vi} from "vitest";
import {filesProblem, loadPage} from "../../../components/kit/pageData.js";
import {pageSliceArrow, sliceRows} from "../../../loaders/serve/pageSlices.js";
import {RESULTAT_DATA} from "../../../model/pageData.js";

const FILES = {
  snapshot: "http://127.0.0.1:3000/_file/data/snapshot.1234abcd.json",
  ...Object.fromEntries(Object.keys(RESULTAT_DATA.slices).map((k) => [k, `http://127.0.0.1:3000/_file/data/pages/resultat/${k}.0a1b2c3d.arrow`]))
} as Parameters<typeof loadPage<typeof RESULTAT_DATA>>[1];
const SNAPSHOT = {fetched_at: "2026-11-22T00:00:00.000Z", snapshot_date: "2026-11-22", provenance_summary: "x", rows_per_kpi: {}, years_per_kpi: {}};

const fetched: string[] = [];
type Key = keyof typeof RESULTAT_DATA.slices;
/** A stand-in for the static server: each slice's file as the build makes it (`swap` serves one key's file as another's). */
function serve(swap: Partial<Record<Key, Key>> = {}): void {
  vi.stubGlobal("fetch", async (href: string) => {
    fetched.push(href);
    const key = /pages\/resultat\/(\w+)\./.exec(href)?.[1] as Key | undefined;
    const body = key ? pageSliceArrow(RESULTAT_DATA.slices[swap[key] ?? key]) : new TextEncoder().encode(JSON.stringify(SNAPSHOT));
    return new Response(Buffer.from(body));
  });
}
afterEach(() => {
  vi.unstubAllGlobals();
  fetched.length = 0;
});

describe("loadPage", () => {
  test("reads every slice fetched with the page and the snapshot's date; a slice on demand is fetched once, when first asked for", async () => {
    serve();
    const data = await loadPage(RESULTAT_DATA, FILES);
    expect(data.fetchedAt).toBe("2026-11-22");
    expect(data.ranks).toEqual(sliceRows(RESULTAT_DATA.slices.ranks));
    expect(data.kolada).toEqual(sliceRows(RESULTAT_DATA.slices.kolada));
    expect(fetched.some((u) => u.includes("ranksByGender"))).toBe(false);
    expect(fetched).toHaveLength(Object.keys(RESULTAT_DATA.slices).length); // the snapshot and every slice but the one on demand
    const [a, b] = await Promise.all([data.ranksByGender(), data.ranksByGender()]);
    expect(a).toEqual(sliceRows(RESULTAT_DATA.slices.ranksByGender));
    expect(b).toBe(a);
    expect(await data.ranksByGender()).toBe(a);
    expect(fetched.filter((u) => u.includes("ranksByGender"))).toHaveLength(1);
  });
  test("a missing or extra file, or a file of another slice, is refused naming the page and the key", async () => {
    const {ranks: _r, ...missing} = FILES;
    expect(filesProblem(RESULTAT_DATA, missing)).toMatch(/^resultat: the page's files \(.*\) differ from model\/pageData.ts/);
    expect(filesProblem(RESULTAT_DATA, {...FILES, extra: "x.arrow"})).toMatch(/differ from model\/pageData.ts/);
    expect(filesProblem(RESULTAT_DATA, {...FILES, ranks: FILES.kolada})).toBe(
      `resultat: "ranks" is served from ${FILES.kolada}, not data/pages/resultat/ranks.arrow`
    );
    expect(filesProblem(RESULTAT_DATA, {...FILES, ranks: "/_file/data/pages/resultat/ranks.arrow"})).toBeNull(); // npm run dev serves unhashed paths
    await expect(loadPage(RESULTAT_DATA, missing as typeof FILES)).rejects.toThrow(/differ from model\/pageData.ts/);
  });
  test("a file that is not the declared table is refused naming the table and the column", async () => {
    serve({shares: "composition"});
    await expect(loadPage(RESULTAT_DATA, FILES)).rejects.toThrow(/result_shares\.arrow: columns are/);
  });
});
