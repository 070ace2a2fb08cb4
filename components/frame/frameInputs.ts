// The page frame's inputs (kommuner, jämförelsegrupp, år, kön, optional prisnivå): native,
// keyboard-usable controls with Swedish labels (components/frame/controls.ts), wrapped in one element
// (class "inputs no-print", hidden in print) whose `value` is the PageState. Every change writes
// the state into the URL (history.replaceState, only non-default values), so the link reproduces
// the view. Use in a page: `const state = view(frameInputs({catalogue, kpis: ["U40455"]}));`
import {
  comparisonsOf,
  decodeState,
  encodeState,
  genderApplies,
  orderedKommuner,
  withExtraParams,
  type Catalogue,
  type FrameOptions,
  type PageState
} from "./pageState.js";
import {COMPARISON_LABELS, GENDER_LABELS, GENDERS, type Comparison, type Gender} from "../../model/vocabulary.js";
import {formatYear} from "../kit/format.js";
import {linkNote, radioGroup, selectControl} from "./controls.js";
import {kommunChoice} from "./kommunChoice.js";

export interface FrameInputsOptions extends FrameOptions {
  catalogue: Catalogue;
  /** Start state; default: decoded from the current URL (its notes are shown in the frame). */
  initial?: PageState;
  /** Window whose location and history hold the state (default: the global window). */
  window?: Window;
}

/** The frame element: its `value` is the current PageState, `notes` the notes from the URL. */
export type FrameElement = HTMLElement & {value: PageState; notes: string[]};

/** Label texts (Swedish). */
export const FRAME_LABELS = {
  kommuner: "Kommuner",
  comparison: "Jämför med",
  from: "Från år",
  to: "Till år",
  gender: "Kön",
  priceBaseYear: "Fasta priser, basår"
} as const;

/**
 * Build the frame inputs. The state comes from `options.initial` or the URL; URL notes (unknown or
 * malformed parameters) are shown in a role="status" paragraph inside the frame and kept in `.notes`.
 */
/** Class of the price-base-year control, which a page shows only while fixed prices are chosen. */
export const PRICE_BASE_CLASS = "frame-price-base";

/** Show the frame's price-base-year control only when it matters (`show`: fixed prices chosen). */
export function showPriceBase(frame: HTMLElement, show: boolean): void {
  const control = frame.querySelector<HTMLElement>(`.${PRICE_BASE_CLASS}`);
  if (control) control.hidden = !show;
}

export function frameInputs(options: FrameInputsOptions): FrameElement {
  const win = options.window ?? window;
  const doc = win.document;
  const {catalogue} = options;
  const decoded = options.initial ? {state: options.initial, notes: []} : decodeState(win.location.search, catalogue, options);
  const initial = decoded.state;

  const kommuner = kommunChoice(doc, catalogue, initial.kommuner);
  const comparison = radioGroup<Comparison>(
    doc,
    FRAME_LABELS.comparison,
    comparisonsOf(catalogue).map((c) => ({value: c, label: COMPARISON_LABELS[c]})),
    initial.comparison
  );

  const years: number[] = [];
  for (let y = catalogue.years.from; y <= catalogue.years.to; ++y) years.push(y);
  const yearOptions = years.map((y) => ({value: y, label: formatYear(y)}));
  const from = selectControl(doc, FRAME_LABELS.from, yearOptions, initial.from);
  const to = selectControl(doc, FRAME_LABELS.to, yearOptions, initial.to);
  // The year selects are read and set through their native <select> (option value = index into
  // `years`), so that moving one end of the range can move the other without a second event.
  const fromSelect = from.select;
  const toSelect = to.select;
  const yearOf = (select: HTMLSelectElement) => years[Number(select.value)];

  const withGender = genderApplies(catalogue, options.kpis);
  const gender = withGender
    ? radioGroup<Gender>(
        doc,
        FRAME_LABELS.gender,
        GENDERS.map((g) => ({value: g, label: GENDER_LABELS[g]})),
        initial.gender
      )
    : null;

  const baseYears = options.priceBaseYears ?? [];
  const priceBase =
    baseYears.length > 0 && initial.priceBaseYear !== null
      ? selectControl(
          doc,
          FRAME_LABELS.priceBaseYear,
          [...baseYears].sort((a, b) => a - b).map((y) => ({value: y, label: formatYear(y)})),
          initial.priceBaseYear
        )
      : null;

  const root = doc.createElement("div") as unknown as FrameElement;
  root.className = "inputs no-print frame-inputs";
  root.setAttribute("role", "group");
  root.setAttribute("aria-label", "Urval för sidan");
  if (decoded.notes.length > 0) root.append(linkNote(doc, decoded.notes.join(" ")));
  const yearsRow = doc.createElement("div");
  yearsRow.className = "frame-years";
  yearsRow.append(from, to);
  root.append(kommuner, comparison, yearsRow);
  if (gender) root.append(gender);
  if (priceBase) {
    priceBase.classList.add(PRICE_BASE_CLASS);
    root.append(priceBase);
  }

  const read = (): PageState => ({
    kommuner: orderedKommuner(kommuner.value, catalogue),
    comparison: comparison.value,
    from: yearOf(fromSelect),
    to: yearOf(toSelect),
    gender: gender ? gender.value : "T",
    priceBaseYear: priceBase ? priceBase.value : initial.priceBaseYear
  });
  Object.defineProperty(root, "value", {get: read});
  root.notes = decoded.notes;

  // Bubble phase, registered before any page listener (view() adds its own later), and after the
  // Inputs' own listeners on the child forms have updated their values.
  root.addEventListener("input", (event) => {
    // Keep the range ordered: moving one end past the other moves the other end along.
    if (yearOf(fromSelect) > yearOf(toSelect)) {
      if (event.target === fromSelect) toSelect.value = fromSelect.value;
      else fromSelect.value = toSelect.value;
    }
    const query = withExtraParams(encodeState(read(), catalogue, options), win.location.search, options.extraParams);
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    win.history.replaceState(win.history.state, "", url);
  });
  return root;
}
