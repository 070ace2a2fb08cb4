// Derived tables shared by several pages, computed at build time (loaders/analysis/).
import {headlineKpiIds} from "../catalogue.js";
import {defineTable, floatOrNull, int, intOrNull, text} from "../table.js";
import {COMPARISON_RULE_TEXT, GROUP_MEAN_MIN_SHARE} from "../comparisons.js";
import {CREDIT_KOLADA_PROCESSED, KOLADA_SOURCE, KOLADA_TERMS} from "./sources.js";

export const kpiMeans = defineTable({
  name: "kpi_means",
  title: "Egna medelvärden av alla kommuner",
  description:
    "Ovägt medelvärde av alla kommuner med värde, per huvudnyckeltal, år och kön (egen beräkning, för år då Koladas eget medel saknas i ögonblicksbilden).",
  rows: "ett nyckeltal, ett år och ett kön",
  provenance: `${KOLADA_SOURCE} Medelvärdet är egen bearbetning.`,
  formula: `medel = summan av kommunernas värden / antalet kommuner med värde (varje kommun väger lika); tomt när färre än hälften av kommunerna har värde.`,
  inputs: [...headlineKpiIds(), "kolada_all"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["kpi", "period", "gender"],
  columns: {
    kpi: text("Koladas nyckeltals-id"),
    period: int("År"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    kommuner: int("Antal kommuner med värde det året", "antal"),
    mean: floatOrNull(`Ovägt medelvärde i nyckeltalets enhet; tomt när färre än hälften av kommunerna har värde`, {ofKpi: "kpi"})
  }
});

export const groupValues = defineTable({
  name: "group_values",
  title: "Jämförelsegruppernas värden",
  description:
    "Riket och varje jämförelsegrupp sajten använder (alla kommuner, SKR:s kommungrupper, Koladas storleksgrupper, varje kommuns liknande kommuner inom arbetsmarknad), per nyckeltal, år och kön: Koladas eget värde när ögonblicksbilden har det, annars det ovägda medelvärdet av medlemmarnas värden. Liknande kommuner har bara huvudnyckeltalen (kommunsidornas jämförelse).",
  rows: "ett område (Riket eller en grupp), ett nyckeltal, ett år och ett kön",
  provenance: `${KOLADA_SOURCE} Gruppernas medlemmar är Koladas (/municipality_groups). ${COMPARISON_RULE_TEXT}`,
  formula: `source = "kolada": Koladas värde för gruppen; source = "medel": summan av medlemmarnas värden / antalet medlemmar med värde, tomt när färre än ${GROUP_MEAN_MIN_SHARE * 100} % av medlemmarna har värde.`,
  inputs: ["kolada_all", "kolada"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["area", "kpi", "period", "gender"],
  columns: {
    area: text("Koladas id för Riket (0000) eller gruppen (G…)"),
    kpi: text("Koladas nyckeltals-id"),
    period: int("År"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    value: floatOrNull("Värdet i nyckeltalets enhet; tomt när för få medlemmar har värde", {ofKpi: "kpi"}),
    source: text('Varifrån värdet kommer: "kolada" (Koladas eget värde, Källa: Kolada) eller "medel" (eget ovägt medelvärde av medlemmarna)'),
    kommuner: intOrNull("Antal medlemmar med värde bakom ett eget medelvärde; tomt för Koladas eget värde", "antal"),
    members: intOrNull("Antal kommuner i gruppen; tomt för Riket", "antal")
  }
});
