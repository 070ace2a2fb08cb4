// The audits' printed figures of the KPIs on the pages Kostnad per invånare and Åldersprofiler,
// joined with Kolada, computed at build time (loaders/analysis/auditKpiFigures.ts).
import {ALDER_REPORT_KPIS} from "../pages/alder.js";
import {KOSTNAD_REPORT_KPIS} from "../pages/kostnad.js";
import {FIGURE_STATUS_TEXT} from "../vocabulary.js";
import {bool, defineTable, floatOrNull, int, text, textOrNull} from "../table.js";
import {CREDIT_KOLADA, CREDIT_KOLADA_PROCESSED, CREDIT_REPORTS, KOLADA_TERMS, REPORT_SOURCE, REPORT_TERMS} from "./sources.js";

/** The KPIs whose printed figures the two pages can show. */
export const AUDIT_FIGURE_KPIS: readonly string[] = [...new Set([...KOSTNAD_REPORT_KPIS, ...ALDER_REPORT_KPIS])];

const STATUSES = (["matches", "revised", "not_in_snapshot", "missing", "target", "estimate"] as const).map((s) => `${s} (${FIGURE_STATUS_TEXT[s]})`).join(", ");

export const auditKpiFigures = defineTable({
  name: "audit_kpi_figures",
  title: "Granskningarnas siffror för kostnader och åldrar",
  description: `Revisionsrapporternas tryckta siffror för nyckeltalen på sidorna Kostnad per invånare och Åldersprofiler (${AUDIT_FIGURE_KPIS.join(", ")}), med Koladas värde i dag och kontrollens utfall.`,
  rows: "en tryckt siffra med ett av nyckeltalen",
  provenance: `${REPORT_SOURCE} Jämförelsen mot Kolada är egen bearbetning (som i report_vs_kolada).`,
  formula: `status: siffrans utfall i report_vs_kolada för observerade värden och antal, annars dess slag i rapporten. charted är sant när siffran har ett Kolada-område och rapporten tryckte något värde för nyckeltalet det året (de år som sidorna ritar; ett streck blir ett glapp, aldrig 0).`,
  inputs: [...AUDIT_FIGURE_KPIS, "report_figures", "report_vs_kolada"],
  credit: `${CREDIT_REPORTS}; Koladas värden: ${CREDIT_KOLADA}; jämförelsen: ${CREDIT_KOLADA_PROCESSED}`,
  licences: [REPORT_TERMS, KOLADA_TERMS],
  primaryKey: ["report", "figure_id"],
  columns: {
    report: text("Rapportens id"),
    figure_id: text("Siffrans id i report_figures"),
    table: textOrNull("Tabellens id i rapportens meta.yaml; tomt för siffror i löptext"),
    kpi: text("Koladas nyckeltals-id"),
    area: text("Området som det står i rapporten"),
    municipality: textOrNull("Koladas områdes-id när det är entydigt"),
    period: int("År som siffran avser"),
    value: floatOrNull("Siffran i nyckeltalets enhet; tomt när cellen saknas i rapporten (streck eller tom cell)", {ofKpi: "kpi"}),
    printed: text("Cellen exakt som den trycktes"),
    kolada_value: floatOrNull("Koladas värde i ögonblicksbilden när siffran jämförts och Kolada har värde", {ofKpi: "kpi"}),
    status: text(`Kontrollens utfall eller siffrans slag: ${STATUSES}`),
    charted: bool("Sant för siffror som ritas: med Kolada-område, ett år då rapporten tryckte något värde för nyckeltalet"),
    line_from: int("Första rad i rapportens source.txt där siffran står"),
    line_to: int("Sista rad i rapportens source.txt där siffran står")
  }
});
