// data/geo/kommuner.geojson: the 290 kommun boundaries (see data/geo/README.md), read and checked
// (every feature a Polygon or MultiPolygon naming a kommun the snapshot knows, each kommun once, every
// kommun present), then projected once at build time into SVG paths for the kommun index's map: the
// site never serves the GeoJSON. Errors name the file, the line, the feature's index and its id.
import {join} from "node:path";
import {geoArea, geoPath, geoTransverseMercator} from "d3";
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from "geojson";
import {InputError} from "../errors.js";
import {DATA_DIR} from "../paths.js";
import {readTextFile} from "../textFile.js";

export const GEO_FILE = join(DATA_DIR, "geo", "kommuner.geojson");
/** The credit line a map drawn from the file carries (data/geo/README.md). */
export const GEO_CREDIT = "Kommungränser: Valmyndigheten via opendatasoft och okfse/sweden-geojson (förenklade)";

export interface KommunShape {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** The line of each feature in the file (one feature per line as committed; null when a feature spans lines). */
function featureLines(text: string, count: number): (number | null)[] {
  const lines = text.split("\n");
  const at = lines.flatMap((l, i) => (/^\s*\{\s*"type"\s*:\s*"Feature"/.test(l) ? [i + 1] : []));
  return Array.from({length: count}, (_, i) => (at.length === count ? at[i] : null));
}

/** Parse the GeoJSON text; `known` maps the snapshot's kommun ids to their names. */
export function parseKommunShapes(text: string, file: string, known: ReadonlyMap<string, string>): KommunShape[] {
  let json: FeatureCollection;
  try {
    json = JSON.parse(text) as FeatureCollection;
  } catch (error) {
    throw new InputError(file, null, `not valid JSON (${(error as Error).message})`);
  }
  if (json?.type !== "FeatureCollection" || !Array.isArray(json.features)) throw new InputError(file, null, "not a GeoJSON FeatureCollection", {field: "type"});
  const lines = featureLines(text, json.features.length);
  const seen = new Map<string, number>();
  const shapes = json.features.map((f: Feature, i) => {
    const id = String((f?.properties as {id?: unknown} | null)?.id ?? "");
    const fail = (reason: string): never => {
      throw new InputError(file, lines[i], `feature ${i} (id "${id}"): ${reason}`, {field: lines[i] === null ? `features[${i}]` : null});
    };
    if (!/^\d{4}$/.test(id)) fail("properties.id is not a 4-digit kommun id");
    if (!known.has(id)) fail(`names kommun "${id}", which the snapshot's kommuner.csv does not know`);
    if (seen.has(id)) fail(`kommun ${id} already has feature ${seen.get(id)}`);
    seen.set(id, i);
    const g = f.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) fail(`geometry is ${g?.type ?? "missing"}, not a Polygon or MultiPolygon`);
    const rings = (g as Polygon | MultiPolygon).type === "Polygon" ? [(g as Polygon).coordinates] : (g as MultiPolygon).coordinates;
    const okPosition = (p: Position) =>
      Array.isArray(p) && p.length >= 2 && p.every((n) => Number.isFinite(n)) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
    if (!rings.every((poly) => Array.isArray(poly) && poly.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(okPosition))))
      fail("a ring has fewer than 4 positions or a position that is not [longitude, latitude]");
    return {id, geometry: g as Polygon | MultiPolygon};
  });
  const lacking = [...known.keys()].filter((id) => !seen.has(id));
  if (lacking.length)
    throw new InputError(file, null, `no boundary for kommun ${lacking.slice(0, 5).join(", ")}${lacking.length > 5 ? ` and ${lacking.length - 5} more` : ""}`);
  return shapes;
}

/** Read data/geo/kommuner.geojson (or `file`). */
export function readKommunShapes(known: ReadonlyMap<string, string>, file = GEO_FILE): KommunShape[] {
  return parseKommunShapes(readTextFile(file), file, known);
}

/** The map's projected geometry: its size and one SVG path per kommun (whole pixels). */
export interface KommunMapPaths {
  width: number;
  height: number;
  paths: {id: string; d: string}[];
}

/**
 * Project the shapes into SVG paths `width` pixels wide: a transverse Mercator on 15° E (the meridian
 * of Sweden's SWEREF 99 TM), coordinates rounded to whole pixels. GeoJSON's outer rings run
 * counter-clockwise; d3-geo reads rings on the sphere the other way round, so a ring whose area comes
 * out larger than a hemisphere is reversed first (on a copy).
 */
export function projectKommunShapes(shapes: readonly KommunShape[], width = 400): KommunMapPaths {
  const polygons = (g: Polygon | MultiPolygon): Position[][][] => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);
  const features: Feature<MultiPolygon, {id: string}>[] = shapes.map((s) => ({
    type: "Feature",
    properties: {id: s.id},
    geometry: {
      type: "MultiPolygon",
      coordinates: polygons(s.geometry).map((poly) => {
        const rings = poly.map((ring) => ring.map((p) => [p[0], p[1]]));
        return geoArea({type: "Polygon", coordinates: rings}) > 2 * Math.PI ? rings.map((r) => r.reverse()) : rings;
      })
    }
  }));
  const collection: FeatureCollection<MultiPolygon, {id: string}> = {type: "FeatureCollection", features};
  const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(width, collection);
  const path = geoPath(projection).digits(0);
  const [[, y0], [, y1]] = path.bounds(collection);
  return {width, height: Math.ceil(y1 - Math.min(0, y0)), paths: features.map((f) => ({id: f.properties.id, d: path(f) ?? ""}))};
}
