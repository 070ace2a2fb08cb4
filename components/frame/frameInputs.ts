// The page frame's inputs (kommuner, jämförelsegrupp, år, kön, optional prisnivå) built with
// Observable Inputs: native, keyboard-usable controls with Swedish labels, wrapped in one element
// (class "inputs no-print", hidden in print) whose `value` is the PageState. Every change writes
// the state into the URL (history.replaceState, only non-default values), so the link reproduces
// the view. Use in a page: `const state = view(frameInputs({catalogue, kpis: ["U40455"]}));`
// @ts-ignore -- @observablehq/inputs ships no type declarations; the used subset is typed below.
import * as InputsModule from "@observablehq/inputs";
import {decodeState, encodeState, genderApplies, withExtraParams, type Catalogue, type FrameOptions, type PageState} from "./pageState.js";
import {COMPARISON_LABELS, COMPARISONS, GENDER_LABELS, GENDERS, type Comparison, type Gender} from "../../model/vocabulary.js";
import {formatYear} from "../kit/format.js";

type InputElement<T> = HTMLFormElement & {value: T};
interface ChooserOptions<T> {
  label?: string;
  value?: T;
  format?: (d: any) => string;
}
interface InputsApi {
  checkbox<T>(data: readonly T[], options?: ChooserOptions<T[]>): InputElement<T[]>;
  radio<T>(data: readonly T[], options?: ChooserOptions<T>): InputElement<T>;
  select<T>(data: readonly T[], options?: ChooserOptions<T>): InputElement<T>;
}
const Inputs = InputsModule as unknown as InputsApi;

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

/** Give a checkbox/radio group an accessible name: role=group labelled by the Inputs label. */
function labelGroup(form: HTMLFormElement, id: string): void {
  const label = form.querySelector("label");
  if (!label) return;
  label.id = id;
  form.setAttribute("role", form.querySelector("input[type=radio]") ? "radiogroup" : "group");
  form.setAttribute("aria-labelledby", id);
}

let counter = 0;

/**
 * Build the frame inputs. The state comes from `options.initial` or the URL; URL notes (unknown or
 * malformed parameters) are shown in a role="status" paragraph inside the frame and kept in `.notes`.
 */
export function frameInputs(options: FrameInputsOptions): FrameElement {
  const win = options.window ?? window;
  const doc = win.document;
  const {catalogue} = options;
  const decoded = options.initial ? {state: options.initial, notes: []} : decodeState(win.location.search, catalogue, options);
  const initial = decoded.state;
  const uid = `frame-${++counter}`;

  const names = new Map(catalogue.kommuner.map((k) => [k.id, k.name]));
  const kommuner = Inputs.checkbox(catalogue.kommuner.map((k) => k.id), {
    label: FRAME_LABELS.kommuner,
    value: initial.kommuner,
    format: (id: string) => names.get(id) ?? id
  });
  labelGroup(kommuner, `${uid}-kommuner`);

  const comparison = Inputs.radio<Comparison>(COMPARISONS, {
    label: FRAME_LABELS.comparison,
    value: initial.comparison,
    format: (c: Comparison) => COMPARISON_LABELS[c]
  });
  labelGroup(comparison, `${uid}-jamfor`);

  const years: number[] = [];
  for (let y = catalogue.years.from; y <= catalogue.years.to; ++y) years.push(y);
  const from = Inputs.select(years, {label: FRAME_LABELS.from, value: initial.from, format: formatYear});
  const to = Inputs.select(years, {label: FRAME_LABELS.to, value: initial.to, format: formatYear});
  // The year selects are read and set through their native <select> (option value = index into
  // `years`), so that moving one end of the range can move the other without a second event.
  const fromSelect = from.querySelector("select")!;
  const toSelect = to.querySelector("select")!;
  const yearOf = (select: HTMLSelectElement) => years[Number(select.value)];

  const withGender = genderApplies(catalogue, options.kpis);
  const gender = withGender
    ? Inputs.radio<Gender>(GENDERS, {label: FRAME_LABELS.gender, value: initial.gender, format: (g: Gender) => GENDER_LABELS[g]})
    : null;
  if (gender) labelGroup(gender, `${uid}-kon`);

  const baseYears = options.priceBaseYears ?? [];
  const priceBase =
    baseYears.length > 0 && initial.priceBaseYear !== null
      ? Inputs.select([...baseYears].sort((a, b) => a - b), {label: FRAME_LABELS.priceBaseYear, value: initial.priceBaseYear, format: formatYear})
      : null;

  const root = doc.createElement("div") as unknown as FrameElement;
  root.className = "inputs no-print frame-inputs";
  root.setAttribute("role", "group");
  root.setAttribute("aria-label", "Urval för sidan");
  if (decoded.notes.length > 0) {
    const p = doc.createElement("p");
    p.className = "frame-notes";
    p.setAttribute("role", "status");
    p.textContent = decoded.notes.join(" "); // text, never HTML: notes quote parts of the link
    root.append(p);
  }
  const yearsRow = doc.createElement("div");
  yearsRow.className = "frame-years";
  yearsRow.append(from, to);
  root.append(kommuner, comparison, yearsRow);
  if (gender) root.append(gender);
  if (priceBase) root.append(priceBase);

  const read = (): PageState => ({
    kommuner: catalogue.kommuner.map((k) => k.id).filter((id) => kommuner.value.includes(id)),
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
