import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {GEO_FILE, parseKommunShapes, projectKommunShapes, readKommunShapes} from "../../../loaders/geo/kommuner.js";
import {parseKommuner} from "../../../loaders/kolada/snapshot.js";
import {PROJECT_ROOT} from "../../../loaders/paths.js";

const kommuner = parseKommuner(readFileSync(join(PROJECT_ROOT, "data", "kolada", "kommuner.csv"), "utf8"));
const known = new Map(kommuner.map((m) => [m.id, m.name]));
const lines = readFileSync(GEO_FILE, "utf8").split("\n");

describe("data/geo/kommuner.geojson", () => {
  test("one boundary per kommun of the snapshot", () => {
    const shapes = readKommunShapes(known);
    expect(shapes.map((s) => s.id).sort()).toEqual([...known.keys()].sort());
  });

  test("projected into one path per kommun, Sweden taller than wide, whole pixels", () => {
    const map = projectKommunShapes(readKommunShapes(known), 400);
    expect(map.paths).toHaveLength(known.size);
    // Sweden spans about 1 570 km north–south and 500 km east–west: a wrongly wound ring would fill the whole frame instead
    expect(map.height / map.width).toBeGreaterThan(2);
    expect(map.height / map.width).toBeLessThan(2.8);
    for (const p of map.paths) expect(p.d).toMatch(/^M-?\d+,-?\d+/);
    expect(map.paths.every((p) => !/\.\d/.test(p.d))).toBe(true);
    // Kiruna (2584) lies north of Malmö (1280): a smaller y in SVG
    const y = (id: string) => Number(/^M-?\d+,(-?\d+)/.exec(map.paths.find((p) => p.id === id)!.d)![1]);
    expect(y("2584")).toBeLessThan(y("1280"));
  });
});

describe("a feature naming an unknown kommun fails naming the file, the line, the feature's index and its id", () => {
  test("an unknown id", () => {
    const i = 3;
    const feature = lines[i + 1].replace(/"id":\s*"\d{4}"/, '"id":"9999"');
    const text = [...lines.slice(0, i + 1), feature, ...lines.slice(i + 2)].join("\n");
    expect(feature).toContain('"id":"9999"');
    expect(() => parseKommunShapes(text, "k.geojson", known)).toThrow(
      `k.geojson:${i + 2}: feature ${i} (id "9999"): names kommun "9999", which the snapshot's kommuner.csv does not know`
    );
  });
  test("a kommun twice, and a kommun without a boundary", () => {
    const twice = [lines[0], lines[1], lines[1], ...lines.slice(2)].join("\n");
    expect(() => parseKommunShapes(twice, "k.geojson", known)).toThrow(/k\.geojson:3: feature 1 \(id "\d{4}"\): kommun \d{4} already has feature 0/);
    const fewer = new Map([...known, ["0000", "Ingen"]]);
    expect(() => parseKommunShapes(lines.join("\n"), "k.geojson", fewer)).toThrow(/k\.geojson: no boundary for kommun 0000/);
  });
});
