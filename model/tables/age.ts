// Derived tables of the page Åldersprofiler, computed at build time (loaders/analysis/age.ts).
import {areaName, KOMMUNER, SERIES_BREAKS} from "../catalogue.js";
import {ALDER, YOUTH_PART_KPIS, YOUTH_SEGMENTS} from "../pages/alder.js";
import {OVER_REPRESENTATION_BAND} from "../vocabulary.js";
import {bool, defineTable, float, floatOrNull, int, text, textOrNull} from "../table.js";
import {CREDIT_KOLADA, CREDIT_KOLADA_PROCESSED, CREDIT_REPORTS, KOLADA_SOURCE, KOLADA_TERMS, REPORT_SOURCE, REPORT_TERMS} from "./sources.js";

const {participants, aged16to19, aged20to24, inhabitants} = ALDER.parts;
const POPULATION_SHARE = `(${aged16to19} + ${aged20to24}) / ${inhabitants} × 100`;
const comma = (n: number) => String(n).replace(".", ",");
const kommunNames = KOMMUNER.map((m) => m.name).join(", ");

export const youthRepresentation = defineTable({
  name: "youth_representation",
  title: "Unga bland deltagarna och i befolkningen",
  description: `Andelen deltagare i arbetsmarknadsåtgärderna som är 24 år eller yngre (${participants}) mot andelen 16–24-åringar i befolkningen, och kvoten mellan dem (överrepresentationen), för alla kommuner i ögonblicksbilden (sajtens kommuner först: ${kommunNames}) och för jämförelseområdena (riket, alla kommuner, storleksgrupperna och SKR:s kommungrupper).`,
  rows: `en kommun eller ett jämförelseområde och ett år som det finns ett värde för någon av delarna (${YOUTH_PART_KPIS.join(", ")})`,
  provenance: `${KOLADA_SOURCE} Befolkningsandelen och kvoten är egen bearbetning; ett jämförelseområdes delar kommer ur group_values.`,
  formula: `population_share = ${POPULATION_SHARE} (tomt om någon del saknas eller invånarna är 0); ratio = ${participants} / population_share (tomt om någon av andelarna saknas eller befolkningsandelen är 0). band: over när kvoten är minst ${comma(OVER_REPRESENTATION_BAND.high)}, under när den är högst ${comma(OVER_REPRESENTATION_BAND.low)}, annars same. Ett jämförelseområde räknas med samma formel ur områdets värden för delarna i group_values (Koladas eget värde för gruppen, annars medlemmarnas ovägda medelvärde, var del för sig).`,
  inputs: [...YOUTH_PART_KPIS, "group_values"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["municipality", "period"],
  columns: {
    municipality: text("Kommunens eller jämförelseområdets Kolada-id"),
    period: int("År"),
    participants_share: floatOrNull(`Andel (%) av deltagarna som är 24 år eller yngre (${participants}); tomt när värde saknas`, "procent"),
    population_share: floatOrNull(`Andel (%) av befolkningen som är 16–24 år, ${POPULATION_SHARE}`, "procent"),
    ratio: floatOrNull("Överrepresentation: andelen unga bland deltagarna / andelen unga i befolkningen (1 = lika stor andel)", "kvot"),
    band: textOrNull("over (överrepresenterade), same (ungefär samma andel) eller under (underrepresenterade); tomt när kvoten saknas")
  }
});

export const populationAgeBands = defineTable({
  name: "population_age_bands",
  title: "Befolkningens åldersstruktur",
  description: `Befolkningens åldersstruktur: andelen invånare i fyra åldersgrupper (${ALDER.ageBands.map((b) => `${b.band} ${b.kpi}`).join(", ")}) för alla kommuner i ögonblicksbilden (sajtens kommuner först) och ${areaName(ALDER.ageReference).toLowerCase()}. 80 år och äldre ingår också i 65 år och äldre.`,
  rows: "ett område, ett år, ett kön och en åldersgrupp som Kolada har en rad för",
  provenance: KOLADA_SOURCE,
  formula: "Inga beräkningar: Koladas andelar i långt format med åldersgruppens namn, i områdenas, årens och åldersgruppernas ordning.",
  inputs: ALDER.ageBands.map((b) => b.kpi),
  credit: CREDIT_KOLADA,
  licences: [KOLADA_TERMS],
  primaryKey: ["municipality", "period", "gender", "band"],
  columns: {
    municipality: text(`Koladas områdes-id: kommun eller ${ALDER.ageReference} (${areaName(ALDER.ageReference).toLowerCase()})`),
    period: int("År"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    band: text("Åldersgruppen (t.ex. 0–19 år)"),
    kpi: text("Koladas nyckeltals-id för åldersgruppens andel"),
    value: floatOrNull("Andel (%) av invånarna i åldersgruppen; tomt när Kolada saknar värde", "procent")
  }
});

const youthBreak = SERIES_BREAKS.find((s) => s.id === ALDER.youthSeries)!;
const segmentText = YOUTH_SEGMENTS.map(
  (s) => `${s.kpi} ${s.from === undefined ? `till och med ${s.to}` : s.to === undefined ? `från ${s.from}` : `${s.from}–${s.to}`}`
).join(", ");

export const youthUnemployment = defineTable({
  name: "youth_unemployment",
  title: "Ungdomsarbetslöshet över definitionsbrottet",
  description: `${youthBreak.label} som en serie över Koladas definitionsbrott: ${segmentText}, för alla kommuner i ögonblicksbilden (sajtens kommuner först) och jämförelseområdena (riket, alla kommuner, storleksgrupperna och SKR:s kommungrupper, med värdena ur group_values).`,
  rows: "ett område, ett kön och ett år som något av nyckeltalen har en rad för inom sina år",
  provenance: KOLADA_SOURCE,
  formula: `Varje år tar sitt värde ur det nyckeltal som gäller det året (${segmentText}); värden utanför ett nyckeltals år används inte. series_break är sant det första år ett senare nyckeltal har en rad för området och könet.`,
  inputs: [...YOUTH_SEGMENTS.map((s) => s.kpi), "group_values"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["municipality", "period", "gender"],
  columns: {
    municipality: text("Koladas områdes-id"),
    period: int("År"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    kpi: text("Nyckeltalet som värdet kommer ur"),
    value: floatOrNull("Andel (%) arbetslösa; tomt när Kolada saknar värde", "procent"),
    series_break: bool("Sant det första året med det nya nyckeltalet: värdena före och efter är inte direkt jämförbara")
  }
});

const ref = ALDER.reference;

export const youthReferenceCase = defineTable({
  name: "youth_reference_case",
  title: "Referensfallet: unga deltagare i en granskning",
  description: `Referensfallet: granskningen ${ref.report} jämförde andelen unga deltagare (${ref.kpi}) i sin kommun med ${areaName(ref.against).toLowerCase()}; här bredvid andelen 16–24-åringar i kommunens befolkning (youth_representation).`,
  rows: `ett år som granskningens tabell för ${ref.kpi} trycker ett värde för kommunen`,
  provenance: `${REPORT_SOURCE} Befolkningsandelen kommer ur Kolada (${KOLADA_SOURCE}). Kvoterna är egen bearbetning.`,
  formula:
    "ratio_to_mean = rapportens andel för kommunen / rapportens andel för jämförelseområdet; ratio_to_population = rapportens andel för kommunen / population_share (tomt när en del saknas eller är 0).",
  inputs: [ref.kpi, "report_figures", "youth_representation"],
  credit: `${CREDIT_REPORTS}; befolkningsandelen och kvoterna: ${CREDIT_KOLADA_PROCESSED}`,
  licences: [REPORT_TERMS, KOLADA_TERMS],
  primaryKey: ["report", "period"],
  columns: {
    report: text("Rapportens id"),
    municipality: text("Rapportens kommun (Kolada-id)"),
    period: int("År"),
    participants_share: float(`Andel (%) av kommunens deltagare som är 24 år eller yngre enligt rapporten (${ref.kpi})`, "procent"),
    mean_share: floatOrNull(
      `Andelen för ${areaName(ref.against).toLowerCase()} (${ref.against}) enligt rapporten; tomt när rapporten inte trycker den`,
      "procent"
    ),
    ratio_to_mean: floatOrNull("Kommunens andel / jämförelseområdets andel, båda enligt rapporten", "kvot"),
    population_share: floatOrNull("Andel (%) 16–24-åringar i kommunens befolkning enligt Kolada; tomt när Kolada saknar värde", "procent"),
    ratio_to_population: floatOrNull("Kommunens andel enligt rapporten / andelen 16–24-åringar i befolkningen", "kvot")
  }
});
