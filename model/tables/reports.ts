// The audit-report tables: what the reports printed, transcribed in data/reports/<report>/.
import {bool, defineTable, float, floatOrNull, int, intOrNull, text, textOrNull} from "../table.js";
import {CREDIT_KOLADA, CREDIT_KOLADA_PROCESSED, CREDIT_OWN, CREDIT_REPORTS, KOLADA_TERMS, OWN_TERMS, REPORT_SOURCE, REPORT_TERMS} from "./sources.js";

export const reportFigures = defineTable({
  name: "report_figures",
  title: "Revisionsrapporternas tryckta siffror",
  description: "Varje siffra som revisionsrapporterna tryckte i tabeller och diagramtexter.",
  rows: "en tryckt siffra",
  provenance: REPORT_SOURCE,
  credit: CREDIT_REPORTS,
  licences: [REPORT_TERMS],
  primaryKey: ["report", "id"],
  columns: {
    report: text("Rapportens id, t.ex. ostersund-2022"),
    id: text("Siffrans id inom rapporten (F01 …)"),
    table: textOrNull("Tabellens id i rapportens meta.yaml; tomt för siffror i löptext"),
    indicator: text("Indikatorn som den står i rapporten"),
    kpi: textOrNull("Koladas nyckeltals-id när det går att avgöra"),
    kpi_match: textOrNull("cited: rapporten anger id:t; title: titeln motsvarar entydigt nyckeltalet"),
    unit: text("Enhet: procent, kr/inv, kr, antal eller kvot"),
    area: text("Området som det står i rapporten"),
    area_id: textOrNull("Koladas områdes-id när det är entydigt"),
    year: int("År som siffran avser"),
    value: floatOrNull("Siffran i enheten ovan; tomt när cellen saknas i rapporten", {inColumn: "unit"}),
    printed: text("Cellen exakt som den trycktes"),
    kind: text("observed, count, target, estimate eller missing"),
    line_from: int("Första rad i rapportens source.txt där siffran står"),
    line_to: int("Sista rad i rapportens source.txt där siffran står"),
    note: textOrNull("Anmärkning: tvetydighet, fotnot eller källa som rapporten anger"),
    contradictory: bool("Sant när rapporten motsäger sig själv om värdet"),
    table_title: textOrNull("Tabellens rubrik enligt meta.yaml; tomt för siffror i löptext"),
    table_source: textOrNull("Källan som rapporten anger för tabellen; tomt för siffror i löptext")
  }
});

export const reportMeta = defineTable({
  name: "report_meta",
  title: "Revisionsrapporterna",
  description: "Revisionsrapporterna: vem som granskade vad och när, syfte och samlad slutsats.",
  rows: "en rapport (eller missiv)",
  provenance: REPORT_SOURCE,
  credit: CREDIT_REPORTS,
  licences: [REPORT_TERMS],
  primaryKey: ["report"],
  columns: {
    report: text("Rapportens id"),
    kommun: text("Kommunens Kolada-id"),
    kommun_name: text("Kommunens namn"),
    document: text("rapport eller missiv"),
    title: text("Rapportens titel som den trycktes"),
    auditor: text("Granskande revisionsbyrå eller -kontor"),
    authors: textOrNull("Namngivna författare, åtskilda med semikolon"),
    client: text("På vems uppdrag (kommunens revisorer)"),
    date: text("Rapportens datum: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ"),
    date_precision: text("Datumets precision: day, month eller year"),
    date_line_from: int("Rad i source.txt där datumet står (från)"),
    date_line_to: int("Rad i source.txt där datumet står (till)"),
    audited_bodies: text("Granskade nämnder, åtskilda med semikolon"),
    purpose: textOrNull("Granskningens syfte, ordagrant"),
    purpose_line_from: intOrNull("Syftets första rad i source.txt"),
    purpose_line_to: intOrNull("Syftets sista rad i source.txt"),
    conclusion: textOrNull("Samlad bedömning, ordagrant"),
    conclusion_line_from: intOrNull("Slutsatsens första rad i source.txt"),
    conclusion_line_to: intOrNull("Slutsatsens sista rad i source.txt"),
    source_file: text("Filnamnet på den text rapporten skrevs av från"),
    source_sha256: text("SHA-256 för source.txt"),
    source_lines: int("Antal rader i source.txt", "antal"),
    related: textOrNull("Relaterade rapporter (missiv ↔ rapport), åtskilda med semikolon"),
    note: textOrNull("Anmärkning"),
    figures: int("Antal siffror i report_figures", "antal"),
    lost: int("Antal förlorade tabeller och diagram i report_lost", "antal"),
    assessments: int("Antal bedömningar i report_assessments", "antal"),
    recommendations: int("Antal egna (ej upprepade) rekommendationer", "antal")
  }
});

export const reportAssessments = defineTable({
  name: "report_assessments",
  title: "Revisionsrapporternas bedömningar",
  description: "Varje revisionsfråga eller kontrollmål med revisorernas bedömning, ordagrant.",
  rows: "en revisionsfråga eller ett kontrollmål",
  provenance: REPORT_SOURCE,
  credit: CREDIT_REPORTS,
  licences: [REPORT_TERMS],
  primaryKey: ["report", "id"],
  columns: {
    report: text("Rapportens id"),
    id: text("Bedömningens id (A1 …)"),
    order: int("Ordning i rapporten"),
    question: text("Revisionsfrågan eller kontrollmålet, ordagrant"),
    question_line_from: int("Frågans första rad i source.txt"),
    question_line_to: int("Frågans sista rad i source.txt"),
    body: text("Den bedömda nämnden eller styrelsen"),
    assessment: text("Bedömningen, ordagrant"),
    line_from: int("Bedömningens första rad i source.txt"),
    line_to: int("Bedömningens sista rad i source.txt"),
    scale: text("ja, i huvudsak ja, delvis, nej eller ingen bedömning"),
    contradictory: bool("Sant när rapporten bedömer frågan olika på olika ställen"),
    other_text: textOrNull("Den andra läsningen, ordagrant"),
    other_line_from: intOrNull("Den andra läsningens första rad"),
    other_line_to: intOrNull("Den andra läsningens sista rad"),
    other_scale: textOrNull("Den andra läsningens bedömning"),
    note: textOrNull("Anmärkning")
  }
});

export const reportRecommendations = defineTable({
  name: "report_recommendations",
  title: "Revisionsrapporternas rekommendationer",
  description: "Revisorernas formella rekommendationer, ordagrant.",
  rows: "en rekommendation",
  provenance: REPORT_SOURCE,
  credit: CREDIT_REPORTS,
  licences: [REPORT_TERMS],
  primaryKey: ["report", "id"],
  columns: {
    report: text("Rapportens id"),
    id: text("Rekommendationens id (R1 …)"),
    order: int("Ordning i rapporten"),
    text: text("Rekommendationen, ordagrant"),
    addressee: text("Mottagaren (nämnd eller styrelse)"),
    line_from: int("Första rad i source.txt"),
    line_to: int("Sista rad i source.txt"),
    repeats: textOrNull("Rekommendationen i en annan rapport som denna upprepar (rapport#id)"),
    note: textOrNull("Anmärkning")
  }
});

export const reportLost = defineTable({
  name: "report_lost",
  title: "Förlorade tabeller och diagram",
  description: "Tabeller och diagram i rapporterna vars siffror inte gick att läsa ut ur texten.",
  rows: "en förlorad tabell eller ett diagram",
  provenance: REPORT_SOURCE,
  credit: CREDIT_REPORTS,
  licences: [REPORT_TERMS],
  primaryKey: ["report", "id"],
  columns: {
    report: text("Rapportens id"),
    id: text("Id (L1 …)"),
    order: int("Ordning i rapporten"),
    title: text("Bildtexten som den trycktes"),
    kind: text("table eller chart"),
    kpi: textOrNull("Nyckeltals-id som bildtexten anger, kommaseparerade"),
    categories: textOrNull("Serier eller rader som texten nämner, åtskilda med semikolon"),
    years: textOrNull("År som tabellen eller diagrammet visar, kommaseparerade"),
    prose: textOrNull("Vad löptexten säger om den, ordagrant"),
    prose_line_from: intOrNull("Löptextens första rad"),
    prose_line_to: intOrNull("Löptextens sista rad"),
    line_from: int("Bildtextens första rad i source.txt"),
    line_to: int("Bildtextens sista rad i source.txt"),
    note: textOrNull("Anmärkning")
  }
});

export const reportVsKolada = defineTable({
  name: "report_vs_kolada",
  title: "Rapporternas siffror mot Kolada",
  description: "Rapporternas siffror jämförda med Koladas värden i ögonblicksbilden.",
  rows: "en siffra i en rapport som har ett nyckeltal",
  provenance: `${REPORT_SOURCE} Jämförelsen mot Kolada är egen bearbetning.`,
  credit: `${CREDIT_REPORTS}; Koladas värden: ${CREDIT_KOLADA}; jämförelsen: ${CREDIT_KOLADA_PROCESSED}`,
  licences: [REPORT_TERMS, KOLADA_TERMS],
  primaryKey: ["report", "figure_id"],
  columns: {
    report: text("Rapportens id"),
    figure_id: text("Siffrans id i report_figures"),
    indicator: text("Indikatorn som den står i rapporten"),
    kpi: text("Koladas nyckeltals-id"),
    kpi_match: text("Hur nyckeltalet identifierades (cited eller title)"),
    area: text("Området som det står i rapporten"),
    area_id: textOrNull("Koladas områdes-id"),
    year: int("År"),
    unit: text("Enhet"),
    printed: text("Cellen exakt som den trycktes"),
    report_value: float("Rapportens värde", {inColumn: "unit"}),
    decimals: int("Antal decimaler som rapporten tryckte", "antal"),
    kolada_value: floatOrNull("Koladas värde i ögonblicksbilden, när det finns", {inColumn: "unit"}),
    difference: floatOrNull("Koladas värde minus rapportens, i enheten ovan", {inColumn: "unit"}),
    status: text(
      "matches: lika med den precision rapporten tryckte; revised: Kolada har ett annat värde i dag; not_in_snapshot: värde saknas i ögonblicksbilden"
    ),
    note: textOrNull("Anmärkning"),
    line_from: int("Första rad i source.txt"),
    line_to: int("Sista rad i source.txt")
  }
});

export const reportThemes = defineTable({
  name: "report_themes",
  title: "Granskningsfrågornas teman",
  description: "Granskningsfrågornas teman (data/reports/themes.yaml): vilket tema varje fråga eller kontrollmål hör till, och varför.",
  rows: "en granskningsfråga (eller ett tema utan frågor)",
  provenance: `${REPORT_SOURCE} Temaindelningen är egen bearbetning, granskningsbar i data/reports/themes.yaml.`,
  credit: `${CREDIT_REPORTS}; temaindelningen: ${CREDIT_OWN}`,
  licences: [REPORT_TERMS, OWN_TERMS],
  columns: {
    theme: text("Temats id"),
    theme_label: text("Temats namn"),
    theme_description: text("Vad temat omfattar"),
    theme_order: int("Temats ordning"),
    report: textOrNull("Rapportens id (tom för ett tema utan frågor)"),
    id: textOrNull("Bedömningens id i report_assessments"),
    why: textOrNull("Motivering till placeringen")
  }
});

export const reportIndicators = defineTable({
  name: "report_indicators",
  title: "Nyckeltalen som följs upp efter granskningarna",
  description: "De nyckeltal som följs upp sedan varje granskning.",
  rows: "ett nyckeltal för en granskning",
  provenance: "Egen bearbetning: valet av nyckeltal per granskning, i data/reports/themes.yaml.",
  credit: `${CREDIT_OWN} (valet av nyckeltal per granskning)`,
  licences: [OWN_TERMS],
  primaryKey: ["report", "kpi"],
  columns: {
    report: text("Rapportens id"),
    kpi: text("Koladas nyckeltals-id"),
    order: int("Ordning"),
    why: text("Varför nyckeltalet följs upp för granskningen")
  }
});
