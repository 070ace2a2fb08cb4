import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DataType, tableFromIPC} from "apache-arrow";
import {afterEach, describe, expect, test} from "vitest";
import {SEED_DIR as KOLADA_DIR, copySeed} from "../../support/seed.js";
import {KOMMUNER, KPIS, catalogueAreas, catalogueJson, checkCatalogue, headlineKpiIds} from "../../../model/catalogue.js";
import {SEED_SIZE_GROUPS} from "../../support/memberships.js";
import {servedArrow} from "../../../loaders/serve/tables.js";
import {everyKommunIds} from "../../../loaders/analysis/inputs.js";
import {
  formatValues,
  parseKommuner,
  parseValues,
  readSnapshot,
  readSnapshotRows,
  serializeSnapshot,
  writeSnapshotAtomic
} from "../../../loaders/kolada/snapshot.js";

const header = "kpi,municipality,period,gender,value,count,status";
const tmpDirs: string[] = [];
afterEach(() => {
  while (tmpDirs.length) rmSync(tmpDirs.pop()!, {recursive: true, force: true});
});
function copySnapshot(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "kolada-snap-")), "kolada");
  tmpDirs.push(dir, join(dir, ".."));
  copySeed(dir);
  return dir;
}
const rowsOf = (bytes: Uint8Array) =>
  tableFromIPC(bytes)
    .toArray()
    .map((r) => r.toJSON());

// The U40455 values of the four kommuner, as in the seed file data/kolada/values.csv (copied from a
// third-party panel of Kolada v3 values). Read from the committed copy, never from outside the project.
function committedU40455(): Map<string, number> {
  const text = readFileSync(join(KOLADA_DIR, "values.csv"), "utf8");
  const out = new Map<string, number>();
  for (const line of text.trim().split("\n").slice(1)) {
    const [kpi, m, period, gender, value] = line.split(",");
    if (kpi === "U40455" && gender === "T" && KOMMUNER.some((k) => k.id === m)) out.set(`${m}|${period}`, Number(value));
  }
  return out;
}

describe("catalogue", () => {
  test("is consistent and holds the required areas and headline KPIs", () => {
    expect(() => checkCatalogue()).not.toThrow();
    // The kommuner, the references, then the kommuner's size groups as the (seed's) memberships give them, smallest first.
    expect(catalogueAreas(SEED_SIZE_GROUPS).map((a) => a.id)).toEqual(["1487", "1489", "2380", "0764", "G2328", "0000", "G30826", "G30829", "G30831"]);
    expect(headlineKpiIds()).toEqual(expect.arrayContaining(["U40455", "N40011", "U40811"]));
    for (const id of ["U40406", "U40409", "U40412", "U40415", "U40418", "N40450", "U40450", "U40451", "N01954", "N01977", "N03927", "N03942"]) {
      expect(
        KPIS.some((x) => x.id === id),
        id
      ).toBe(true);
    }
  });
  test("catalogue.json has the contract's shape", () => {
    const c = catalogueJson(SEED_SIZE_GROUPS);
    expect(Object.keys(c)).toEqual(["kommuner", "references", "themes", "kpis", "years"]);
    expect(c.kommuner[0]).toEqual({id: "1487", name: "Vänersborg", sizeGroup: "G30829"});
    expect(c.kommuner.find((m) => m.id === "0764")?.sizeGroup).toBe("G30826");
    expect(c.references).toContainEqual({id: "G30829", name: "Kommuner med 30 000–49 999 invånare (ovägt medel)", kind: "size_group"});
    expect(c.references).toContainEqual({id: "0000", name: "Riket", kind: "riket"});
    expect(c.references).toContainEqual({id: "G2328", name: "Alla kommuner (ovägt medel)", kind: "mean"});
    expect(c.kpis.find((x) => x.id === "U40455")).toMatchObject({
      theme: "resultat",
      unit: "procent",
      genderDivided: true,
      headline: true
    });
    expect(c.kpis.find((x) => x.id === "N40011")).toMatchObject({unit: "kr/inv", genderDivided: false});
    expect(c.years).toEqual({from: 2016, to: 2025});
  });
});

describe("committed snapshot", () => {
  test("reads, validates checksums and is sorted and deterministic", () => {
    const s = readSnapshot(KOLADA_DIR);
    expect(s.rows.length).toBe(s.manifest.rows);
    expect(s.manifest.rows_per_kpi.U40455).toBe(1784);
    expect(new Set(s.rows.map((r) => r.municipality)).size).toBe(287);
    expect(s.kommuner).toHaveLength(290);
    expect(s.kommuner.find((m) => m.id === "0764")?.name).toBe("Alvesta");
    expect(typeof s.manifest.provenance.summary).toBe("string");
    // Serialising what was read gives the same bytes back.
    const files = serializeSnapshot(s.rows, s.kommuner, s.metadata, s.manifest);
    for (const [name, text] of files) expect(text, name).toBe(readFileSync(join(KOLADA_DIR, name), "utf8"));
  });
  test("a hand-edited file fails the checksum, naming the file", () => {
    const dir = copySnapshot();
    const path = join(dir, "values.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace("44.7368421", "44.7"));
    expect(() => readSnapshotRows(dir)).toThrow(/values\.csv: sha256 .* does not match manifest\.json/);
  });
  test("atomic write: a failure while writing leaves the old snapshot and no temporary directory", () => {
    const dir = copySnapshot();
    const before = readdirSync(join(dir, "..")).sort();
    const values = readFileSync(join(dir, "values.csv"), "utf8");
    const files = new Map([
      ["values.csv", "kpi\n"],
      ["no/such/dir/file.csv", "x"]
    ]);
    expect(() => writeSnapshotAtomic(dir, files)).toThrow(/ENOENT/);
    expect(readFileSync(join(dir, "values.csv"), "utf8")).toBe(values);
    expect(readdirSync(join(dir, "..")).sort()).toEqual(before);
    // A successful write replaces every file and leaves nothing else behind.
    const s = readSnapshot(dir);
    writeSnapshotAtomic(dir, serializeSnapshot(s.rows.slice(0, 10), s.kommuner, s.metadata, s.manifest));
    expect(readSnapshot(dir).rows).toHaveLength(10);
    expect(readdirSync(join(dir, "..")).sort()).toEqual(before);
  });
  test("a missing file is named", () => {
    const dir = copySnapshot();
    rmSync(join(dir, "kommuner.csv"));
    expect(() => readSnapshot(dir)).toThrow(/kommuner\.csv: missing from the Kolada snapshot/);
  });
});

describe("values.csv parsing", () => {
  const ok = "U40455,0764,2016,T,58.47457627,12,";
  test("parses values, keeps ids as strings, empty value is null never 0", () => {
    const rows = parseValues([header, ok, "U40455,0764,2017,T,,,x"].join("\n") + "\n");
    expect(rows[0]).toEqual({
      kpi: "U40455",
      municipality: "0764",
      period: 2016,
      gender: "T",
      value: 58.47457627,
      count: 12,
      status: null
    });
    expect(rows[1]).toMatchObject({value: null, count: null, status: "x"});
  });
  test.each([
    ["U4045,0764,2016,T,1,,", /values.csv:2: column "kpi": "U4045"/],
    ["U40455,764,2016,T,1,,", /values.csv:2: column "municipality": "764"/],
    ["U40455,0764,16,T,1,,", /values.csv:2: column "period": "16"/],
    ["U40455,0764,2016,X,1,,", /values.csv:2: column "gender": "X"/],
    ["U40455,0764,2016,T,1 234,,", /values.csv:2: column "value": "1 234"/],
    ["U40455,0764,2016,T,1,2.5,", /values.csv:2: column "count": "2.5"/],
    ["U40455,0764,2016,T,1,", /values.csv:2: expected 7 cells, got 6/]
  ])("bad line %s is rejected with file and line", (line, message) => {
    expect(() => parseValues(`${header}\n${line}\n`)).toThrow(message);
  });
  test.each([
    ["U40455,0764,2016,T,131.25,,", /values.csv:2: U40455 0764 2016 T: value 131.25 breaks the rule "a share lies within 0–100"/],
    ["U40455,G30826,2016,K,-0.5,,", /values.csv:2: U40455 G30826 2016 K: value -0.5 breaks the rule "a share \(a group's mean of shares\) lies within 0–100"/],
    ["N40450,0764,2016,T,-5,,", /values.csv:2: N40450 0764 2016 T: value -5 breaks the rule "a kommun's or Riket's count is a whole number ≥ 0"/],
    ["N40450,0000,2016,T,12.5,,", /values.csv:2: N40450 0000 2016 T: value 12.5 breaks the rule "a kommun's or Riket's count is a whole number ≥ 0"/],
    ["N40450,G30831,2024,M,-1,,", /values.csv:2: N40450 G30831 2024 M: value -1 breaks the rule "a group's count is a mean of counts, ≥ 0"/],
    ["N40008,0764,2016,T,-12,,", /values.csv:2: N40008 0764 2016 T: value -12 breaks the rule "a gross cost is ≥ 0"/]
  ])("a value its KPI cannot have (%s) is rejected with file, line, value and rule", (line, message) => {
    expect(() => parseValues(`${header}\n${line}\n`)).toThrow(message);
  });
  test("values that keep their rules are read: a group's mean count, a negative net cost, a share of exactly 0 and 100", () => {
    const lines = ["N40010,0764,2016,T,-250,,", "N40450,G30831,2024,M,12.5,7,", "U40455,0764,2016,T,0,,", "U40455,0764,2017,T,100,,"];
    expect(parseValues(`${header}\n${lines.join("\n")}\n`).map((r) => r.value)).toEqual([-250, 12.5, 0, 100]);
  });
  test("duplicates and unsorted rows are rejected with their lines", () => {
    expect(() => parseValues(`${header}\n${ok}\n${ok}\n`)).toThrow(/values.csv:3: duplicate value U40455\|0764\|2016\|T \(first on line 2\)/);
    expect(() => parseValues(`${header}\nU40455,1487,2016,T,1,,\n${ok}\n`)).toThrow(/values.csv:3: rows are not sorted/);
  });
  test("wrong header and missing final newline are rejected", () => {
    expect(() => parseValues("kpi,value\n")).toThrow(/values.csv:1: header must be exactly/);
    expect(() => parseValues(`${header}\n${ok}`)).toThrow(/values.csv:2: the last line must end with a newline/);
  });
  test("formatValues sorts and round-trips full precision", () => {
    const rows = parseValues(`${header}\nU40455,0764,2016,T,9.06862746,,\nU40455,0764,2017,T,30,,"a,b"\n`);
    expect(formatValues([...rows].reverse())).toBe(`${header}\nU40455,0764,2016,T,9.06862746,,\nU40455,0764,2017,T,30,,"a,b"\n`);
  });
  test("kommuner.csv: bad ids and unsorted rows are named", () => {
    expect(() => parseKommuner("id,name\n764,Alvesta\n")).toThrow(/kommuner.csv:2: column "id": "764"/);
    expect(() => parseKommuner("id,name\n1487,V\n0764,A\n")).toThrow(/kommuner.csv:3: ids must be unique and sorted/);
  });
});

describe("Arrow files", () => {
  test("kolada.arrow: exact columns; U40455 for the four kommuner equals the committed seed values", () => {
    const table = tableFromIPC(servedArrow("kolada"));
    // A dictionary-encoded text column (values that repeat) counts as its values' type.
    const typeOf = (t: DataType) => String(DataType.isDictionary(t) ? t.dictionary : t);
    expect(table.schema.fields.map((f) => `${f.name}:${typeOf(f.type)}:${f.nullable}`)).toEqual([
      "kpi:Utf8:false",
      "municipality:Utf8:false",
      "period:Int32:false",
      "gender:Utf8:false",
      "value:Float64:true",
      "count:Int32:true",
      "status:Utf8:true"
    ]);
    const rows = rowsOf(servedArrow("kolada"));
    const expected = committedU40455();
    expect(expected.size).toBe(31); // 4 kommuner × 2016–2023, Östersund 2023 missing
    const four = new Set(KOMMUNER.map((k) => k.id));
    const got = new Map(
      rows.filter((r) => r.kpi === "U40455" && r.gender === "T" && four.has(r.municipality)).map((r) => [`${r.municipality}|${r.period}`, r.value])
    );
    expect(got).toEqual(expected);
    // Spot checks against the published values.
    expect(got.get("1487|2016")).toBe(14.22872341);
    expect(got.get("1489|2023")).toBe(19.68503937);
    expect(got.get("2380|2022")).toBe(46.12244898);
    expect(got.get("0764|2020")).toBe(11.82795699);
    expect(got.has("2380|2023")).toBe(false);
    // every kommun of the snapshot (the added kommuner's files and Utforska's queries are cut from it) and the catalogue's areas, nothing else
    const known = new Set([...everyKommunIds(), "G2328", "0000", "G30826", "G30829", "G30831"]);
    expect(rows.every((r) => known.has(r.municipality))).toBe(true);
    expect(
      new Set(rows.filter((r) => !four.has(r.municipality) && r.municipality.length === 4 && !r.municipality.startsWith("0000")).map((r) => r.municipality))
        .size
    ).toBeGreaterThan(200);
  });
  test("kolada_all.arrow: headline KPIs for every kommun", () => {
    const rows = rowsOf(servedArrow("kolada_all"));
    expect(rows).toHaveLength(1784);
    expect(new Set(rows.map((r) => r.municipality)).size).toBe(287);
    expect(rows.find((r) => r.municipality === "0114" && r.period === 2017)?.value).toBe(44.7368421);
  });
  test("kolada_kpis.arrow and kolada_areas.arrow columns", () => {
    const kpis = tableFromIPC(servedArrow("kolada_kpis"));
    expect(kpis.schema.fields.map((f) => f.name)).toEqual([
      "id",
      "title",
      "label",
      "theme",
      "theme_label",
      "unit",
      "gender_divided",
      "headline",
      "description",
      "operating_area",
      "publication_date",
      "prel_publication_date"
    ]);
    expect(kpis.numRows).toBe(KPIS.length);
    const u = rowsOf(servedArrow("kolada_kpis")).find((r) => r.id === "U40455")!;
    expect(u).toMatchObject({unit: "procent", headline: true, gender_divided: true, description: null});
    const areas = tableFromIPC(servedArrow("kolada_areas"));
    expect(areas.schema.fields.map((f) => `${f.name}:${f.nullable}`)).toEqual(["id:false", "title:false", "type:false", "size_group:true", "role:false"]);
    const rows = rowsOf(servedArrow("kolada_areas"));
    expect(rows.find((r) => r.id === "0764")).toEqual({
      id: "0764",
      title: "Alvesta",
      type: "K",
      size_group: "G30826",
      role: "kommun"
    });
    expect(rows.find((r) => r.id === "0000")).toMatchObject({type: "L", role: "riket", size_group: null});
    expect(rows.find((r) => r.id === "G30831")).toMatchObject({type: "G", role: "size_group"});
  });
});
