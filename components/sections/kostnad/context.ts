// Kostnad per invånare: the page's data (the served tables it loads), its inputs (the frame, the
// price level, the verksamhet) and what every section derives from the reader's choices. Only
// selection and wording here: the numbers come from the tables (loaders/analysis/cost.ts).
import {room} from "../../kit/room.js";
import {formatYears} from "../../kit/wording.js";
import {areaName} from "../../../model/catalogue.js";
import {KOSTNAD, KOSTNAD_FRAME_KPIS, type Verksamhet} from "../../../model/pages/kostnad.js";
import type {RowOf} from "../../../model/table.js";
import type {prisbasbelopp} from "../../../model/tables/facts.js";
import type {KOSTNAD_DATA} from "../../../model/pageData.js";
import type {PageRows} from "../../../model/slices.js";
import {formatYear} from "../../kit/format.js";
import {frameInputs, showPriceBase, type FrameElement} from "../../frame/frameInputs.js";
import {pageParam} from "../../frame/pageParam.js";
import type {Area} from "../kpiSeries.js";
import {comparisonAreas, stateYears, type Catalogue, type PageState} from "../../frame/pageState.js";
import {dashboardCatalogue} from "../../frame/dashboardCatalogue.js";

/**
 * The page's data as model/pageData.ts declares it (its slices of the served tables), and the
 * snapshot date its source notes name. `cost` holds the costs per inhabitant in the price level
 * the sections draw: current prices as loaded, or every level once the reader chose fixed prices.
 */
export type KostnadData = PageRows<typeof KOSTNAD_DATA>;

/** The page's frame: kommuner (any kommun can be added), comparison, years and the base year of fixed prices (kön is not offered), keeping the page's own parameters in the link. */
export function kostnadFrame(data: Pick<KostnadData, "pbb" | "kommuner">): FrameElement {
  return frameInputs({
    catalogue: dashboardCatalogue(data.kommuner),
    kpis: KOSTNAD_FRAME_KPIS,
    priceBaseYears: data.pbb.map((r) => r.year).sort((a, b) => a - b),
    extraParams: [KOSTNAD.params.verksamhet, KOSTNAD.params.prices]
  });
}
/** The room it takes before it is drawn (components/kit/room.ts): the frame with its kommun search: stacked on a phone, in rows on a wide screen (measured at 375 and 1280 px). */
kostnadFrame.room = room("29.625rem", "21.5rem");

/** The price level: current prices (as in Kolada) or fixed prices (the frame's base year). */
export const pricesInput = (): HTMLElement & {value: string} => pageParam({name: KOSTNAD.params.prices, ...KOSTNAD.prices});
/** The room it takes before it is drawn (components/kit/room.ts): two options: stacked on a phone, one row on a wide screen. */
pricesInput.room = room("7rem", "4.5rem");

/** The frame's "Fasta priser, basår" shows only while fixed prices are chosen. */
export const syncPriceBase = (frame: HTMLElement, prices: string): void => showPriceBase(frame, prices === KOSTNAD.prices.fixed);

/** Which verksamhet's costs the page shows. */
export const verksamhetInput = (): HTMLElement & {value: string} =>
  pageParam({
    name: KOSTNAD.params.verksamhet,
    label: "Verksamhet",
    choices: KOSTNAD.verksamheter.map(({value, label}) => ({value, label})),
    defaultValue: KOSTNAD.defaultVerksamhet
  });
/** The room it takes before it is drawn (components/kit/room.ts): four options: stacked on a phone, one row on a wide screen. */
verksamhetInput.room = room("10.5rem", "4.5rem");

/** What every section derives from the reader's choices. */
export interface KostnadChoices {
  state: PageState;
  /** The frame's catalogue: the kommuner with their groups from Kolada's memberships (kommun_groups), the ones the reader may add, the groups' names. */
  catalogue: Catalogue;
  verksamhet: Verksamhet;
  kommuner: Area[];
  /** The comparison area of each selected kommun (one per distinct area). */
  references: Area[];
  /** The same areas with the kommuner compared with each (whose group is drawn, components/sections/comparisons.ts whoseComparison). */
  comparisons: {id: string; name: string; kommuner: string[]}[];
  /** The kommuner, then their comparison areas. */
  areas: Area[];
  years: number[];
  fixed: boolean;
  /** The base year of fixed prices, null in current prices (cost_prices.price_year). */
  priceYear: number | null;
  /** "i löpande priser", "i fasta priser (2019 års prisnivå)". */
  priceText: string;
  /** Download file names' price part: "lopande", "fasta-2019". */
  priceFile: string;
  /** How fixed prices are computed, with the unchecked and missing prisbasbelopp years; null in current prices. */
  fixedNote: string | null;
}

export function kostnadChoices(data: Pick<KostnadData, "pbb" | "kommuner">, state: PageState, prices: string, verksamhet: string): KostnadChoices {
  const catalogue = dashboardCatalogue(data.kommuner);
  const kommuner = state.kommuner.map((id) => ({id, name: areaName(id)}));
  const comparisons = comparisonAreas(state, catalogue);
  const references = comparisons.map(({id, name}) => ({id, name}));
  const years = stateYears(state);
  const fixed = prices === KOSTNAD.prices.fixed && state.priceBaseYear !== null;
  const base = state.priceBaseYear;
  return {
    state,
    catalogue,
    verksamhet: KOSTNAD.verksamheter.find((v) => v.value === verksamhet) ?? KOSTNAD.verksamheter.find((v) => v.value === KOSTNAD.defaultVerksamhet)!,
    kommuner,
    references,
    comparisons,
    areas: [...kommuner, ...references],
    years,
    fixed,
    priceYear: fixed ? base : null,
    priceText: fixed ? `i fasta priser (${formatYear(base)} års prisnivå)` : "i löpande priser",
    priceFile: fixed ? `fasta-${base}` : "lopande",
    fixedNote: fixed ? fixedPriceNote(data.pbb, base!, years) : null
  };
}

/** How fixed prices are computed: the formula, the years whose prisbasbelopp is not yet checked, and the reader's years without one. */
export function fixedPriceNote(pbb: readonly Pick<RowOf<typeof prisbasbelopp>, "year" | "checked">[], base: number, years: readonly number[]): string {
  const unchecked = pbb.filter((d) => !d.checked).map((d) => d.year);
  const missing = years.filter((y) => !pbb.some((d) => d.year === y));
  return (
    `Fasta priser är egen bearbetning: värdet × prisbasbeloppet ${formatYear(base)} / prisbasbeloppet för värdets år (SCB:s prisbasbelopp, data/facts/prisbasbelopp.csv).` +
    (unchecked.length ? ` Prisbasbeloppen för ${formatYears(unchecked)} är ännu inte dubbelkontrollerade mot en andra källa.` : "") +
    (missing.length ? ` För ${formatYears(missing)} saknas prisbasbelopp, så de åren räknas inte om.` : "")
  );
}
