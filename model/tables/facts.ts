// Fact tables: published series the analysis needs beside Kolada (data/facts/).
import {bool, defineTable, int, text} from "../table.js";
import {SCB_TERMS} from "./sources.js";

export const prisbasbelopp = defineTable({
  name: "prisbasbelopp",
  title: "Prisbasbeloppet",
  description: "Prisbasbeloppet per år, för omräkning till fasta priser.",
  rows: "ett år",
  provenance:
    "SCB:s publicerade prisbasbelopp (data/facts/prisbasbelopp.csv, se data/facts/README.md). Åren med checked = sant är kontrollerade mot ytterligare en publicerad källa. Belopp i fasta priser är egen bearbetning.",
  credit: "Källa: SCB",
  licences: [SCB_TERMS],
  primaryKey: ["year"],
  columns: {
    year: int("År"),
    kronor: int("Prisbasbeloppet i kronor", "kr"),
    source: text("Källa för beloppet (SCB, prisbasbelopp)"),
    checked: bool("Sant när beloppet är kontrollerat mot ytterligare en publicerad källa")
  }
});
