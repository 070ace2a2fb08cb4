// docs/data-model.md, generated from the model (model/dataModel.ts and model/tables/): every
// served table with its rows, provenance, formula and inputs, and every column.
import {columnsOf, type Table} from "../../model/table.js";
import {COLUMN_TYPES} from "../../model/vocabulary.js";
import {DATA_MODEL} from "../../model/dataModel.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderDataModel(model: readonly Table[] = DATA_MODEL): string {
  const lines: string[] = [
    "# Data model",
    "",
    "<!-- Generated from model/dataModel.ts and model/tables/ by `npm run docs`; do not edit by hand. -->",
    "",
    "Every table is served as `/data/<name>.arrow` (Arrow IPC) and is the SQL table `<name>` on the",
    "Utforska page, where the same descriptions are shown. Descriptions are in Swedish, as on the site.",
    "Derived tables are computed at build time (`loaders/analysis/`) and name their formula and inputs.",
    "",
    "| table | one row per | what |",
    "|---|---|---|"
  ];
  for (const t of model) lines.push(`| [\`${t.name}\`](#${t.name}) | ${cell(t.rows)} | ${cell(t.description)} |`);
  for (const t of model) {
    lines.push("", `## \`${t.name}\``, "", cell(t.description), "", `- **En rad per:** ${cell(t.rows)}`, `- **Källa:** ${cell(t.provenance)}`);
    if (t.formula) lines.push(`- **Beräkning:** ${cell(t.formula)}`);
    if (t.inputs?.length) lines.push(`- **Indata:** ${t.inputs.map((i) => `\`${i}\``).join(", ")}`);
    lines.push("", "| column | type | null | description |", "|---|---|---|---|");
    for (const c of columnsOf(t)) lines.push(`| \`${c.name}\` | ${c.type} (${COLUMN_TYPES[c.type]}) | ${c.nullable ? "yes" : "no"} | ${cell(c.description)} |`);
  }
  return lines.join("\n") + "\n";
}
