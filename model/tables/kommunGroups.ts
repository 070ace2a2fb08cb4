// Every kommun with its comparison groups, as Kolada's memberships give them (the snapshot's
// metadata.json, checked by loaders/kolada/groups.ts): what a dashboard's kommun choice offers
// (any kommun by name) and which size group and SKR kommungrupp a kommun is compared with.
import {defineTable, text, textOrNull} from "../table.js";
import {CREDIT_KOLADA, KOLADA_SOURCE, KOLADA_TERMS, SIZE_GROUP_TERMS} from "./sources.js";

export const kommunGroupsTable = defineTable({
  name: "kommun_groups",
  title: "Kommunerna och deras jämförelsegrupper",
  description:
    "Varje kommun i ögonblicksbilden med Koladas namn och de grupper den jämförs med: Koladas storleksgrupp, SKR:s kommungrupp (2023) och kommunens liknande kommuner inom arbetsmarknad (2024).",
  rows: "en kommun",
  provenance: `${KOLADA_SOURCE} Kommunernas namn och gruppernas medlemmar är Koladas (/municipality, /municipality_groups).`,
  credit: CREDIT_KOLADA,
  licences: [KOLADA_TERMS, SIZE_GROUP_TERMS],
  primaryKey: ["municipality"],
  columns: {
    municipality: text("Kommunens Kolada-id (kommunkod)"),
    name: text("Kommunens namn i Kolada"),
    size_group: textOrNull("Koladas storleksgrupp (områdes-id) som kommunen är medlem i; tomt när ögonblicksbilden saknar grupperna"),
    size_group_name: textOrNull("Storleksgruppens namn i Kolada"),
    skr_group: textOrNull("SKR:s kommungrupp 2023 (Koladas områdes-id) som kommunen är medlem i"),
    skr_group_name: textOrNull("Kommungruppens namn i Kolada"),
    liknande_group: textOrNull("Koladas grupp Liknande kommuner arbetsmarknad 2024 för kommunen (områdes-id)")
  }
});
