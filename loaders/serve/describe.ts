// What a published file says about itself, from its table's declaration (model/tables): the
// table's title, description, what a row is, its source, credit line and terms, the snapshot's
// date as its version, for a derived table its formula and inputs, its primary key; and for each
// column its description and unit. The Arrow copy carries it as schema and field metadata, the
// Parquet copy as key–value metadata (the columns' under `column.<name>.…`, and the described Arrow
// schema under ARROW:schema, from which pyarrow and R's arrow give the columns their metadata
// back). Keys in English, values in Swedish, as in the data package (./datapackage.ts).
import {columnsOf, unitText, type Table} from "../../model/table.js";
import {DATA_PACKAGE} from "../../model/published.js";
import {licencesOf} from "../../model/licences.js";
import {arrowSchemaMessage, type ArrowDescription} from "../arrowWriter.js";

/** Who publishes the files. */
export const PUBLISHER = "Uppföljning";

/** The licence lines of a table, as one text: a line per source, with where its terms are written. */
export const licenceText = (table: Table): string =>
  licencesOf(table)
    .map((l) => `${l.title} (${l.path})`)
    .join("\n");

/** The key–value pairs describing a table and each of its columns. */
export function describeTable(table: Table, version: string, site: string | null): ArrowDescription {
  const schema = new Map<string, string>([
    ["title", table.title],
    ["description", table.description],
    ["rows", `En rad per: ${table.rows}.`],
    ["source", table.provenance],
    ["credit", table.credit],
    ["license", licenceText(table)],
    ["version", version],
    ["publisher", PUBLISHER]
  ]);
  if (table.formula) schema.set("formula", table.formula);
  if (table.inputs?.length) schema.set("inputs", table.inputs.join(", "));
  if (table.primaryKey?.length) schema.set("primary_key", table.primaryKey.join(", "));
  schema.set("datapackage", site ? `${site}/data/${DATA_PACKAGE}` : DATA_PACKAGE);
  const columns: Record<string, Map<string, string>> = {};
  for (const c of columnsOf(table)) {
    const m = new Map([["description", c.description]]);
    const unit = unitText(c.unit);
    if (unit) m.set("unit", unit);
    columns[c.name] = m;
  }
  return {schema, columns};
}

/** The Parquet file's key–value metadata: the table's pairs, each column's as `column.<name>.<key>`, and ARROW:schema. */
export function parquetMetadata(table: Table, description: ArrowDescription): {key: string; value: string}[] {
  return [
    ...[...description.schema].map(([key, value]) => ({key, value})),
    ...Object.entries(description.columns).flatMap(([name, m]) => [...m].map(([key, value]) => ({key: `column.${name}.${key}`, value}))),
    {key: "ARROW:schema", value: Buffer.from(arrowSchemaMessage(table, description)).toString("base64")}
  ];
}
