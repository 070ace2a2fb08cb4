// Derived tables of the page Resultat vid avslut, computed at build time (loaders/analysis/results.ts).
import {KOMMUNER} from "../catalogue.js";
import {RESULTAT} from "../pages/resultat.js";
import {BESIDE_STATUSES, FEW_PARTICIPANTS, FIGURE_STATUS_TEXT} from "../vocabulary.js";
import {boolOrNull, defineTable, float, floatOrNull, int, text, textOrNull} from "../table.js";
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

const {share, participants} = RESULTAT;
const WILSON = `nedre och övre gräns för ett 95 % konfidensintervall enligt Wilson: med p = andelen/100, n = antalet och z = 1,96 är mitten (p + z²/2n)/(1 + z²/n) och halva bredden z/(1 + z²/n)·√(p(1−p)/n + z²/4n²), i procent; gränserna stannar inom 0–100 %`;

export const resultShares = defineTable({
  name: "result_shares",
  title: "Resultat vid avslut med osäkerhet",
  description: `Andelen avslutade deltagare som började arbeta eller studera (${share}) med antalet avslutade deltagare (${participants}), ett 95 % konfidensintervall och en varning för få deltagare, för alla kommuner i ögonblicksbilden (sajtens kommuner först: ${KOMMUNER.map((m) => m.name).join(", ")}).`,
  rows: `en kommun, ett år och ett kön; år utan värde finns med, med tomma värden`,
  provenance: `${KOLADA_SOURCE} Konfidensintervallen är egen bearbetning.`,
  formula: `${WILSON}. Intervallet saknas när andelen eller antalet saknas eller antalet är 0. few_participants är sant när antalet är under ${FEW_PARTICIPANTS}.`,
  inputs: [share, participants],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["municipality", "period", "gender"],
  columns: {
    municipality: text("Kommunens Kolada-id"),
    period: int("År"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    share: floatOrNull(`Andel (%) som började arbeta eller studera (${share}); tomt när Kolada saknar värde`, "procent"),
    participants: floatOrNull(`Antal avslutade deltagare (${participants}); tomt när Kolada saknar värde`, "antal"),
    lower: floatOrNull("Konfidensintervallets nedre gräns (%); tomt när andel eller antal saknas", "procent"),
    upper: floatOrNull("Konfidensintervallets övre gräns (%); tomt när andel eller antal saknas", "procent"),
    few_participants: boolOrNull(`Sant när färre än ${FEW_PARTICIPANTS} deltagare ligger bakom andelen (den är då osäker); tomt när antalet saknas`)
  }
});

export const intervalWidths = defineTable({
  name: "interval_widths",
  title: "Räkneexempel: konfidensintervallets bredd",
  description: `Hur brett ett 95 % konfidensintervall (Wilson) är kring en andel på 50 % vid olika antal avslutade deltagare (${participants}): ett räkneexempel på hur osäker andelen ${share} är när deltagarna är få.`,
  rows: `ett antal avslutade deltagare (${RESULTAT.intervalExamples.join(", ")})`,
  provenance: "Egen beräkning: antalen är valda som exempel (model/pages/resultat.ts), inga värden ur Kolada; formeln är densamma som i result_shares.",
  formula: `${WILSON}, för en andel på 50 % (hälften av deltagarna).`,
  inputs: [participants],
  credit: `${CREDIT_OWN} (egen beräkning, inga värden ur Kolada)`,
  licences: [OWN_TERMS],
  primaryKey: ["participants"],
  columns: {
    participants: int("Antal deltagare", "antal"),
    share: float("Andel (%): hälften av deltagarna", "procent"),
    lower: float("Konfidensintervallets nedre gräns (%)", "procent"),
    upper: float("Konfidensintervallets övre gräns (%)", "procent")
  }
});

export const resultComposition = defineTable({
  name: "result_composition",
  title: "Vad de avslutade deltagarna gick vidare till",
  description: `Vad de avslutade deltagarna gick vidare till, kategorierna A–E (${RESULTAT.composition.join(", ")}), i långt format för alla kommuner i ögonblicksbilden (sajtens kommuner först).`,
  rows: "en kommun, ett år, ett kön och en kategori som Kolada har en rad för",
  provenance: KOLADA_SOURCE,
  formula: "Inga beräkningar: Koladas värden i långt format, i kommunernas, årens och kategoriernas ordning.",
  inputs: [...RESULTAT.composition],
  credit: CREDIT_KOLADA,
  licences: [KOLADA_TERMS],
  primaryKey: ["municipality", "period", "gender", "category"],
  columns: {
    municipality: text("Kommunens Kolada-id"),
    period: int("År"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    category: text("Kategorins nyckeltals-id (A. börjat arbeta … E. övrigt)"),
    value: floatOrNull("Andel (%) av de avslutade deltagarna; tomt när Kolada saknar värde", "procent")
  }
});

export const resultAuditFigures = defineTable({
  name: "result_audit_figures",
  title: "Granskningarnas siffror för resultat vid avslut",
  description: `Granskningarnas tryckta siffror för ${RESULTAT.auditKpis.join(" och ")} bredvid Koladas värde, med kontrollen mot Kolada; siffror ur andra källor (figures.csv beside) visas bredvid nyckeltalet utan att jämföras.`,
  rows: "en tryckt siffra (en del av en punkt; en summa ur en annan källa har en rad per del)",
  provenance: `${REPORT_SOURCE} ${KOLADA_SOURCE} Kontrollen och summorna är egen bearbetning.`,
  formula:
    "Siffror av slaget observed eller count med värde och med ett Kolada-område; en siffra som upprepar en annan (figures.csv repeats) tas inte med. " +
    "status: matches/revised/not_in_snapshot som i report_vs_kolada; other_source för siffror ur en annan källa (beside). " +
    "point_value: summan av delarna i samma rapport, område, år och nyckeltal (beside), annars siffran själv. kolada_value: Koladas värde (totalt) för nyckeltalet, området och året.",
  inputs: [...RESULTAT.auditKpis, "report_figures", "report_vs_kolada"],
  credit: `${CREDIT_REPORTS}; Koladas värden: ${CREDIT_KOLADA}; kontrollen och summorna: ${CREDIT_KOLADA_PROCESSED}`,
  licences: [REPORT_TERMS, KOLADA_TERMS],
  columns: {
    report: text("Rapportens id"),
    figure_id: text("Siffrans id i report_figures"),
    kpi: text("Nyckeltalet som siffran visas bredvid"),
    point: text("Punktens id: siffrans id, eller delarnas id förenade med + för en summa"),
    area: text("Området som det står i rapporten"),
    area_id: text("Områdets Kolada-id"),
    year: int("År som siffran avser"),
    value: float("Den tryckta siffran (delens värde)", {ofKpi: "kpi"}),
    point_value: float("Punktens värde: summan av delarna, annars siffran själv", {ofKpi: "kpi"}),
    printed: text("Cellen exakt som den trycktes"),
    status: text(`Kontrollen mot Kolada: ${BESIDE_STATUSES.map((s) => `${s} (${FIGURE_STATUS_TEXT[s]})`).join(", ")}`),
    kolada_value: floatOrNull("Koladas värde (totalt) för nyckeltalet, området och året i ögonblicksbilden; tomt när det saknas", {ofKpi: "kpi"}),
    line_from: int("Första rad i rapportens source.txt"),
    line_to: int("Sista rad i rapportens source.txt"),
    source: textOrNull("Källan för en siffra som inte kommer ur Kolada, som sajten anger den"),
    label: textOrNull("Vad delen räknar, som sajten anger den (för en summa)"),
    caveat: textOrNull("Varför siffran inte jämförs med Kolada, för läsaren")
  }
});
