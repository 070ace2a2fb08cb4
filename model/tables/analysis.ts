// Derived tables shared by several pages, computed at build time (loaders/analysis/).
import {headlineKpiIds} from "../catalogue.js";
import {OWN_MEAN_MIN_KOMMUNER} from "../vocabulary.js";
import {defineTable, floatOrNull, int, text} from "../table.js";
import {CREDIT_KOLADA_PROCESSED, KOLADA_SOURCE, KOLADA_TERMS} from "./sources.js";

export const kpiMeans = defineTable({
  name: "kpi_means",
  title: "Egna medelvärden av alla kommuner",
  description:
    "Ovägt medelvärde av alla kommuner med värde, per huvudnyckeltal, år och kön (egen beräkning, för år då Koladas eget medel saknas i ögonblicksbilden).",
  rows: "ett nyckeltal, ett år och ett kön",
  provenance: `${KOLADA_SOURCE} Medelvärdet är egen bearbetning.`,
  formula: `medel = summan av kommunernas värden / antalet kommuner med värde (varje kommun väger lika); tomt när färre än ${OWN_MEAN_MIN_KOMMUNER} kommuner har värde.`,
  inputs: [...headlineKpiIds(), "kolada_all"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["kpi", "period", "gender"],
  columns: {
    kpi: text("Koladas nyckeltals-id"),
    period: int("År"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    kommuner: int("Antal kommuner med värde det året", "antal"),
    mean: floatOrNull(`Ovägt medelvärde i nyckeltalets enhet; tomt när färre än ${OWN_MEAN_MIN_KOMMUNER} kommuner har värde`, {ofKpi: "kpi"})
  }
});
