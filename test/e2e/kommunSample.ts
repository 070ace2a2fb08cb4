// The kommun pages the browser tests and the bench visit: a sample picked from the data a built
// site serves (its kpi_ranks), not a typed list, and not all 290 (each page is drawn by the same
// code; the unit tests and the script-off test read every page's HTML). The sample: the highest
// and the lowest value of the headline KPI's latest year, a kommun sharing its place, a kommun
// without any value (or, when every kommun has one, without one that year) and a catalogue kommun.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {readTable} from "../../components/kit/arrow.js";
import {KOMMUNER} from "../../model/catalogue.js";
import {KOMMUN_HEADLINE, kommunPath} from "../../model/pages/kommun.js";
import {publishedFile} from "../../model/published.js";
import {kpiRanks} from "../../model/tables/ranks.js";

export interface KommunSampleEntry {
  why: "högst" | "lägst" | "delad plats" | "utan värde" | "katalogens kommun";
  id: string;
  path: string;
}

/** The sample for the site built in `dir` (empty when the site has no kommun pages). */
export function kommunSample(dir: string): KommunSampleEntry[] {
  const file = join(dir, "data", publishedFile(kpiRanks.name, "arrow"));
  if (!existsSync(join(dir, "kommun")) || !existsSync(file)) return [];
  const ranks = readTable(kpiRanks, readFileSync(file)).filter((r) => r.kpi === KOMMUN_HEADLINE && r.gender === "T");
  const latest = Math.max(...ranks.filter((r) => r.value !== null).map((r) => r.period));
  const year = ranks.filter((r) => r.period === latest && r.value !== null).sort((a, b) => a.value! - b.value! || a.municipality.localeCompare(b.municipality));
  const withValue = new Set(ranks.filter((r) => r.value !== null).map((r) => r.municipality));
  const kommuner = [...new Set(ranks.map((r) => r.municipality))];
  const none = kommuner.find((id) => !withValue.has(id)) ?? ranks.find((r) => r.period === latest && r.value === null)?.municipality;
  const picks: [KommunSampleEntry["why"], string | undefined][] = [
    ["högst", year[year.length - 1]?.municipality],
    ["lägst", year[0]?.municipality],
    ["delad plats", year.find((r) => (r.tied_with ?? 1) > 1)?.municipality],
    ["utan värde", none],
    ["katalogens kommun", KOMMUNER[0].id]
  ];
  const seen = new Set<string>();
  return picks.flatMap(([why, id]) => (id && !seen.has(id) && seen.add(id) ? [{why, id, path: kommunPath(id)}] : []));
}

/** Is `path` a kommun page (not the index)? */
export const isKommunPage = (path: string): boolean => /^\/kommun\/\d{4}$/.test(path);
