// The ONE catalogue of what Uppföljning follows: kommuner (with their colour and symbol),
// reference areas (Riket, all kommuner), KPIs by theme (unit, direction of "better", the years a KPI exists, series
// breaks), headline KPIs, years. Imported by the loaders (Node) and by the pages (served through
// src/model); everything else (the refresh, the Arrow loaders, catalogue.json, chart colours)
// derives from it. Adding a kommun or a KPI is one line below. Titles are Kolada's own (for
// matching and tooltips); labels are our own short Swedish wording. No I/O, no DOM.
//
// A kommun's size group is not declared here: it is a fact of the data, Kolada's membership (the
// snapshot's metadata.json, checked by loaders/kolada/groups.ts catalogueSizeGroups at build time,
// served as kommun_groups to the pages). The functions below that need it take it as `SizeGroups`.
import {SIZE_GROUP_IDS} from "./groups.js";
import type {Direction, Unit} from "./vocabulary.js";
import {KIND_OF_UNIT, type ValueKind} from "./valueRules.js";

export type {Direction, Unit};
export type AreaRole = "kommun" | "riket" | "mean" | "size_group" | "other";
export type AreaType = "K" | "L" | "G";
/** Plot's filled symbols (d3.symbolsFill), so a kommun stays recognisable without colour. */
export type KommunSymbol = "circle" | "square" | "triangle" | "diamond" | "star" | "wye" | "cross";

export interface Kommun {
  id: string; // 4-character Kolada id, leading zero kept
  name: string;
  /** Chart colour, fixed site-wide (Okabe–Ito; ≥ 3:1 against #ffffff and #161616, WCAG 1.4.11). */
  color: string;
  /** Plot symbol, so dots stay distinguishable without colour. */
  symbol: KommunSymbol;
}

export interface ReferenceArea {
  id: string;
  name: string;
  kind: "riket" | "mean";
}

/** A size group as Kolada's memberships give it: its id and Kolada's title (as a page names it). */
export interface SizeGroup {
  id: string;
  name: string;
}

/** Each catalogue kommun's size group, by kommun id, from Kolada's memberships (never declared in the model). */
export type SizeGroups = ReadonlyMap<string, SizeGroup>;

export interface Theme {
  id: string;
  label: string;
}

export interface CatalogueKpi {
  id: string;
  theme: string; // a Theme id
  label: string; // short Swedish label, our wording
  title: string; // Kolada's title
  unit: Unit;
  genderDivided: boolean; // Kolada publishes K/M values besides T
  headline: boolean; // every kommun's values are kept (for ranks and distributions)
  /**
   * Which way is better, for ranks and wording: "higher" (rank 1 = highest, "bäst"), "lower"
   * (rank 1 = lowest), "neutral" (rank 1 = highest, never called better: costs, counts, age shares).
   */
  direction: Direction;
  /** Years the KPI exists in Kolada when narrower than YEARS (a series that ends or begins). */
  years?: {from?: number; to?: number};
  /**
   * What its values may be (model/valueRules.ts) when the unit does not say it: a net cost
   * ("net") may be negative, unlike a gross cost. By default the unit's kind (KIND_OF_UNIT).
   */
  values?: ValueKind;
}

// A table, one line per entry (adding one is one line), so the formatter leaves it as it is.
// prettier-ignore
export const KOMMUNER: readonly Kommun[] = [
  {id: "1487", name: "Vänersborg", color: "#0072B2", symbol: "circle"}, // blue
  {id: "1489", name: "Alingsås", color: "#D55E00", symbol: "square"}, // vermillion
  {id: "2380", name: "Östersund", color: "#009E73", symbol: "triangle"}, // bluish green
  {id: "0764", name: "Alvesta", color: "#CC79A7", symbol: "diamond"} // reddish purple
];

/** The areas every catalogue kommun is compared with alike (the design's; each kommun's size group comes from the memberships, SizeGroups). */
export const REFERENCES: readonly ReferenceArea[] = [
  {id: "G2328", name: "Alla kommuner (ovägt medel)", kind: "mean"},
  {id: "0000", name: "Riket", kind: "riket"}
];

export const THEMES: readonly Theme[] = [
  {id: "resultat", label: "Resultat vid avslut"},
  {id: "kostnad", label: "Kostnad per invånare"},
  {id: "deltagare", label: "Deltagare och åldrar"},
  {id: "befolkning", label: "Befolkning efter ålder"},
  {id: "unga", label: "Arbetslöshet och unga på arbetsmarknaden"}
];

const RVA = "Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare";
const k = (
  id: string,
  theme: string,
  label: string,
  title: string,
  unit: Unit,
  genderDivided: boolean,
  headline: boolean,
  direction: Direction,
  extra: Pick<CatalogueKpi, "years" | "values"> = {}
): CatalogueKpi => ({id, theme, label, title, unit, genderDivided, headline, direction, ...extra});
const H = true; // headline: kept for every kommun
const _ = false;

// A table, one line per entry (adding one is one line), so the formatter leaves it as it is.
// prettier-ignore
export const KPIS: readonly CatalogueKpi[] = [
  // Resultat vid avslut: the headline share, its A–E composition, counts and the denominator.
  k("U40455", "resultat", "Börjat arbeta eller studera", `${RVA} som börjat arbeta eller studera, andel (%)`, "procent", true, H, "higher"),
  k("U40406", "resultat", "A. Börjat arbeta", `${RVA} som A. Börjat arbeta, andel (%)`, "procent", true, _, "higher"),
  k("U40409", "resultat", "B. Börjat studera", `${RVA} som B. Börjat studera, andel (%)`, "procent", true, _, "higher"),
  k("U40412", "resultat", "C. Till annan myndighet", `${RVA} som C. Överförts till annan myndighet, andel (%)`, "procent", true, _, "neutral"),
  k("U40415", "resultat", "D. Uppdraget slutfört", `${RVA} som D. Slutförda uppdrag, andel (%)`, "procent", true, _, "neutral"),
  k("U40418", "resultat", "E. Övrigt", `${RVA} som E. Övrigt, andel (%)`, "procent", true, _, "neutral"),
  k("U40450", "resultat", "Börjat arbeta, antal", `${RVA} som A. Börjat arbeta, antal`, "antal", true, _, "neutral"),
  k("U40451", "resultat", "Börjat studera, antal", `${RVA} som B. Börjat studera, antal`, "antal", true, _, "neutral"),
  k("N40450", "resultat", "Avslutade deltagare, antal", `${RVA} totalt, antal`, "antal", true, _, "neutral"),
  // Kostnad per invånare (SCB:s räkenskapssammandrag).
  k("N40011", "kostnad", "Nettokostnad arbetsmarknadsåtgärder", "Nettokostnad arbetsmarknadsåtgärder, kr/inv", "kr/inv", false, H, "neutral", {values: "net"}),
  k("N40008", "kostnad", "Kostnad arbetsmarknadsåtgärder", "Kostnad arbetsmarknadsåtgärder, kr/inv", "kr/inv", false, _, "neutral"),
  k("N40007", "kostnad", "Kostnad flyktingmottagande", "Kostnad flyktingmottagande, kr/inv", "kr/inv", false, _, "neutral"),
  k("N40010", "kostnad", "Nettokostnad flyktingmottagande", "Nettokostnad flyktingmottagande, kr/inv", "kr/inv", false, _, "neutral", {values: "net"}),
  k("N30101", "kostnad", "Kostnad individ- och familjeomsorg", "Kostnad individ- och familjeomsorg, kr/inv", "kr/inv", false, _, "neutral"),
  k("N30005", "kostnad", "Nettokostnad individ- och familjeomsorg", "Nettokostnad individ- och familjeomsorg, kr/inv", "kr/inv", false, _, "neutral", {values: "net"}),
  k("N31002", "kostnad", "Utbetalt ekonomiskt bistånd", "Kostnad utbetalt ekonomiskt bistånd, kr/inv", "kr/inv", false, _, "neutral"),
  k("N31825", "kostnad", "Biståndsmottagare 18+, andel", "Biståndsmottagare, ekonomiskt bistånd, 18+ år, andel (%) av befolkningen", "procent", true, _, "lower"),
  // Deltagare och åldrar.
  k("U40800", "deltagare", "Deltagare, antal", "Deltagare i kommunala arbetsmarknadsåtgärder, antal", "antal", true, _, "neutral"),
  k("U40803", "deltagare", "Anvisade deltagare, antal", "Deltagare som har anvisats till kommunala arbetsmarknadsåtgärder, antal", "antal", true, _, "neutral"),
  k("U40811", "deltagare", "Deltagare 24 år eller yngre", "Deltagare inom arbetsmarknadsverksamheten som är 24 år eller yngre, andel (%)", "procent", false, H, "neutral"),
  k("U40812", "deltagare", "Deltagare 25 år eller äldre", "Deltagare inom arbetsmarknadsverksamheten som är 25 år eller äldre, andel (%)", "procent", false, _, "neutral"),
  // Befolkning efter ålder (SCB).
  k("N01951", "befolkning", "Invånare", "Invånare totalt, antal", "antal", true, _, "neutral"),
  k("N01919", "befolkning", "Invånare 0–19 år", "Invånare 0-19 år, antal", "antal", false, _, "neutral"),
  k("N01994", "befolkning", "Andel 0–19 år", "Invånare 0-19 år, andel (%)", "procent", true, _, "neutral"),
  k("N01954", "befolkning", "Invånare 16–19 år", "Invånare 16-19 år, antal", "antal", true, _, "neutral"),
  k("N01977", "befolkning", "Invånare 20–24 år", "Invånare 20-24 år, antal", "antal", true, _, "neutral"),
  k("N01955", "befolkning", "Invånare 20–64 år", "Invånare 20-64 år, antal", "antal", true, _, "neutral"),
  k("N01961", "befolkning", "Andel 20–64 år", "Invånare 20-64 år, andel (%)", "procent", true, _, "neutral"),
  k("N01938", "befolkning", "Invånare 65+", "Invånare 65+, antal", "antal", true, _, "neutral"),
  k("N01960", "befolkning", "Andel 65+", "Invånare 65+, andel (%)", "procent", true, _, "neutral"),
  k("N01957", "befolkning", "Invånare 80+", "Invånare 80+, antal", "antal", true, _, "neutral"),
  k("N01813", "befolkning", "Andel 80+", "Invånare 80+, andel (%)", "procent", false, _, "neutral"),
  // Arbetslöshet och unga (Arbetsförmedlingen, SCB, MUCF).
  k("N03932", "unga", "Arbetslöshet 16–65 år (t.o.m. 2023)", "Arbetslöshet 16-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)", "procent", true, _, "lower", {years: {to: 2023}}),
  k("N03927", "unga", "Arbetslöshet 16–24 år (t.o.m. 2023)", "Arbetslöshet 16-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)", "procent", true, _, "lower", {years: {to: 2023}}),
  k("N03941", "unga", "Arbetslösa 18–65 år (från 2024)", "Arbetslösa av arbetskraften (BAS), 18-65 år, andel (%)", "procent", true, _, "lower", {years: {from: 2024}}),
  k("N03942", "unga", "Arbetslösa 18–24 år (från 2024)", "Arbetslösa av arbetskraften (BAS), 18-24 år, andel (%)", "procent", true, _, "lower", {years: {from: 2024}}),
  k("N03930", "unga", "Långtidsarbetslöshet 16–65 år (t.o.m. 2023)", "Långtidsarbetslöshet 16-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)", "procent", true, _, "lower", {years: {to: 2023}}),
  k("N03928", "unga", "Långtidsarbetslöshet 16–24 år (t.o.m. 2023)", "Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)", "procent", true, _, "lower", {years: {to: 2023}}),
  k("N02797", "unga", "Unga 16–24 som varken arbetar eller studerar", "Invånare 16-24 år som varken arbetar eller studerar, andel (%)", "procent", true, _, "lower"),
  k("N18601", "unga", "Etablerade 2 år efter gymnasiet", "Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter gymnasieexamen, hemkommun, andel (%)", "procent", true, _, "higher"),
  k("N00973", "unga", "Etablering: arbetar eller studerar", "Lämnat etableringsuppdraget och börjat arbeta eller studera (status efter 90 dagar), andel (%)", "procent", true, _, "higher"),
  k("N00971", "unga", "Etablering: arbetar", "Lämnat etableringsuppdraget och börjat arbeta (status efter 90 dagar), andel (%)", "procent", true, _, "higher"),
  k("N00972", "unga", "Etablering: studerar", "Lämnat etableringsuppdraget och börjat studera (status efter 90 dagar), andel (%)", "procent", true, _, "higher")
];

/**
 * Kolada KPI ids the audit reports cite besides the catalogue's: a report figure or lost table may
 * name them (the report checker accepts them), but the site does not follow them. Extend it when a
 * report cites a KPI Kolada has.
 */
export const CITED_KPIS: readonly string[] = [
  "N40002",
  "N31824",
  "U31001",
  "N31816",
  "U31804",
  "N01713",
  "N01799",
  "N01962",
  "N03946",
  "N03944",
  "N03920",
  "N03935",
  "N03926",
  "N03951",
  "N00964"
];

/** One KPI's part of a series that continues in another KPI after a break in Kolada's definition. */
export interface SeriesSegment {
  kpi: string;
  /** Short Swedish description used in the break sentence. */
  label: string;
}

/** A series across a definition break: segments in time order, each KPI's own `years` bound it. */
export interface SeriesBreak {
  id: string;
  label: string;
  segments: readonly SeriesSegment[];
}

/** Youth unemployment: N03927 (16–24 år, registerbaserad arbetskraft) to 2023, N03942 (18–24 år, BAS) from 2024. */
export const SERIES_BREAKS: readonly SeriesBreak[] = [
  {
    id: "ungdomsarbetsloshet",
    label: "Ungdomsarbetslöshet",
    segments: [
      {kpi: "N03927", label: "arbetslöshet 16–24 år av den registerbaserade arbetskraften (N03927)"},
      {kpi: "N03942", label: "arbetslösa 18–24 år av arbetskraften enligt BAS (N03942)"}
    ]
  }
];

export const YEARS = {from: 2016, to: 2025} as const;

// ---- derived views -------------------------------------------------------------------------

export interface CatalogueArea {
  id: string;
  title: string;
  type: AreaType;
  sizeGroup: string | null;
  role: AreaRole;
}

/** A catalogue kommun's size group in `sizeGroups`; throws when it has none (the loaders check the memberships first: loaders/kolada/groups.ts). */
export function sizeGroupOf(kommun: string, sizeGroups: SizeGroups): SizeGroup {
  const group = sizeGroups.get(kommun);
  if (!group) throw new Error(`model/catalogue.ts: no size group given for catalogue kommun "${kommun}"`);
  return group;
}

/** The catalogue kommuner's size groups, each once, smallest first (model/groups.ts SIZE_GROUP_IDS). */
export function catalogueSizeGroupList(sizeGroups: SizeGroups): SizeGroup[] {
  const groups = new Map(KOMMUNER.map((m) => sizeGroupOf(m.id, sizeGroups)).map((g) => [g.id, g]));
  const rank = (id: string) => (SIZE_GROUP_IDS.includes(id) ? SIZE_GROUP_IDS.indexOf(id) : SIZE_GROUP_IDS.length);
  return [...groups.values()].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Every catalogue area: the kommuner first, then the references, then the kommuner's size groups (from `sizeGroups`, Kolada's memberships). */
export function catalogueAreas(sizeGroups: SizeGroups): CatalogueArea[] {
  return [
    ...KOMMUNER.map((m) => ({
      id: m.id,
      title: m.name,
      type: "K" as const,
      sizeGroup: sizeGroupOf(m.id, sizeGroups).id,
      role: "kommun" as const
    })),
    ...REFERENCES.map((r) => ({
      id: r.id,
      title: r.name,
      type: r.id.startsWith("G") ? ("G" as const) : ("L" as const),
      sizeGroup: null,
      role: r.kind
    })),
    ...catalogueSizeGroupList(sizeGroups).map((g) => ({id: g.id, title: g.name, type: "G" as const, sizeGroup: null, role: "size_group" as const}))
  ];
}

/**
 * The order the site lists areas in: the catalogue's kommuner, the references, then every size
 * group smallest first. Its first part is the catalogue's areas' order (catalogueAreas) for any
 * memberships, so derivations sort by it without knowing them.
 */
export const areaOrderIds = (): string[] => [...catalogueKommunIds(), ...REFERENCES.map((r) => r.id), ...SIZE_GROUP_IDS];

// ---- lookups: the only places that map a kommun, area or KPI id to its facts ----------------

/** True for a kommun id: four digits, not Riket (0000). Groups (G…) are not kommuner. */
export function isKommunId(id: string): boolean {
  return /^\d{4}$/.test(id) && id !== "0000";
}

/** The catalogue kommun with this id, or undefined (other kommuner are not in the catalogue). */
export const kommunOf = (id: string): Kommun | undefined => KOMMUNER.find((m) => m.id === id);

/** The catalogue KPI with this id; throws for an id outside the catalogue (a programming error). */
export function kpiOf(id: string): CatalogueKpi {
  const kpi = KPIS.find((x) => x.id === id);
  if (!kpi) throw new Error(`model/catalogue.ts: "${id}" is not a catalogue KPI`);
  return kpi;
}

/**
 * Names of kommuner outside the catalogue, as the page that offers them learnt them from the served
 * data (Kolada's names, via knowKommunNames): the model holds no data, only this lookup.
 */
const OTHER_KOMMUN_NAMES = new Map<string, string>();

/**
 * Names of Kolada's groups (size groups, SKR kommungrupper) as the page or the build learnt them
 * from the memberships (knowGroupNames): the model declares none of them.
 */
const GROUP_NAMES = new Map<string, string>();

/** A catalogue area's display name (kommun or reference), a known kommun's or group's name, or the id itself for any other area. */
export function areaName(id: string): string {
  return kommunOf(id)?.name ?? REFERENCES.find((r) => r.id === id)?.name ?? OTHER_KOMMUN_NAMES.get(id) ?? GROUP_NAMES.get(id) ?? id;
}

/** Names of every catalogue kommun and reference by id (what the charts' `names` option takes), and of the kommuner and groups a page has learnt (knowKommunNames, knowGroupNames). */
export const AREA_NAMES: ReadonlyMap<string, string> = new Map([
  ...KOMMUNER.map((m) => [m.id, m.name] as const),
  ...REFERENCES.map((r) => [r.id, r.name] as const)
]);

/** Learn the names of kommuner outside the catalogue (a page's served kommun list), for areaName and AREA_NAMES. */
export function knowKommunNames(kommuner: readonly {id: string; name: string}[]): void {
  for (const k of kommuner) {
    if (kommunOf(k.id) || !isKommunId(k.id)) continue;
    OTHER_KOMMUN_NAMES.set(k.id, k.name);
    (AREA_NAMES as Map<string, string>).set(k.id, k.name);
  }
}

/** Learn the names of Kolada's groups (G… ids: size groups, SKR kommungrupper) from the memberships, for areaName and AREA_NAMES. */
export function knowGroupNames(groups: readonly {id: string; name: string}[]): void {
  for (const g of groups) {
    if (!/^G\d+$/.test(g.id) || REFERENCES.some((r) => r.id === g.id)) continue;
    GROUP_NAMES.set(g.id, g.name);
    (AREA_NAMES as Map<string, string>).set(g.id, g.name);
  }
}

/** The role of an area id on the site: a catalogue kommun, Riket, the mean of all kommuner, a size group, or any other area. */
export function areaRole(id: string): AreaRole {
  if (kommunOf(id)) return "kommun";
  const ref = REFERENCES.find((r) => r.id === id);
  if (ref) return ref.kind;
  if (id === "0000") return "riket";
  if (/^G\d+$/.test(id)) return "size_group";
  return "other";
}

/** What a KPI's values may be: its own `values`, or its unit's kind (model/valueRules.ts). */
export const kpiValueKind = (kpi: CatalogueKpi): ValueKind => kpi.values ?? KIND_OF_UNIT[kpi.unit];

export const areaIds = (sizeGroups: SizeGroups): string[] => catalogueAreas(sizeGroups).map((a) => a.id);
/** The catalogue's kommun ids, in its order. */
export const catalogueKommunIds = (): string[] => KOMMUNER.map((m) => m.id);
export const kpiIds = (): string[] => KPIS.map((x) => x.id);
export const headlineKpiIds = (): string[] => KPIS.filter((x) => x.headline).map((x) => x.id);
export function catalogueYears(): number[] {
  const years: number[] = [];
  for (let y = YEARS.from; y <= YEARS.to; y++) years.push(y);
  return years;
}

/** Throws when the catalogue contradicts itself (duplicate ids, unknown theme, a kommun's colour or symbol twice). */
export function checkCatalogue(): void {
  const fail = (msg: string): never => {
    throw new Error(`model/catalogue.ts: ${msg}`);
  };
  const seen = new Set<string>();
  for (const x of KPIS) {
    if (!/^[NU]\d{5}$/.test(x.id)) fail(`KPI id "${x.id}" is not a Kolada KPI id`);
    if (seen.has(x.id)) fail(`KPI "${x.id}" listed twice`);
    seen.add(x.id);
    if (!THEMES.some((t) => t.id === x.theme)) fail(`KPI "${x.id}": unknown theme "${x.theme}"`);
  }
  for (const id of CITED_KPIS) if (seen.has(id)) fail(`CITED_KPIS: "${id}" is already a catalogue KPI`);
  for (const s of SERIES_BREAKS) {
    s.segments.forEach((seg, i) => {
      const kpi = KPIS.find((x) => x.id === seg.kpi);
      if (!kpi) fail(`series "${s.id}": "${seg.kpi}" is not a catalogue KPI`);
      const next = s.segments[i + 1] && KPIS.find((x) => x.id === s.segments[i + 1].kpi);
      if (next && !(kpi!.years?.to !== undefined && next.years?.from !== undefined && next.years.from > kpi!.years.to)) {
        fail(`series "${s.id}": ${seg.kpi} must end (years.to) before ${next.id} begins (years.from)`);
      }
    });
  }
  const areas = new Set<string>();
  for (const a of [...KOMMUNER, ...REFERENCES]) {
    if (areas.has(a.id)) fail(`area "${a.id}" listed twice`);
    areas.add(a.id);
  }
  for (const m of KOMMUNER) {
    if (!/^\d{4}$/.test(m.id)) fail(`kommun id "${m.id}" must be 4 digits`);
    const twin = KOMMUNER.find((o) => o !== m && (o.color.toLowerCase() === m.color.toLowerCase() || o.symbol === m.symbol));
    if (twin)
      fail(`kommun "${m.id}" shares its ${twin.symbol === m.symbol ? "symbol" : "colour"} with "${twin.id}": each kommun needs its own colour and symbol`);
  }
  if (!KPIS.some((x) => x.headline)) fail("no headline KPI");
}

/**
 * The JSON served as /data/catalogue.json (its shape is kept stable for analysts' saved code): the
 * kommuner's size groups and the size groups among the references come from `sizeGroups` (Kolada's
 * memberships).
 */
export function catalogueJson(sizeGroups: SizeGroups) {
  checkCatalogue();
  return {
    kommuner: KOMMUNER.map((m) => ({id: m.id, name: m.name, sizeGroup: sizeGroupOf(m.id, sizeGroups).id})),
    references: [
      ...REFERENCES.map((r) => ({id: r.id, name: r.name, kind: r.kind as string})),
      ...catalogueSizeGroupList(sizeGroups).map((g) => ({id: g.id, name: g.name, kind: "size_group"}))
    ],
    themes: THEMES.map((t) => ({id: t.id, label: t.label})),
    kpis: KPIS.map((x) => ({
      id: x.id,
      theme: x.theme,
      label: x.label,
      title: x.title,
      unit: x.unit,
      genderDivided: x.genderDivided,
      headline: x.headline
    })),
    years: {from: YEARS.from, to: YEARS.to}
  };
}
