// Derived tables of the start page (Översikt), computed at build time (loaders/analysis/overview.ts).
import {defineTable, int, intOrNull, text, textOrNull} from "../table.js";
import {CREDIT_KOLADA_PROCESSED, CREDIT_REPORTS, KOLADA_SOURCE, KOLADA_TERMS, REPORT_SOURCE, REPORT_TERMS} from "./sources.js";

export const kpiFreshness = defineTable({
  name: "kpi_freshness",
  title: "Hur färska uppgifterna är",
  description: "Hur färska uppgifterna är: för varje nyckeltal i katalogen de år som ögonblicksbilden har värden för och Koladas publiceringsdatum.",
  rows: "ett nyckeltal i katalogen, i katalogens ordning",
  provenance: `${KOLADA_SOURCE} Publiceringsdatumen är Koladas metadata (data/kolada/metadata.json).`,
  formula: "first_year och last_year: första och sista år med minst ett värde (totalt, alla områden) i ögonblicksbilden.",
  inputs: ["kolada", "kolada_all", "kolada_kpis"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["kpi"],
  columns: {
    kpi: text("Koladas nyckeltals-id"),
    label: text("Kort svensk etikett som sajten använder"),
    first_year: intOrNull("Första år med värde i ögonblicksbilden; tomt när nyckeltalet inte har några värden än"),
    last_year: intOrNull("Sista år med värde i ögonblicksbilden; tomt när nyckeltalet inte har några värden än"),
    publication_date: textOrNull("Koladas publiceringsdatum (ÅÅÅÅ-MM-DD), när metadata finns"),
    prel_publication_date: textOrNull("Koladas datum för preliminär publicering (ÅÅÅÅ-MM-DD), när metadata finns")
  }
});

export const reportSummaries = defineTable({
  name: "report_summaries",
  title: "Granskningsrapporterna i korthet",
  description: "Varje granskningsrapport på en rad: kommun, år, granskare och första meningen i den samlade bedömningen med dess rader.",
  rows: "en rapport (missiv utelämnas: de upprepar rapportens bedömning), i katalogens kommunordning och efter datum",
  provenance: REPORT_SOURCE,
  formula:
    "first_sentence: den samlade bedömningen fram till första punkt, utropstecken eller frågetecken som följs av mellanslag och stor bokstav (så att ”bl.a.” och ”3.8.1” inte avslutar den).",
  inputs: ["report_meta"],
  credit: CREDIT_REPORTS,
  licences: [REPORT_TERMS],
  primaryKey: ["report"],
  columns: {
    report: text("Rapportens id"),
    kommun: text("Kommunens Kolada-id"),
    kommun_name: text("Kommunens namn"),
    year: int("Året i rapportens datum"),
    auditor: text("Granskande revisionsbyrå eller -kontor, som i report_meta"),
    title: text("Rapportens titel som den trycktes"),
    first_sentence: textOrNull("Första meningen i den samlade bedömningen, ordagrant; tomt när rapporten saknar samlad bedömning"),
    line_from: intOrNull("Bedömningens första rad i source.txt"),
    line_to: intOrNull("Bedömningens sista rad i source.txt")
  }
});
