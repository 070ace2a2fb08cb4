// The files a dashboard fetches when the reader adds a kommun outside the catalogue
// (loaders/serve/kommunFiles.ts): one per kommun and page, each a tar of the page's declared keys,
// holding that kommun's rows alone, cut as the page's slice from the served table (which holds
// every kommun), and the same rows the table's derivation gives for that kommun alone.
import {describe, expect, test} from "vitest";
import {readTable} from "../../../components/kit/arrow.js";
import {untar} from "../../../components/kit/addedKommun.js";
import {ADDED_KOMMUN_ARCHIVE_LOADER, addedKommunArchive, addedKommunFiles} from "../../../loaders/serve/kommunFiles.js";
import {servedFiles} from "../../../loaders/serve/archive.js";
import {runEntry} from "../../support/entry.js";
import {tarFiles} from "../../tarFiles.js";
import {otherKommunIds, prisbasbeloppSeries, snapshot} from "../../../loaders/analysis/inputs.js";
import {resultShareRows} from "../../../loaders/analysis/results.js";
import {tarArchive} from "../../../loaders/tarWriter.js";
import {catalogueYears, KOMMUNER} from "../../../model/catalogue.js";
import {populationAgeBandRows, youthRepresentationRows, youthUnemploymentRows} from "../../../loaders/analysis/age.js";
import {costPerParticipantRows, costPriceRows} from "../../../loaders/analysis/cost.js";
import {ADDED_KOMMUN_DATA, ALDER_ADDED, KOSTNAD_ADDED, RESULTAT_ADDED, addedKommunPath, addedKommunPaths} from "../../../model/pageData.js";
import {isServed, servedTable} from "../../../loaders/serve/tables.js";

describe("added-kommun files", () => {
  const files = addedKommunFiles();
  const others = snapshot()
    .kommuner.map((k) => k.id)
    .filter((id) => !KOMMUNER.some((m) => m.id === id));

  test("one file per kommun outside the catalogue and page, none for the catalogue's; the config lists the same paths", () => {
    expect(otherKommunIds()).toEqual(others);
    expect(files.map((f) => f.name)).toEqual(ADDED_KOMMUN_DATA.flatMap((a) => others.map((id) => addedKommunPath(a.data.page, id).replace(/^data\//, ""))));
    expect(addedKommunPaths(snapshot().kommuner.map((k) => k.id))).toEqual(files.map((f) => `data/${f.name}`));
  });

  test("a kommun's file holds its own rows of each key, as the page's slice cuts them", () => {
    const id = others.find((k) => snapshot().rows.some((r) => r.municipality === k && r.kpi === "U40455"))!;
    const file = files.find((f) => f.name === addedKommunPath("resultat", id).replace(/^data\//, ""))!;
    const members = untar(file.bytes.slice().buffer);
    expect([...members.keys()]).toEqual(RESULTAT_ADDED.keys.map((k) => `${k}.arrow`));
    const kolada = readTable(RESULTAT_ADDED.data.slices.kolada.table, members.get("kolada.arrow")!);
    const values = snapshot().rows.filter((r) => r.municipality === id && RESULTAT_ADDED.data.slices.kolada.where.kpi.includes(r.kpi));
    expect(kolada.length).toBe(values.length);
    expect(kolada.every((r) => r.municipality === id)).toBe(true);
    const shares = readTable(RESULTAT_ADDED.data.slices.shares.table, members.get("shares.arrow")!);
    expect(shares).toEqual(resultShareRows(snapshot().rows, {kommuner: [id], years: catalogueYears()}));
  });

  test("Åldersprofiler's file holds the kommun's Kolada rows and its age tables, derived as the served ones are", () => {
    const id = others[0];
    const file = files.find((f) => f.name === addedKommunPath("alder", id).replace(/^data\//, ""))!;
    const members = untar(file.bytes.slice().buffer);
    expect([...members.keys()]).toEqual(ALDER_ADDED.keys.map((k) => `${k}.arrow`));
    const slices = ALDER_ADDED.data.slices;
    const values = snapshot().rows.filter((r) => r.municipality === id && slices.kolada.where.kpi.includes(r.kpi));
    expect(readTable(slices.kolada.table, members.get("kolada.arrow")!).length).toBe(values.length);
    const mine = snapshot().rows.filter((r) => r.municipality === id);
    expect(readTable(slices.representation.table, members.get("representation.arrow")!)).toEqual(youthRepresentationRows(mine, undefined, [id]));
    expect(readTable(slices.ageBands.table, members.get("ageBands.arrow")!)).toEqual(populationAgeBandRows(mine, undefined, [id]));
    expect(readTable(slices.unemployment.table, members.get("unemployment.arrow")!)).toEqual(youthUnemploymentRows(mine, undefined, [id]));
  });

  test("Kostnad's file: the kommun's Kolada values, its costs in every price level and its cost per participant, by the served tables' derivations", () => {
    const id = others[0];
    const file = files.find((f) => f.name === addedKommunPath("kostnad", id).replace(/^data\//, ""))!;
    const members = untar(file.bytes.slice().buffer);
    expect([...members.keys()]).toEqual(KOSTNAD_ADDED.keys.map((k) => `${k}.arrow`));
    const {slices} = KOSTNAD_ADDED.data;
    const prices = costPriceRows(snapshot().rows, prisbasbeloppSeries(), {kommuner: [id]});
    expect(readTable(slices.cost.table, members.get("cost.arrow")!)).toEqual(prices.filter((r) => r.price_year === null));
    expect(readTable(slices.fixedCost.table, members.get("fixedCost.arrow")!)).toEqual(prices.filter((r) => r.price_year !== null));
    expect(readTable(slices.perParticipant.table, members.get("perParticipant.arrow")!)).toEqual(
      costPerParticipantRows(snapshot().rows, prisbasbeloppSeries(), [id])
    );
    const kolada = readTable(slices.kolada.table, members.get("kolada.arrow")!);
    expect(kolada.every((r) => r.municipality === id)).toBe(true);
    expect(kolada.length).toBe(snapshot().rows.filter((r) => r.municipality === id && KOSTNAD_ADDED.data.slices.kolada.where.kpi.includes(r.kpi)).length);
  });

  test("each page's archive (the loader run with --page=<page>) holds its files by kommun, byte for byte; the site's main archive holds none", async () => {
    for (const added of ADDED_KOMMUN_DATA) {
      const page = added.data.page;
      const r = await runEntry(ADDED_KOMMUN_ARCHIVE_LOADER, [`--page=${page}`]);
      expect(r.code, r.stderr).toBe(0);
      const members = await tarFiles(r.stdout);
      const mine = files.filter((f) => f.name.startsWith(`kommun/${page}/`));
      expect([...members.keys()]).toEqual(mine.map((f) => f.name.slice(`kommun/${page}/`.length)));
      for (const f of mine) expect(members.get(f.name.slice(`kommun/${page}/`.length))!.equals(f.bytes), f.name).toBe(true);
    }
    expect(servedFiles().some((f) => f.name.startsWith("kommun/"))).toBe(false);
  });

  test("a page that takes no added kommun, or none named, fails with one line naming the loader and the pages there are", async () => {
    expect(() => addedKommunArchive("utforska")).toThrow(
      `${ADDED_KOMMUN_ARCHIVE_LOADER}: page: no page "utforska" takes an added kommun (pages: resultat, kostnad, alder)`
    );
    const r = await runEntry(ADDED_KOMMUN_ARCHIVE_LOADER, []);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr.trim().split("\n")).toEqual([`${ADDED_KOMMUN_ARCHIVE_LOADER}: page: no page "" takes an added kommun (pages: resultat, kostnad, alder)`]);
  });

  test("every kommun's file holds, per key, exactly the served table's rows of that kommun that the page's slice would keep, with its columns", () => {
    // (the slice's rules besides municipality, checked here by hand: kpi, price_year, …)
    const keeps = (slice: (typeof ADDED_KOMMUN_DATA)[number]["data"]["slices"][string], row: Record<string, unknown>) =>
      Object.entries(slice.where).every(([c, values]) => c === "municipality" || values.includes(row[c] as never)) &&
      !Object.entries(slice.except).some(([c, values]) => values.includes(row[c] as never));
    let withRows = 0;
    for (const added of ADDED_KOMMUN_DATA)
      for (const id of others) {
        const file = files.find((f) => f.name === addedKommunPath(added.data.page, id).replace(/^data\//, ""))!;
        const members = untar(file.bytes.slice().buffer);
        for (const key of added.keys) {
          const slice = added.data.slices[key];
          expect(isServed(slice.from.name)).toBe(true);
          const columns = Object.keys(slice.table.columns);
          const want = (servedTable(slice.from.name as never).rows() as unknown as Record<string, unknown>[])
            .filter((r) => r.municipality === id && keeps(slice, r))
            .map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));
          const got = readTable(slice.table, members.get(`${key}.arrow`)!);
          expect(got, `${added.data.page}/${id}/${key}`).toEqual(want);
          if (got.length) withRows++;
        }
      }
    // the snapshot holds U40455 for other kommuner: Resultat's kolada and shares files are not empty
    expect(withRows).toBeGreaterThanOrEqual(2 * others.filter((id) => snapshot().rows.some((r) => r.municipality === id && r.kpi === "U40455")).length);
  });

  test("untar reads back what tarArchive wrote", () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array(700).fill(7);
    const out = untar(
      tarArchive([
        {name: "a.arrow", bytes: a},
        {name: "b.arrow", bytes: b}
      ]).buffer as ArrayBuffer
    );
    expect([...out.keys()]).toEqual(["a.arrow", "b.arrow"]);
    expect([...out.get("a.arrow")!]).toEqual([1, 2, 3]);
    expect(out.get("b.arrow")!.length).toBe(700);
  });
});
