// The Kolada tables: values from the committed snapshot (data/kolada/) and the catalogue.
import {bool, defineTable, floatOrNull, int, intOrNull, text, textOrNull} from "../table.js";
import {CREDIT_KOLADA, CREDIT_OWN, KOLADA_SOURCE, KOLADA_TERMS, OWN_TERMS, SIZE_GROUP_TERMS} from "./sources.js";

/** One Kolada value per KPI, area, year and gender: the columns of kolada and kolada_all. */
const KOLADA_VALUE_COLUMNS = {
  kpi: text("Koladas nyckeltals-id, t.ex. U40455"),
  municipality: text("Koladas områdes-id: kommunkod (1487), 0000 för riket, G… för kommungrupper"),
  period: int("År som värdet avser"),
  gender: text("Kön: T totalt, K kvinnor, M män"),
  value: floatOrNull("Värdet i nyckeltalets enhet (se kolada_kpis.unit); tomt när Kolada saknar värde", {ofKpi: "kpi"}),
  count: intOrNull("Antal observationer bakom värdet enligt Kolada, när det anges", "antal"),
  status: textOrNull("Koladas status för värdet (t.ex. preliminärt), när det anges")
};

/** A Kolada value is identified by its KPI, area, year and gender. */
const KOLADA_KEY = ["kpi", "municipality", "period", "gender"] as const;

export const kolada = defineTable({
  name: "kolada",
  title: "Kolada-värden för sajtens nyckeltal",
  description:
    "Nyckeltalen i sajtens katalog för alla kommuner i ögonblicksbilden och för sajtens jämförelseområden (riket, alla kommuner och storleksgrupperna för sajtens kommuner). En instrumentpanel läser sajtens kommuner och jämförelseområdena; en kommun som läsaren lägger till hämtar sina egna rader ur samma tabell.",
  rows: "ett värde per nyckeltal, område, år och kön",
  provenance: KOLADA_SOURCE,
  credit: CREDIT_KOLADA,
  licences: [KOLADA_TERMS],
  primaryKey: KOLADA_KEY,
  columns: KOLADA_VALUE_COLUMNS
});

export const koladaAll = defineTable({
  name: "kolada_all",
  title: "Kolada-värden för alla kommuner",
  description: "Huvudnyckeltalen (bland annat U40455) för alla kommuner, för rangordning och egna medelvärden.",
  rows: "ett värde per nyckeltal, kommun, år och kön",
  provenance: KOLADA_SOURCE,
  credit: CREDIT_KOLADA,
  licences: [KOLADA_TERMS],
  primaryKey: KOLADA_KEY,
  columns: KOLADA_VALUE_COLUMNS
});

export const koladaKpis = defineTable({
  name: "kolada_kpis",
  title: "Nyckeltalen",
  description: "Katalogens nyckeltal med titel, kort etikett, tema och enhet.",
  rows: "ett nyckeltal",
  provenance: "Sajtens katalog (model/catalogue.ts) och Koladas metadata för nyckeltalen (data/kolada/metadata.json).",
  credit: `${CREDIT_KOLADA} (titel, beskrivning, verksamhetsområde och datum); etikett, tema och enhet: ${CREDIT_OWN}`,
  licences: [KOLADA_TERMS, OWN_TERMS],
  primaryKey: ["id"],
  columns: {
    id: text("Koladas nyckeltals-id"),
    title: text("Nyckeltalets titel i Kolada"),
    label: text("Kort svensk etikett som sajten använder"),
    theme: text("Tema-id i sajtens katalog (t.ex. resultat)"),
    theme_label: text("Temats namn (t.ex. Resultat vid avslut)"),
    unit: text("Enhet: procent, kr/inv, kr, antal eller kvot"),
    gender_divided: bool("Sant när Kolada delar upp nyckeltalet på kön"),
    headline: bool("Sant för huvudnyckeltal som finns för alla kommuner i kolada_all"),
    description: textOrNull("Koladas beskrivning av nyckeltalet"),
    operating_area: textOrNull("Koladas verksamhetsområde"),
    publication_date: textOrNull("Koladas publiceringsdatum (ÅÅÅÅ-MM-DD)"),
    prel_publication_date: textOrNull("Koladas datum för preliminär publicering (ÅÅÅÅ-MM-DD)")
  }
});

export const koladaAreas = defineTable({
  name: "kolada_areas",
  title: "Områdena",
  description: "Områdena i sajtens katalog: kommunerna, riket och kommungrupperna.",
  rows: "ett område",
  provenance:
    "Sajtens katalog (model/catalogue.ts: kommunerna, riket och alla kommuner) och kommunernas storleksgrupper enligt Koladas medlemskap (ögonblicksbildens metadata.json), med Koladas områdes-id och namn.",
  credit: `${CREDIT_KOLADA} (områdes-id, namn och kommungrupper); roll: ${CREDIT_OWN}`,
  licences: [KOLADA_TERMS, SIZE_GROUP_TERMS, OWN_TERMS],
  primaryKey: ["id"],
  columns: {
    id: text("Koladas områdes-id"),
    title: text("Områdets namn"),
    type: text("Typ: K kommun, L riket, G kommungrupp"),
    size_group: textOrNull("Kommunens storleksgrupp (områdes-id för gruppen), för kommuner"),
    role: text("Roll på sajten: kommun, riket, mean (ovägt medel), size_group eller other")
  }
});
