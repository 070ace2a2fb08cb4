// Ranks among all kommuner and the latest-year summaries built on them, computed at build time
// (loaders/analysis/ranks.ts).
import {headlineKpiIds, KOMMUNER} from "../catalogue.js";
import {DIRECTIONS} from "../vocabulary.js";
import {defineTable, float, floatOrNull, int, intOrNull, text} from "../table.js";
import {CREDIT_KOLADA_PROCESSED, KOLADA_SOURCE, KOLADA_TERMS} from "./sources.js";

const DIRECTION_TEXT =
  "higher: högst värde är bäst och får plats 1; lower: lägst värde är bäst och får plats 1; neutral: plats 1 är det högsta värdet, utan att det är bättre";

export const kpiRanks = defineTable({
  name: "kpi_ranks",
  title: "Placeringar bland alla kommuner",
  description:
    "Varje kommuns placering och percentil bland alla kommuner, per huvudnyckeltal, år och kön, med delade placeringar, medianen och antalet kommuner som saknar värde.",
  rows: "en kommun, ett huvudnyckeltal, ett år och ett kön, för år då minst en kommun har värde; kommuner som har värde något år men inte det året finns med utan placering",
  provenance: `${KOLADA_SOURCE} Placeringar, percentiler och medianer är egen bearbetning.`,
  formula:
    `rank: 1 + antalet kommuner med bättre värde (${DIRECTION_TEXT}); kommuner med samma värde delar placering. ` +
    "percentile = 100 × (antalet kommuner efter + tied_with/2) / kommuner, där kommuner med samma värde räknas till hälften. " +
    "lower_share = 100 × antalet kommuner med lägre värde / (kommuner − 1), 0 när bara en kommun har värde. median: medianen av kommunernas värden.",
  inputs: [...headlineKpiIds(), "kolada_all"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["kpi", "period", "gender", "municipality"],
  columns: {
    kpi: text("Koladas nyckeltals-id"),
    period: int("År"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    municipality: text("Kommunens Kolada-id"),
    value: floatOrNull("Kommunens värde i nyckeltalets enhet; tomt när det saknas", {ofKpi: "kpi"}),
    rank: intOrNull("Placering (1 = först i nyckeltalets riktning); tomt när värde saknas", "placering"),
    tied_with: intOrNull("Antal kommuner som delar placeringen (1 när ingen annan har samma värde); tomt när värde saknas", "antal"),
    percentile: floatOrNull(
      "Percentil 0–100: andelen kommuner som kommunen ligger före, där lika värden räknas till hälften; tomt när värde saknas",
      "percentil"
    ),
    lower_share: floatOrNull("Andel (%) av de övriga kommunerna med värde som har ett lägre värde; tomt när värde saknas", "procent"),
    kommuner: int("Antal kommuner med värde det året", "antal"),
    missing: int("Antal kommuner utan värde det året (som har värde något annat år eller en tom rad det året)", "antal"),
    median: float("Medianen av kommunernas värden det året", {ofKpi: "kpi"}),
    direction: text(`Nyckeltalets riktning: ${DIRECTIONS.join(", ")} (${DIRECTION_TEXT})`)
  }
});

export const kpiLatest = defineTable({
  name: "kpi_latest",
  title: "Senaste värdet och förändringen",
  description: `Senaste år med värde för sajtens kommuner (${KOMMUNER.map((m) => m.name).join(", ")}) per huvudnyckeltal och kön: värdet, förändringen sedan året innan och placeringen bland alla kommuner.`,
  rows: "en kommun, ett huvudnyckeltal och ett kön som har minst ett värde",
  provenance: `${KOLADA_SOURCE} Förändringar och placeringar är egen bearbetning.`,
  formula:
    "period: senaste år med värde; previous: värdet året innan (tomt när det saknas); change = value − previous; rank och kommuner som i kpi_ranks samma år.",
  inputs: [...headlineKpiIds(), "kpi_ranks"],
  credit: CREDIT_KOLADA_PROCESSED,
  licences: [KOLADA_TERMS],
  primaryKey: ["kpi", "municipality", "gender"],
  columns: {
    kpi: text("Koladas nyckeltals-id"),
    municipality: text("Kommunens Kolada-id"),
    gender: text("Kön: T totalt, K kvinnor, M män"),
    period: int("Senaste år med värde"),
    value: float("Värdet det året, i nyckeltalets enhet", {ofKpi: "kpi"}),
    previous: floatOrNull("Värdet året innan; tomt när det saknas", {ofKpi: "kpi"}),
    change: floatOrNull("Förändringen sedan året innan (value − previous), i nyckeltalets enhet (procentenheter för andelar); tomt när året innan saknas", {
      ofKpi: "kpi"
    }),
    rank: int("Placering bland alla kommuner med värde samma år (se kpi_ranks)", "placering"),
    kommuner: int("Antal kommuner med värde samma år", "antal")
  }
});
