// Resultat vid avslut: the page's data (the served tables it loads) and what every section derives
// from the reader's choices (selected kommuner, comparison areas, years to check, kön in words).
// Only selection and wording here: the numbers come from the tables (loaders/analysis/).
import {room} from "../../kit/room.js";
import {addedNotes} from "../../kit/addedKommun.js";
import {formatList, formatYearRange, inSentence} from "../../kit/wording.js";
import {areaName, isKommunId, kommunOf, kpiOf} from "../../../model/catalogue.js";
import {RESULTAT, RESULTAT_KPIS, RANK_YEAR_PARAM} from "../../../model/pages/resultat.js";
import type {RESULTAT_DATA} from "../../../model/pageData.js";
import type {PageRows} from "../../../model/slices.js";
import {GENDER_LABELS} from "../../../model/vocabulary.js";

import {comparisonAreas, type Catalogue, type PageState} from "../../frame/pageState.js";
import {dashboardCatalogue} from "../../frame/dashboardCatalogue.js";
import {frameInputs, type FrameElement} from "../../frame/frameInputs.js";
import {publishedYears} from "../missing.js";

/** The page's data as model/pageData.ts declares it (its slices of the served tables), and the snapshot date its source notes name. */
export type ResultatData = PageRows<typeof RESULTAT_DATA>;

/** The page's frame: kommuner (any kommun can be added), comparison, years, kön (the page's KPIs are divided by gender), and the rank year kept in the link. */
export function resultatFrame(data: Pick<ResultatData, "kommuner">): FrameElement {
  return frameInputs({catalogue: dashboardCatalogue(data.kommuner), kpis: RESULTAT_KPIS, extraParams: [RANK_YEAR_PARAM]});
}
/** The room it takes before it is drawn (components/kit/room.ts): the frame with its kommun search and kön choice: stacked on a phone, in rows on a wide screen (measured at 375 and 1280 px). */
resultatFrame.room = room("33.25rem", "21.25rem");

/** A KPI's short label (model/catalogue.ts). */
export const label = (id: string): string => kpiOf(id).label;

/** Areas as a sentence names them: kommuner as they are, reference areas in lower case ("alla kommuner (ovägt medel)"). */
export const areasInSentence = (ids: readonly string[]): {id: string; name: string}[] =>
  ids.map((id) => {
    const name = areaName(id);
    return {id, name: isKommunId(id) ? name : inSentence(name)};
  });

/** What every section derives from the reader's choices. */
export interface Choices {
  state: PageState;
  selected: readonly string[];
  /** " (kvinnor)", " (män)" or "" for totalt. */
  genderText: string;
  rangeText: string;
  rangeYears: number[];
  /** The comparison area of each selected kommun (one per distinct area), with the kommuner compared with it. */
  comparisons: {id: string; name: string; kommuner: string[]}[];
  /** The frame's catalogue: the kommuner with their groups, the ones the reader may add, the groups' names. */
  catalogue: Catalogue;
  /** Years Kolada has published the share for this kön (any area). */
  published: number[];
  /** Years checked for missing values: the published ones in the range (the whole range when none is). */
  yearsToCheck: number[];
  /** Years of the range after the latest published one: not missing, not out yet. */
  notYet: number[];
  /** Each added kommun's page KPIs without any value in the snapshot (said once, by addedNote; the sections leave them out of their missing lines). */
  lacking: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The selected kommuner a section's missing line checks for `kpis`: all but the added ones that lack every one of them (addedNote said so). */
export const checkedKommuner = (c: Pick<Choices, "selected" | "lacking">, kpis: readonly string[]): string[] =>
  c.selected.filter((id) => !kpis.every((kpi) => c.lacking.get(id)?.has(kpi)));

export function resultatChoices(data: Pick<ResultatData, "kolada" | "ranks" | "kommuner">, state: PageState): Choices {
  const catalogue = dashboardCatalogue(data.kommuner);
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
    comparisons: state.kommuner.length ? comparisonAreas(state, catalogue) : [],
    catalogue,
    published,
    yearsToCheck: published.length ? inRange : rangeYears,
    notYet: published.length ? rangeYears.filter((y) => y > Math.max(...published)) : [],
    lacking: lackingKpis(
      data.kolada,
      state.kommuner.filter((id) => !kommunOf(id)),
      RESULTAT_KPIS
    )
  };
}

/** Which of `kpis` each kommun has no value of at all (any year, totalt) in the rows. */
export function lackingKpis(
  rows: readonly {kpi: string; municipality: string; value: number | null}[],
  kommuner: readonly string[],
  kpis: readonly string[]
): Map<string, Set<string>> {
  const has = new Set(rows.filter((r) => r.value !== null).map((r) => `${r.municipality}|${r.kpi}`));
  return new Map(kommuner.map((id) => [id, new Set(kpis.filter((kpi) => !has.has(`${id}|${kpi}`)))]));
}

/**
 * The one note about the kommuner the reader added: which of the page's KPIs the snapshot holds no
 * value of for them ("Saknas i ögonblicksbilden för Stockholm och Göteborg: …"), said here once
 * rather than in every section. An empty element when no added kommun lacks anything.
 */
export function addedNote(data: unknown, c: Pick<Choices, "lacking">, doc: Document = document): HTMLElement {
  const groups = new Map<string, string[]>();
  for (const [id, kpis] of c.lacking) {
    if (kpis.size === 0) continue;
    const key = [...kpis].join(", ");
    groups.set(key, [...(groups.get(key) ?? []), areaName(id)]);
  }
  return addedNotes(
    [...groups].map(([kpis, names]) => {
      const list = kpis.split(", ");
      return `Saknas i ögonblicksbilden för ${formatList(names)} (${names.length === 1 ? "tillagd kommun" : "tillagda kommuner"}): ${formatList(list.map((k) => `${label(k)} (${k})`))}, alla år. Avsnitten nedan nämner det inte igen.`;
    }),
    doc
  );
}

/** The note shown when the reader has unselected every kommun. */
export function noKommunNote(doc: Document = document): HTMLParagraphElement {
  const p = doc.createElement("p");
  p.className = "chart-empty";
  p.setAttribute("role", "note");
  p.textContent = "Ingen kommun är vald. Välj minst en kommun ovan för att se diagrammen.";
  return p;
}
