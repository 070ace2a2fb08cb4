// The page frame's controls as native form elements, styled by the site (src/style.css, "Controls"):
// a group of checkboxes or radios is a <fieldset> named by its <legend>, each option a <label>
// that holds its input and text on one line (one thumb-sized target); a choice from a list is a
// <label> with a <select>. Each control's `value` is the current choice; the native `input`
// events bubble, so Framework's view() and the frame listen on the control itself.

export interface Option<T> {
  value: T;
  label: string;
}

export type Control<V> = HTMLElement & {value: V};

let counter = 0;
const uid = (prefix: string) => `${prefix}-${++counter}`;

function group(doc: Document, legend: string, className: string): {fieldset: HTMLFieldSetElement; options: HTMLDivElement} {
  const fieldset = doc.createElement("fieldset");
  fieldset.className = `control ${className}`;
  const l = doc.createElement("legend");
  l.textContent = legend;
  const options = doc.createElement("div");
  options.className = "control-options";
  fieldset.append(l, options);
  return {fieldset, options};
}

function option(
  doc: Document,
  type: "checkbox" | "radio",
  name: string,
  label: string,
  checked: boolean,
  value: string
): {label: HTMLLabelElement; input: HTMLInputElement} {
  const l = doc.createElement("label");
  l.className = "control-option";
  const input = doc.createElement("input");
  input.type = type;
  input.name = name;
  input.checked = checked;
  input.value = value; // the option's value as text, as a form would submit it
  const text = doc.createElement("span");
  text.textContent = label;
  l.append(input, text);
  return {label: l, input};
}

/** A group of checkboxes; its value is the checked options' values, in option order. */
export function checkboxGroup<T>(doc: Document, legend: string, options: readonly Option<T>[], value: readonly T[]): Control<T[]> {
  const {fieldset, options: box} = group(doc, legend, "control-checkboxes");
  const name = uid("checks");
  const inputs = options.map((o) => {
    const {label, input} = option(doc, "checkbox", name, o.label, value.includes(o.value), String(o.value));
    box.append(label);
    return input;
  });
  return Object.defineProperty(fieldset, "value", {
    get: () => options.filter((_, i) => inputs[i].checked).map((o) => o.value),
    set: (v: readonly T[]) => options.forEach((o, i) => (inputs[i].checked = v.includes(o.value)))
  }) as unknown as Control<T[]>;
}

/** A group of radio buttons; its value is the chosen option's value. */
export function radioGroup<T>(doc: Document, legend: string, options: readonly Option<T>[], value: T): Control<T> {
  if (!options.some((o) => o.value === value)) throw new Error(`radioGroup "${legend}": the value is not one of the options`);
  const {fieldset, options: box} = group(doc, legend, "control-radios");
  const name = uid("radios");
  const inputs = options.map((o) => {
    const {label, input} = option(doc, "radio", name, o.label, o.value === value, String(o.value));
    box.append(label);
    return input;
  });
  return Object.defineProperty(fieldset, "value", {
    get: () => options[inputs.findIndex((i) => i.checked)]?.value ?? value,
    set: (v: T) => options.forEach((o, i) => (inputs[i].checked = o.value === v))
  }) as unknown as Control<T>;
}

/** A labelled <select>; its value is the chosen option's value. `select` is the native element. */
export function selectControl<T>(doc: Document, label: string, options: readonly Option<T>[], value: T): Control<T> & {select: HTMLSelectElement} {
  const index = options.findIndex((o) => o.value === value);
  if (index < 0) throw new Error(`selectControl "${label}": the value is not one of the options`);
  const root = doc.createElement("label");
  root.className = "control control-select";
  const text = doc.createElement("span");
  text.textContent = label;
  const select = doc.createElement("select");
  options.forEach((o, i) => {
    const opt = doc.createElement("option");
    opt.value = String(i);
    opt.textContent = o.label;
    select.append(opt);
  });
  select.value = String(index);
  root.append(text, select);
  Object.defineProperty(root, "select", {value: select});
  return Object.defineProperty(root, "value", {
    get: () => options[Number(select.value)].value,
    set: (v: T) => {
      const i = options.findIndex((o) => o.value === v);
      if (i >= 0) select.value = String(i);
    }
  }) as unknown as Control<T> & {select: HTMLSelectElement};
}

/** A note about the link (a value it named that the page cannot show), as text: notes quote parts of the link, never HTML. */
export function linkNote(doc: Document, text: string): HTMLParagraphElement {
  const p = doc.createElement("p");
  p.className = "frame-notes";
  p.setAttribute("role", "status");
  p.textContent = text;
  return p;
}
