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
import type {Area} from "../kpiSeries.js";
import {comparisonAreas, stateYears, type PageState} from "../../frame/pageState.js";
import {dashboardCatalogue} from "../../frame/dashboardCatalogue.js";

/** The page's data as model/pageData.ts declares it (its slices of the served tables), and the snapshot date its source notes name. */
export type AlderData = PageRows<typeof ALDER_DATA>;

/** The page's frame: kommuner, comparison, years and kön; the kommuner's groups from Kolada's memberships (kommun_groups). */
export function alderFrame(data: Pick<AlderData, "kommuner">): FrameElement {
  return frameInputs({catalogue: dashboardCatalogue(data.kommuner), kpis: ALDER_FRAME_KPIS});
}
/** The room it takes before it is drawn (components/kit/room.ts): the frame with its kön choice: stacked on a phone, one row on a wide screen. */
alderFrame.room = room("21.5rem", "13.5rem");

/** What every section derives from the reader's choices. */
export interface AlderChoices {
  state: PageState;
  kommuner: Area[];
  /** The kommuner, then their comparison areas (one per distinct area). */
  areas: Area[];
  years: number[];
  /** "totalt", "kvinnor", "män". */
  genderText: string;
}

export function alderChoices(data: Pick<AlderData, "kommuner">, state: PageState): AlderChoices {
  const kommuner = state.kommuner.map((id) => ({id, name: areaName(id)}));
  const references = comparisonAreas(state, dashboardCatalogue(data.kommuner)).map(({id, name}) => ({id, name}));
  return {
    state,
    kommuner,
    areas: [...kommuner, ...references],
    years: stateYears(state),
    genderText: GENDER_LABELS[state.gender].toLowerCase()
  };
}
