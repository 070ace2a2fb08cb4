// The frame's kommun choice: the catalogue's kommuner as checkboxes and, when the page offers the
// other kommuner (Catalogue.others), a search field that adds any of them by name (ignoring case and
// diacritics: "ostersund" finds Östersund), keyboard-first as an ARIA combobox: typing lists the
// matches, the arrow keys move among them, Enter adds the one marked (or the only match), Escape
// closes the list. An added kommun becomes a checkbox of its own after the catalogue's, marked as
// added; unchecking it removes it. At most MAX_ADDED_KOMMUNER are added. The control's `value` is
// the selected ids (the catalogue's in catalogue order, then the added ones in the order added); a
// change fires a bubbling `input` event, as the native controls do.
import {MAX_ADDED_KOMMUNER} from "../../model/vocabulary.js";
import {plural, searchKey} from "../kit/wording.js";
import type {Control} from "./controls.js";
import type {Catalogue, OtherKommun} from "./pageState.js";

/** Texts of the control (Swedish). */
export const KOMMUN_CHOICE_LABELS = {
  legend: "Kommuner",
  search: "Lägg till en kommun",
  hint: `Sök bland alla kommuner efter namn; högst ${MAX_ADDED_KOMMUNER} kan läggas till.`,
  full: `${MAX_ADDED_KOMMUNER} kommuner är tillagda, det största antalet. Avmarkera en för att lägga till en annan.`,
  added: "tillagd"
} as const;

/** How many matches the list shows at most. */
const SHOWN = 8;

let counter = 0;

/** The kommuner whose name matches `query` (ignoring case and diacritics): names that begin with it first, then names with a word that does, then the rest containing it; each in Swedish order. */
export function matchKommuner(query: string, kommuner: readonly OtherKommun[]): OtherKommun[] {
  const q = searchKey(query);
  if (q === "") return [];
  const rank = (name: string): number => {
    const key = searchKey(name);
    if (key.startsWith(q)) return 0;
    if (key.split(/[\s-]+/).some((w) => w.startsWith(q))) return 1;
    return key.includes(q) ? 2 : -1;
  };
  return kommuner
    .map((k) => ({k, r: rank(k.name)}))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.k.name.localeCompare(b.k.name, "sv"))
    .map((x) => x.k);
}

/** The kommun choice (see the file's comment); `initial` is the state's kommuner. */
export function kommunChoice(doc: Document, catalogue: Catalogue, initial: readonly string[]): Control<string[]> {
  const others = catalogue.others ?? [];
  const id = `kommunval-${++counter}`;
  const fieldset = doc.createElement("fieldset");
  fieldset.className = "control control-checkboxes control-kommuner";
  const legend = doc.createElement("legend");
  legend.textContent = KOMMUN_CHOICE_LABELS.legend;
  const box = doc.createElement("div");
  box.className = "control-options";
  fieldset.append(legend, box);

  const checks: {id: string; input: HTMLInputElement; label: HTMLLabelElement}[] = [];
  const addCheck = (kommunId: string, name: string, added: boolean, checked: boolean) => {
    const label = doc.createElement("label");
    label.className = added ? "control-option control-option-added" : "control-option";
    const input = doc.createElement("input");
    input.type = "checkbox";
    input.name = id;
    input.value = kommunId;
    input.checked = checked;
    const text = doc.createElement("span");
    text.textContent = name;
    label.append(input, text);
    if (added) {
      const tag = doc.createElement("span");
      tag.className = "control-added-tag";
      tag.textContent = `(${KOMMUN_CHOICE_LABELS.added})`;
      label.append(" ", tag);
    }
    box.append(label);
    checks.push({id: kommunId, input, label});
    return input;
  };
  for (const k of catalogue.kommuner) addCheck(k.id, k.name, false, initial.includes(k.id));
  for (const kommunId of initial) {
    const other = others.find((k) => k.id === kommunId);
    if (other) addCheck(other.id, other.name, true, true);
  }

  const value = (): string[] => checks.filter((c) => c.input.checked).map((c) => c.id);
  const addedCount = () => checks.filter((c) => c.label.classList.contains("control-option-added")).length;

  const fire = () => fieldset.dispatchEvent(new (doc.defaultView ?? window).Event("input", {bubbles: true}));

  let search: HTMLElement | null = null;
  if (others.length > 0) {
    search = doc.createElement("div");
    search.className = "kommun-search";
    const label = doc.createElement("label");
    label.htmlFor = `${id}-input`;
    label.textContent = KOMMUN_CHOICE_LABELS.search;
    const input = doc.createElement("input");
    input.type = "text";
    input.id = `${id}-input`;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", `${id}-list`);
    input.setAttribute("aria-describedby", `${id}-hint`);
    const list = doc.createElement("ul");
    list.id = `${id}-list`;
    list.className = "kommun-search-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", KOMMUN_CHOICE_LABELS.search);
    list.hidden = true;
    const hint = doc.createElement("p");
    hint.id = `${id}-hint`;
    hint.className = "kommun-search-hint";
    const status = doc.createElement("p");
    status.className = "kommun-search-status sr-only";
    status.setAttribute("role", "status");
    search.append(label, input, list, hint, status);

    let matches: OtherKommun[] = [];
    let active = -1;
    const close = () => {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      matches = [];
      active = -1;
    };
    const mark = (i: number) => {
      active = i;
      list.querySelectorAll("li").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
      if (i >= 0) input.setAttribute("aria-activedescendant", `${id}-option-${i}`);
      else input.removeAttribute("aria-activedescendant");
    };
    const refreshHint = () => {
      const full = addedCount() >= MAX_ADDED_KOMMUNER;
      input.disabled = full;
      hint.textContent = full ? KOMMUN_CHOICE_LABELS.full : KOMMUN_CHOICE_LABELS.hint;
    };
    const add = (k: OtherKommun) => {
      close();
      input.value = "";
      const existing = checks.find((c) => c.id === k.id);
      if (existing) existing.input.checked = true;
      else addCheck(k.id, k.name, true, true);
      status.textContent = `${k.name} är tillagd.`;
      refreshHint();
      fire();
    };
    const open = () => {
      const chosen = new Set(value());
      matches = matchKommuner(input.value, others)
        .filter((k) => !chosen.has(k.id))
        .slice(0, SHOWN);
      list.replaceChildren(
        ...matches.map((k, i) => {
          const li = doc.createElement("li");
          li.id = `${id}-option-${i}`;
          li.setAttribute("role", "option");
          li.setAttribute("aria-selected", "false");
          li.textContent = k.name;
          // mousedown, not click: the input keeps its focus
          li.addEventListener("mousedown", (event) => {
            event.preventDefault();
            add(k);
          });
          return li;
        })
      );
      const shown = input.value.trim() !== "";
      list.hidden = !shown;
      input.setAttribute("aria-expanded", String(shown));
      if (shown && matches.length === 0) {
        const li = doc.createElement("li");
        li.className = "kommun-search-none";
        li.textContent = "Ingen kommun med det namnet.";
        list.append(li);
      }
      status.textContent = shown ? (matches.length ? plural(matches.length, "träff", "träffar") : "Inga träffar") : "";
      active = -1;
    };
    // The search's own events stay inside the control: the frame hears only the choice.
    input.addEventListener("input", (event) => {
      event.stopPropagation();
      open();
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) open();
        if (matches.length === 0) return;
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        mark((active + step + matches.length) % matches.length);
      } else if (event.key === "Enter") {
        const k = active >= 0 ? matches[active] : matches.length === 1 ? matches[0] : undefined;
        if (k) {
          event.preventDefault();
          add(k);
        }
      } else if (event.key === "Escape") {
        if (!list.hidden) event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
    // An unchecked added kommun leaves the list at its next change.
    fieldset.addEventListener("change", () => {
      for (const c of [...checks]) {
        if (!c.input.checked && c.label.classList.contains("control-option-added")) {
          if (c.input === doc.activeElement) input.focus();
          c.label.remove();
          checks.splice(checks.indexOf(c), 1);
          status.textContent = `${others.find((k) => k.id === c.id)?.name ?? c.id} är borttagen.`;
        }
      }
      refreshHint();
    });
    refreshHint();
    fieldset.append(search);
  }

  return Object.defineProperty(fieldset, "value", {
    get: value,
    set: (v: readonly string[]) => checks.forEach((c) => (c.input.checked = v.includes(c.id)))
  }) as unknown as Control<string[]>;
}
