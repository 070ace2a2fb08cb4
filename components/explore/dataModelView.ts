// The data model on the Utforska page (Swedish), rendered from model/dataModel.ts: each table's
// title, what a row is, its source, credit line, terms and key, its published files, and every
// column with its type, unit and description (the same declaration the files and docs come from).
import {DATA_MODEL} from "../../model/dataModel.js";
import {FORMATS} from "../../model/published.js";
import {columnsOf, unitText, type Table} from "../../model/table.js";
import {COLUMN_TYPES} from "../../model/vocabulary.js";
import {scrollRegion} from "../kit/chartKit.js";

/** One section per registered table, then a note naming the model's tables not on this page. */
export function dataModelView(registered: readonly string[], options: {document?: Document; model?: readonly Table[]} = {}): HTMLElement {
  const doc = options.document ?? document;
  const model = options.model ?? DATA_MODEL;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const root = el("div", {class: "data-model"});
  for (const name of registered) {
    const t = model.find((x) => x.name === name);
    if (!t) throw new Error(`dataModelView: table "${name}" is registered on the page but not described in model/dataModel.ts`);
    const section = el("section", {class: "data-model-table", id: `tabell-${t.name}`});
    const h = el("h3");
    h.append(el("code", {}, t.name), ` ${t.title}`);
    section.append(h, el("p", {}, t.description), el("p", {}, `En rad per: ${t.rows}.`), el("p", {class: "source"}, `Källa: ${t.provenance}`));
    if (t.formula) section.append(el("p", {class: "data-model-formula"}, `Beräkning: ${t.formula}`));
    if (t.inputs?.length) section.append(el("p", {class: "data-model-inputs"}, `Indata: ${t.inputs.join(", ")}.`));
    if (t.primaryKey?.length) section.append(el("p", {class: "data-model-key"}, `Primärnyckel: ${t.primaryKey.join(", ")}.`));
    section.append(el("p", {class: "data-model-credit"}, `Källhänvisning: ”${t.credit}”.`));
    const files = el("p", {class: "data-model-files"}, "Ladda ned: ");
    FORMATS.forEach((f, i) => {
      // rel="external": the published copy's own address (/data/…), as the page Öppna data links it
      files.append(el("a", {href: `./data/${f.file(t.name)}`, rel: "external"}, f.label), i < FORMATS.length - 1 ? " · " : ".");
    });
    section.append(files);
    const table = el("table");
    const head = el("tr");
    for (const h of ["Kolumn", "Typ", "Kan saknas", "Enhet", "Beskrivning"]) head.append(el("th", {scope: "col"}, h));
    const thead = el("thead");
    thead.append(head);
    const tbody = el("tbody");
    for (const c of columnsOf(t)) {
      const tr = el("tr");
      const name = el("td");
      name.append(el("code", {}, c.name));
      tr.append(
        name,
        el("td", {}, COLUMN_TYPES[c.type]),
        el("td", {}, c.nullable ? "ja" : "nej"),
        el("td", {}, unitText(c.unit) ?? ""),
        el("td", {}, c.description)
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    // The table scrolls sideways on its own on a phone (column names do not wrap), not the page.
    const scroll = scrollRegion(doc, "table-scroll", `Kolumner i ${t.name}`);
    scroll.append(table);
    section.append(scroll);
    root.append(section);
  }
  const missing = model.filter((t) => !registered.includes(t.name)).map((t) => t.name);
  if (missing.length > 0) {
    root.append(el("p", {class: "data-model-missing"}, `Beskrivna men ännu inte byggda på den här sajten: ${missing.join(", ")}.`));
  }
  return root;
}
