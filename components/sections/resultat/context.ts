// Resultat vid avslut: the page's data (the served tables it loads) and what every section derives
// from the reader's choices (selected kommuner, comparison areas, years to check, kön in words).
// Only selection and wording here: the numbers come from the tables (loaders/analysis/).
import {room} from "../../kit/room.js";
import {formatYearRange, inSentence} from "../../kit/wording.js";
import {areaName, catalogueJson, kommunOf, kpiOf} from "../../../model/catalogue.js";
import {RESULTAT, RESULTAT_KPIS, RANK_YEAR_PARAM} from "../../../model/pages/resultat.js";
import type {RESULTAT_DATA} from "../../../model/pageData.js";
import type {PageRows} from "../../../model/slices.js";
import {GENDER_LABELS} from "../../../model/vocabulary.js";

import {comparisonAreas, type PageState} from "../../frame/pageState.js";
import {frameInputs, type FrameElement} from "../../frame/frameInputs.js";
import {publishedYears} from "../missing.js";

/** The page's data as model/pageData.ts declares it (its slices of the served tables), and the snapshot date its source notes name. */
export type ResultatData = PageRows<typeof RESULTAT_DATA>;

/** The page's frame: kommuner, comparison, years, kön (the page's KPIs are divided by gender), and the rank year kept in the link. */
export function resultatFrame(): FrameElement {
  return frameInputs({catalogue: catalogueJson(), kpis: RESULTAT_KPIS, extraParams: [RANK_YEAR_PARAM]});
}
/** The room it takes before it is drawn (components/kit/room.ts): the frame with its kön choice: stacked on a phone, one row on a wide screen. */
resultatFrame.room = room("21.5rem", "13.5rem");

/** A KPI's short label (model/catalogue.ts). */
export const label = (id: string): string => kpiOf(id).label;

/** Areas as a sentence names them: kommuner as they are, reference areas in lower case ("alla kommuner (ovägt medel)"). */
export const areasInSentence = (ids: readonly string[]): {id: string; name: string}[] =>
  ids.map((id) => {
    const name = areaName(id);
    return {id, name: kommunOf(id) ? name : inSentence(name)};
  });

/** What every section derives from the reader's choices. */
export interface Choices {
  state: PageState;
  selected: readonly string[];
  /** " (kvinnor)", " (män)" or "" for totalt. */
  genderText: string;
  rangeText: string;
  rangeYears: number[];
  /** The comparison area of each selected kommun (one per distinct area). */
  comparisons: {id: string; name: string}[];
  /** Years Kolada has published the share for this kön (any area). */
  published: number[];
  /** Years checked for missing values: the published ones in the range (the whole range when none is). */
  yearsToCheck: number[];
  /** Years of the range after the latest published one: not missing, not out yet. */
  notYet: number[];
}

export function resultatChoices(data: Pick<ResultatData, "kolada" | "ranks">, state: PageState): Choices {
  const {gender, from, to} = state;
  const rangeYears = Array.from({length: to - from + 1}, (_, i) => from + i);
  const published = publishedYears([...data.ranks, ...data.kolada], {kpi: RESULTAT.share, gender});
  const inRange = (published.length ? published : [from]).filter((y) => y >= from && y <= to);
  return {
    state,
    selected: state.kommuner,
    genderText: gender === "T" ? "" : ` (${GENDER_LABELS[gender].toLowerCase()})`,
    rangeText: formatYearRange(from, to),
    rangeYears,
    comparisons: state.kommuner.length ? comparisonAreas(state, catalogueJson()) : [],
    published,
    yearsToCheck: published.length ? inRange : rangeYears,
    notYet: published.length ? rangeYears.filter((y) => y > Math.max(...published)) : []
  };
}

/** The note shown when the reader has unselected every kommun. */
export function noKommunNote(doc: Document = document): HTMLParagraphElement {
  const p = doc.createElement("p");
  p.className = "chart-empty";
  p.setAttribute("role", "note");
  p.textContent = "Ingen kommun är vald. Välj minst en kommun ovan för att se diagrammen.";
  return p;
}
