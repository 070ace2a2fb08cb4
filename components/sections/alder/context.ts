// Åldersprofiler: the page's data (the served tables it loads), its frame, and what every section
// derives from the reader's choices. Only selection and wording here: the numbers come from the
// tables (loaders/analysis/age.ts).
import {room} from "../../kit/room.js";
import {areaName} from "../../../model/catalogue.js";
import {ALDER_FRAME_KPIS} from "../../../model/pages/alder.js";
import type {ALDER_DATA} from "../../../model/pageData.js";
import type {PageRows} from "../../../model/slices.js";
import {GENDER_LABELS} from "../../../model/vocabulary.js";
import {frameInputs, type FrameElement} from "../../frame/frameInputs.js";
import {dashboardCatalogue} from "../../frame/dashboardCatalogue.js";
import type {Area} from "../kpiSeries.js";
import {comparisonAreas, stateYears, type Catalogue, type PageState} from "../../frame/pageState.js";

/** The page's data as model/pageData.ts declares it (its slices of the served tables), and the snapshot date its source notes name. */
export type AlderData = PageRows<typeof ALDER_DATA>;

/** The page's frame: kommuner (any kommun can be added), comparison, years and kön; the kommuner's groups from Kolada's memberships (kommun_groups). */
export function alderFrame(data: Pick<AlderData, "kommuner">): FrameElement {
  return frameInputs({catalogue: dashboardCatalogue(data.kommuner), kpis: ALDER_FRAME_KPIS});
}
/** The room it takes before it is drawn (components/kit/room.ts): the frame with its kommun search and kön choice: stacked on a phone, in rows on a wide screen (as Resultat's). */
alderFrame.room = room("33.25rem", "21.25rem");

/** What every section derives from the reader's choices. */
export interface AlderChoices {
  state: PageState;
  /** The selected kommuner: the catalogue's, then the ones the reader added. */
  kommuner: Area[];
  /** The comparison area of each selected kommun (one per distinct area), with the kommuner compared with it (components/frame/pageState.ts). */
  comparisons: {id: string; name: string; kommuner: string[]}[];
  /** The kommuner, then their comparison areas (one per distinct area). */
  areas: Area[];
  years: number[];
  /** "totalt", "kvinnor", "män". */
  genderText: string;
  /** The frame's catalogue: the kommuner with their groups, the ones the reader may add, the groups' names. */
  catalogue: Catalogue;
}

export function alderChoices(data: Pick<AlderData, "kommuner">, state: PageState): AlderChoices {
  const catalogue = dashboardCatalogue(data.kommuner);
  const kommuner = state.kommuner.map((id) => ({id, name: areaName(id)}));
  const comparisons = state.kommuner.length ? comparisonAreas(state, catalogue) : [];
  return {
    state,
    kommuner,
    comparisons,
    areas: [...kommuner, ...comparisons.map(({id, name}) => ({id, name}))],
    years: stateYears(state),
    genderText: GENDER_LABELS[state.gender].toLowerCase(),
    catalogue
  };
}
