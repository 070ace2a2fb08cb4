// Derived tables of the page Kostnad per invånare, computed at build time (loaders/analysis/cost.ts).
import {KOMMUNER} from "../catalogue.js";
import {COST_KPIS, KOSTNAD, PER_PARTICIPANT_KPIS} from "../pages/kostnad.js";
import {CORRELATION_WORDS} from "../vocabulary.js";
import {COMPARISON_RULE_TEXT} from "../comparisons.js";
import {boolOrNull, defineTable, float, floatOrNull, int, intOrNull, text, textOrNull} from "../table.js";
import {CREDIT_KOLADA, CREDIT_KOLADA_PROCESSED, KOLADA_SOURCE, KOLADA_TERMS, SCB_TERMS} from "./sources.js";

const {cost, inhabitants, participants} = KOSTNAD.perParticipant;
const PBB = "SCB:s prisbasbelopp (tabellen prisbasbelopp, data/facts/prisbasbelopp.csv)";
const FIXED = "värdet × prisbasbeloppet för basåret / prisbasbeloppet för värdets år";
const PRICE_YEAR = "Prisnivå: basåret för fasta priser; tomt för löpande priser (som i Kolada)";

export const costPrices = defineTable({
  name: "cost_prices",
  title: "Kostnader per invånare i löpande och fasta priser",
  description: `Verksamheternas kostnader per invånare (${COST_KPIS.join(", ")}) i löpande priser och i fasta priser för varje basår i prisbasbeloppsserien, för alla kommuner i ögonblicksbilden (sajtens kommuner först) och för riket och jämförelsegrupperna (värdet ur group_values).`,
  rows: "ett nyckeltal, ett område, ett år och en prisnivå (löpande, eller fasta priser med ett basår); år som Kolada har en rad för",
  provenance: `${KOLADA_SOURCE} Fasta priser är egen bearbetning med ${PBB}. ${COMPARISON_RULE_TEXT}`,
  formula: `Löpande priser: Koladas värde för en kommun; för riket och en jämförelsegrupp värdet i group_values (Koladas eget värde eller eget ovägt medel). Fasta priser: ${FIXED}. Tomt när Kolada saknar värde eller när prisbasbeloppet saknas för något av åren (ingen inter- eller extrapolering).`,
  inputs: [...COST_KPIS, "group_values", "prisbasbelopp"],
  credit: `${CREDIT_KOLADA_PROCESSED} (fasta priser med SCB:s prisbasbelopp)`,
  licences: [KOLADA_TERMS, SCB_TERMS],
  columns: {
    kpi: text("Koladas nyckeltals-id"),
    municipality: text("Koladas områdes-id: kommun, riket (0000) eller kommungrupp (G…)"),
    period: int("År som värdet avser"),
    price_year: intOrNull(PRICE_YEAR),
    value: floatOrNull("Kostnaden i kronor per invånare i prisnivån; tomt när Kolada eller prisbasbeloppet saknar värde", "kr/inv"),
    pbb_checked: boolOrNull(
      "Fasta priser: sant när prisbasbeloppen för båda åren är kontrollerade mot ytterligare en källa; tomt för löpande priser och när värdet saknas"
    )
  }
});

export const costPerParticipant = defineTable({
  name: "cost_per_participant",
  title: "Nettokostnad per deltagare",
  description: `Nettokostnad per deltagare i kommunala arbetsmarknadsåtgärder för alla kommuner i ögonblicksbilden (sajtens kommuner först: ${KOMMUNER.map((m) => m.name).join(", ")}), i löpande och fasta priser, med de tre delarna (${PER_PARTICIPANT_KPIS.join(", ")}).`,
  rows: `en kommun, ett år som Kolada har en rad för någon av delarna, och en prisnivå`,
  provenance: `${KOLADA_SOURCE} Kostnaden per deltagare och fasta priser är egen bearbetning med ${PBB}.`,
  formula: `value = ${cost} (kr/inv) × ${inhabitants} (invånare) / ${participants} (deltagare), bara när alla tre finns samma år och antalet invånare och deltagare är större än 0; i fasta priser ${FIXED}.`,
  inputs: [...PER_PARTICIPANT_KPIS, "prisbasbelopp"],
  credit: `${CREDIT_KOLADA_PROCESSED} (fasta priser med SCB:s prisbasbelopp)`,
  licences: [KOLADA_TERMS, SCB_TERMS],
  columns: {
    municipality: text("Kommunens Kolada-id"),
    period: int("År"),
    price_year: intOrNull(PRICE_YEAR),
    value: floatOrNull("Nettokostnad per deltagare i kronor i prisnivån; tomt när någon del eller prisbasbeloppet saknas", "kr"),
    pbb_checked: boolOrNull(
      "Fasta priser: sant när prisbasbeloppen för båda åren är kontrollerade mot ytterligare en källa; tomt för löpande priser och när värdet saknas"
    ),
    net_cost: floatOrNull(`Nettokostnad arbetsmarknadsåtgärder, kr/inv i löpande priser (${cost})`, "kr/inv"),
    inhabitants: floatOrNull(`Invånare totalt, antal (${inhabitants})`, "antal"),
    participants: floatOrNull(`Deltagare i kommunala arbetsmarknadsåtgärder, antal (${participants})`, "antal")
  }
});

export const costVsResult = defineTable({
  name: "cost_vs_result",
  title: "Nettokostnad mot resultat vid avslut",
  description: `Nettokostnad för arbetsmarknadsåtgärder (${KOSTNAD.scatter.cost}) och andelen avslutade deltagare som började arbeta eller studera (${KOSTNAD.scatter.result}) för alla kommuner, parvis per år (punktdiagrammet på sidan Kostnad per invånare).`,
  rows: "en kommun och ett år som Kolada har värden för båda nyckeltalen (totalt): en punkt i diagrammet",
  provenance: KOLADA_SOURCE,
  formula: `Inga beräkningar: ${KOSTNAD.scatter.cost} och ${KOSTNAD.scatter.result} (totalt) ur kolada_all, sammanförda per kommun och år. Kommuner med bara det ena värdet ett år finns i kolada_all och räknas i cost_vs_result_summary.`,
  inputs: [KOSTNAD.scatter.cost, KOSTNAD.scatter.result, "kolada_all"],
  credit: CREDIT_KOLADA,
  licences: [KOLADA_TERMS],
  primaryKey: ["municipality", "period"],
  columns: {
    municipality: text("Kommunens Kolada-id"),
    period: int("År"),
    net_cost: float(`Nettokostnad arbetsmarknadsåtgärder, kr/inv (${KOSTNAD.scatter.cost})`, "kr/inv"),
    result: float(`Andel (%) som började arbeta eller studera (${KOSTNAD.scatter.result})`, "procent")
  }
});

const words = CORRELATION_WORDS.map((w) => (Number.isFinite(w.below) ? `under ${String(w.below).replace(".", ",")}: ${w.text}` : `annars: ${w.text}`)).join(
  "; "
);

export const costVsResultSummary = defineTable({
  name: "cost_vs_result_summary",
  title: "Nettokostnad mot resultat: sammanfattning per år",
  description: `Sammanfattning per år av nettokostnad (${KOSTNAD.scatter.cost}) mot resultat vid avslut (${KOSTNAD.scatter.result}) bland alla kommuner: hur många kommuner som har värden, medianerna och korrelationen.`,
  rows: "ett år som Kolada har ett värde för något av de två nyckeltalen (totalt) för någon kommun",
  provenance: `${KOLADA_SOURCE} Medianer och korrelation är egen bearbetning.`,
  formula: `Bland kommunerna med båda värdena: medianerna av vardera värdet och Pearsons korrelationskoefficient r (tom under tre kommuner eller när ett av värdena inte varierar). Styrkan beskrivs efter |r| (${words}).`,
  inputs: [KOSTNAD.scatter.cost, KOSTNAD.scatter.result, "kolada_all"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["period"],
  columns: {
    period: int("År"),
    kommuner: int("Antal kommuner med en rad för något av nyckeltalen", "antal"),
    with_both: int("Antal kommuner med båda värdena (punkterna i diagrammet)", "antal"),
    with_cost: int(`Antal kommuner med nettokostnad (${KOSTNAD.scatter.cost})`, "antal"),
    with_result: int(`Antal kommuner med resultat vid avslut (${KOSTNAD.scatter.result})`, "antal"),
    median_cost: floatOrNull("Mediannettokostnad, kr/inv, bland kommunerna med båda värdena", "kr/inv"),
    median_result: floatOrNull("Medianandel (%), bland kommunerna med båda värdena", "procent"),
    pearson_r: floatOrNull("Pearsons r mellan nettokostnad och resultat; tomt under tre kommuner eller utan spridning", "koefficient"),
    strength: textOrNull("Sambandets styrka i ord efter |r|, som sidan skriver den")
  }
});
