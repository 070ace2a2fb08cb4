// docs/data-model.md, generated from the model (model/dataModel.ts and model/tables/): every
// served table with its title, rows, provenance, credit line, terms, formula, inputs and primary
// key, its published files, and every column with its unit.
import {columnsOf, unitText, type Table} from "../../model/table.js";
import {COLUMN_TYPES} from "../../model/vocabulary.js";
import {DATA_MODEL} from "../../model/dataModel.js";
import {licencesOf} from "../../model/licences.js";
import {FORMATS} from "../../model/published.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderDataModel(model: readonly Table[] = DATA_MODEL): string {
  const lines: string[] = [
    "# Data model",
    "",
    "<!-- Generated from model/dataModel.ts and model/tables/ by `npm run docs`; do not edit by hand. -->",
    "",
    "Every table is published at a stable address, `/data/<name>.csv`, `/data/<name>.parquet`,",
    "`/data/<name>.arrow` and `/data/excel/<name>.csv`, and listed in `/data/datapackage.json`",
    "([open-data.md](open-data.md)); it is the SQL table `<name>` on the Utforska page, where the same",
    "descriptions are shown. Descriptions are in Swedish, as on the site. Derived tables are computed at",
    "build time (`loaders/analysis/`) and name their formula and inputs.",
    "",
    "| table | title | one row per |",
    "|---|---|---|"
  ];
  for (const t of model) lines.push(`| [\`${t.name}\`](#${t.name}) | ${cell(t.title)} | ${cell(t.rows)} |`);
  for (const t of model) {
    lines.push("", `## \`${t.name}\``, "", `**${cell(t.title)}.** ${cell(t.description)}`, "", `- **En rad per:** ${cell(t.rows)}`, `- **Källa:** ${cell(t.provenance)}`);
    if (t.formula) lines.push(`- **Beräkning:** ${cell(t.formula)}`);
    if (t.inputs?.length) lines.push(`- **Indata:** ${t.inputs.map((i) => `\`${i}\``).join(", ")}`);
    if (t.primaryKey?.length) lines.push(`- **Primärnyckel:** ${t.primaryKey.map((k) => `\`${k}\``).join(", ")}`);
    lines.push(`- **Källhänvisning:** ${cell(t.credit)}`);
    lines.push(`- **Villkor:** ${licencesOf(t).map((l) => `\`${l.id}\``).join(", ")}`);
    lines.push(`- **Filer:** ${FORMATS.map((f) => `\`/data/${f.file(t.name)}\``).join(", ")}`);
    lines.push("", "| column | type | null | unit | description |", "|---|---|---|---|---|");
    for (const c of columnsOf(t))
      lines.push(`| \`${c.name}\` | ${c.type} (${COLUMN_TYPES[c.type]}) | ${c.nullable ? "yes" : "no"} | ${cell(unitText(c.unit) ?? "")} | ${cell(c.description)} |`);
  }
  return lines.join("\n") + "\n";
}
