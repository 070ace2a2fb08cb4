// The ONE catalogue of what Uppföljning follows in Kolada: areas, KPIs by theme, headline KPIs, years.
// Everything else (the refresh, the Arrow loaders, catalogue.json) is derived from this module.
// Adding a kommun or a KPI is one line below. Titles are Kolada's own (for matching and tooltips);
// labels are our own short Swedish wording.

export type Unit = "procent" | "kr/inv" | "kr" | "antal" | "kvot";
export type AreaRole = "kommun" | "riket" | "mean" | "size_group" | "other";
export type AreaType = "K" | "L" | "G";

export interface Kommun {
  id: string; // 4-character Kolada id, leading zero kept
  name: string;
  sizeGroup: string; // id of the kommun's size group (a G… id in REFERENCES)
}

export interface ReferenceArea {
  id: string;
  name: string;
  kind: "riket" | "mean" | "size_group";
}

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
}

export const KOMMUNER: readonly Kommun[] = [
  {id: "1487", name: "Vänersborg", sizeGroup: "G30829"},
  {id: "1489", name: "Alingsås", sizeGroup: "G30829"},
  {id: "2380", name: "Östersund", sizeGroup: "G30831"},
  {id: "0764", name: "Alvesta", sizeGroup: "G30826"}
];

export const REFERENCES: readonly ReferenceArea[] = [
  {id: "G2328", name: "Alla kommuner (ovägt medel)", kind: "mean"},
  {id: "0000", name: "Riket", kind: "riket"},
  {id: "G30826", name: "Kommuner 15 000–19 999 invånare (ovägt medel)", kind: "size_group"},
  {id: "G30829", name: "Kommuner 30 000–49 999 invånare (ovägt medel)", kind: "size_group"},
  {id: "G30831", name: "Kommuner 50 000–99 999 invånare (ovägt medel)", kind: "size_group"}
];

export const THEMES: readonly Theme[] = [
  {id: "resultat", label: "Resultat vid avslut"},
  {id: "kostnad", label: "Kostnad per invånare"},
  {id: "deltagare", label: "Deltagare och åldrar"},
  {id: "befolkning", label: "Befolkning efter ålder"},
  {id: "unga", label: "Arbetslöshet och unga på arbetsmarknaden"}
];

const RVA = "Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare";
const k = (id: string, theme: string, label: string, title: string, unit: Unit, genderDivided: boolean, headline = false): CatalogueKpi =>
  ({id, theme, label, title, unit, genderDivided, headline});

export const KPIS: readonly CatalogueKpi[] = [
  // Resultat vid avslut: the headline share, its A–E composition, counts and the denominator.
  k("U40455", "resultat", "Börjat arbeta eller studera", `${RVA} som börjat arbeta eller studera, andel (%)`, "procent", true, true),
  k("U40406", "resultat", "A. Börjat arbeta", `${RVA} som A. Börjat arbeta, andel (%)`, "procent", true),
  k("U40409", "resultat", "B. Börjat studera", `${RVA} som B. Börjat studera, andel (%)`, "procent", true),
  k("U40412", "resultat", "C. Till annan myndighet", `${RVA} som C. Överförts till annan myndighet, andel (%)`, "procent", true),
  k("U40415", "resultat", "D. Uppdraget slutfört", `${RVA} som D. Slutförda uppdrag, andel (%)`, "procent", true),
  k("U40418", "resultat", "E. Övrigt", `${RVA} som E. Övrigt, andel (%)`, "procent", true),
  k("U40450", "resultat", "Börjat arbeta, antal", `${RVA} som A. Börjat arbeta, antal`, "antal", true),
  k("U40451", "resultat", "Börjat studera, antal", `${RVA} som B. Börjat studera, antal`, "antal", true),
  k("N40450", "resultat", "Avslutade deltagare, antal", `${RVA} totalt, antal`, "antal", true),
  // Kostnad per invånare (SCB:s räkenskapssammandrag).
  k("N40011", "kostnad", "Nettokostnad arbetsmarknadsåtgärder", "Nettokostnad arbetsmarknadsåtgärder, kr/inv", "kr/inv", false, true),
  k("N40008", "kostnad", "Kostnad arbetsmarknadsåtgärder", "Kostnad arbetsmarknadsåtgärder, kr/inv", "kr/inv", false),
  k("N40007", "kostnad", "Kostnad flyktingmottagande", "Kostnad flyktingmottagande, kr/inv", "kr/inv", false),
  k("N40010", "kostnad", "Nettokostnad flyktingmottagande", "Nettokostnad flyktingmottagande, kr/inv", "kr/inv", false),
  k("N30101", "kostnad", "Kostnad individ- och familjeomsorg", "Kostnad individ- och familjeomsorg, kr/inv", "kr/inv", false),
  k("N30005", "kostnad", "Nettokostnad individ- och familjeomsorg", "Nettokostnad individ- och familjeomsorg, kr/inv", "kr/inv", false),
  k("N31002", "kostnad", "Utbetalt ekonomiskt bistånd", "Kostnad utbetalt ekonomiskt bistånd, kr/inv", "kr/inv", false),
  k("N31825", "kostnad", "Biståndsmottagare 18+, andel", "Biståndsmottagare, ekonomiskt bistånd, 18+ år, andel (%) av befolkningen", "procent", true),
  // Deltagare och åldrar.
  k("U40800", "deltagare", "Deltagare, antal", "Deltagare i kommunala arbetsmarknadsåtgärder, antal", "antal", true),
  k("U40803", "deltagare", "Anvisade deltagare, antal", "Deltagare som har anvisats till kommunala arbetsmarknadsåtgärder, antal", "antal", true),
  k("U40811", "deltagare", "Deltagare 24 år eller yngre", "Deltagare inom arbetsmarknadsverksamheten som är 24 år eller yngre, andel (%)", "procent", false, true),
  k("U40812", "deltagare", "Deltagare 25 år eller äldre", "Deltagare inom arbetsmarknadsverksamheten som är 25 år eller äldre, andel (%)", "procent", false),
  // Befolkning efter ålder (SCB).
  k("N01951", "befolkning", "Invånare", "Invånare totalt, antal", "antal", true),
  k("N01919", "befolkning", "Invånare 0–19 år", "Invånare 0-19 år, antal", "antal", false),
  k("N01994", "befolkning", "Andel 0–19 år", "Invånare 0-19 år, andel (%)", "procent", true),
  k("N01954", "befolkning", "Invånare 16–19 år", "Invånare 16-19 år, antal", "antal", true),
  k("N01977", "befolkning", "Invånare 20–24 år", "Invånare 20-24 år, antal", "antal", true),
  k("N01955", "befolkning", "Invånare 20–64 år", "Invånare 20-64 år, antal", "antal", true),
  k("N01961", "befolkning", "Andel 20–64 år", "Invånare 20-64 år, andel (%)", "procent", true),
  k("N01938", "befolkning", "Invånare 65+", "Invånare 65+, antal", "antal", true),
  k("N01960", "befolkning", "Andel 65+", "Invånare 65+, andel (%)", "procent", true),
  k("N01957", "befolkning", "Invånare 80+", "Invånare 80+, antal", "antal", true),
  k("N01813", "befolkning", "Andel 80+", "Invånare 80+, andel (%)", "procent", false),
  // Arbetslöshet och unga (Arbetsförmedlingen, SCB, MUCF).
  k("N03932", "unga", "Arbetslöshet 16–65 år (t.o.m. 2023)", "Arbetslöshet 16-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)", "procent", true),
  k("N03927", "unga", "Arbetslöshet 16–24 år (t.o.m. 2023)", "Arbetslöshet 16-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)", "procent", true),
  k("N03941", "unga", "Arbetslösa 18–65 år (från 2024)", "Arbetslösa av arbetskraften (BAS), 18-65 år, andel (%)", "procent", true),
  k("N03942", "unga", "Arbetslösa 18–24 år (från 2024)", "Arbetslösa av arbetskraften (BAS), 18-24 år, andel (%)", "procent", true),
  k("N03930", "unga", "Långtidsarbetslöshet 16–65 år (t.o.m. 2023)", "Långtidsarbetslöshet 16-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)", "procent", true),
  k("N03928", "unga", "Långtidsarbetslöshet 16–24 år (t.o.m. 2023)", "Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)", "procent", true),
  k("N02797", "unga", "Unga 16–24 som varken arbetar eller studerar", "Invånare 16-24 år som varken arbetar eller studerar, andel (%)", "procent", true),
  k("N18601", "unga", "Etablerade 2 år efter gymnasiet", "Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter gymnasieexamen, hemkommun, andel (%)", "procent", true),
  k("N00973", "unga", "Etablering: arbetar eller studerar", "Lämnat etableringsuppdraget och börjat arbeta eller studera (status efter 90 dagar), andel (%)", "procent", true),
  k("N00971", "unga", "Etablering: arbetar", "Lämnat etableringsuppdraget och börjat arbeta (status efter 90 dagar), andel (%)", "procent", true),
  k("N00972", "unga", "Etablering: studerar", "Lämnat etableringsuppdraget och börjat studera (status efter 90 dagar), andel (%)", "procent", true)
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

/** Every catalogue area: the kommuner first, then the references, in catalogue order. */
export function catalogueAreas(): CatalogueArea[] {
  return [
    ...KOMMUNER.map((m) => ({id: m.id, title: m.name, type: "K" as const, sizeGroup: m.sizeGroup, role: "kommun" as const})),
    ...REFERENCES.map((r) => ({
      id: r.id,
      title: r.name,
      type: r.id.startsWith("G") ? ("G" as const) : ("L" as const),
      sizeGroup: null,
      role: r.kind
    }))
  ];
}

export const areaIds = (): string[] => catalogueAreas().map((a) => a.id);
export const kpiIds = (): string[] => KPIS.map((x) => x.id);
export const headlineKpiIds = (): string[] => KPIS.filter((x) => x.headline).map((x) => x.id);
export function catalogueYears(): number[] {
  const years: number[] = [];
  for (let y = YEARS.from; y <= YEARS.to; y++) years.push(y);
  return years;
}

/** Throws when the catalogue contradicts itself (duplicate ids, unknown theme or size group). */
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
  const areas = new Set<string>();
  for (const a of catalogueAreas()) {
    if (areas.has(a.id)) fail(`area "${a.id}" listed twice`);
    areas.add(a.id);
  }
  for (const m of KOMMUNER) {
    if (!/^\d{4}$/.test(m.id)) fail(`kommun id "${m.id}" must be 4 digits`);
    if (!REFERENCES.some((r) => r.id === m.sizeGroup && r.kind === "size_group")) fail(`kommun "${m.id}": size group "${m.sizeGroup}" is not a size_group reference`);
  }
  if (!KPIS.some((x) => x.headline)) fail("no headline KPI");
}

/** The JSON served as /data/catalogue.json (shape fixed in CONTRACTS.md). */
export function catalogueJson() {
  checkCatalogue();
  return {
    kommuner: KOMMUNER.map((m) => ({id: m.id, name: m.name, sizeGroup: m.sizeGroup})),
    references: REFERENCES.map((r) => ({id: r.id, name: r.name, kind: r.kind})),
    themes: THEMES.map((t) => ({id: t.id, label: t.label})),
    kpis: KPIS.map((x) => ({id: x.id, theme: x.theme, label: x.label, title: x.title, unit: x.unit, genderDivided: x.genderDivided, headline: x.headline})),
    years: {from: YEARS.from, to: YEARS.to}
  };
}
