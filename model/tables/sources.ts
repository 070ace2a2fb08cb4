// Where the served tables' values come from, how to credit them and which terms they come under,
// each source written once (Swedish: shown on Utforska and the page Öppna data, in
// docs/data-model.md, in the published files' metadata and in the data package).
import {OWN_PROCESSING} from "../vocabulary.js";

export const KOLADA_SOURCE =
  "Kolada (RKA), ögonblicksbild i data/kolada/ (se data/kolada/manifest.json för hämtdatum och ursprung). Visas som ”Källa: Kolada”; allt som räknas fram ur värdena är ”Egen bearbetning av data från Kolada”.";

export const REPORT_SOURCE =
  "Kommunernas revisionsrapporter, avskrivna för hand i data/reports/<rapport>/ med radhänvisningar till rapportens text (source.txt); se data/reports/SCHEMA.md.";

// ---- credit lines -------------------------------------------------------------------------------

/** Values as Kolada publishes them. */
export const CREDIT_KOLADA = "Källa: Kolada";
/** Anything computed from Kolada's values (Kolada's terms: an own processing is not credited to Kolada). */
export const CREDIT_KOLADA_PROCESSED = OWN_PROCESSING;
/** The audit reports' own words and figures. */
export const CREDIT_REPORTS = "Källa: kommunernas revisionsrapporter (granskare och författare i report_meta, rader i rapportens text)";
/** The site's own choices: a theme per question, the KPIs followed per audit, worked examples. */
export const CREDIT_OWN = "Uppföljning";

// ---- licences -----------------------------------------------------------------------------------

/**
 * The terms a table's values come under, one id per source; each id's line (its wording and where
 * the terms are written) is in model/licences.ts, which only the build reads.
 */
export const LICENCE_IDS = ["kolada", "kommungrupper", "revisionsrapporter", "scb-prisbasbelopp", "uppfoljning"] as const;
export type LicenceId = (typeof LICENCE_IDS)[number];

/** Kolada's terms of use, for everything from Kolada, derived tables included. */
export const KOLADA_TERMS: LicenceId = "kolada";
/** The audit reports: public documents of the kommuner, with their auditors and authors. */
export const REPORT_TERMS: LicenceId = "revisionsrapporter";
/** The kommuner's size groups (memberships). */
export const SIZE_GROUP_TERMS: LicenceId = "kommungrupper";
/** SCB's published prisbasbelopp. */
export const SCB_TERMS: LicenceId = "scb-prisbasbelopp";
/** What the site adds of its own. */
export const OWN_TERMS: LicenceId = "uppfoljning";
