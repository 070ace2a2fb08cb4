// Derived tables of the audit pages (src/granskningar/), computed at build time
// (loaders/analysis/audits.ts, auditFigures.ts, followUp.ts) from the report tables and Kolada.
import {FOLLOW_UP_THEMES, MEAN_SOURCES} from "../pages/granskningar.js";
import {CONTEXT_YEARS, FIGURE_STATUS_TEXT, FINDINGS, LACKING_SCALES} from "../vocabulary.js";
import {bool, defineTable, floatOrNull, int, text, textOrNull} from "../table.js";
import {
  CREDIT_KOLADA,
  CREDIT_KOLADA_PROCESSED,
  CREDIT_OWN,
  CREDIT_REPORTS,
  KOLADA_SOURCE,
  KOLADA_TERMS,
  OWN_TERMS,
  REPORT_SOURCE,
  REPORT_TERMS
} from "./sources.js";

const lackingWords = LACKING_SCALES.map((s) => `”${s}”`).join(" eller ");
const statuses = Object.keys(FIGURE_STATUS_TEXT).join(", ");

export const auditReports = defineTable({
  name: "audit_reports",
  title: "Granskningarna på sajten",
  description: "Granskningarna som sajten har en sida för (dokumenttyp rapport), i sajtens ordning, med det som sidorna säger om varje granskning som helhet.",
  rows: "en granskning",
  provenance: `${REPORT_SOURCE} Ordningen, benämningen och räkningarna är egen bearbetning.`,
  formula:
    `namn = kommunens namn och året i rapportens datum; ordning = kommunernas ordning i katalogen, sedan datum; ` +
    `brist i uppföljningen = minst en fråga i temana ${FOLLOW_UP_THEMES.join(" och ")} med bedömningen ${lackingWords} i någon läsning; ` +
    `jämförda siffror = antalet rader i report_vs_kolada.`,
  inputs: ["report_meta", "audit_questions", "audit_figures"],
  credit: `${CREDIT_REPORTS}; ordning, benämning och räkningar: ${CREDIT_OWN}`,
  licences: [REPORT_TERMS, OWN_TERMS],
  primaryKey: ["report"],
  columns: {
    report: text("Rapportens id"),
    order: int("Granskningens ordning på sajten (1 …): kommunernas ordning i katalogen, sedan datum"),
    kommun: text("Kommunens Kolada-id"),
    name: text("Hur sajten benämner granskningen: kommun och år, t.ex. ”Vänersborg 2022”"),
    year: int("Granskningsåret (året i rapportens datum)"),
    title_printed: bool("Falskt när texten saknar tryckt titel: titeln är då rapportens egen beskrivning av sig själv"),
    auditor_named: bool("Falskt när texten inte namnger granskaren"),
    figures_compared: int("Antal av rapportens siffror som jämförts med Kolada (rader i report_vs_kolada)", "antal"),
    follow_up_lacking: bool(`Sant när granskningen fann brister i uppföljningen av resultat eller kostnader (${lackingWords} på minst en sådan fråga)`)
  }
});

export const auditQuestions = defineTable({
  name: "audit_questions",
  title: "Granskningarnas frågor med tema",
  description: "Granskningarnas frågor med sitt tema (data/reports/themes.yaml) och om någon läsning av bedömningen är en brist.",
  rows: "en fråga eller ett kontrollmål i en granskning",
  provenance: `${REPORT_SOURCE} Temaindelningen är egen bearbetning, granskningsbar i data/reports/themes.yaml.`,
  formula: `report_assessments förenad med report_themes på rapport och id; brist = bedömningen eller den andra läsningen är ${lackingWords}.`,
  inputs: ["report_assessments", "report_themes", "report_meta"],
  credit: `${CREDIT_REPORTS}; temaindelningen: ${CREDIT_OWN}`,
  licences: [REPORT_TERMS, OWN_TERMS],
  primaryKey: ["report", "id"],
  columns: {
    report: text("Rapportens id"),
    id: text("Bedömningens id (A1 …)"),
    order: int("Frågans ordning i rapporten"),
    theme: text("Temats id i report_themes"),
    question: text("Revisionsfrågan eller kontrollmålet, ordagrant"),
    scale: text("Bedömningen på den gemensamma skalan"),
    other_scale: textOrNull("Den andra läsningens bedömning när rapporten motsäger sig själv, annars tomt"),
    lacking: bool(`Sant när bedömningen eller den andra läsningen är ${lackingWords}`),
    why: text("Motivering till temat")
  }
});

export const auditMatrix = defineTable({
  name: "audit_matrix",
  title: "Teman mot granskningar",
  description: "Jämförelsen av granskningarna: varje tema mot varje granskning, med antalet frågor, antalet med brist och vad granskningen fann.",
  rows: "ett tema i en granskning (även när granskningen saknar frågor om temat)",
  provenance: `${REPORT_SOURCE} Temaindelningen och slutsatserna är egen bearbetning.`,
  formula:
    `frågor = antalet frågor i temat; med brist = antalet frågor där någon läsning är ${lackingWords}; ` +
    `fynd = ej granskat när temat saknar frågor, brist när minst en fråga har brist, ej bedömt när ingen fråga har en bedömning, annars ingen brist.`,
  inputs: ["audit_questions", "report_themes", "audit_reports"],
  credit: `${CREDIT_REPORTS}; temaindelningen och slutsatserna: ${CREDIT_OWN}`,
  licences: [REPORT_TERMS, OWN_TERMS],
  primaryKey: ["theme", "report"],
  columns: {
    theme: text("Temats id i report_themes"),
    report: text("Rapportens id"),
    questions: int("Antal frågor i temat", "antal"),
    lacking: int(`Antal frågor i temat där någon läsning är ${lackingWords}`, "antal"),
    finding: text(`Vad granskningen fann om temat: ${FINDINGS.join(", ")}`)
  }
});

export const auditFigures = defineTable({
  name: "audit_figures",
  title: "Granskningarnas siffror och kontrollen mot Kolada",
  description: "Varje siffra som granskningarna tryckte, med utfallet av jämförelsen med Kolada eller skälet till att den inte jämförts.",
  rows: "en tryckt siffra",
  provenance: `${REPORT_SOURCE} Jämförelsen mot Kolada är egen bearbetning.`,
  formula:
    "status = report_vs_kolada.status när siffran jämförts med Kolada; annars target, estimate eller missing efter siffrans slag, och no_kpi för en uppmätt siffra utan motsvarande nyckeltal.",
  inputs: ["report_figures", "report_vs_kolada"],
  credit: `${CREDIT_REPORTS}; Koladas värden: ${CREDIT_KOLADA}; jämförelsen: ${CREDIT_KOLADA_PROCESSED}`,
  licences: [REPORT_TERMS, KOLADA_TERMS],
  primaryKey: ["report", "id"],
  columns: {
    report: text("Rapportens id"),
    id: text("Siffrans id i report_figures"),
    indicator: text("Indikatorn som den står i rapporten"),
    kpi: textOrNull("Koladas nyckeltals-id när det går att avgöra"),
    area: text("Området som det står i rapporten"),
    year: int("År som siffran avser"),
    unit: text("Enhet: procent, kr/inv, kr, antal eller kvot"),
    printed: text("Cellen exakt som den trycktes"),
    kolada_value: floatOrNull("Koladas värde i ögonblicksbilden, när siffran jämförts och värdet finns", {inColumn: "unit"}),
    status: text(`Utfall eller skäl: ${statuses}`),
    line_from: int("Första rad i rapportens source.txt där siffran står"),
    line_to: int("Sista rad i rapportens source.txt där siffran står")
  }
});

export const auditFigureCounts = defineTable({
  name: "audit_figure_counts",
  title: "Granskningarnas siffror räknade per status",
  description: "Antalet tryckta siffror per granskning och status, och för de jämförda siffrorna per nyckeltal och indikator.",
  rows: "en status i en granskning (nyckeltal och indikator tomma), eller en status för en indikator i en granskning",
  provenance: `${REPORT_SOURCE} Jämförelsen mot Kolada är egen bearbetning.`,
  formula:
    "antal rader i audit_figures per rapport och status; för de jämförda siffrorna (matches, revised, not_in_snapshot) även per rapport, nyckeltal, indikator och status.",
  inputs: ["audit_figures"],
  credit: `${CREDIT_REPORTS}; jämförelsen med Kolada och räkningarna: ${CREDIT_KOLADA_PROCESSED}`,
  licences: [REPORT_TERMS, KOLADA_TERMS],
  columns: {
    report: text("Rapportens id"),
    kpi: textOrNull("Koladas nyckeltals-id; tomt på raderna för hela rapporten"),
    indicator: textOrNull("Indikatorn som den står i rapporten; tomt på raderna för hela rapporten"),
    status: text(`Status i audit_figures: ${statuses}`),
    figures: int("Antal siffror", "antal")
  }
});

export const auditFollowUp = defineTable({
  name: "audit_followup",
  title: "Uppföljning efter granskningarna",
  description:
    "Vad har hänt sedan granskningen: kommunens värde för varje uppföljt nyckeltal från granskningsåret, bredvid alla kommuners ovägda medel; " +
    `när Kolada saknar kommunens värden sedan granskningen även de ${CONTEXT_YEARS} åren före som bakgrund.`,
  rows: "ett år för ett uppföljt nyckeltal i en granskning (totalt för båda könen)",
  provenance: `${KOLADA_SOURCE} Valet av nyckeltal per granskning finns i data/reports/themes.yaml; det egna medelvärdet är egen bearbetning.`,
  formula:
    `jämförelse = Koladas ”Alla kommuner (ovägt medel)” (G2328) när ögonblicksbilden har något värde för den under åren i fråga, ` +
    `annars det egna ovägda medlet av alla kommuner (kpi_means, när minst hälften av kommunerna har värde); ` +
    `bakgrundsår = granskningsåret och de ${CONTEXT_YEARS} åren före, bara när kommunen saknar värden från granskningsåret; ` +
    "i diagrammet = bakgrundsåren, eller åren från granskningsåret till det sista året med något värde.",
  inputs: ["report_indicators", "audit_reports", "kolada", "kolada_all", "kpi_means"],
  credit: `${CREDIT_KOLADA_PROCESSED}; valet av nyckeltal: ${CREDIT_OWN}`,
  licences: [KOLADA_TERMS, OWN_TERMS],
  primaryKey: ["report", "kpi", "context", "period"],
  columns: {
    report: text("Rapportens id"),
    kpi: text("Koladas nyckeltals-id (report_indicators)"),
    context: bool(`Sant för bakgrundsåren: granskningsåret och de ${CONTEXT_YEARS} åren före, när Kolada saknar kommunens värden sedan granskningen`),
    period: int("År"),
    value: floatOrNull("Kommunens värde i nyckeltalets enhet; tomt när Kolada saknar det", {ofKpi: "kpi"}),
    mean: floatOrNull("Alla kommuners ovägda medel samma år, i nyckeltalets enhet; tomt när det saknas", {ofKpi: "kpi"}),
    mean_source: textOrNull(`Varifrån medlet kommer: ${MEAN_SOURCES.join(" (Koladas eget) eller ")} (egen beräkning); tomt när medlet saknas`),
    in_chart: bool("Sant när året visas i sidans diagram")
  }
});
