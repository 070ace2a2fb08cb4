// A loader whose rows disagree with their table's declaration (SYNTHETIC values: a decimal comma
// left in a number), run by test/loaders/serve/published.test.ts the way Framework runs
// src/data.tar.ts: it must fail with one line naming the table and the column.
import {runLoader} from "../../loaders/run.js";
import {publishTable} from "../../loaders/serve/published.js";
import {defineTable, floatOrNull, int} from "../../model/table.js";

const table = defineTable({
  name: "synthetic_values",
  title: "Syntetiska testvärden",
  description: "Syntetiska testvärden.",
  rows: "ett år",
  provenance: "Påhittade värden i testet.",
  credit: "Syntetiska testvärden",
  licences: [],
  columns: {period: int("år"), value: floatOrNull("värde", "procent")}
});

await runLoader(
  () =>
    publishTable(
      table,
      [
        {period: 2020, value: 12.5},
        {period: 2021, value: "12,5"}
      ],
      "2026-01-01",
      null
    ).csv
);
